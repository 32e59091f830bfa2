package com.factline.export.ui;

import com.factline.base.FactlineException;
import com.factline.export.ExportFile;
import com.factline.export.ExportScope;
import com.factline.export.ExportService;
import com.factline.export.Exporter;
import com.factline.project.ProjectId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Choose a format and a scope, look at the text, download the file. The preview is always
 * plain text ({@code setText}): an HTML export is shown as source, never rendered here.
 */
@Route("projects/:projectId/export")
@PageTitle("Export · Factline")
@PermitAll
public class ExportView extends VerticalLayout implements BeforeEnterObserver {

    static final int PREVIEW_CHARS = 100_000;

    private final ExportService exports;
    private ProjectId projectId = new ProjectId(0);
    final Select<Exporter> format = new Select<>();
    final RadioButtonGroup<ExportScope> scope = new RadioButtonGroup<>("Events");
    final Button preview = new Button("Preview");
    final Anchor download;
    final Div output = new Div();
    final Paragraph error = new Paragraph();
    /** The download runs in its own request: it reads these, not the components. */
    private volatile Exporter chosen;
    private volatile ExportScope chosenScope = ExportScope.VERIFIED;

    public ExportView(ExportService exports) {
        this.exports = exports;
        setSizeFull();
        format.setLabel("Format");
        format.setItems(exports.formats());
        format.setItemLabelGenerator(Exporter::label);
        chosen = exports.formats().get(0);
        format.setValue(chosen);
        format.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosen = e.getValue();
            }
        });
        scope.setItems(ExportScope.values());
        scope.setItemLabelGenerator(s -> s == ExportScope.VERIFIED ? "Verified only" : "All events");
        scope.setValue(ExportScope.VERIFIED);
        scope.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosenScope = e.getValue();
            }
        });
        preview.addClickListener(e -> showPreview());
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ExportFile file = exports.export(projectId, chosen.id(), chosenScope);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(), file.bytes().length);
            } catch (FactlineException ex) {
                return DownloadResponse.error(ex.httpStatus(), ex.getMessage());
            }
        }), AttachmentType.DOWNLOAD, "Download");
        download.getElement().setAttribute("theme", "primary");
        error.addClassName("fl-flag");
        output.addClassName("fl-export-preview");
        output.getStyle().set("white-space", "pre-wrap").set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)").set("overflow", "auto").set("flex", "1")
                .set("width", "100%").set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-s)")
                .set("box-sizing", "border-box");
        HorizontalLayout bar = new HorizontalLayout(format, scope, preview, download);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Export"), new Paragraph("Verified events are what may be published; choose \u201cAll events\u201d for a working copy."),
                bar, error, output);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
    }

    void showPreview() {
        error.setText("");
        try {
            ExportFile file = exports.export(projectId, format.getValue().id(), scope.getValue());
            String text = new String(file.bytes(), StandardCharsets.UTF_8);
            if (text.length() > PREVIEW_CHARS) {
                text = text.substring(0, PREVIEW_CHARS) + "\n\u2026 (" + file.bytes().length + " bytes in all; download for the rest)";
            }
            output.setText(text);
        } catch (FactlineException ex) {
            output.setText("");
            error.setText(ex.getMessage());
        }
    }
}
