package com.factline.timeline.ui;

import com.factline.base.ConflictException;
import com.factline.base.FactlineException;
import com.factline.base.ui.ConflictDialog;
import com.factline.base.ui.DateValueField;
import com.factline.collab.ChangeBus;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.collab.CommentThread;
import com.factline.collab.EditingIndicator;
import com.factline.collab.HistoryPanel;
import com.factline.collab.PresenceService;
import com.factline.project.ProjectId;
import com.factline.temporal.DateValue;
import com.factline.timeline.Event;
import com.factline.timeline.EventService;
import com.factline.timeline.EventStatus;
import com.factline.timeline.EventUpdate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.factline.timeline.SupportingClaim;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Edits the selected event; shows who else changed it and never overwrites silently. */
final class EventEditor extends VerticalLayout {

    private final EventService events;
    private final Supplier<ProjectId> project;
    private final Runnable refresh;
    private final Consumer<Event> openMerge;
    private final Consumer<Event> openSplit;

    final H3 heading = new H3("Select an event");
    final TextField titleField = new TextField("Title");
    final TextArea summary = new TextArea("Summary");
    final TextField location = new TextField("Location");
    final RadioButtonGroup<Event.DateMode> mode = new RadioButtonGroup<>("Date");
    final DateValueField date = new DateValueField();
    final Span dateInfo = new Span();
    final Span notice = new Span();
    final Span verifiedWarning = new Span();
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Button merge = new Button("Merge another into this");
    final Button split = new Button("Split off claims");
    final Span error = new Span();
    /** The quotes supporting the event, each with its outlet, date and a link into the reader: always in sight. */
    final H4 quotesHeading = new H4();
    final VerticalLayout quotes = new VerticalLayout();
    final HistoryPanel history;
    final EditingIndicator alsoEditing;
    final CommentThread comments;
    @Nullable Event current;
    /** False for a viewer of the project: the event is shown read-only, without Save, Delete, Merge or Split. */
    private boolean editable = true;

    EventEditor(EventService events, Supplier<ProjectId> project, Runnable refresh, HistoryPanel history, PresenceService presence,
                ChangeBus bus, CommentService commentService, Consumer<Event> openMerge, Consumer<Event> openSplit) {
        this.events = events;
        this.project = project;
        this.refresh = refresh;
        this.history = history;
        this.openMerge = openMerge;
        this.openSplit = openSplit;
        this.alsoEditing = new EditingIndicator(presence, bus, "event");
        this.comments = new CommentThread(commentService, bus);
        addClassName("fl-panel");
        getStyle().set("overflow-y", "auto");
        setHeightFull();
        titleField.setWidthFull();
        titleField.setMaxLength(300);
        summary.setWidthFull();
        summary.setMaxLength(20000);
        location.setMaxLength(300);
        mode.setItems(Event.DateMode.values());
        mode.setItemLabelGenerator(m -> switch (m) {
            case DERIVED -> "derived from claims";
            case MANUAL -> "set by hand";
        });
        mode.addValueChangeListener(e -> date.setPickersEnabled(e.getValue() == Event.DateMode.MANUAL));
        date.setWidthFull();
        dateInfo.addClassName("fl-muted");
        notice.addClassName("fl-badge-warn");
        notice.setVisible(false);
        verifiedWarning.addClassName("fl-badge-warn");
        verifiedWarning.setId("event-verified-warning");
        error.addClassName("fl-error");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        merge.addClickListener(e -> {
            if (current != null) {
                openMerge.accept(current);
            }
        });
        split.addClickListener(e -> {
            if (current != null) {
                openSplit.accept(current);
            }
        });
        add(heading);
        form = List.of(alsoEditing, notice, verifiedWarning, titleField, summary, location, mode, date, dateInfo,
                new HorizontalLayout(save, delete), new HorizontalLayout(merge, split), error, quotesHeading, quotes, comments, history);
        quotes.setPadding(false);
        quotes.setId("event-quotes");
        history.onReverted(() -> {
            refresh.run();
            if (current != null) {
                edit(events.get(project.get(), current.id()));
            }
        });
        setFormVisible(false);
    }

    private Consumer<Boolean> onFormShown = v -> {
    };

    /** Told whether an event is shown (true) or the editor is empty (false), so the view can give it room. */
    void onFormShown(Consumer<Boolean> listener) {
        this.onFormShown = listener;
        listener.accept(current != null);
    }

    /**
     * The form below the heading, added to the editor when the first event is shown: until then the view's first
     * response carries the heading only (the form's components, history and comments are not sent hidden).
     */
    private final List<com.vaadin.flow.component.Component> form;

    private void setFormVisible(boolean v) {
        if (v && getComponentCount() == 1) {
            form.forEach(this::add);
        }
        getChildren().filter(c -> c != heading).forEach(c -> c.setVisible(v));
        notice.setVisible(false);
        verifiedWarning.setVisible(false);
        // An empty editor takes little room: the list gets the width.
        onFormShown.accept(v);
        if (v) {
            removeClassName("fl-panel-empty");
        } else {
            addClassName("fl-panel-empty");
        }
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        history.setRevertAllowed(editable);
    }

    void edit(Event e) {
        current = e;
        setFormVisible(true);
        for (var field : java.util.List.<com.vaadin.flow.component.HasValue<?, ?>>of(titleField, summary, location, mode)) {
            field.setReadOnly(!editable);
        }
        save.getParent().ifPresent(row -> row.setVisible(editable));
        merge.getParent().ifPresent(row -> row.setVisible(editable));
        heading.setText(e.title());
        titleField.setValue(e.title());
        summary.setValue(e.summary());
        location.setValue(e.location());
        mode.setValue(e.dateMode());
        date.setValue(e.date());
        date.setPickersEnabled(editable && e.dateMode() == Event.DateMode.MANUAL);
        dateInfo.setText((e.date() == null ? "No date" : e.date().display() + " (EDTF " + e.date().edtf() + ")")
                + (e.dateMode() == Event.DateMode.DERIVED ? " \u2014 the overlap of its claims' dates" : " \u2014 set by hand")
                + (e.reverifyReason() != null && e.status() == EventStatus.NEEDS_REVERIFICATION ? ". Needs re-verification: " + e.reverifyReason() : ""));
        verifiedWarning.setText("Verified" + (e.verifiedBy() == null ? "" : " by " + e.verifiedBy())
                + ": saving a change here sends it back for re-verification.");
        verifiedWarning.setVisible(e.status() == EventStatus.VERIFIED);
        error.setText("");
        showQuotes(e);
        history.show(project.get(), "event", e.id().value());
        if (editable) {
            alsoEditing.show(project.get().value(), e.id().value());
        } else {
            alsoEditing.clear(); // a viewer reads the event: nobody is told they are editing it
        }
        comments.show(project.get(), CommentTarget.EVENT, e.id().value());
    }

    private void showQuotes(Event e) {
        quotes.removeAll();
        List<SupportingClaim> claims = events.claims(project.get(), e.id());
        quotesHeading.setText(claims.isEmpty() ? "No supporting quotes yet" : "Supporting quotes (" + claims.size() + ")");
        for (SupportingClaim c : claims) {
            Anchor link = new Anchor("projects/" + project.get().value() + "/sources/" + c.sourceId() + "?claim=" + c.id(),
                    (c.outlet().isBlank() ? c.sourceTitle() : c.outlet()) + (c.date() == null ? "" : ", " + c.date()));
            Span quote = new Span("\u201c" + c.quote() + "\u201d");
            quote.addClassNames("fl-quote", "fl-wrap");
            VerticalLayout item = new VerticalLayout(link, quote);
            item.setPadding(false);
            item.setSpacing(false);
            quotes.add(item);
        }
    }

    void clear() {
        current = null;
        heading.setText("Select an event");
        setFormVisible(false);
        alsoEditing.clear();
    }

    /** Someone else changed something: say so when it is the event being edited. */
    void externalChange(String type, @Nullable Long id, String actor) {
        if (current != null && type.equals("event") && id != null && id == current.id().value()) {
            var me = com.factline.base.CurrentUser.find().map(u -> u.username()).orElse("");
            if (!actor.equals(me)) {
                notice.setText(actor + " just changed this event.");
                notice.setVisible(true);
            }
        }
    }

    void save() {
        Event e = current;
        if (e == null) {
            return;
        }
        error.setText("");
        boolean manual = mode.getValue() == Event.DateMode.MANUAL;
        if (manual && date.problem() != null) {
            error.setText(date.problem());
            return;
        }
        DateValue d = manual ? date.getValue() : null;
        try {
            Event saved = events.update(project.get(), e.id(), new EventUpdate(titleField.getValue(), summary.getValue(), location.getValue(),
                    d, manual ? Event.DateMode.MANUAL : Event.DateMode.DERIVED), e.version());
            refresh.run();
            edit(saved);
        } catch (ConflictException ex) {
            if (ex.current() instanceof Event theirs) {
                conflict(theirs);
            } else {
                error.setText(ex.getMessage());
            }
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    private void conflict(Event theirs) {
        new ConflictDialog("event", "\u201c" + theirs.title() + "\u201d, " + (theirs.date() == null ? "undated" : theirs.date().display())
                + ", last edited by " + theirs.lastEditedBy(), "\u201c" + titleField.getValue() + "\u201d",
                () -> {
                    current = theirs;
                    save();
                },
                () -> edit(theirs)).open();
    }

    private void confirmDelete() {
        Event e = current;
        if (e == null) {
            return;
        }
        ConfirmDialog d = new ConfirmDialog("Delete \u201c" + e.title() + "\u201d?",
                "Its " + e.claimIds().size() + " claim(s) stay, without an event.", "Delete", ev -> {
            try {
                events.delete(project.get(), e.id(), e.version());
                clear();
                refresh.run();
            } catch (FactlineException ex) {
                error.setText(ex.getMessage());
            }
        });
        d.setCancelable(true);
        d.setConfirmButtonTheme("error primary");
        d.open();
    }
}
