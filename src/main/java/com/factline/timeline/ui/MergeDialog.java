package com.factline.timeline.ui;

import com.factline.base.FactlineException;
import com.factline.timeline.Event;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** Merges another event into the one being edited: the other is removed, its claims move here. */
final class MergeDialog extends Dialog {

    final ComboBox<Event> other = new ComboBox<>("Event to merge in (it is removed, its claims move here)");
    final Span error = new Span();
    final Button ok;

    MergeDialog(Event into, BiConsumer<ComboBox<Event>, Event> offerCandidates, Function<Event, Event> merge, Consumer<Event> done) {
        setHeaderTitle("Merge into \u201c" + into.title() + "\u201d");
        other.setWidthFull();
        offerCandidates.accept(other, into);
        other.setItemLabelGenerator(x -> (x.date() == null ? "undated" : x.date().display()) + " \u2014 " + x.title());
        error.addClassName("fl-error");
        ok = new Button("Merge", ev -> {
            if (other.getValue() == null) {
                error.setText("Choose an event.");
                return;
            }
            try {
                Event merged = merge.apply(other.getValue());
                close();
                done.accept(merged);
            } catch (FactlineException ex) {
                error.setText(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(other, error));
        getFooter().add(new Button("Cancel", ev -> close()), ok);
        setWidth("min(40rem, 95vw)");
    }
}
