package com.factline.source.ui;

import com.factline.base.ConflictException;
import com.factline.base.FactlineException;
import com.factline.project.ProjectId;
import com.factline.source.ImportPreview;
import com.factline.source.ImportResult;
import com.factline.source.Provenance;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.source.SourceSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Import by address: the server fetches the page, the editor sees the article text and the metadata found (each
 * field says where it came from), may change any field, then saves.
 */
final class UrlImportDialog extends Dialog {

    final TextField address = new TextField("Address");
    final Button fetch = new Button("Fetch");
    final TextField titleField = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final TextField byline = new TextField("Author");
    final DatePicker published = new DatePicker("Published on");
    final TextField language = new TextField("Language");
    final TextArea preview = new TextArea("Article text (as extracted)");
    final Span notice = new Span();
    final Span error = new Span();
    final Button save = new Button("Import");
    private final FormLayout form;

    private final SourceService sources;
    private final ProjectId project;
    private final Consumer<ImportResult> imported;
    private @Nullable ImportPreview fetched;

    UrlImportDialog(SourceService sources, ProjectId project, Consumer<ImportResult> imported) {
        this.sources = sources;
        this.project = project;
        this.imported = imported;
        setHeaderTitle("Import from an address");
        setWidth("min(52rem, 95vw)");
        address.setPlaceholder("https://…");
        address.setMaxLength(2000);
        address.setWidthFull();
        address.setId("import-url");
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.addClickListener(e -> doFetch());
        HorizontalLayout top = new HorizontalLayout(address, fetch);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        titleField.setMaxLength(500);
        outlet.setMaxLength(200);
        byline.setMaxLength(500);
        language.setMaxLength(35);
        preview.setReadOnly(true);
        preview.setWidthFull();
        preview.setHeight("12rem");
        form = new FormLayout(titleField, outlet, byline, published, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setVisible(false);
        preview.setVisible(false);
        error.addClassNames("fl-error", "fl-dialog-error");
        error.setId("url-import-error");
        notice.setId("url-import-notice");
        add(new VerticalLayout(top, form, notice, preview));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> doImport());
        // Beside the buttons, in sight whatever the length of the preview above.
        getFooter().add(error, new Button("Cancel", e -> close()), save);
    }

    void doFetch() {
        error.setText("");
        try {
            ImportPreview p = sources.previewUrl(project, address.getValue());
            fetched = p;
            var m = p.found();
            set(titleField, m.title(), m.provenance().get("title"));
            set(outlet, m.outlet(), m.provenance().get("outlet"));
            set(byline, m.byline(), m.provenance().get("byline"));
            published.setValue(m.publishedOn());
            published.setHelperText(m.publishedOn() == null ? "Not found in the page: give it if you know it"
                    : "From " + m.provenance().get("publishedOn").label());
            language.setValue(p.language());
            language.setHelperText("Detected from the text");
            preview.setValue(p.text().length() > 4000 ? p.text().substring(0, 4000) + "\n\u2026" : p.text());
            notice.setText(String.format(Locale.ENGLISH, "%,d characters extracted; the page is kept as fetched (sha256 %s\u2026).",
                    p.length(), p.snapshot() == null ? "" : p.snapshot().sha256().substring(0, 12))
                    + (p.languageSupported() ? "" : " The text looks like \u201c" + p.language()
                    + "\u201d: date suggestions are made for English only, so none will be offered."));
            form.setVisible(true);
            preview.setVisible(true);
            save.setEnabled(true);
        } catch (FactlineException ex) {
            fetched = null;
            save.setEnabled(false);
            error.setText(ex.getMessage());
        }
    }

    private static void set(TextField field, @Nullable String value, @Nullable Provenance from) {
        field.setValue(value == null ? "" : value);
        field.setHelperText(from == null ? "Not found in the page" : "From " + from.label());
    }

    void doImport() {
        ImportPreview p = fetched;
        if (p == null) {
            return;
        }
        SourceData data = new SourceData(edited(titleField, p.found().title()), edited(outlet, p.found().outlet()),
                java.util.Objects.equals(published.getValue(), p.found().publishedOn()) ? null : published.getValue(), p.origin(), edited(byline, p.found().byline()),
                language.getValue().equals(p.language()) ? null : language.getValue(), null);
        try {
            ImportResult r = sources.importPreview(project, p, data);
            close();
            imported.accept(r);
        } catch (ConflictException ex) {
            error.removeAll();
            error.setText(ex.getMessage() + " ");
            if (ex.current() instanceof SourceSummary existing) {
                error.add(new Anchor("projects/" + project.value() + "/sources/" + existing.id().value(), "Open it"));
            }
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    /** The field's value when the editor changed it, else null so that the page's value keeps its provenance. */
    private static @Nullable String edited(TextField field, @Nullable String found) {
        String v = field.getValue();
        return v.equals(found == null ? "" : found) ? null : v;
    }
}
