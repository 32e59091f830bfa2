package com.factline.proposal.ui;

import com.factline.base.FactlineException;
import com.factline.project.ProjectId;
import com.factline.proposal.Acceptance;
import com.factline.proposal.Proposal;
import com.factline.proposal.ProposalService;
import com.factline.proposal.ProposedPassage;
import com.factline.base.ui.DateValueField;
import com.factline.temporal.DateValue;
import com.factline.timeline.Event;
import com.factline.timeline.EventFilter;
import com.factline.timeline.EventService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One proposal up for decision: its title and date (editable), every supporting passage with its source, date and
 * explanation (untick to drop it), and the three decisions. Each decision is one service call.
 */
class ProposalDialog extends Dialog {

    private final ProposalService proposals;
    private final ProjectId project;
    private final Proposal proposal;
    private final Runnable decided;

    /** A text area: a long title (a main clause of 150 characters) shows whole, wrapped, instead of scrolling out of sight. */
    final TextArea title = new TextArea("Title");
    final DateValueField date = new DateValueField();
    final List<Checkbox> keep = new ArrayList<>();
    final Button accept = new Button("Accept");
    final ComboBox<Event> mergeTarget = new ComboBox<>("\u2026or add these passages to an existing event");
    final Button merge = new Button("Merge into event");
    final TextField reason = new TextField("Why dismiss it?");
    final Button dismiss = new Button("Dismiss");
    final Span error = new Span();
    final Button cancel = new Button("Cancel", e -> close());

    /**
     * {@code mayDecide}: an editor edits and decides; a viewer sees the same proposal read-only, with its passages,
     * and only closes it.
     */
    ProposalDialog(ProposalService proposals, EventService events, ProjectId project, Proposal proposal, Runnable decided,
                   boolean mayDecide) {
        this.proposals = proposals;
        this.project = project;
        this.proposal = proposal;
        this.decided = decided;
        setHeaderTitle("Proposed event");
        setWidth("min(56rem, 95vw)");
        title.setWidthFull();
        title.setMaxLength(300);
        title.setValue(proposal.title());
        date.setValue(proposal.date());
        date.setWidthFull();
        if (proposal.date() != null) {
            date.setReferenceDate(proposal.date().earliest());
        }
        Span why = new Span(proposal.explanation());
        why.addClassName("fl-muted");
        VerticalLayout body = new VerticalLayout(title, date);
        body.setPadding(false);
        if (proposal.dateConflict() != null) {
            Span conflict = new Span("Sources disagree on the date: " + proposal.dateConflict());
            conflict.addClassName("fl-badge-warn");
            body.add(conflict);
        }
        body.add(why, new H4(proposal.passages().size() + " supporting passages from " + proposal.sourceCount()
                + (proposal.sourceCount() == 1 ? " source" : " independent sources")));
        for (ProposedPassage x : proposal.passages()) {
            body.add(passage(x));
        }
        mergeTarget.setWidthFull();
        // The timeline's events, a page at a time as the editor types or scrolls.
        mergeTarget.setItems(query -> events.timeline(project, new EventFilter(query.getFilter().orElse(null), null, null, null, null,
                false), null, query.getOffset(), query.getLimit()).stream());
        mergeTarget.setItemLabelGenerator(e -> (e.date() == null ? "undated" : e.date().display()) + " \u2014 " + e.title());
        reason.setWidthFull();
        reason.setMaxLength(5000);
        reason.setPlaceholder("e.g. background, not part of this story");
        error.addClassName("fl-error");
        error.setId("proposal-error");
        body.add(mergeTarget, reason, error);
        add(body);
        accept.setId("proposal-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> act(this::accept));
        merge.addClickListener(e -> act(this::merge));
        dismiss.setId("proposal-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dismiss.addClickListener(e -> act(this::dismiss));
        getFooter().add(cancel, dismiss, merge, accept);
        if (!mayDecide) {
            setHeaderTitle("Proposed event (you can read this project, not change it)");
            title.setReadOnly(true);
            date.setReadOnly(true);
            keep.forEach(box -> box.setReadOnly(true));
            for (var c : List.of(mergeTarget, reason, dismiss, merge, accept)) {
                c.setVisible(false);
            }
            cancel.setText("Close");
        }
    }

    private Div passage(ProposedPassage x) {
        Checkbox box = new Checkbox(true);
        box.setLabel(x.outlet().isBlank() ? "source " + x.sourceId() : x.outlet());
        keep.add(box);
        Div quote = new Div();
        quote.setText(x.quote());
        quote.addClassName("fl-quote");
        Span when = new Span((x.date() == null ? "undated" : x.date().display()) + " \u2014 " + x.explanation());
        when.addClassName("fl-muted");
        Anchor open = new Anchor("projects/" + project.value() + "/sources/" + x.sourceId().value(), "open in reader");
        HorizontalLayout head = new HorizontalLayout(box, open);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div div = new Div(head, quote, when);
        div.addClassName("fl-passage");
        return div;
    }

    private void act(Runnable action) {
        try {
            action.run();
            close();
            decided.run();
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    private void accept() {
        // A line break typed into the text area is a space in a title.
        proposals.accept(project, proposal.id(), new Acceptance(title.getValue().strip().replaceAll("\\s+", " "), editedDate(), keptIndexes()));
    }

    private void merge() {
        Event target = mergeTarget.getValue();
        if (target == null) {
            throw new com.factline.base.InvalidInputException("Choose the event to add the passages to.");
        }
        proposals.mergeInto(project, proposal.id(), target.id(), keptIndexes());
    }

    private void dismiss() {
        proposals.dismiss(project, proposal.id(), reason.getValue());
    }

    /** Null (the event's date follows its claims) unless the editor changed the proposed date. */
    @Nullable DateValue editedDate() {
        if (date.problem() != null) {
            throw new com.factline.base.InvalidInputException("invalid_date", date.problem());
        }
        DateValue v = date.getValue();
        return v == null || v.equals(proposal.date()) ? null : v;
    }

    @Nullable List<Integer> keptIndexes() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < keep.size(); i++) {
            if (keep.get(i).getValue()) {
                out.add(i);
            }
        }
        return out.size() == keep.size() ? null : out;
    }
}
