package com.factline.source.ui;

import com.factline.project.ProjectId;
import com.factline.source.FileOutcome;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Several files at once (or a .zip of them): each is received under the article limit, then all are imported in the
 * background, one transaction each, with a progress bar; one list says what became of every file.
 */
final class FilesImportDialog extends Dialog {

    final Upload upload;
    final Button start = new Button("Import files");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Grid<FileOutcome> results = new Grid<>(FileOutcome.class, false);
    final List<SourceService.UploadedFile> received = new ArrayList<>();
    final List<String> refusedOnArrival = new ArrayList<>();

    /** Where the import runs; tests run it on the calling thread. */
    Executor executor = task -> Thread.ofVirtual().name("factline-import").start(task);

    private final SourceService sources;
    private final ProjectId project;
    private final Runnable changed;

    FilesImportDialog(SourceService sources, ProjectId project, Runnable changed) {
        this.sources = sources;
        this.project = project;
        this.changed = changed;
        setHeaderTitle("Import files");
        setWidth("min(56rem, 95vw)");
        upload = new Upload(new BoundedUploadHandler(sources.maxImportBytes(), new BoundedUploadHandler.Listener() {
            @Override
            public void received(String fileName, byte[] bytes) {
                received.add(new SourceService.UploadedFile(fileName, bytes));
                updateStart();
            }

            @Override
            public void refused(String fileName, String reason) {
                refusedOnArrival.add(fileName + ": " + reason);
                status.setText(String.join(" ", refusedOnArrival));
            }
        }));
        upload.setMaxFiles(SourceService.MAX_BATCH_FILES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, sources.maxImportBytes()));
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".zip");
        upload.setDropLabel(new Span("Drop .txt, .md, .html, .pdf, .docx files or a .zip here (up to "
                + sources.maxImportBytes() / (1024 * 1024) + " MB each)"));
        upload.addFileRemovedListener(e -> {
            received.removeIf(f -> f.name().equals(e.getFileName()));
            updateStart();
        });
        progress.setVisible(false);
        progress.setId("import-progress");
        status.setId("import-status");
        results.addColumn(FileOutcome::fileName).setHeader("File").setFlexGrow(2);
        results.addColumn(o -> switch (o.status()) {
            case IMPORTED -> "imported";
            case DUPLICATE -> "already there";
            case REFUSED -> "refused";
        }).setHeader("Result").setFlexGrow(0).setWidth("9rem");
        results.addColumn(FileOutcome::message).setHeader("Why / what").setFlexGrow(3);
        results.setAllRowsVisible(true);
        results.setVisible(false);
        results.setId("import-results");
        add(new VerticalLayout(upload, progress, status, results));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> startImport());
        getFooter().add(new Button("Close", e -> close()), start);
    }

    private void updateStart() {
        start.setEnabled(!received.isEmpty());
        start.setText(received.size() <= 1 ? "Import file" : "Import " + received.size() + " files");
    }

    void startImport() {
        List<SourceService.UploadedFile> files = List.copyOf(received);
        received.clear();
        start.setEnabled(false);
        upload.clearFileList();
        progress.setVisible(true);
        progress.setValue(0);
        status.setText("Importing " + files.size() + (files.size() == 1 ? " file\u2026" : " files\u2026"));
        UI ui = UI.getCurrent();
        Runnable job = () -> {
            List<FileOutcome> outcomes;
            try {
                outcomes = sources.importFiles(project, files, new SourceData(null, null, null, null, null, null, null),
                        (done, total) -> onUi(ui, () -> progress.setValue(done / (double) total)));
            } catch (RuntimeException ex) {
                onUi(ui, () -> {
                    progress.setVisible(false);
                    status.setText("The import stopped: " + ex.getMessage());
                });
                return;
            }
            onUi(ui, () -> showResults(outcomes));
        };
        executor.execute(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
    }

    void showResults(List<FileOutcome> outcomes) {
        progress.setValue(1);
        progress.setVisible(false);
        long imported = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.IMPORTED).count();
        long duplicates = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.DUPLICATE).count();
        long refused = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.REFUSED).count();
        status.setText(imported + " imported, " + duplicates + " already in the project, " + refused + " refused.");
        results.setItems(outcomes);
        results.setVisible(true);
        if (imported > 0) {
            changed.run();
        }
    }

    /** Runs on the UI: directly when already on its thread (tests), else through push. */
    private static void onUi(UI ui, Runnable r) {
        if (UI.getCurrent() == ui) {
            r.run();
        } else {
            ui.access(r::run);
        }
    }
}
