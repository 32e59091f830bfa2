package com.factline.proposal.ui;

import com.factline.collab.ChangeBus;
import com.factline.project.ProjectId;
import com.factline.proposal.Proposal;
import com.factline.proposal.ProposalFilter;
import com.factline.proposal.ProposalService;
import com.factline.proposal.ProposalStatus;
import com.factline.source.SourceService;
import com.factline.source.SourceSummary;
import com.factline.timeline.EventService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import com.vaadin.flow.component.progressbar.ProgressBar;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import java.util.function.BooleanSupplier;

/**
 * The "Proposed" band of the timeline: events the software drafted from the sources, kept apart from the real
 * events, strongest first, filterable by source and date. Each opens a {@link ProposalDialog} to accept (after
 * editing title and date, dropping passages), merge into an existing event, or dismiss.
 */
class ProposalsPanel extends Details {

    /** Cards shown at most; the filters narrow the rest. */
    static final int MAX_SHOWN = 50;
    /** Cards "Show more" adds each time, up to {@link #MAX_SHOWN}. */
    static final int BATCH = 10;
    /**
     * Cards built when the panel opens: what a first look takes in. Each card is a dozen components, and
     * on an empty timeline the panel opens with the view, so its first cards travel with the navigation.
     */
    static final int FIRST = 5;
    /** How many cards are built now: the first few, and a batch more for each "Show more". */
    private int limit = FIRST;

    private final ProposalService proposals;
    private final EventService events;
    private final SourceService sources;
    private final ProjectId project;
    /** Whether the signed-in user may decide proposals (an editor); a viewer opens them read-only. */
    final boolean mayDecide;
    /** Whether the cards (and the source picker's items) have been loaded: not before the panel is first opened. */
    boolean loaded;
    /** Whether the timeline has no events yet: the panel then opens by itself, once, when it has proposals to offer. */
    private final BooleanSupplier timelineEmpty;
    private boolean openedForNewcomer;

    final ComboBox<SourceSummary> source = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final VerticalLayout cards = new VerticalLayout();
    final Span more = new Span();
    final Button showMore = new Button();
    final Span summaryText = new Span();
    /** Beside the summary while proposals are being drafted: the drafting has no measurable progress, so it only moves. */
    final ProgressBar draftingBar = new ProgressBar();
    /** Whether proposals were being drafted at the last refresh (a run waiting or running for the project). */
    boolean drafting;
    /**
     * Shows the source and date filters: until pressed they are not in the page (issue #18: on an empty timeline the
     * panel opens with the view, and a combo box and two date pickers cost the browser more to start than the cards).
     * Pressed, it gives its place to them and the source box takes the focus; the sources are read then.
     */
    final Button showFilters = new Button("Filter proposals");
    List<Proposal> shown = List.of();

    ProposalsPanel(ProposalService proposals, EventService events, SourceService sources, ChangeBus bus, ProjectId project,
                   boolean mayDecide, BooleanSupplier timelineEmpty) {
        this.mayDecide = mayDecide;
        this.timelineEmpty = timelineEmpty;
        this.proposals = proposals;
        this.events = events;
        this.sources = sources;
        this.project = project;
        setId("proposals");
        // Below the events: its line is a heading of the page's second part, not the grey of a details summary.
        addClassName("fl-proposals-panel");
        draftingBar.setIndeterminate(true);
        draftingBar.setWidth("6rem");
        draftingBar.setVisible(false);
        draftingBar.getElement().setAttribute("aria-label", "Drafting proposals");
        HorizontalLayout summary = new HorizontalLayout(summaryText, draftingBar);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        summary.setPadding(false);
        setSummary(summary);
        setWidthFull();
        source.setPlaceholder("Source");
        source.setClearButtonVisible(true);
        source.setItemLabelGenerator(s -> s.article().full());
        from.setPlaceholder("From");
        to.setPlaceholder("To");
        source.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        showFilters.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        showFilters.getElement().setAttribute("aria-expanded", "false");
        HorizontalLayout filters = new HorizontalLayout(showFilters);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        showFilters.addClickListener(e -> {
            filters.replace(showFilters, source);
            filters.add(from, to);
            source.setItems(sources.list(project));
            source.focus();
        });
        cards.setPadding(false);
        cards.setSpacing(false);
        cards.addClassName("fl-proposals");
        more.addClassName("fl-muted");
        showMore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        showMore.addClickListener(e -> {
            limit = Math.min(MAX_SHOWN, limit + BATCH);
            refresh();
        });
        VerticalLayout body = new VerticalLayout(filters, cards, showMore, more);
        body.setPadding(false);
        // Proposals change when sources are imported or edited, when someone decides one, and when claims on events
        // come to quote all of a proposal's passages (it is then no longer offered); a "proposal" notice also comes
        // when drafting starts or ends on this instance.
        bus.bind(this, project.value(), notice -> {
            if (List.of("proposal", "source", "claim", "event").contains(notice.entityType())) {
                refresh();
            }
        });
        // Opening the timeline costs one count here; the cards (a batch, each several components) load when the
        // panel is opened, and the body is attached then too; its source and date filters (a combo box and two date
        // pickers, which the browser would start on every navigation to an empty timeline, where the panel opens
        // by itself) and the project's sources for the picker come when "Filter proposals" is pressed (issue #18).
        addOpenedChangeListener(e -> {
            if (e.isOpened() && !loaded) {
                loaded = true;
                add(body);
                refresh();
            }
        });
        refresh();
    }

    void refresh() {
        OptionalInt draftingFrom = proposals.drafting(project);
        drafting = draftingFrom.isPresent();
        draftingBar.setVisible(drafting);
        if (!loaded) {
            int count = proposals.count(project, filter());
            summaryText.setText(summary(count, draftingFrom));
            // Closed, the panel is a line a newcomer passes by; on an empty timeline the proposals are
            // where to start, so it opens (once: closed again by hand, it stays closed).
            if (count > 0 && !openedForNewcomer && timelineEmpty.getAsBoolean()) {
                openedForNewcomer = true;
                setOpened(true);
            }
            return;
        }
        ProposalFilter f = filter();
        ProposalService.Page page = proposals.page(project, f, limit);
        shown = page.proposals();
        summaryText.setText(summary(page.total(), draftingFrom));
        cards.removeAll();
        if (shown.isEmpty()) {
            cards.add(muted(draftingFrom.isPresent() ? "Drafting proposals from " + articles(draftingFrom.getAsInt()) + "\u2026"
                    : f.sourceId() == null && f.from() == null && f.to() == null
                    ? "No proposed events: the software proposes them from the sources after each import."
                    : "No proposed event matches these filters."));
        }
        ArrayNode texts = JsonNodeFactory.instance.arrayNode();
        for (Proposal p : shown) {
            cards.add(card(p));
            texts.add(texts(p));
        }
        // Each card's texts are written in the browser, as text (textContent): nothing typed becomes markup.
        if (!shown.isEmpty()) {
            cards.getElement().executeJs(FILL, texts);
        }
        int next = Math.min(BATCH, Math.min(MAX_SHOWN - limit, page.total() - shown.size()));
        showMore.setText("Show " + next + " more");
        showMore.setVisible(next > 0);
        more.setText(page.total() > shown.size() && next <= 0 ? (page.total() - shown.size()) + " more, weaker ones: narrow by source or date." : "");
    }

    /**
     * The panel's one line: the count, and while a run is waiting or running, that proposals are being drafted (a bare
     * "(0)" then would read as "the software found nothing").
     */
    static String summary(int count, OptionalInt draftingFrom) {
        if (draftingFrom.isEmpty()) {
            return "Proposed (" + count + ")";
        }
        return count == 0 ? "Proposed: drafting from " + articles(draftingFrom.getAsInt()) + "\u2026"
                : "Proposed (" + count + ") \u00B7 updating from " + articles(draftingFrom.getAsInt()) + "\u2026";
    }

    private static String articles(int n) {
        return n + (n == 1 ? " article" : " articles");
    }

    private ProposalFilter filter() {
        return new ProposalFilter(ProposalStatus.OPEN, source.getValue() == null ? null : source.getValue().id().value(),
                from.getValue(), to.getValue());
    }

    /**
     * A card: its Review button (a server-side component, as the dialog it opens is) beside a box the browser
     * fills from {@link #texts} (date, title, sources and confidence, outlets, a date conflict). Three components
     * a card instead of a dozen: on an empty timeline the first cards travel with the view's first response.
     */
    private Div card(Proposal p) {
        Div card = new Div();
        card.addClassName("fl-proposal");
        Div info = new Div();
        info.addClassName("fl-proposal-info");
        Button review = new Button(mayDecide ? "Review\u2026" : "Details\u2026",
                e -> new ProposalDialog(proposals, events, project, p, this::refresh, mayDecide).open());
        review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        card.add(info, review);
        card.getElement().setAttribute("data-title", p.title().toLowerCase(Locale.ROOT));
        return card;
    }

    /** What a card says, for the browser to write as text: [date, title, sources and confidence, [outlets], date conflict or null]. */
    static ArrayNode texts(Proposal p) {
        ArrayNode t = JsonNodeFactory.instance.arrayNode();
        t.add(p.date() == null ? "undated" : p.date().display());
        t.add(p.title());
        t.add(p.sourceCount() + (p.sourceCount() == 1 ? " source" : " sources") + " \u00B7 " + Math.round(p.confidence() * 100) + "% confidence");
        ArrayNode outlets = t.addArray();
        p.outlets().forEach(outlets::add);
        if (p.dateConflict() != null) {
            t.add("Sources disagree on the date: " + p.dateConflict());
        } else {
            t.addNull();
        }
        return t;
    }

    /** Writes each card's texts into its box (the cards in order), with textContent only. */
    static final String FILL = """
            const all = $0;
            const boxes = this.querySelectorAll(':scope > .fl-proposal > .fl-proposal-info');
            const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
            all.forEach((p, i) => {
              const box = boxes[i];
              if (!box) return;
              const head = el('div', 'fl-proposal-head');
              head.append(el('span', 'fl-band', p[0]), ' ', el('span', 'fl-proposal-title', p[1]));
              const chips = el('div');
              p[3].forEach(o => chips.append(el('span', 'fl-chip', o)));
              box.replaceChildren(head, el('div', 'fl-muted', p[2]), chips);
              if (p[4] != null) {
                const w = el('div');
                w.append(el('span', 'fl-badge-warn', p[4]));
                box.append(w);
              }
            });""";

    private static Span muted(String text) {
        Span s = new Span(text);
        s.addClassName("fl-muted");
        return s;
    }
}
