package com.factline.backup.ui;

import com.factline.backup.BackupFile;
import com.factline.backup.BackupService;
import com.factline.backup.RestoreResult;
import com.factline.base.CurrentUser;
import com.factline.base.FactlineException;
import com.factline.base.FactlineProperties;
import com.factline.base.Role;
import com.factline.base.ui.EmptyState;
import com.factline.project.ProjectService;
import com.factline.project.ProjectSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

/**
 * Backups of the projects the user can see, and for admins a restore from such a file. The
 * restore button is only shown to admins; the service refuses everyone else anyway.
 */
@Route("backups")
@PageTitle("Backups · Factline")
@PermitAll
public class BackupsView extends VerticalLayout {

    private final BackupService backups;
    private final ProjectService projects;
    final Grid<ProjectSummary> grid = new Grid<>(ProjectSummary.class, false);
    final Upload upload;
    final VerticalLayout restoreSection = new VerticalLayout();
    final Div result = new Div();
    final Div error = new Div();

    public BackupsView(BackupService backups, ProjectService projects, FactlineProperties props) {
        this.backups = backups;
        this.projects = projects;
        setSizeFull();
        add(new H2("Backups"), new Paragraph("A backup is one JSON file with everything in a project: its articles, claims, events, "
                + "discrepancies, comments, members and history. An admin can restore it here or in another Factline."));
        grid.addColumn(ProjectSummary::name).setHeader("Project").setFlexGrow(3).setTooltipGenerator(ProjectSummary::name);
        grid.addColumn(ProjectSummary::sourceCount).setHeader("Sources").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(ProjectSummary::eventCount).setHeader("Events").setFlexGrow(0).setWidth("8rem");
        grid.addComponentColumn(this::backupLink).setHeader("").setFlexGrow(1);
        grid.setItems(projects.listVisible());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState("No projects to back up yet: a backup is made per project, from the projects"
                + " you are a member of.", "Open Projects", "projects"));
        add(grid);

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> restoreFile(meta.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(props.maxBackupBytesOrDefault(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button("Restore project\u2026"));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        error.addClassName("fl-error");
        error.setId("restore-error");
        result.setId("restore-result");
        restoreSection.setPadding(false);
        restoreSection.add(new H3("Restore a project"), new Paragraph("Creates a new project from a backup file, with new ids; "
                + "if the name is taken, the copy is named \u201c\u2026 (restored date)\u201d. Members without an account here are left out."),
                upload, error, result);
        restoreSection.setVisible(CurrentUser.find().map(u -> u.role().includes(Role.ADMIN)).orElse(false));
        add(restoreSection);
    }

    private Anchor backupLink(ProjectSummary project) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                BackupFile file = backups.backup(project.id());
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), BackupFile.MEDIA_TYPE, file.bytes().length);
            } catch (FactlineException ex) {
                return DownloadResponse.error(ex.httpStatus(), ex.getMessage());
            }
        }), AttachmentType.DOWNLOAD, "Back up");
        link.getElement().setAttribute("aria-label", "Back up " + project.name());
        return link;
    }

    /** What the upload does with a received file; also called by the view test. */
    void restoreFile(String fileName, byte[] bytes) {
        result.removeAll();
        error.setText("");
        try {
            RestoreResult r = backups.restore(bytes);
            String counts = r.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
            result.add(new Paragraph("Restored \u201c" + r.name() + "\u201d from " + fileName + ": " + counts + "."));
            r.warnings().forEach(w -> result.add(new Paragraph(w)));
            result.add(new Anchor("projects/" + r.projectId().value() + "/sources", "Open the restored project"));
            grid.setItems(projects.listVisible());
        } catch (FactlineException ex) {
            showError("Nothing was restored from " + fileName + ": " + ex.getMessage());
        } catch (org.springframework.security.access.AccessDeniedException ex) {
            showError("Only an admin may restore a project.");
        }
        upload.clearFileList();
    }

    private void showError(String message) {
        result.removeAll();
        error.setText(message);
    }
}
