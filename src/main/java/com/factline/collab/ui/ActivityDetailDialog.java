package com.factline.collab.ui;

import com.factline.collab.Activity;
import com.factline.collab.ActivitySentence;
import com.factline.collab.ChangeDiff;
import com.factline.collab.FieldChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** One activity entry opened: the sentence, who and when, each field before and after, and a link to the thing if it still exists. */
class ActivityDetailDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", java.util.Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final Paragraph sentence = new Paragraph();
    final Grid<FieldChange> fields = new Grid<>(FieldChange.class, false);
    final Span noFields = new Span("No fields were recorded for this change.");
    /** A link to the thing, or a line saying it is gone. */
    final Span where = new Span();

    ActivityDetailDialog(Activity a, Optional<String> link) {
        setHeaderTitle("Change #" + a.id());
        setWidth("min(56rem, 95vw)");
        sentence.setText(ActivitySentence.of(a)); // text, never HTML
        Paragraph meta = new Paragraph(a.actor() + " \u00b7 " + WHEN.format(a.at()) + " \u00b7 " + ChangeDiff.actionLabel(a.action()));
        meta.addClassName("fl-muted");
        List<FieldChange> changes = ChangeDiff.of(a.before(), a.after());
        fields.addComponentColumn(c -> wrapped(c.label())).setHeader("Field").setFlexGrow(1);
        fields.addComponentColumn(c -> wrapped(c.oldValue() == null ? "\u2014" : c.oldValue())).setHeader("Before").setFlexGrow(3);
        fields.addComponentColumn(c -> wrapped(c.newValue() == null ? "\u2014" : c.newValue())).setHeader("After").setFlexGrow(3);
        fields.setItems(changes);
        fields.setAllRowsVisible(true);
        fields.setVisible(!changes.isEmpty());
        noFields.addClassName("fl-muted");
        noFields.setVisible(changes.isEmpty());
        link.ifPresentOrElse(href -> where.add(new Anchor(href, "Open the " + a.entityType().replace('_', ' ') + " as it is now")),
                () -> where.setText(a.entityId() == null ? "" : "The " + a.entityType().replace('_', ' ') + " no longer exists, or has no page of its own."));
        add(sentence, meta, fields, noFields, where);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Span wrapped(String text) {
        Span s = new Span(text);
        s.addClassName("fl-wrap");
        return s;
    }
}
