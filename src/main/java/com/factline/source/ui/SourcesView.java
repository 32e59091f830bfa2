package com.factline.source.ui;

import com.factline.base.ConflictException;
import com.factline.base.FactlineException;
import com.factline.base.ui.EmptyState;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import com.factline.project.ProjectService;
import com.factline.source.Source;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.source.SourceSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The project's articles, with import by paste or upload. */
@Route("projects/:projectId/sources")
@PageTitle("Sources · Factline")
@PermitAll
public class SourcesView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SourceService sources;
    private final ProjectService projects;
    private final com.factline.collab.ChangeBus bus;
    private final ProjectAccess access;
    private ProjectId projectId = new ProjectId(0);
    /** Whether the signed-in user may import here (asked once on entering); a viewer only reads the list. */
    boolean mayEdit;
    private boolean bound;

    final H2 title = new H2();
    final Grid<SourceSummary> grid = new Grid<>(SourceSummary.class, false);
    final Button importButton = new Button("Import article");
    final Button urlButton = new Button("Import from address");
    final Button filesButton = new Button("Import files");

    public SourcesView(SourceService sources, ProjectService projects, com.factline.collab.ChangeBus bus, ProjectAccess access) {
        this.access = access;
        this.sources = sources;
        this.projects = projects;
        this.bus = bus;
        setSizeFull();
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> openImportDialog());
        urlButton.addClickListener(e -> openUrlDialog());
        filesButton.addClickListener(e -> openFilesDialog());
        HorizontalLayout top = new HorizontalLayout(title, importButton, urlButton, filesButton);
        top.setAlignItems(Alignment.BASELINE);
        // A long project name wraps (even one long word), and the import buttons move below it instead of off screen.
        title.addClassName("fl-wrap");
        top.setWrap(true);
        add(top, new Paragraph("The project's articles. Open one to read it and select the passages that make claims."));

        // Titles and outlets are cut short to one line; the whole text is on hover. The date always fits.
        grid.addColumn(SourceSummary::title).setHeader("Title").setFlexGrow(4).setSortable(true).setTooltipGenerator(SourceSummary::title);
        grid.addColumn(SourceSummary::outlet).setHeader("Outlet").setFlexGrow(2).setSortable(true).setTooltipGenerator(SourceSummary::outlet);
        grid.addColumn(s -> s.publishedOn() == null ? "unknown" : DAY.format(s.publishedOn())).setHeader("Published")
                .setFlexGrow(0).setAutoWidth(true).setComparator(s -> s.publishedOn() == null ? java.time.LocalDate.MAX : s.publishedOn());
        grid.addColumn(s -> String.format(Locale.ENGLISH, "%,d", s.length())).setHeader("Characters").setFlexGrow(0).setWidth("9rem");
        grid.addColumn(SourceSummary::claimCount).setHeader("Claims").setFlexGrow(0).setWidth("7rem");
        grid.addItemClickListener(e -> openReader(e.getItem().id().value()));
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        // The page says what it is, like the other pages ("Timeline — …"); the project's name alone said nothing.
        title.setText("Sources \u2014 " + projects.get(projectId).name());
        mayEdit = access.allows(projectId, ProjectPermission.EDIT);
        importButton.setVisible(mayEdit);
        urlButton.setVisible(mayEdit);
        filesButton.setVisible(mayEdit);
        grid.setEmptyStateComponent(new EmptyState(mayEdit
                ? "No articles yet. Import the first one with the buttons above: paste its text, upload files, or give its address."
                : "No articles yet. The project's editors import them; they are listed here once imported."));
        if (!bound) {
            bound = true;
            bus.bindRefresh(this, projectId.value(), this::refresh);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(sources.list(projectId));
    }

    private void openReader(long sourceId) {
        UI.getCurrent().navigate("projects/" + projectId.value() + "/sources/" + sourceId);
    }

    void openImportDialog() {
        new ImportDialog().open();
    }

    UrlImportDialog openUrlDialog() {
        UrlImportDialog d = new UrlImportDialog(sources, projectId, r -> {
            refresh();
            openReader(r.source().id().value());
        });
        d.open();
        return d;
    }

    FilesImportDialog openFilesDialog() {
        FilesImportDialog d = new FilesImportDialog(sources, projectId, this::refresh);
        d.open();
        return d;
    }

    /** Paste the text or upload a file; the metadata fields apply to both. */
    final class ImportDialog extends Dialog {
        final TextField titleField = new TextField("Title");
        final TextField outlet = new TextField("Outlet");
        final DatePicker published = new DatePicker("Published on");
        final TextField url = new TextField("URL");
        final TextArea text = new TextArea("Article text");
        final Span error = new Span();
        final Button save = new Button("Import");
        private byte[] uploaded;
        private String uploadedName;

        ImportDialog() {
            setHeaderTitle("Import an article");
            setWidth("min(52rem, 95vw)");
            titleField.setMaxLength(500);
            outlet.setMaxLength(200);
            url.setMaxLength(2000);
            published.setHelperText("\u201con Friday\u201d, \u201clast week\u201d\u2026 in the text are dated from it.");
            text.setWidthFull();
            text.setHeight("14rem");
            text.setPlaceholder("Paste the article text here, or upload a .txt, .md, .html, .pdf or .docx file below.");
            Upload upload = new Upload(new BoundedUploadHandler(sources.maxImportBytes(), new BoundedUploadHandler.Listener() {
                @Override
                public void received(String fileName, byte[] bytes) {
                    uploaded = bytes;
                    uploadedName = fileName;
                    text.setEnabled(false);
                    text.setHelperText("Using the uploaded file " + fileName + " (" + bytes.length + " bytes).");
                }

                @Override
                public void refused(String fileName, String reason) {
                    error.setText(fileName + ": " + reason);
                }
            }));
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, sources.maxImportBytes()));
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", ".pdf", ".docx");
            upload.addFileRemovedListener(e -> {
                uploaded = null;
                uploadedName = null;
                text.setEnabled(true);
                text.setHelperText(null);
            });
            FormLayout form = new FormLayout(titleField, outlet, published, url);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
            error.addClassNames("fl-error", "fl-dialog-error");
            error.setId("import-error");
            add(new VerticalLayout(form, text, upload));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> doImport());
            // Beside the buttons: below the form and the upload it was out of sight at 1024 × 700, and Import seemed to do nothing.
            getFooter().add(error, new Button("Cancel", e -> close()), save);
        }

        void doImport() {
            SourceData meta = new SourceData(titleField.getValue(), outlet.getValue(), published.getValue(), url.getValue(),
                    null, null, text.getValue());
            try {
                Source created = uploaded != null
                        ? sources.importFile(projectId, uploadedName, uploaded, meta)
                        : sources.importText(projectId, meta);
                close();
                refresh();
                openReader(created.id().value());
            } catch (ConflictException ex) {
                error.removeAll();
                error.setText(ex.getMessage() + " ");
                if (ex.current() instanceof SourceSummary existing) {
                    error.add(new Anchor("projects/" + projectId.value() + "/sources/" + existing.id().value(), "Open it"));
                }
            } catch (FactlineException ex) {
                error.removeAll();
                error.setText(ex.getMessage());
            }
        }
    }
}
