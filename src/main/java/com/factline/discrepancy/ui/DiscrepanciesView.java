package com.factline.discrepancy.ui;

import com.factline.base.FactlineException;
import com.factline.claim.Claim;
import com.factline.claim.ClaimFilter;
import com.factline.claim.ClaimService;
import com.factline.collab.ChangeBus;
import com.factline.collab.HistoryPanel;
import com.factline.collab.HistoryService;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.collab.CommentThread;
import com.factline.discrepancy.Discrepancy;
import com.factline.discrepancy.DiscrepancyData;
import com.factline.discrepancy.DiscrepancyFilter;
import com.factline.discrepancy.DiscrepancyKind;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.discrepancy.DiscrepancyStatus;
import com.factline.discrepancy.Passage;
import com.factline.discrepancy.Resolution;
import com.factline.discrepancy.Verdict;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import com.factline.base.ArticleName;
import com.factline.base.ui.EmptyState;
import com.factline.source.SourceService;
import com.factline.source.SourceSummary;
import com.factline.timeline.EventService;
import com.factline.timeline.EventSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The review queue: discrepancies filtered by status, kind, event and source, with counts per
 * status; the selected one shows its passages side by side with the differing words marked.
 */
@Route("projects/:projectId/discrepancies")
@PageTitle("Discrepancies · Factline")
@PermitAll
public class DiscrepanciesView extends VerticalLayout implements BeforeEnterObserver {

    private final DiscrepancyService discrepancies;
    private final SourceService sources;
    private final EventService events;
    private final ClaimService claims;
    private final ChangeBus bus;
    private final ProjectAccess access;
    private ProjectId projectId = new ProjectId(0);
    /** Accept, dismiss and reopen: for the project's editors (and up). */
    final HorizontalLayout editorActions = new HorizontalLayout();
    /** Verdict and resolve: for its reviewers and owners. */
    final HorizontalLayout reviewerActions = new HorizontalLayout();
    /** "Mark a discrepancy by hand": for its editors. */
    final Details markDetails;
    /** Asked once on entering: what the signed-in user may do in this project. */
    boolean mayEdit;
    boolean mayReview;
    private boolean bound;
    /** Whether the project has any article: an empty queue then says to import first. */
    private boolean hasArticles;

    final Select<DiscrepancyStatus> status = new Select<>();
    final Select<DiscrepancyKind> kind = new Select<>();
    final ComboBox<EventSummary> event = new ComboBox<>("Event");
    final ComboBox<SourceSummary> source = new ComboBox<>("Source");
    final Span counts = new Span();
    final Grid<Discrepancy> grid = new Grid<>(Discrepancy.class, false);
    /**
     * Kind and confidence: hidden while one discrepancy is open beside the list, whose detail line names them, so
     * that "What differs" keeps a readable width (at 1024 px it was squeezed to a word per line). The status stays:
     * it is what changes when one acts on the open item.
     */
    final List<Grid.Column<Discrepancy>> narrowColumns;
    final Span error = new Span();
    /** What went wrong with an action on the open discrepancy, said next to its buttons. */
    final Span detailError = new Span();
    /** The outlets of the open discrepancy's first and second passage: verdicts are named by them. */
    private List<String> sides = List.of();
    /** Says when the software could not compute suggestions for this project (text only). */
    final Span suggestionProblem = new Span();
    /** While suggestions are being computed for the project (a run waiting or running): says so, with a moving bar. */
    final HorizontalLayout suggesting = new HorizontalLayout();
    /** Whether suggestions were being computed at the last refresh. */
    boolean suggestingNow;

    final Div detail = new Div();
    final HorizontalLayout passages = new HorizontalLayout();
    final Span detailState = new Span();
    final Button accept = new Button("Accept");
    final TextField dismissReason = new TextField("Why dismiss?");
    final Button dismiss = new Button("Dismiss");
    final Select<Verdict> verdict = new Select<>();
    final TextField correctValue = new TextField("Correct value");
    final TextArea evidence = new TextArea("Evidence");
    final Button resolve = new Button("Resolve");
    final Button reopen = new Button("Reopen");
    final CommentThread comments;

    final Select<DiscrepancyKind> markKind = new Select<>();
    final MultiSelectComboBox<Claim> markClaims = new MultiSelectComboBox<>("Claims (two or more)");
    final TextArea markNote = new TextArea("Note");
    final Button mark = new Button("Mark discrepancy");

    final HistoryPanel history;
    final SplitLayout split = new SplitLayout();

    private @Nullable Discrepancy current;
    /** The events in timeline order, for grouping the queue. */
    private List<EventSummary> eventList = List.of();
    QueueGroups.Grouped grouped = QueueGroups.of(List.of(), List.of());

    public DiscrepanciesView(DiscrepancyService discrepancies, SourceService sources, EventService events, ClaimService claims,
                             HistoryService history, CommentService commentService, ChangeBus bus, ProjectAccess access) {
        this.access = access;
        this.discrepancies = discrepancies;
        this.sources = sources;
        this.events = events;
        this.claims = claims;
        this.history = new HistoryPanel(history, bus);
        this.history.onReverted(() -> {
            refresh();
            open(discrepancies.get(projectId, id()));
        });
        this.comments = new CommentThread(commentService, bus);
        this.bus = bus;
        setSizeFull();

        status.setLabel("Status");
        status.setItems(DiscrepancyStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? "any" : s.dbName());
        kind.setLabel("Kind");
        kind.setItems(DiscrepancyKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(k -> k == null ? "any" : k.dbName());
        event.setItemLabelGenerator(EventSummary::label);
        event.setClearButtonVisible(true);
        source.setItemLabelGenerator(s -> s.article().full());
        source.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        event.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, kind, event, source);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        counts.addClassName("fl-muted");
        error.addClassNames("fl-error", "fl-collapse-empty");
        suggestionProblem.addClassName("fl-collapse-empty");
        ProgressBar comparing = new ProgressBar();
        comparing.setIndeterminate(true);
        comparing.setWidth("6rem");
        comparing.getElement().setAttribute("aria-label", "Comparing the articles");
        Span comparingText = new Span("Comparing the articles for suggestions\u2026");
        comparingText.addClassName("fl-muted");
        suggesting.add(comparingText, comparing);
        suggesting.setAlignItems(Alignment.CENTER);
        suggesting.setVisible(false);

        // Grouped by event; the group's name heads its first row. Spelling and style come last, quieter.
        grid.addComponentColumn(d -> {
            Span g = new Span(grouped.firstOfGroup().contains(d) ? grouped.group().getOrDefault(d, "") : "");
            g.addClassName("fl-wrap");
            g.getStyle().set("font-weight", "600");
            if (grouped.quiet(d)) {
                g.addClassName("fl-muted");
            }
            return g;
        }).setHeader("Event").setFlexGrow(2);
        // "What differs" is the key column: it wraps and gets the width; the others stay narrow.
        grid.addComponentColumn(d -> {
            Span w = new Span(d.summary());
            w.addClassName("fl-wrap");
            if (grouped.quiet(d)) {
                w.addClassName("fl-muted");
            }
            return w;
        }).setHeader("What differs").setFlexGrow(4);
        Grid.Column<Discrepancy> kindColumn = grid.addColumn(d -> d.kind().dbName()).setHeader("Kind").setWidth("8.5rem").setFlexGrow(0);
        grid.addComponentColumn(d -> {
            Span chip = new Span(d.status().dbName());
            chip.addClassNames("fl-chip", "fl-discrepancy-" + d.status().dbName());
            return chip;
        }).setHeader("Status").setWidth("8.5rem").setFlexGrow(0);
        Grid.Column<Discrepancy> confidenceColumn = grid.addColumn(d -> suggested(d) ? d.confidenceLabel() : "by hand")
                .setHeader("Confidence").setWidth("7rem").setFlexGrow(0);
        narrowColumns = List.of(kindColumn, confidenceColumn);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            open(e.getValue());
            int row = e.getValue() == null ? -1 : grid.getListDataView().getItems().toList().indexOf(e.getValue());
            if (row >= 0) {
                grid.scrollToIndex(row);
            }
        });

        passages.setWidthFull();
        passages.setWrap(true);
        passages.addClassName("fl-passages");
        detailState.addClassName("fl-muted");
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClickListener(e -> act(() -> discrepancies.accept(projectId, id(), version())));
        verdict.setLabel("Verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> v == null ? "" : verdictLabel(v, sides));
        dismiss.addClickListener(e -> {
            if (dismissReason.getValue().isBlank()) {
                dismissReason.setInvalid(true);
                dismissReason.setErrorMessage("Say why it is dismissed.");
                detailError.setText("Not dismissed: say why first.");
                return;
            }
            act(() -> discrepancies.dismiss(projectId, id(), dismissReason.getValue(), version()));
        });
        resolve.addClickListener(e -> {
            if (verdict.getValue() == null) {
                verdict.setInvalid(true);
                verdict.setErrorMessage("Choose a verdict.");
                detailError.setText("Not resolved: choose a verdict first.");
                return;
            }
            act(() -> discrepancies.resolve(projectId, id(), new Resolution(verdict.getValue(), correctValue.getValue(),
                    evidence.getValue()), version()));
        });
        reopen.addClickListener(e -> act(() -> discrepancies.reopen(projectId, id(), version())));
        editorActions.add(accept, dismissReason, dismiss, reopen);
        editorActions.setAlignItems(Alignment.BASELINE);
        editorActions.setWrap(true);
        reviewerActions.add(verdict, correctValue, evidence, resolve);
        reviewerActions.setAlignItems(Alignment.BASELINE);
        reviewerActions.setWrap(true);
        detailError.addClassName("fl-error");
        detailError.setId("discrepancy-action-error");
        detail.add(new H3("Passages"), detailState, passages, editorActions, reviewerActions, detailError, comments, this.history);
        detail.setWidthFull();
        detail.addClassName("fl-panel");
        detail.getStyle().set("overflow-y", "auto");
        detail.setVisible(false);

        markKind.setLabel("Kind");
        markKind.setItems(DiscrepancyKind.values());
        markKind.setItemLabelGenerator(k -> k == null ? "" : k.dbName());
        markClaims.setItemLabelGenerator(c -> (c.outlet() == null ? "" : c.outlet() + ": ") + abbreviate(c.quote()));
        markClaims.setWidth("30rem");
        mark.addClickListener(e -> markByHand());
        HorizontalLayout markForm = new HorizontalLayout(markKind, markClaims, markNote, mark);
        markForm.setAlignItems(Alignment.BASELINE);
        markForm.setWrap(true);
        markDetails = new Details("Mark a discrepancy by hand", markForm);

        // The list keeps its full height with the detail beside it: selecting a row never shrinks the list.
        split.addToPrimary(grid);
        split.addToSecondary(detail);
        split.setSplitterPosition(50);
        split.setSizeFull();
        split.setMinHeight("24rem");
        add(new H2("Discrepancies"), filters, counts, suggesting, suggestionProblem, error, markDetails, split);
        setFlexGrow(1, split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        projectId = new ProjectId(e.getRouteParameters().getLong("projectId").orElse(0L));
        // A viewer reads the queue, the passages, the verdicts and the history, and comments; nothing else is offered.
        mayEdit = access.allows(projectId, ProjectPermission.EDIT);
        mayReview = access.allows(projectId, ProjectPermission.REVIEW);
        editorActions.setVisible(mayEdit);
        reviewerActions.setVisible(mayReview);
        markDetails.setVisible(mayEdit);
        history.setRevertAllowed(mayEdit);
        try {
            eventList = events.list(projectId);
            event.setItems(eventList);
            List<SourceSummary> articles = sources.list(projectId);
            source.setItems(articles);
            hasArticles = !articles.isEmpty();
            if (mayEdit) {
                markClaims.setItems(claims.list(projectId, ClaimFilter.all()));
            }
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
        if (!bound) {
            bound = true;
            bus.bindBatch(this, projectId.value(), this::changed);
        }
        refresh();
    }

    /**
     * Someone (here or on another instance) committed changes: the list and the open detail follow, once per batch
     * (a suggestion run announces hundreds of rows at a time; each used to reload the whole list).
     */
    void changed(java.util.List<com.factline.collab.ChangeNotice> batch) {
        java.util.List<com.factline.collab.ChangeNotice> relevant = batch.stream()
                .filter(n -> !n.entityType().equals("presence") && !n.entityType().equals("comment")) // comments follow their own thread
                .filter(n -> !n.backgroundWork() || n.entityType().equals("discrepancy")) // suggestions being computed, not proposals
                .toList();
        if (relevant.isEmpty()) {
            return;
        }
        Discrepancy shown = current;
        refresh(); // new items clear the grid's selection
        if (shown == null) {
            return;
        }
        Discrepancy now = shown;
        boolean touched = relevant.stream().anyMatch(n -> n.entityType().equals("discrepancy") && n.entityId() != null
                && n.entityId() == shown.id().value());
        if (touched) {
            try {
                now = discrepancies.get(projectId, shown.id());
            } catch (com.factline.base.NotFoundException gone) {
                open(null);
                return;
            }
        }
        grid.select(now);
        if (current != now) {
            open(now);
        }
    }

    void refresh() {
        try {
            error.setText("");
            suggestingNow = discrepancies.suggesting(projectId);
            suggesting.setVisible(suggestingNow);
            grouped = QueueGroups.of(discrepancies.list(projectId, new DiscrepancyFilter(status.getValue(), kind.getValue(),
                    event.getValue() == null ? null : event.getValue().id().value(),
                    source.getValue() == null ? null : source.getValue().id().value())), eventList);
            grid.setItems(grouped.items());
            grid.setEmptyStateComponent(emptyState());
            Map<DiscrepancyStatus, Integer> n = discrepancies.countsByStatus(projectId);
            List<String> parts = new ArrayList<>();
            n.forEach((s, c) -> parts.add(c + " " + s.dbName()));
            counts.setText(String.join(" · ", parts));
            suggestionProblem.setText(discrepancies.suggestionProblem(projectId).orElse(""));
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    /** What an empty queue says: a filter hides the rest, or what has to happen before anything can be listed. */
    EmptyState emptyState() {
        if (status.getValue() != null || kind.getValue() != null || event.getValue() != null || source.getValue() != null) {
            return new EmptyState("No discrepancies match these filters. Clear a filter to see the others.");
        }
        if (!hasArticles) {
            return new EmptyState("No discrepancies yet: this project has no articles. Once articles are imported, the software"
                    + " compares them and suggests what differs.", "Open Sources", "projects/" + projectId.value() + "/sources");
        }
        if (suggestingNow) {
            return new EmptyState("No discrepancies yet: the software is comparing the articles now; what it suggests appears"
                    + " here when it is done" + (mayEdit ? ". You can also mark one by hand above." : "."));
        }
        return new EmptyState("No discrepancies yet. The software compares the articles after each import and claim change and"
                + " suggests what differs" + (mayEdit ? "; you can also mark one by hand above." : "."));
    }

    /** Shows one discrepancy: its passages side by side, each in context, the differing words marked. */
    void open(@Nullable Discrepancy d) {
        current = d;
        passages.removeAll();
        detailError.setText("");
        dismissReason.setInvalid(false);
        verdict.setInvalid(false);
        detail.setVisible(d != null);
        narrowColumns.forEach(c -> c.setVisible(d == null));
        if (d == null) {
            return;
        }
        List<Passage> shownPassages = discrepancies.passages(projectId, d.id());
        sides = ArticleName.distinct(shownPassages.stream().map(Passage::article).toList());
        verdict.getDataProvider().refreshAll();
        // A resolved item shows its ruling in the form, not an empty choice.
        verdict.setValue(d.verdict());
        correctValue.setValue(d.correctValue() == null ? "" : d.correctValue());
        evidence.setValue(d.evidence() == null ? "" : d.evidence());
        // A confidence is Factline's, for what it suggested; one marked by hand has none to show.
        detailState.setText(d.kind().dbName() + " · " + d.status().dbName()
                + (suggested(d) ? " · confidence " + d.confidenceLabel() : "")
                + (d.verdict() == null ? "" : " · verdict: " + verdictLabel(d.verdict(), sides))
                + (d.correctValue() == null ? "" : " · correct: " + d.correctValue())
                + (d.dismissReason() == null ? "" : " · dismissed by " + d.dismissedBy() + ": " + d.dismissReason())
                + (d.note().isBlank() ? "" : " · " + d.note()));
        for (Passage p : shownPassages) {
            Div box = new Div();
            box.addClassName("fl-passage");
            Anchor where = new Anchor("projects/" + projectId.value() + "/sources/" + p.span().sourceId(),
                    p.article().full());
            Div text = new Div();
            text.addClassName("fl-passage-text");
            text.add(new Span(p.before()));
            Span span = new Span();
            span.addClassName("fl-passage-span");
            for (Passage.Piece piece : p.pieces()) {
                Span s = new Span(piece.text()); // always text, never HTML
                if (!piece.change().equals("equal")) {
                    s.addClassName("fl-diff-" + piece.change());
                }
                span.add(s);
            }
            text.add(span, new Span(p.after()));
            box.add(where, text);
            passages.add(box);
            passages.setFlexGrow(1, box);
        }
        DiscrepancyStatus s = d.status();
        accept.setEnabled(s == DiscrepancyStatus.SUGGESTED);
        dismiss.setEnabled(s == DiscrepancyStatus.SUGGESTED || (s == DiscrepancyStatus.OPEN && mayReview));
        dismissReason.setEnabled(dismiss.isEnabled());
        resolve.setEnabled(s == DiscrepancyStatus.OPEN);
        verdict.setReadOnly(s != DiscrepancyStatus.OPEN);
        correctValue.setReadOnly(s != DiscrepancyStatus.OPEN);
        evidence.setReadOnly(s != DiscrepancyStatus.OPEN);
        // A resolved discrepancy is reopened only by a reviewer (the service says so too).
        reopen.setEnabled((s == DiscrepancyStatus.RESOLVED && mayReview) || s == DiscrepancyStatus.DISMISSED);
        history.show(projectId, "discrepancy", d.id().value());
        comments.show(projectId, CommentTarget.DISCREPANCY, d.id().value());
    }

    private void markByHand() {
        try {
            error.setText("");
            Discrepancy d = discrepancies.mark(projectId, new DiscrepancyData(markKind.getValue(), markNote.getValue(),
                    markClaims.getValue().stream().map(c -> c.id().value()).toList()));
            markClaims.clear();
            markNote.clear();
            refresh();
            grid.select(d);
            open(d);
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }

    private void act(java.util.function.Supplier<Discrepancy> action) {
        try {
            error.setText("");
            Discrepancy after = action.get();
            dismissReason.clear();
            refresh();
            open(after);
            Notification.show("Discrepancy " + after.status().dbName() + ".", 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FactlineException ex) {
            detailError.setText(ex.getMessage());
        } catch (AccessDeniedException ex) {
            detailError.setText("You do not have the role this needs.");
        }
    }

    /** A verdict as the reviewer thinks of it: "AP is right", not "a_right". */
    static String verdictLabel(Verdict v, List<String> sides) {
        String a = sides.isEmpty() ? "the first source" : sides.get(0);
        String b = sides.size() < 2 ? "the second source" : sides.get(1);
        if (a.equals(b)) {
            a = a + " (first passage)";
            b = b + " (second passage)";
        }
        return switch (v) {
            case A_RIGHT -> a + " is right";
            case B_RIGHT -> b + " is right";
            case BOTH_WRONG -> "both are wrong";
            case UNRESOLVABLE -> "cannot be resolved";
            case NOT_REAL -> "not a real discrepancy";
        };
    }

    private com.factline.discrepancy.DiscrepancyId id() {
        return java.util.Objects.requireNonNull(current).id();
    }

    private int version() {
        return java.util.Objects.requireNonNull(current).version();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static boolean suggested(Discrepancy d) {
        return "suggested".equals(d.origin());
    }
}
