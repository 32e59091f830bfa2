package com.factline.timeline.ui;

import com.factline.base.FactlineException;
import com.factline.timeline.Event;
import com.factline.timeline.SupportingClaim;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/**
 * A title and a choice of claims: "New event from claims" (claims not yet on an event) and
 * "Split off claims" (claims of the event being split). Says so when there is nothing to choose.
 */
final class ClaimPickDialog extends Dialog {

    /** What the dialog does with the title and the chosen claims. */
    @FunctionalInterface
    interface Action {
        Event apply(String title, List<Long> claimIds);
    }

    final TextField title;
    final CheckboxGroup<SupportingClaim> pick;
    final Span empty = new Span();
    final Span error = new Span();
    final Button ok;

    ClaimPickDialog(String header, String titleLabel, String pickLabel, String emptyText, List<SupportingClaim> claims,
                    String okText, Action action, Consumer<Event> done) {
        setHeaderTitle(header);
        title = new TextField(titleLabel);
        title.setWidthFull();
        title.setMaxLength(300);
        pick = new CheckboxGroup<>(pickLabel);
        pick.setItems(claims);
        pick.setItemLabelGenerator(ClaimPickDialog::label);
        pick.setVisible(!claims.isEmpty());
        empty.setText(emptyText);
        empty.addClassName("fl-muted");
        empty.setVisible(claims.isEmpty());
        error.addClassName("fl-error");
        ok = new Button(okText, e -> {
            try {
                Event result = action.apply(title.getValue(), pick.getValue().stream().map(SupportingClaim::id).toList());
                close();
                done.accept(result);
            } catch (FactlineException ex) {
                error.setText(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(title, pick, empty, error));
        getFooter().add(new Button("Cancel", e -> close()), ok);
        setWidth("min(48rem, 95vw)");
    }

    /** An article's claim as the editor knows it: outlet, date and the quote's beginning. */
    static String label(SupportingClaim c) {
        return (c.date() == null ? "undated" : c.date()) + " \u00B7 " + c.article().full() + ": \u201c" + abbreviate(c.quote()) + "\u201d";
    }

    static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "\u2026" : s;
    }
}
