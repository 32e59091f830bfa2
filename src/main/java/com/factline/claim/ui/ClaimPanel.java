package com.factline.claim.ui;

import com.factline.base.ConflictException;
import com.factline.base.FactlineException;
import com.factline.base.ui.ConflictDialog;
import com.factline.base.ui.DateValueField;
import com.factline.claim.Claim;
import com.factline.claim.ClaimDate;
import com.factline.claim.ClaimEdit;
import com.factline.claim.ClaimService;
import com.factline.claim.ClaimStatus;
import com.factline.claim.DateCheck;
import com.factline.claim.DatePrefill;
import com.factline.claim.SelectionHint;
import com.factline.claim.SelectionHints;
import com.factline.collab.HistoryPanel;
import com.factline.collab.ChangeBus;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.collab.CommentThread;
import com.factline.collab.EditingIndicator;
import com.factline.collab.PresenceService;
import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.temporal.TemporalExpression;
import com.factline.timeline.EventService;
import com.factline.timeline.EventSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The side panel: a new claim prefilled from the selection, or an existing claim to edit. */
class ClaimPanel extends VerticalLayout {

    private final ClaimService claims;
    private final EventService events;
    private final Runnable changed;
    private final List<SelectionHints> hints;
    private ProjectId projectId = new ProjectId(0);
    private Source source;

    private int start;
    private int end;
    private @Nullable Claim editing;
    private @Nullable TemporalExpression suggestion;
    private @Nullable SelectionHint hint;
    /** The sentence's other resolved dates, offered as chips beside the date field. */
    private List<TemporalExpression> candidates = List.of();
    private boolean eventsLoaded;
    /** Whether the signed-in user may change claims here; a viewer sees a claim read-only. */
    private boolean editable = true;

    final H3 heading = new H3("New claim");
    final Div quote = new Div();
    final TextField statement = new TextField("Statement (in your words)");
    /** The one date editor; its From, To and precision are also reachable as the fields below. */
    final DateValueField date = new DateValueField();
    final DatePicker earliest = date.earliest;
    final DatePicker latest = date.latest;
    final Select<DatePrecision> precision = date.precision;
    final Span dateSource = new Span();
    final Span dateDisplay = new Span();
    final Span looksLike = new Span();
    /** Clickable dates beside the field: the sentence's other dates, else the publication date or the event's date. */
    final HorizontalLayout otherDates = new HorizontalLayout();
    /** Shown, never blocking, when the claim's date does not overlap the chosen event's date. */
    final Span eventDateWarning = new Span();
    final ComboBox<EventSummary> event = new ComboBox<>("Event");
    final TextField newEvent = new TextField("\u2026or a new event with this date");
    final Select<ClaimStatus> status = new Select<>();
    final Div dateCheck = new Div();
    final Button save = new Button("Save claim");
    final Button delete = new Button("Delete");
    final Button cancel = new Button("Cancel");
    final Span error = new Span();
    final HistoryPanel history;
    final EditingIndicator alsoEditing;
    final CommentThread comments;

    ClaimPanel(ClaimService claims, EventService events, Runnable changed, HistoryPanel history, CommentService commentService,
               ChangeBus bus, PresenceService presence, List<SelectionHints> hints) {
        this.claims = claims;
        this.hints = hints;
        this.events = events;
        this.changed = changed;
        this.history = history;
        this.alsoEditing = new EditingIndicator(presence, bus, "claim");
        this.comments = new CommentThread(commentService, bus);
        setPadding(false);
        quote.addClassName("fl-quote");
        quote.setId("claim-quote");
        statement.setWidthFull();
        statement.setMaxLength(5000);
        statement.setPlaceholder("e.g. Xi arrived in Moscow");
        statement.setId("claim-statement");
        // Every keystroke reaches the server, so a new selection never overwrites what was typed for it.
        statement.setValueChangeMode(ValueChangeMode.EAGER);
        getElement().setAttribute("data-fl-claim-panel", "");
        date.setWidthFull();
        date.addValueChangeListener(e -> updateDisplay());
        otherDates.setId("claim-other-dates");
        otherDates.setSpacing(false);
        otherDates.getStyle().set("flex-wrap", "wrap");
        eventDateWarning.addClassName("fl-badge-warn");
        eventDateWarning.setId("claim-event-date-warning");
        eventDateWarning.setVisible(false);
        dateSource.addClassName("fl-muted");
        looksLike.addClassName("fl-muted");
        looksLike.setId("claim-looks-like");
        dateDisplay.setId("claim-date-display");
        event.setWidthFull();
        event.setItemLabelGenerator(EventSummary::label);
        // Each option with the outlets already on the event and its distance from the claim's date (bound as text).
        event.setRenderer(com.vaadin.flow.data.renderer.LitRenderer.<EventSummary>of("""
                        <div><div>${item.title}</div><div style="font-size: var(--lumo-font-size-s);                         color: var(--lumo-secondary-text-color)">${item.context}</div></div>""")
                .withProperty("title", EventSummary::label)
                .withProperty("context", e -> EventChoices.context(e, date.getValue())));
        event.setClearButtonVisible(true);
        event.addValueChangeListener(e -> updateDisplay());
        newEvent.setWidthFull();
        newEvent.setMaxLength(300);
        status.setLabel("Status");
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(s -> s.dbName());
        error.addClassName("fl-error");
        error.setId("claim-error");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveChecked());
        // Enter in the statement saves; Enter in a date field only confirms the date.
        save.addClickShortcut(Key.ENTER).listenOn(statement);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        cancel.addClickListener(e -> setVisible(false));
        add(heading, alsoEditing, quote, looksLike, statement, date, otherDates, dateDisplay, dateSource, dateCheck, event,
                eventDateWarning, newEvent, status,
                new HorizontalLayout(save, cancel, delete), error, comments, history);
        history.onReverted(() -> {
            changed.run();
            if (editing != null) {
                edit(claims.get(projectId, editing.id()));
            }
        });
        setVisible(false);
    }

    /**
     * Whether this panel edits (an editor) or only shows a claim (a viewer): read-only fields, no save, delete, date
     * chips, date-check choices or revert; comments stay, as viewers comment. Set on entering the view.
     */
    void setEditable(boolean editable) {
        this.editable = editable;
        statement.setReadOnly(!editable);
        date.setReadOnly(!editable);
        event.setReadOnly(!editable);
        status.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(editable && editing != null);
        cancel.setText(editable ? "Cancel" : "Close");
        otherDates.setVisible(editable);
        newEvent.setVisible(editable);
        history.setRevertAllowed(editable);
    }

    boolean isEditable() {
        return editable;
    }

    void setSource(ProjectId project, Source s) {
        this.projectId = project;
        this.source = s;
        setVisible(false);
    }

    /**
     * Opens the panel for a new claim on [start, end), with the date of the suggestion if any and the sentence's
     * other dates offered beside it.
     */
    void newClaim(int start, int end, @Nullable TemporalExpression suggestion, List<TemporalExpression> others) {
        if (!editable) {
            return; // a viewer makes no claims; the reader does not offer it
        }
        this.start = start;
        this.end = end;
        this.suggestion = suggestion;
        this.candidates = others.stream().filter(o -> o != suggestion && o.earliest() != null).toList();
        // A statement typed for the previous selection stays: the editor only adjusted the passage.
        boolean adjusting = isVisible() && editing == null && !statement.isEmpty();
        this.editing = null;
        getElement().removeAttribute("data-editing");
        heading.setText("New claim");
        quote.setText(slice(start, end));
        if (!adjusting) {
            statement.clear();
        }
        date.setReferenceDate(source.publishedOn());
        hint = hints.stream().flatMap(h -> h.hint(projectId, source, start, end).stream()).findFirst().orElse(null);
        looksLike.setText(hint == null || hint.looksLike() == null ? "" : "Looks like: " + hint.looksLike());
        if (suggestion != null && suggestion.earliest() != null) {
            DateValue v = DateValue.from(suggestion);
            setDate(v);
            dateSource.setText(fromExpression(suggestion));
        } else if (hint != null && hint.date() != null) {
            // No date in the selection or its sentence: the date its context gives it, saying where it comes from.
            setDate(hint.date());
            dateSource.setText("From the context: " + hint.dateExplanation());
        } else {
            date.clear();
            dateSource.setText(source.publishedOn() == null ? "No date found; type one."
                    : "No date found near the selection; type one, or take the publication date: what the article reports"
                    + " happened on or before it.");
        }
        dateCheck.removeAll();
        loadEvents(hint == null ? null : hint.eventId());
        updateDisplay();
        newEvent.clear();
        status.setValue(ClaimStatus.DRAFT);
        status.setVisible(false);
        delete.setVisible(false);
        history.setVisible(false);
        error.setText("");
        alsoEditing.clear();
        comments.setVisible(false);
        setVisible(true);
        statement.focus();
    }

    void edit(Claim c) {
        this.editing = c;
        // The browser clears the statement itself when a new passage is selected (reader.js), before its own typing.
        getElement().setAttribute("data-editing", "");
        date.setReferenceDate(source == null ? null : source.publishedOn());
        this.start = c.start();
        this.end = c.end();
        this.suggestion = null;
        this.hint = null;
        this.candidates = List.of();
        looksLike.setText("");
        heading.setText("Claim");
        quote.setText(c.quote());
        statement.setValue(c.statement());
        if (c.date() != null) {
            setDate(c.date().value());
            dateSource.setText(c.date().expression() == null ? "Date typed by an editor."
                    : "From \u201c" + c.date().expression() + "\u201d" + (c.date().explanation() == null ? "" : ": " + c.date().explanation()));
        } else {
            date.clear();
            dateSource.setText("No date.");
        }
        showDateCheck(c);
        loadEvents(c.eventId() == null ? null : c.eventId().value());
        updateDisplay();
        newEvent.clear();
        status.setValue(c.status());
        status.setVisible(true);
        delete.setVisible(editable);
        history.setVisible(true);
        history.show(projectId, "claim", c.id().value());
        error.setText("");
        if (editable) {
            alsoEditing.show(projectId.value(), c.id().value());
        } else {
            alsoEditing.clear(); // a viewer reads the claim: nobody is told they are editing it
        }
        comments.show(projectId, CommentTarget.CLAIM, c.id().value());
        comments.setVisible(true);
        setVisible(true);
    }

    /** Whether leaving now would lose something typed: a new claim with a statement, or an edited claim changed. */
    boolean hasUnsavedChanges() {
        if (!isVisible() || !editable) {
            return false;
        }
        Claim c = editing;
        if (c == null) {
            return !statement.getValue().isBlank();
        }
        DateValue was = c.date() == null ? null : c.date().value();
        Long eventNow = event.getValue() == null ? null : event.getValue().id().value();
        return !statement.getValue().equals(c.statement()) || !java.util.Objects.equals(date.getValue(), was)
                || !java.util.Objects.equals(eventNow, c.eventId()) || !newEvent.getValue().isBlank() || status.getValue() != c.status();
    }

    /** A hidden panel edits nothing: nobody else is told this claim is being edited. */
    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (!visible) {
            alsoEditing.clear();
        }
    }

    private void showDateCheck(Claim c) {
        dateCheck.removeAll();
        DateCheck check = c.dateCheck();
        if (check == null) {
            return;
        }
        Span badge = new Span("Publication date changed \u2014 check date");
        badge.addClassName("fl-badge-warn");
        Span detail = new Span("Resolved against " + check.oldPublishedOn() + ": "
                + (check.current() == null ? "?" : check.current().display()) + ". Against " + check.newPublishedOn() + ": "
                + (check.proposed() == null ? "no date" : check.proposed().display()) + ".");
        Button keep = new Button("Keep " + (check.current() == null ? "old" : check.current().display()), e -> settle(c, false));
        Button take = new Button("Use " + (check.proposed() == null ? "new" : check.proposed().display()), e -> settle(c, true));
        take.setEnabled(check.proposed() != null);
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout choices = new HorizontalLayout(keep, take);
        // A viewer sees that the date needs a check, not the choice an editor makes.
        choices.setVisible(editable);
        dateCheck.add(new VerticalLayout(badge, detail, choices));
    }

    private void settle(Claim c, boolean takeNew) {
        try {
            Claim after = claims.resolveDateCheck(projectId, c.id(), takeNew, c.version());
            changed.run();
            edit(after);
        } catch (ConflictException ex) {
            conflict(ex);
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    private void setDate(DateValue v) {
        date.setValue(v);
        updateDisplay();
    }

    private void updateDisplay() {
        DateValue v = date.getValue();
        if (eventsLoaded) {
            // The nearest events to the date now in the field come first.
            event.getLazyDataView().refreshAll();
        }
        dateDisplay.setText(v == null ? "" : "Date: " + v.display());
        EventSummary ev = event.getValue();
        String warning = ev == null ? null : DatePrefill.eventMismatch(v, ev.date());
        eventDateWarning.setText(warning == null ? "" : warning);
        eventDateWarning.setVisible(warning != null);
        showOffers();
    }

    private static String fromExpression(TemporalExpression e) {
        return "From \u201c" + e.text() + "\u201d: " + e.explanation();
    }

    /** Takes a found date (a chip, or a dotted date clicked while a new claim is open), keeping the passage. */
    void useExpression(TemporalExpression e) {
        if (e.earliest() == null || !editable) {
            return;
        }
        List<TemporalExpression> all = new ArrayList<>(candidates);
        if (suggestion != null) {
            all.add(suggestion);
        }
        all.removeIf(x -> x == e);
        all.sort(java.util.Comparator.comparingInt(TemporalExpression::start));
        candidates = List.copyOf(all);
        suggestion = e;
        setDate(DateValue.from(e));
        dateSource.setText(fromExpression(e));
    }

    /** Whether a new (unsaved) claim is open: a dotted date clicked then sets its date instead of a new passage. */
    boolean isNewClaimOpen() {
        return isVisible() && editing == null;
    }

    /** Rebuilds the chips: the sentence's other dates; for an undated claim the event's date and the publication date. */
    private void showOffers() {
        otherDates.removeAll();
        for (TemporalExpression e : candidates) {
            otherDates.add(chip("\u201c" + e.text() + "\u201d: " + DateValue.from(e).display(), ev -> useExpression(e)));
        }
        if (date.getValue() != null || date.problem() != null) {
            return;
        }
        EventSummary ev = event.getValue();
        if (ev != null && ev.date() != null) {
            DateValue d = ev.date();
            otherDates.add(chip("The event\u2019s date: " + d.display(), x -> {
                setDate(d);
                dateSource.setText("The date of the event \u201c" + ev.title() + "\u201d, taken by an editor.");
            }));
        }
        if (editing == null && suggestion == null && (hint == null || hint.date() == null) && source != null
                && source.publishedOn() != null) {
            DateValue d = DateValue.day(source.publishedOn());
            otherDates.add(chip("Publication date: " + d.display(), x -> {
                setDate(d);
                dateSource.setText("The publication date: what the article reports happened on or before it. Narrow it if you can.");
            }));
        }
    }

    private static Button chip(String label, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(label, click);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.addClassName("fl-date-chip");
        return b;
    }

    /**
     * The picker asks the database for the page it shows (titles containing what is typed, the closest to the
     * date in the field first): on a project of 10,000 events, opening a claim no longer loads them all.
     */
    private void loadEvents(@Nullable Long selected) {
        if (!eventsLoaded) {
            event.setItems(q -> events.choices(projectId, q.getFilter().orElse(null), date.getValue(), q.getOffset(), q.getLimit()).stream());
            eventsLoaded = true;
        } else {
            event.getLazyDataView().refreshAll(); // events made or renamed since
        }
        event.setValue(selected == null ? null : events.summary(projectId, new com.factline.timeline.EventId(selected)));
    }

    /** The events in the order the picker offers them: closest to the claim's date first. */
    List<EventSummary> eventChoices() {
        return event.getLazyDataView().getItems().toList();
    }

    /** A date the field refused is never saved as the last good one: the editor is told why. */
    void saveChecked() {
        if (!editable) {
            return; // no Save is shown to a viewer; Enter in the (read-only) statement does nothing either
        }
        if (date.problem() != null) {
            error.setText(date.problem());
            return;
        }
        save();
    }

    void save() {
        error.setText("");
        try {
            DateValue v = null;
            if (earliest.getValue() != null) {
                try {
                    v = DateValue.entered(earliest.getValue(), latest.getValue(), precision.getValue());
                } catch (IllegalArgumentException ex) {
                    error.setText(ex.getMessage());
                    return;
                }
            } else if (latest.getValue() != null) {
                error.setText("Give the first day of the date too.");
                return;
            }
            // The dates this panel offered, with where they came from; the service picks the provenance.
            List<ClaimDate> offered = new ArrayList<>();
            if (suggestion != null && suggestion.earliest() != null) {
                offered.add(new ClaimDate(DateValue.from(suggestion), suggestion.text(), suggestion.explanation(),
                        suggestion.start(), suggestion.end()));
            }
            for (TemporalExpression c : candidates) {
                offered.add(new ClaimDate(DateValue.from(c), c.text(), c.explanation(), c.start(), c.end()));
            }
            if (editing == null && hint != null && hint.date() != null) {
                offered.add(new ClaimDate(hint.date(), null, hint.dateExplanation(), null, null));
            }
            var eventId = event.getValue() == null ? null : event.getValue().id();
            Claim saved = claims.save(projectId, new ClaimEdit(editing == null ? null : editing.id(),
                    editing == null ? 0 : editing.version(), source.id(), start, end, slice(start, end), statement.getValue(), v,
                    offered, eventId, newEvent.getValue(), editing == null ? ClaimStatus.DRAFT : status.getValue()));
            changed.run();
            edit(saved);
            com.vaadin.flow.component.notification.Notification.show("Claim saved.", 2000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        } catch (ConflictException ex) {
            conflict(ex);
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    /** Never overwrite silently: show theirs and let the editor choose. */
    private void conflict(ConflictException ex) {
        if (!(ex.current() instanceof Claim theirs)) {
            error.setText(ex.getMessage());
            return;
        }
        new ConflictDialog("claim", "\u201c" + theirs.statement() + "\u201d, "
                + (theirs.date() == null ? "no date" : theirs.date().value().display()) + ", status " + theirs.status().dbName(), null,
                () -> {
                    editing = theirs;
                    save();
                },
                () -> {
                    changed.run();
                    edit(theirs);
                }).open();
    }

    private void confirmDelete() {
        Claim c = editing;
        if (c == null) {
            return;
        }
        ConfirmDialog d = new ConfirmDialog("Delete this claim?", "\u201c" + c.quote() + "\u201d", "Delete", e -> {
            try {
                claims.delete(projectId, c.id(), c.version());
                setVisible(false);
                changed.run();
            } catch (ConflictException ex) {
                conflict(ex);
            }
        });
        d.setCancelable(true);
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    private String slice(int from, int to) {
        String t = source.text();
        int a = t.offsetByCodePoints(0, from);
        return t.substring(a, t.offsetByCodePoints(a, to - from));
    }
}
