package com.factline.timeline.ui;

import com.factline.base.ids.ClaimId;
import com.factline.base.ui.EmptyState;
import com.factline.base.ui.SupportCount;
import com.factline.collab.ChangeBus;
import com.factline.collab.ChangeNotice;
import com.factline.collab.LiveTrace;
import com.factline.collab.HistoryPanel;
import com.factline.collab.HistoryService;
import com.factline.collab.CommentService;
import com.factline.collab.PresenceBar;
import com.factline.collab.PresenceService;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.timeline.Event;
import com.factline.timeline.EventData;
import com.factline.timeline.EventFilter;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import com.factline.timeline.EventStatus;
import com.factline.timeline.SupportingClaim;
import com.factline.timeline.TimelineSection;
import com.factline.timeline.TimelineBand;
import com.factline.timeline.AxisMarks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
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
import com.factline.temporal.DateValue;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Rows the grid asks for in one round trip. */
    static final int GRID_PAGE = 20;

    /** Events fetched in one query when the filter changes: more than a screenful, whatever bands they are in. */
    static final int HEAD = 100;

    private final EventService events;
    private final ProjectService projects;
    private final ChangeBus bus;
    private final PresenceService presence;
    private final CommentService commentService;
    private final ObjectProvider<TimelineSection> sections;
    private ProjectId projectId = new ProjectId(0);
    /** The project the presence bar, the sections and the live subscription were made for (null before the first entry). */
    private @Nullable ProjectId boundTo;
    /**
     * What is made for one project: the sections other features contribute (proposed events), below the events: the
     * timeline is what the page is about, the proposals assist it. The view's live subscription is bound to it, so
     * replacing it (another project) ends that subscription.
     */
    ProjectParts parts = new ProjectParts();

    final H2 title = new H2();
    final Div presenceSlot = new Div();
    final TextField search = new TextField();
    final ComboBox<String> outlet = new ComboBox<>();
    final MultiSelectComboBox<EventStatus> status = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox openOnly = new Checkbox("Has open discrepancies");
    /**
     * Shows the outlet, status and date filters: until it is pressed they are not in the page (issue #18: a combo
     * box, a multi-select and two date pickers the browser would start on every navigation to the timeline). Pressed
     * (Enter or a click), it gives its place to them and the outlet box takes the focus.
     */
    final Button moreFilters = new Button("More filters");
    private final HorizontalLayout filters = new HorizontalLayout();
    final TimeAxis axis = new TimeAxis();
    final TreeGrid<Row> grid = new TreeGrid<>();
    final EventEditor editor;
    final Button newEvent = new Button("New event from claims");
    final SplitLayout split = new SplitLayout();
    /** Where the splitter sits with an event in the editor, and with none (in percent of the width). */
    static final double EDITOR_AT = 68;
    static final double EMPTY_EDITOR_AT = 86;
    /**
     * The least height of the events list (and editor): with an open section below it (the proposals), the list keeps
     * this much and the page scrolls. An empty timeline has only its header and what to do to show, so it keeps less and
     * the proposals start higher, on the first screen at 1400 × 900. (20rem, not more: at 1024 × 768 the closed
     * proposals' line then stays on the first screen below the list.)
     */
    static final String MIN_HEIGHT = "20rem";
    static final String EMPTY_MIN_HEIGHT = "12rem";
    /** The width of the When column. */
    static final String WHEN_WIDTH = "13rem";
    /** The bands of the current filter, with their counts: all the view keeps of the timeline itself. */
    List<TimelineBand> bands = List.of();
    private EventFilter filter = EventFilter.all();
    private final BandedEvents data = new BandedEvents();
    /**
     * The first {@link #HEAD} events of the filter, by band (in band order), fetched with the bands:
     * the grid's first screenful then costs one query instead of one per band in sight. Dropped on
     * a live change (the bands that changed page from the database as before).
     */
    // HashMaps, not Map.of(): the undated band's key is null.
    private Map<@Nullable DateValue, List<Event>> head = new HashMap<>();
    /** The last band the head reaches, which it may hold only in part; null when the head holds every event of the filter. */
    private @Nullable TimelineBand headPartial;
    private List<TimelineBand> countedBands = List.of();
    private Map<@Nullable DateValue, Integer> counts = new HashMap<>();
    /** The project's outlets for the filter box, read when its list is first opened (none before). */
    private @Nullable List<String> outletChoices;
    private final com.factline.project.ProjectAccess access;
    /** Whether the signed-in user may edit this project (asked on entering): what the empty list suggests. */
    private boolean mayEdit;

    public TimelineView(EventService events, ProjectService projects, ChangeBus bus, PresenceService presence,
                        HistoryService history, CommentService commentService, ObjectProvider<TimelineSection> sections,
                        com.factline.project.ProjectAccess access) {
        this.access = access;
        this.events = events;
        this.sections = sections;
        this.projects = projects;
        this.bus = bus;
        this.presence = presence;
        this.commentService = commentService;
        this.editor = new EventEditor(events, () -> projectId, this::refresh, new HistoryPanel(history, bus), presence, bus, commentService,
                this::openMerge, this::openSplit);
        setSizeFull();
        search.setPlaceholder("Search events");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        outlet.setPlaceholder("Outlet");
        outlet.setClearButtonVisible(true);
        CallbackDataProvider.FetchCallback<String, String> outlets = q -> outletsMatching(q.getFilter().orElse(""))
                .skip(q.getOffset()).limit(q.getLimit());
        outlet.setItems(outlets);
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
        moreFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moreFilters.getElement().setAttribute("aria-expanded", "false");
        moreFilters.addClickListener(e -> showMoreFilters());
        filters.add(search, moreFilters, openOnly);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        // The band heading says the date; its events (all of exactly that date) do not repeat it.
        // A fixed width, not auto: measured while the grid is empty (or before its rows arrive), an auto width fits
        // only the header and cuts it to "W…"; this one holds the expand toggle and the longest band label
        // ("28 September 2023 (approximate)" wraps, a day, month or year fits on one line).
        grid.addHierarchyColumn(TimelineView::when)
                .setHeader("When").setWidth(WHEN_WIDTH).setFlexGrow(0);
        // Client-side templates, not a tree of server-side components per cell: a row is sent as a few
        // properties (Lit escapes them: nothing typed becomes markup) and the browser builds its cells.
        grid.addColumn(titleCell()).setHeader("Event").setFlexGrow(3);
        grid.addColumn(sourcesCell()).setHeader("Sources").setFlexGrow(2);
        grid.addColumn(statusCell()).setHeader("Status").setWidth("12rem").setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::claimsOf));
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> {
            if (e.getItem().event() != null) {
                select(e.getItem().event());
            }
        });
        grid.setSizeFull();
        // Rows asked per round trip: a screenful of two-line rows and a little more (Vaadin's default is 50), so the
        // first paint does not wait for rows far below the fold; scrolling asks for the next ones.
        grid.setPageSize(GRID_PAGE);
        grid.setDataProvider(data);
        axis.onEventClick(id -> select(events.get(projectId, id)));

        split.addToPrimary(grid);
        split.addToSecondary(editor);
        // Until an event is selected the editor is a narrow strip: the list gets the width.
        split.setSplitterPosition(EMPTY_EDITOR_AT);
        editor.onFormShown(shown -> split.setSplitterPosition(shown ? EDITOR_AT : EMPTY_EDITOR_AT));
        split.setSizeFull();
        split.setMinHeight(MIN_HEIGHT);
        add(head, filters, axis, split);
        setFlexGrow(1, split);
    }

    /** Puts the outlet, status and date filters in the filter bar, in the place of {@link #moreFilters}, focus on the outlet. */
    void showMoreFilters() {
        if (moreFilters.getParent().isEmpty()) {
            return;
        }
        int at = filters.indexOf(moreFilters);
        filters.remove(moreFilters);
        for (Component c : List.of(outlet, status, from, to)) {
            filters.addComponentAtIndex(at++, c);
        }
        outlet.focus();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        title.setText("Timeline \u2014 " + projects.get(projectId).name());
        outletChoices = null;
        // A viewer reads: no "New event" for them (the service would refuse it anyway).
        boolean mayEdit = access.allows(projectId, com.factline.project.ProjectPermission.EDIT);
        newEvent.setVisible(mayEdit);
        editor.setEditable(mayEdit);
        this.mayEdit = mayEdit;
        refresh(true);
        if (!projectId.equals(boundTo)) {
            bindTo(projectId);
        }
    }

    /**
     * Makes the project's parts: its presence bar, its sections and the live subscription. Vaadin keeps this
     * view when the user goes from one project's timeline to another's: the first project's parts are then
     * removed (which ends their subscriptions) and the new project's made.
     */
    private void bindTo(ProjectId project) {
        boundTo = project;
        presenceSlot.removeAll();
        presenceSlot.add(new PresenceBar(presence, bus, project.value(), "Timeline"));
        if (parts.getParent().isPresent()) {
            remove(parts);
        }
        parts = new ProjectParts();
        // Sections other features contribute (proposed events) go below the events, the last first as before: the events
        // (or what an empty timeline says to do) come first on the screen, the sections under them.
        sections.orderedStream().forEach(s -> parts.addComponentAsFirst(s.create(project, this::empty)));
        // Everyone's committed changes arrive here (a burst together), pushed to the browser. Bound before the parts
        // are added: on a view already shown they are attached at once, and the subscription is made on attaching.
        bus.bindBatch(parts, project.value(), this::changed);
        addComponentAtIndex(indexOf(split) + 1, parts);
    }

    /** The holder of one project's sections (see {@link #parts}). */
    static final class ProjectParts extends Div {
        ProjectParts() {
            setWidthFull();
        }
    }

    /** Whether the project has no events at all: no bands, and no filter that could have hidden them. */
    boolean empty() {
        return bands.isEmpty() && (filter.text() == null || filter.text().isBlank()) && filter.outlet() == null
                && filter.statuses() == null && filter.from() == null && filter.to() == null && !filter.openDiscrepanciesOnly();
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
        // Background work starting or ending changes no row (the proposals panel follows it on its own).
        List<ChangeNotice> notices = batch.stream().filter(n -> !n.entityType().equals("presence") && !n.backgroundWork()).toList();
        if (notices.isEmpty()) {
            return;
        }
        List<TimelineBand> before = bands;
        head = new HashMap<>();
        if (notices.stream().anyMatch(n -> n.entityType().equals("source"))) {
            outletChoices = null;
        }
        bands = events.bands(projectId, filter);
        LiveTrace.step("bands query");
        boolean reloadAll = before.size() != bands.size()
                || notices.stream().anyMatch(n -> !n.entityType().equals("event") && !NOT_IN_ROWS.contains(n.entityType()));
        for (int i = 0; !reloadAll && i < bands.size(); i++) {
            reloadAll = !before.get(i).sameBand(bands.get(i));
        }
        if (reloadAll) {
            fitToEvents();
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
        refresh(false);
    }

    /**
     * Reads the timeline for the filter. {@code opening}: the view is being entered, and may take what an
     * earlier opening of the unchanged project read ({@link EventService#openingBands}); after the user's own
     * change (a save, a filter) the database is read, so the change shows at once.
     */
    private void refresh(boolean opening) {
        filter = new EventFilter(search.getValue(), outlet.getValue(),
                status.getValue().isEmpty() ? null : Set.copyOf(status.getValue()), from.getValue(), to.getValue(), openOnly.getValue());
        // Only the bands and their counts stay in memory; the events are paged in as they scroll into sight.
        bands = opening ? events.openingBands(projectId, filter) : events.bands(projectId, filter);
        keepHead(opening ? events.openingEvents(projectId, filter, HEAD) : events.firstEvents(projectId, filter, HEAD));
        grid.setEmptyStateComponent(emptyState());
        fitToEvents();
        data.refreshAll();
        grid.expand(bands.stream().map(b -> new Row(b, null)).toList());
        if (opening) {
            axis.openingShow(events.openingAxis(projectId, filter, TimeAxis.MAX_MARKS));
        } else {
            axis.show(events.axis(projectId, filter, TimeAxis.MAX_MARKS));
        }
    }

    /** Gives the events list its least height: less while the timeline has no events at all (see {@link #MIN_HEIGHT}). */
    private void fitToEvents() {
        split.setMinHeight(empty() ? EMPTY_MIN_HEIGHT : MIN_HEIGHT);
    }

    /** What the empty events list says: a filter hides the rest, or the three ways an event is made. */
    EmptyState emptyState() {
        if (!filter.selectsAll()) {
            return new EmptyState("No events match these filters. Clear a filter to see the others.");
        }
        if (!mayEdit) {
            return new EmptyState("No events yet. The project's editors make them from proposed events and claims;"
                    + " they are listed here once made.");
        }
        return new EmptyState("No events yet. Accept a proposed event below (Review\u2026 on a proposal), make one from"
                + " claims with \u201cNew event from claims\u201d, or open an article on the Sources page and select the"
                + " passage that says what happened.", "Open Sources", "projects/" + projectId.value() + "/sources");
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
            List<Event> known = fromHead(parent.band(), q.getOffset(), q.getLimit());
            if (known != null) {
                return known.stream().map(e -> new Row(null, e));
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

    /** The When column: a band's date on its heading row, nothing on its events' rows (they share that date). */
    static String when(Row r) {
        return r.band() != null ? r.band().label() : "";
    }

    private int countOf(TimelineBand band) {
        // A map, not a scan of the bands: the grid asks the count of every expanded band (thousands on a big project).
        if (countedBands != bands) {
            Map<@Nullable DateValue, Integer> c = new HashMap<>();
            bands.forEach(b -> c.put(b.date(), b.count()));
            counts = c;
            countedBands = bands;
        }
        return counts.getOrDefault(band.date(), 0);
    }

    /** Keeps the first events of the filter by band; {@code first} is in band order, as the bands are. */
    private void keepHead(List<Event> first) {
        Map<@Nullable DateValue, List<Event>> byBand = new HashMap<>();
        TimelineBand last = null;
        for (Event e : first) {
            byBand.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e);
        }
        if (first.size() >= HEAD) {
            last = new TimelineBand(first.getLast().date(), byBand.get(first.getLast().date()).size());
        }
        head = byBand;
        headPartial = last;
    }

    /**
     * The events {@code offset} to {@code offset + limit} of a band when the head holds them, else
     * null (the caller asks the database). A band the head holds whole is used only if its size is
     * the band's count, so a change between the two queries never shows a stale band.
     */
    private @Nullable List<Event> fromHead(TimelineBand band, int offset, int limit) {
        List<Event> known = head.get(band.date());
        if (known == null) {
            return null;
        }
        int count = countOf(band);
        int end = Math.min(count, offset + limit);
        boolean whole = headPartial == null || !headPartial.sameBand(band);
        if (whole ? known.size() != count : end > known.size()) {
            return null;
        }
        return offset >= end ? List.of() : List.copyOf(known.subList(offset, end));
    }

    /** The project's outlets containing {@code text}, read once per opening of the view (and again after a source changed). */
    private Stream<String> outletsMatching(String text) {
        if (outletChoices == null) {
            outletChoices = events.outlets(projectId);
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return outletChoices.stream().filter(o -> t.isEmpty() || o.toLowerCase(java.util.Locale.ROOT).contains(t));
    }

    /**
     * The Event cell: the title, the open-discrepancy flag and the "N claims" button that shows the
     * event's supporting claims below its row. Band heading rows have no title and stay empty.
     */
    LitRenderer<Row> titleCell() {
        return LitRenderer.<Row>of("${item.title == null ? '' : html`<div class=\"fl-wrap fl-event-cell\"><span>${item.title}</span>"
                        + "${item.flag ? html`<span class=\"fl-flag\">${item.flag}</span>` : ''}"
                        + "<vaadin-button theme=\"tertiary-inline small\" @click=${toggleClaims}>${item.claims}</vaadin-button></div>`}")
                .withProperty("title", r -> r.event() == null ? null : r.event().title())
                .withProperty("flag", r -> r.event() == null ? null : flag(r.event()))
                .withProperty("claims", r -> r.event() == null ? null : claimsLabel(r.event()))
                .withFunction("toggleClaims", r -> grid.setDetailsVisible(r, !grid.isDetailsVisible(r)));
    }

    /** The Sources cell: how many articles and outlets support the event, then a chip per outlet. */
    static LitRenderer<Row> sourcesCell() {
        return LitRenderer.<Row>of("<div class=\"fl-wrap\">${item.support == null ? '' : html`<span class=\"fl-muted\">${item.support}</span><span> </span>"
                        + "${item.outlets.map(o => html`<span class=\"fl-chip\">${o}</span>`)}`}</div>")
                .withProperty("support", r -> r.event() == null ? null : SupportCount.of(r.event().sourceCount(), r.event().outlets().size()))
                .withProperty("outlets", r -> r.event() == null ? List.of() : r.event().outlets());
    }

    /** The Status cell: a chip in the status's colour. */
    static LitRenderer<Row> statusCell() {
        return LitRenderer.<Row>of("${item.status == null ? html`<span></span>` : html`<span class=\"fl-status-chip ${item.statusClass}\">${item.status}</span>`}")
                .withProperty("status", r -> r.event() == null ? null : r.event().status().dbName().replace('_', ' '))
                .withProperty("statusClass", r -> r.event() == null ? null : TimeAxis.statusClass(r.event().status()));
    }

    /** "⚠ 2 open discrepancies", or null when the event has none. */
    static @Nullable String flag(Event e) {
        int n = e.openDiscrepancies();
        return n > 0 ? "\u26A0 " + n + " open discrepanc" + (n == 1 ? "y" : "ies") : null;
    }

    /** The claims button's text: "1 claim", "3 claims". */
    static String claimsLabel(Event e) {
        return e.claimIds().size() + " claim" + (e.claimIds().size() == 1 ? "" : "s");
    }

    private Component claimsOf(Row r) {
        VerticalLayout l = new VerticalLayout();
        l.setPadding(false);
        if (r.event() == null) {
            return l;
        }
        for (SupportingClaim c : events.claims(projectId, r.event().id())) {
            Anchor link = new Anchor("projects/" + projectId.value() + "/sources/" + c.sourceId() + "?claim=" + c.id(),
                    c.article().full() + (c.date() == null ? "" : " \u2014 dated " + c.date()));
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
        ClaimPickDialog d = new ClaimPickDialog("New event", "Title", "Claims not yet on an event",
                "No claim is waiting for an event. To make one, open an article from Sources, select a passage and save it as a claim; "
                        + "claims already on an event can be split off it with \u201cSplit\u201d.",
                events.claims(projectId, null), "Create",
                (t, ids) -> events.createFromClaims(projectId, new EventData(t, null, null, null), ClaimId.all(ids)),
                created -> {
                    refresh();
                    select(created);
                });
        d.open();
    }

    void openMerge(Event e) {
        new MergeDialog(e, this::offerMergeCandidates, other -> events.merge(projectId, e.id(), other.id()), merged -> {
            refresh();
            editor.edit(merged);
        }).open();
    }

    void openSplit(Event e) {
        new ClaimPickDialog("Split claims off \u201c" + e.title() + "\u201d", "Title of the new event", "Claims to move to the new event",
                "This event has no claims to split off.", events.claims(projectId, e.id()), "Split",
                (t, ids) -> events.split(projectId, e.id(), t, ClaimId.all(ids)),
                created -> {
                    refresh();
                    editor.edit(created);
                }).open();
    }

    EventId idOf(Event e) {
        return e.id();
    }
}
