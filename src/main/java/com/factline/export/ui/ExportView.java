package com.factline.export.ui;

import com.factline.base.FactlineException;
import com.factline.export.ExportFile;
import com.factline.export.ExportScope;
import com.factline.export.ExportService;
import com.factline.export.ExportData;
import com.factline.export.Exporter;
import com.factline.base.ui.SupportCount;
import com.factline.project.ProjectId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
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
import java.util.List;

/**
 * Choose a format and a scope, look at the result, download the file. The HTML report is
 * rendered in a sandboxed frame ({@code srcdoc}, no scripts, no same origin, the report's own
 * CSP), never in this page; other formats show the timeline as a list of dated headlines, and
 * the file's text (always as text) on request.
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
    /** The file's text, as text, for the formats that are not rendered. */
    final Div output = new Div();
    final Details outputDetails = new Details("The file as text", output);
    /** The HTML report, rendered apart from the application page. */
    final IFrame report = new IFrame();
    /** The timeline in the file, as dated headlines. */
    final Div headlines = new Div();
    final Paragraph empty = new Paragraph();
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
        report.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        report.getElement().setAttribute("title", "Report preview");
        report.setWidthFull();
        report.getStyle().set("flex", "1").set("min-height", "24rem").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("background", "white");
        report.setVisible(false);
        headlines.addClassName("fl-export-headlines");
        headlines.setWidthFull();
        outputDetails.setWidthFull();
        outputDetails.setVisible(false);
        empty.addClassName("fl-empty");
        empty.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(format, scope, preview, download);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H2("Export"), new Paragraph("Verified events are what may be published; choose \u201cAll events\u201d for a working copy. "
                        + "The file is named after the project and says which: \u2026-verified or \u2026-working."),
                bar, error, empty, report, headlines, outputDetails);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        // The page opens on what the default file holds (or that nothing is verified yet, and what to do about
        // it): a newcomer should not have to press Preview to learn that the export is empty.
        showPreview();
    }

    void showPreview() {
        error.setText("");
        try {
            ExportService.Preview p = exports.preview(projectId, format.getValue().id(), scope.getValue());
            ExportFile file = p.file();
            String text = new String(file.bytes(), StandardCharsets.UTF_8);
            boolean html = file.mediaType().startsWith("text/html");
            empty.setVisible(p.data().events().isEmpty());
            empty.setText(ExportService.emptyText(p.data().scope()));
            // The report goes into a sandboxed frame as one attribute value: Flow escapes it, the frame parses it.
            report.setSrcdoc(html ? text : "");
            report.setVisible(html);
            showHeadlines(html ? List.of() : p.data().events());
            if (text.length() > PREVIEW_CHARS) {
                text = text.substring(0, PREVIEW_CHARS) + "\n\u2026 (" + file.bytes().length + " bytes in all; download for the rest)";
            }
            output.setText(html ? "" : text);
            outputDetails.setSummaryText("The file as text: " + file.fileName());
            outputDetails.setVisible(!html);
        } catch (FactlineException ex) {
            output.setText("");
            report.setSrcdoc("");
            report.setVisible(false);
            headlines.removeAll();
            outputDetails.setVisible(false);
            empty.setVisible(false);
            error.setText(ex.getMessage());
        }
    }

    /** One line per event: its date and headline, then where it stands and how many articles support it. */
    private void showHeadlines(List<ExportData.Event> events) {
        headlines.removeAll();
        for (ExportData.Event e : events) {
            Div row = new Div();
            row.addClassName("fl-export-headline");
            row.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            Span when = new Span(e.date() == null ? "undated" : e.date().display());
            when.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-m)");
            Span title = new Span(e.title()); // text, never HTML
            long articles = e.claims().stream().map(c -> c.citation().sourceId()).distinct().count();
            long outlets = e.claims().stream().map(c -> c.citation().outlet()).filter(o -> !o.isBlank()).distinct().count();
            Div meta = new Div(new Span(e.status().replace('_', ' ') + (e.verifiedBy() == null ? "" : " by " + e.verifiedBy())
                    + " \u00b7 " + SupportCount.of((int) articles, (int) outlets)));
            meta.addClassName("fl-muted");
            row.add(new Div(when, title), meta);
            headlines.add(row);
        }
    }
}
