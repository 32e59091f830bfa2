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
        setSummary(summaryText);
        setWidthFull();
        source.setPlaceholder("Source");
        source.setClearButtonVisible(true);
        source.setItemLabelGenerator(s -> s.article().full());
        from.setPlaceholder("From");
        to.setPlaceholder("To");
        source.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(source, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
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
        add(body);
        // Proposals change when sources are imported or edited, when someone decides one, and when claims on events
        // come to quote all of a proposal's passages (it is then no longer offered).
        bus.bind(this, project.value(), notice -> {
            if (List.of("proposal", "source", "claim", "event").contains(notice.entityType())) {
                refresh();
            }
        });
        // Opening the timeline costs one count here; the cards (a batch, each several
        // components) and the project's sources for the picker load when the panel is opened.
        addOpenedChangeListener(e -> {
            if (e.isOpened() && !loaded) {
                loaded = true;
                source.setItems(sources.list(project));
                refresh();
            }
        });
        refresh();
    }

    void refresh() {
        if (!loaded) {
            int count = proposals.count(project, filter());
            summaryText.setText("Proposed (" + count + ")");
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
        summaryText.setText("Proposed (" + page.total() + ")");
        cards.removeAll();
        if (shown.isEmpty()) {
            cards.add(muted(f.sourceId() == null && f.from() == null && f.to() == null
                    ? "No proposed events: the software proposes them from the sources after each import."
                    : "No proposed event matches these filters."));
        }
        for (Proposal p : shown) {
            cards.add(card(p));
        }
        int next = Math.min(BATCH, Math.min(MAX_SHOWN - limit, page.total() - shown.size()));
        showMore.setText("Show " + next + " more");
        showMore.setVisible(next > 0);
        more.setText(page.total() > shown.size() && next <= 0 ? (page.total() - shown.size()) + " more, weaker ones: narrow by source or date." : "");
    }

    private ProposalFilter filter() {
        return new ProposalFilter(ProposalStatus.OPEN, source.getValue() == null ? null : source.getValue().id().value(),
                from.getValue(), to.getValue());
    }

    private Div card(Proposal p) {
        Div card = new Div();
        card.addClassName("fl-proposal");
        Span when = new Span(p.date() == null ? "undated" : p.date().display());
        when.addClassName("fl-band");
        Span title = new Span(p.title());
        title.addClassName("fl-proposal-title");
        Span count = new Span(p.sourceCount() + (p.sourceCount() == 1 ? " source" : " sources") + " \u00B7 "
                + Math.round(p.confidence() * 100) + "% confidence");
        count.addClassName("fl-muted");
        Div chips = new Div();
        for (String outlet : p.outlets()) {
            Span chip = new Span(outlet);
            chip.addClassName("fl-chip");
            chips.add(chip);
        }
        Button review = new Button(mayDecide ? "Review\u2026" : "Details\u2026",
                e -> new ProposalDialog(proposals, events, project, p, this::refresh, mayDecide).open());
        review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(when, title, review);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.expand(title);
        card.add(head, count, chips);
        if (p.dateConflict() != null) {
            Span conflict = new Span("Sources disagree on the date: " + p.dateConflict());
            conflict.addClassName("fl-badge-warn");
            card.add(new Div(conflict));
        }
        card.getElement().setAttribute("data-title", p.title().toLowerCase(Locale.ROOT));
        return card;
    }

    private static Span muted(String text) {
        Span s = new Span(text);
        s.addClassName("fl-muted");
        return s;
    }
}
