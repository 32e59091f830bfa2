package com.factline.source.ui;

import com.factline.base.ConflictException;
import com.factline.base.FactlineException;
import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.factline.source.SourceId;
import com.factline.source.SourceMetadata;
import com.factline.source.SourceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The article as stored (always rendered as text, never as HTML) with its editable metadata. */
@Route("projects/:projectId/sources/:sourceId")
@PageTitle("Reader · Factline")
@PermitAll
public class SourceReaderView extends VerticalLayout implements BeforeEnterObserver {

    private final SourceService sources;
    private ProjectId projectId = new ProjectId(0);
    private Source source;

    final H2 heading = new H2();
    final Span meta = new Span();
    final Div text = new Div();
    final TextField titleField = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final DatePicker published = new DatePicker("Published on");
    final TextField url = new TextField("URL");
    final TextField byline = new TextField("Byline");
    final Button save = new Button("Save metadata");
    final Span error = new Span();

    public SourceReaderView(SourceService sources) {
        this.sources = sources;
        meta.addClassName("fl-muted");
        text.addClassName("fl-source-text");
        text.setId("source-text");
        titleField.setMaxLength(500);
        outlet.setMaxLength(200);
        url.setMaxLength(2000);
        byline.setMaxLength(500);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveMetadata());
        error.addClassName("fl-error");
        FormLayout form = new FormLayout(titleField, outlet, published, url, byline);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        Details details = new Details("Metadata", new VerticalLayout(form, save, error));
        details.setWidthFull();
        add(heading, meta, details, text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        SourceId sourceId = new SourceId(event.getRouteParameters().getLong("sourceId").orElse(0L));
        show(sources.get(projectId, sourceId));
    }

    private void show(Source s) {
        this.source = s;
        heading.setText(s.title());
        meta.setText((s.outlet().isBlank() ? "Unknown outlet" : s.outlet()) + " · "
                + (s.publishedOn() == null ? "publication date unknown" : "published " + SourcesView.DAY.format(s.publishedOn()))
                + " · " + String.format(Locale.ENGLISH, "%,d", s.length()) + " characters · sha256 " + s.sha256().substring(0, 12) + "…");
        titleField.setValue(s.title());
        outlet.setValue(s.outlet());
        published.setValue(s.publishedOn());
        url.setValue(s.url() == null ? "" : s.url());
        byline.setValue(s.byline() == null ? "" : s.byline());
        // setText escapes: whatever the article contains is shown, never interpreted.
        text.setText(s.text());
        error.setText("");
    }

    void saveMetadata() {
        try {
            Source updated = sources.updateMetadata(projectId, source.id(), new SourceMetadata(titleField.getValue(),
                    outlet.getValue(), published.getValue(), url.getValue(), byline.getValue(), source.language()), source.version());
            show(updated);
            Notification.show("Metadata saved.", 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException ex) {
            error.setText(ex.getMessage());
            if (ex.current() instanceof Source current) {
                Button reload = new Button("Load their version", e -> show(current));
                reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
                error.add(reload);
            }
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }
}
