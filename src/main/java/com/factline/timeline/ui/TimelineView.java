package com.factline.timeline.ui;

import com.factline.base.ConflictException;
import com.factline.base.FactlineException;
import com.factline.collab.ChangeBus;
import com.factline.collab.ChangeNotice;
import com.factline.collab.LiveTrace;
import com.factline.collab.HistoryPanel;
import com.factline.collab.HistoryService;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.collab.CommentThread;
import com.factline.collab.EditingIndicator;
import com.factline.collab.PresenceBar;
import com.factline.collab.PresenceService;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.timeline.Event;
import com.factline.timeline.EventData;
import com.factline.timeline.EventFilter;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import com.factline.timeline.EventStatus;
import com.factline.timeline.EventUpdate;
import com.factline.timeline.SupportingClaim;
import com.factline.timeline.TimelineSection;
import com.factline.timeline.TimelineBand;
import com.factline.timeline.AxisMarks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shared timeline: events in date order, grouped in bands by their precision (an event
 * known only to "March 2023" sits in its own band), with a visual axis above, filters, editing,
 * and live updates from everyone else working on the project.
 */
@Route("projects/:projectId/timeline")
@PageTitle("Timeline · Factline")
@PermitAll
public class TimelineView extends VerticalLayout implements BeforeEnterObserver {

    /** A tree row: a band heading, or an event inside it. */
    record Row(@Nullable TimelineBand band, @Nullable Event event) {
    }

    /** Events loaded per database query when a band scrolls into sight. */
    static final int PAGE = 50;

    private final EventService events;
    private final ProjectService projects;
    private final ChangeBus bus;
    private final PresenceService presence;
    private final CommentService commentService;
    private final ObjectProvider<TimelineSection> sections;
    private ProjectId projectId = new ProjectId(0);
    private boolean bound;

    final H2 title = new H2();
    final Div presenceSlot = new Div();
    final TextField search = new TextField();
    final ComboBox<String> outlet = new ComboBox<>();
    final MultiSelectComboBox<EventStatus> status = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox openOnly = new Checkbox("Has open discrepancies");
    final TimeAxis axis = new TimeAxis();
    final TreeGrid<Row> grid = new TreeGrid<>();
    final EventEditor editor;
    final Button newEvent = new Button("New event from claims");
    /** The bands of the current filter, with their counts: all the view keeps of the timeline itself. */
    List<TimelineBand> bands = List.of();
    private EventFilter filter = EventFilter.all();
    private final BandedEvents data = new BandedEvents();

    public TimelineView(EventService events, ProjectService projects, ChangeBus bus, PresenceService presence,
                        HistoryService history, CommentService commentService, ObjectProvider<TimelineSection> sections) {
        this.events = events;
        this.sections = sections;
        this.projects = projects;
        this.bus = bus;
        this.presence = presence;
        this.commentService = commentService;
        this.editor = new EventEditor(new HistoryPanel(history, bus));
        setSizeFull();
        search.setPlaceholder("Search events");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        outlet.setPlaceholder("Outlet");
        outlet.setClearButtonVisible(true);
        status.setPlaceholder("Status");
        status.setItems(EventStatus.values());
        status.setItemLabelGenerator(s -> s.dbName().replace('_', ' '));
        from.setPlaceholder("From");
        to.setPlaceholder("To");
        search.addValueChangeListener(e -> refresh());
        outlet.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> refresh());
        newEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEvent.addClickListener(e -> openNewEventDialog());

        HorizontalLayout head = new HorizontalLayout(title, newEvent, presenceSlot);
        head.setAlignItems(Alignment.BASELINE);
        head.setWidthFull();
        head.expand(presenceSlot);
        HorizontalLayout filters = new HorizontalLayout(search, outlet, status, from, to, openOnly);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        grid.addHierarchyColumn(r -> r.band() != null ? r.band().label() : r.event().date() == null ? "undated" : r.event().date().display())
                .setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::titleCell).setHeader("Event").setFlexGrow(3);
        grid.addComponentColumn(this::sourcesCell).setHeader("Sources").setFlexGrow(2);
        grid.addComponentColumn(this::statusCell).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::claimsOf));
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> {
            if (e.getItem().event() != null) {
                select(e.getItem().event());
            }
        });
        grid.setSizeFull();
        grid.setDataProvider(data);
        axis.onEventClick(id -> select(events.get(projectId, id)));

        SplitLayout split = new SplitLayout(grid, editor);
        split.setSplitterPosition(68);
        split.setSizeFull();
        split.setMinHeight("24rem");
        add(head, filters, axis, split);
        setFlexGrow(1, split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        title.setText("Timeline \u2014 " + projects.get(projectId).name());
        outlet.setItems(events.outlets(projectId));
        if (!bound) {
            bound = true;
            presenceSlot.add(new PresenceBar(presence, bus, projectId.value(), "Timeline"));
            // Sections other features contribute (proposed events) go between the axis and the events.
            sections.orderedStream().forEach(s -> addComponentAtIndex(indexOf(axis) + 1, s.create(projectId)));
            // Everyone's committed changes arrive here (a burst together), pushed to the browser.
            bus.bindBatch(this, projectId.value(), this::changed);
        }
        refresh();
    }

    /** Changes that never alter a row of the timeline (other sections follow them on their own). */
    private static final Set<String> NOT_IN_ROWS = Set.of("presence", "comment", "proposal", "api_token", "user", "project_member");

    /**
     * Brings the timeline up to date after others' changes, touching only what changed: the
     * bands are recounted (one query); if they are the same bands, only those whose count changed
     * reload their rows and an edited event is redrawn in place; the axis is redrawn only when its
     * marks differ. A new or vanished band, or a change to what rows show of other things
     * (claims, sources, discrepancies), reloads the tree as a filter change does.
     */
    void changed(List<ChangeNotice> batch) {
        List<ChangeNotice> notices = batch.stream().filter(n -> !n.entityType().equals("presence")).toList();
        if (notices.isEmpty()) {
            return;
        }
        List<TimelineBand> before = bands;
        bands = events.bands(projectId, filter);
        LiveTrace.step("bands query");
        boolean reloadAll = before.size() != bands.size()
                || notices.stream().anyMatch(n -> !n.entityType().equals("event") && !NOT_IN_ROWS.contains(n.entityType()));
        for (int i = 0; !reloadAll && i < bands.size(); i++) {
            reloadAll = !before.get(i).sameBand(bands.get(i));
        }
        if (reloadAll) {
            data.refreshAll();
            grid.expand(bands.stream().map(b -> new Row(b, null)).toList());
        } else {
            for (int i = 0; i < bands.size(); i++) {
                if (before.get(i).count() != bands.get(i).count()) {
                    data.refreshItem(new Row(bands.get(i), null), true);
                }
            }
            for (ChangeNotice n : notices) {
                // A new or deleted event changed its band's count, and that band reloaded above.
                if (n.entityType().equals("event") && n.entityId() != null && !n.action().equals("delete") && !n.action().equals("create")) {
                    try {
                        data.refreshItem(new Row(null, events.get(projectId, new EventId(n.entityId()))));
                    } catch (com.factline.base.NotFoundException gone) {
                        // deleted since: its band's count changed and that band reloaded
                    }
                }
            }
        }
        LiveTrace.step("rows");
        AxisMarks marks = events.axis(projectId, filter, TimeAxis.MAX_MARKS);
        LiveTrace.step("axis query");
        if (!marks.equals(new AxisMarks(axis.marks(), axis.hidden()))) {
            axis.show(marks);
            LiveTrace.step("axis redrawn");
        }
        notices.forEach(n -> editor.externalChange(n.entityType(), n.entityId(), n.actor()));
    }

    void refresh() {
        filter = new EventFilter(search.getValue(), outlet.getValue(),
                status.getValue().isEmpty() ? null : Set.copyOf(status.getValue()), from.getValue(), to.getValue(), openOnly.getValue());
        // Only the bands and their counts stay in memory; the events are paged in as they scroll into sight.
        bands = events.bands(projectId, filter);
        data.refreshAll();
        grid.expand(bands.stream().map(b -> new Row(b, null)).toList());
        axis.show(events.axis(projectId, filter, TimeAxis.MAX_MARKS));
    }

    /**
     * The timeline as a lazy tree: the bands at the top level (from memory), the events of a band
     * below (from the database, a page at a time, for the current filter).
     */
    private final class BandedEvents extends AbstractBackEndHierarchicalDataProvider<Row, Void> {

        @Override
        protected Stream<Row> fetchChildrenFromBackEnd(HierarchicalQuery<Row, Void> q) {
            Row parent = q.getParent();
            if (parent == null) {
                int end = Math.min(bands.size(), q.getOffset() + q.getLimit());
                return q.getOffset() >= end ? Stream.empty() : bands.subList(q.getOffset(), end).stream().map(b -> new Row(b, null));
            }
            if (parent.band() == null) {
                return Stream.empty();
            }
            return events.timeline(projectId, filter, parent.band(), q.getOffset(), q.getLimit()).stream().map(e -> new Row(null, e));
        }

        @Override
        public int getChildCount(HierarchicalQuery<Row, Void> q) {
            Row parent = q.getParent();
            if (parent == null) {
                return bands.size();
            }
            return parent.band() == null ? 0 : countOf(parent.band());
        }

        @Override
        public boolean hasChildren(Row item) {
            return item.band() != null;
        }

        @Override
        public Object getId(Row item) {
            // A band is its date (counts change with every edit), an event its id.
            return item.band() != null ? (item.band().date() == null ? "undated" : item.band().date()) : item.event().id();
        }
    }

    private int countOf(TimelineBand band) {
        for (TimelineBand b : bands) {
            if (b.sameBand(band)) {
                return b.count();
            }
        }
        return 0;
    }

    private Component titleCell(Row r) {
        if (r.event() == null) {
            return new Span();
        }
        Event e = r.event();
        Span t = new Span(e.title());
        HorizontalLayout h = new HorizontalLayout(t);
        h.setSpacing(true);
        if (e.openDiscrepancies() > 0) {
            Span flag = new Span("\u26A0 " + e.openDiscrepancies() + " open discrepanc" + (e.openDiscrepancies() == 1 ? "y" : "ies"));
            flag.addClassName("fl-flag");
            h.add(flag);
        }
        Button claims = new Button(e.claimIds().size() + " claim" + (e.claimIds().size() == 1 ? "" : "s"), c -> grid.setDetailsVisible(r, !grid.isDetailsVisible(r)));
        claims.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        h.add(claims);
        return h;
    }

    private Component sourcesCell(Row r) {
        Div d = new Div();
        if (r.event() == null) {
            return d;
        }
        Span count = new Span(r.event().sourceCount() + " independent");
        count.addClassName("fl-muted");
        d.add(count, new Span(" "));
        for (String o : r.event().outlets()) {
            Span chip = new Span(o);
            chip.addClassName("fl-chip");
            d.add(chip);
        }
        return d;
    }

    private Component statusCell(Row r) {
        if (r.event() == null) {
            return new Span();
        }
        Span s = new Span(r.event().status().dbName().replace('_', ' '));
        s.addClassNames("fl-status-chip", TimeAxis.statusClass(r.event().status()));
        return s;
    }

    private Component claimsOf(Row r) {
        VerticalLayout l = new VerticalLayout();
        l.setPadding(false);
        if (r.event() == null) {
            return l;
        }
        for (SupportingClaim c : events.claims(projectId, r.event().id())) {
            Anchor link = new Anchor("projects/" + projectId.value() + "/sources/" + c.sourceId() + "?claim=" + c.id(),
                    c.outlet() + (c.date() == null ? "" : ", " + c.date()));
            Span quote = new Span("\u201c" + c.quote() + "\u201d");
            quote.addClassName("fl-quote");
            l.add(new VerticalLayout(link, quote) {{ setPadding(false); setSpacing(false); }});
        }
        return l;
    }

    void select(Event e) {
        editor.edit(e);
    }

    /** The merge dialog's choices: the timeline's events (all, not only the filtered ones) a page at a time. */
    void offerMergeCandidates(ComboBox<Event> box, Event except) {
        box.setItems(query -> {
            List<Event> page = new ArrayList<>(events.timeline(projectId, new EventFilter(query.getFilter().orElse(null), null, null, null, null, false),
                    null, query.getOffset(), query.getLimit() + 1));
            page.removeIf(x -> x.id().equals(except.id()));
            return page.stream().limit(query.getLimit());
        });
    }

    void openNewEventDialog() {
        Dialog d = new Dialog();
        d.setHeaderTitle("New event");
        TextField t = new TextField("Title");
        t.setWidthFull();
        t.setMaxLength(300);
        CheckboxGroup<SupportingClaim> pick = new CheckboxGroup<>("Claims not yet on an event");
        pick.setItems(events.claims(projectId, null));
        pick.setItemLabelGenerator(c -> (c.date() == null ? "undated" : c.date()) + " \u00B7 " + c.outlet() + ": \u201c" + abbreviate(c.quote()) + "\u201d");
        Span err = new Span();
        err.addClassName("fl-error");
        Button create = new Button("Create", e -> {
            try {
                Event created = events.createFromClaims(projectId, new EventData(t.getValue(), null, null, null),
                        pick.getValue().stream().map(SupportingClaim::id).toList());
                d.close();
                refresh();
                select(created);
            } catch (FactlineException ex) {
                err.setText(ex.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(t, pick, err));
        d.getFooter().add(new Button("Cancel", e -> d.close()), create);
        d.setWidth("min(48rem, 95vw)");
        d.open();
    }

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    /** Edits the selected event; shows who else changed it and never overwrites silently. */
    final class EventEditor extends VerticalLayout {
        final H3 heading = new H3("Select an event");
        final TextField titleField = new TextField("Title");
        final TextArea summary = new TextArea("Summary");
        final TextField location = new TextField("Location");
        final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Date");
        final DatePicker earliest = new DatePicker("From");
        final DatePicker latest = new DatePicker("To");
        final Select<DatePrecision> precision = new Select<>();
        final Span dateInfo = new Span();
        final Span notice = new Span();
        final Button save = new Button("Save");
        final Button delete = new Button("Delete");
        final Button merge = new Button("Merge another into this");
        final Button split = new Button("Split off claims");
        final Span error = new Span();
        final HistoryPanel history;
        final EditingIndicator alsoEditing = new EditingIndicator(presence, bus, "event");
        final CommentThread comments = new CommentThread(commentService, bus);
        @Nullable Event current;

        EventEditor(HistoryPanel history) {
            this.history = history;
            addClassName("fl-panel");
            getStyle().set("overflow-y", "auto");
            setHeightFull();
            titleField.setWidthFull();
            titleField.setMaxLength(300);
            summary.setWidthFull();
            summary.setMaxLength(20000);
            location.setMaxLength(300);
            mode.setItems("derived from claims", "set by hand");
            mode.addValueChangeListener(e -> {
                boolean manual = "set by hand".equals(e.getValue());
                earliest.setEnabled(manual);
                latest.setEnabled(manual);
                precision.setEnabled(manual);
            });
            precision.setLabel("Precision");
            precision.setItems(DatePrecision.values());
            precision.setItemLabelGenerator(p -> p.name().toLowerCase(Locale.ROOT));
            dateInfo.addClassName("fl-muted");
            notice.addClassName("fl-badge-warn");
            notice.setVisible(false);
            error.addClassName("fl-error");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save(false));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> confirmDelete());
            merge.addClickListener(e -> openMerge());
            split.addClickListener(e -> openSplit());
            add(heading, alsoEditing, notice, titleField, summary, location, mode, new HorizontalLayout(earliest, latest, precision), dateInfo,
                    new HorizontalLayout(save, delete), new HorizontalLayout(merge, split), error, comments, history);
            history.onReverted(() -> {
                refresh();
                if (current != null) {
                    edit(events.get(projectId, current.id()));
                }
            });
            setFormVisible(false);
        }

        private void setFormVisible(boolean v) {
            getChildren().filter(c -> c != heading).forEach(c -> c.setVisible(v));
            notice.setVisible(false);
        }

        void edit(Event e) {
            current = e;
            setFormVisible(true);
            heading.setText(e.title());
            titleField.setValue(e.title());
            summary.setValue(e.summary());
            location.setValue(e.location());
            mode.setValue(e.dateMode() == Event.DateMode.DERIVED ? "derived from claims" : "set by hand");
            earliest.setValue(e.date() == null ? null : e.date().earliest());
            latest.setValue(e.date() == null ? null : e.date().latest());
            precision.setValue(e.date() == null ? DatePrecision.DAY : e.date().precision());
            dateInfo.setText((e.date() == null ? "No date" : e.date().display() + " (EDTF " + e.date().edtf() + ")")
                    + (e.dateMode() == Event.DateMode.DERIVED ? " \u2014 the overlap of its claims' dates" : " \u2014 set by hand")
                    + (e.reverifyReason() != null && e.status() == EventStatus.NEEDS_REVERIFICATION ? ". Needs re-verification: " + e.reverifyReason() : "")
                    + (e.verifiedBy() != null && e.status() == EventStatus.VERIFIED ? ". Verified by " + e.verifiedBy() : ""));
            error.setText("");
            history.show(projectId, "event", e.id().value());
            alsoEditing.show(projectId.value(), e.id().value());
            comments.show(projectId, CommentTarget.EVENT, e.id().value());
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

        void save(boolean onTopOf) {
            Event e = current;
            if (e == null) {
                return;
            }
            error.setText("");
            try {
                boolean manual = "set by hand".equals(mode.getValue());
                DateValue d = null;
                if (manual && earliest.getValue() != null) {
                    LocalDate a = earliest.getValue();
                    LocalDate b = latest.getValue() == null ? a : latest.getValue();
                    DatePrecision p = precision.getValue() == null ? DateValue.guessPrecision(a, b) : precision.getValue();
                    try {
                        d = p == DatePrecision.APPROXIMATE || p == DatePrecision.RANGE ? new DateValue(a, b, p, null) : DateValue.of(a, b, p);
                    } catch (IllegalArgumentException ex) {
                        error.setText(ex.getMessage());
                        return;
                    }
                }
                Event saved = events.update(projectId, e.id(), new EventUpdate(titleField.getValue(), summary.getValue(), location.getValue(),
                        d, manual ? Event.DateMode.MANUAL : Event.DateMode.DERIVED), e.version());
                refresh();
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
            ConfirmDialog d = new ConfirmDialog();
            d.setHeader("Someone else changed this event");
            d.setText("Their version: \u201c" + theirs.title() + "\u201d, " + (theirs.date() == null ? "undated" : theirs.date().display())
                    + ", last edited by " + theirs.lastEditedBy() + ". Yours: \u201c" + titleField.getValue()
                    + "\u201d. Reload theirs, or apply your change on top of it.");
            d.setConfirmText("Apply mine on top");
            d.addConfirmListener(ev -> {
                current = theirs;
                save(true);
            });
            d.setRejectable(true);
            d.setRejectText("Reload theirs");
            d.addRejectListener(ev -> edit(theirs));
            d.setId("conflict-dialog");
            d.open();
        }

        private void confirmDelete() {
            Event e = current;
            if (e == null) {
                return;
            }
            ConfirmDialog d = new ConfirmDialog("Delete \u201c" + e.title() + "\u201d?",
                    "Its " + e.claimIds().size() + " claim(s) stay, without an event.", "Delete", ev -> {
                try {
                    events.delete(projectId, e.id(), e.version());
                    current = null;
                    heading.setText("Select an event");
                    setFormVisible(false);
                    alsoEditing.clear();
                    refresh();
                } catch (FactlineException ex) {
                    error.setText(ex.getMessage());
                }
            });
            d.setCancelable(true);
            d.setConfirmButtonTheme("error primary");
            d.open();
        }

        private void openMerge() {
            Event e = current;
            if (e == null) {
                return;
            }
            Dialog d = new Dialog();
            d.setHeaderTitle("Merge into \u201c" + e.title() + "\u201d");
            ComboBox<Event> other = new ComboBox<>("Event to merge in (it is removed, its claims move here)");
            other.setWidthFull();
            offerMergeCandidates(other, e);
            other.setItemLabelGenerator(x -> (x.date() == null ? "undated" : x.date().display()) + " \u2014 " + x.title());
            Span err = new Span();
            err.addClassName("fl-error");
            Button ok = new Button("Merge", ev -> {
                if (other.getValue() == null) {
                    err.setText("Choose an event.");
                    return;
                }
                try {
                    Event merged = events.merge(projectId, e.id(), other.getValue().id());
                    d.close();
                    refresh();
                    edit(merged);
                } catch (FactlineException ex) {
                    err.setText(ex.getMessage());
                }
            });
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.add(new VerticalLayout(other, err));
            d.getFooter().add(new Button("Cancel", ev -> d.close()), ok);
            d.setWidth("min(40rem, 95vw)");
            d.open();
        }

        private void openSplit() {
            Event e = current;
            if (e == null) {
                return;
            }
            Dialog d = new Dialog();
            d.setHeaderTitle("Split claims off \u201c" + e.title() + "\u201d");
            TextField t = new TextField("Title of the new event");
            t.setWidthFull();
            CheckboxGroup<SupportingClaim> pick = new CheckboxGroup<>("Claims to move to the new event");
            pick.setItems(events.claims(projectId, e.id()));
            pick.setItemLabelGenerator(c -> c.outlet() + ": \u201c" + abbreviate(c.quote()) + "\u201d");
            Span err = new Span();
            err.addClassName("fl-error");
            Button ok = new Button("Split", ev -> {
                try {
                    Event created = events.split(projectId, e.id(), t.getValue(), pick.getValue().stream().map(SupportingClaim::id).toList());
                    d.close();
                    refresh();
                    edit(created);
                } catch (FactlineException ex) {
                    err.setText(ex.getMessage());
                }
            });
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.add(new VerticalLayout(t, pick, err));
            d.getFooter().add(new Button("Cancel", ev -> d.close()), ok);
            d.setWidth("min(44rem, 95vw)");
            d.open();
        }
    }

    EventId idOf(Event e) {
        return e.id();
    }
}
