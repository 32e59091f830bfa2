package com.factline.claim.ui;

import com.factline.base.ConflictException;
import com.factline.base.FactlineException;
import com.factline.claim.Claim;
import com.factline.claim.ClaimFilter;
import com.factline.claim.ClaimService;
import com.factline.claim.DatePrefill;
import com.factline.claim.SelectionHints;
import com.factline.claim.SuggestionService;
import com.factline.collab.ChangeBus;
import com.factline.collab.HistoryPanel;
import com.factline.collab.HistoryService;
import com.factline.collab.CommentService;
import com.factline.collab.PresenceService;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import com.factline.source.Source;
import com.factline.source.SourceId;
import com.factline.source.SourceMetadata;
import com.factline.source.SourceService;
import com.factline.temporal.DateDisplay;
import com.factline.temporal.TemporalExpression;
import com.factline.timeline.EventService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The article reader: the text exactly as stored, with the software's suggested temporal
 * expressions and the existing claims highlighted. Selecting text (or clicking a suggestion)
 * opens the claim panel prefilled.
 */
@Route("projects/:projectId/sources/:sourceId")
@PageTitle("Reader · Factline")
@PermitAll
public class ReaderView extends SplitLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SourceService sources;
    private final ClaimService claims;
    private final SuggestionService suggestions;
    private final ProjectAccess access;
    private ProjectId projectId = new ProjectId(0);
    /**
     * Whether the signed-in user may edit in this project, asked once on entering: a viewer reads the
     * article, its metadata and its claims, and is offered no way to change them.
     */
    boolean mayEdit = true;
    Source source;
    List<TemporalExpression> suggested = List.of();
    List<Claim> sourceClaims = List.of();

    final H2 heading = new H2();
    final Span meta = new Span();
    final SourceText text = new SourceText();
    final TextField titleField = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final DatePicker published = new DatePicker("Published on");
    final TextField url = new TextField("URL");
    final TextField byline = new TextField("Byline");
    final Button saveMetadata = new Button("Save metadata");
    /** The article's editable metadata, closed until opened (its form is attached then). */
    final Details metadata = new Details("Metadata");
    final Span metadataError = new Span();
    final ClaimPanel panel;
    /** The keyboard shortcut of "Make claim", shown in its tooltip and the README. */
    static final String MAKE_CLAIM_KEYS = "Alt+C";
    final Button makeClaim = new Button("Make claim");
    /** Alt+C, registered only while the user may make claims. */
    @org.jspecify.annotations.Nullable ShortcutRegistration makeClaimShortcut;
    final Span hint = new Span();
    final HorizontalLayout keys;
    final Span noSelection = new Span();
    final Grid<Claim> claimGrid = new Grid<>(Claim.class, false);
    /** Fixed widths of the claims list's Date and Status columns: "20–22 March 2023" and "check date" in two lines at most. */
    static final String DATE_WIDTH = "6rem";
    static final String STATUS_WIDTH = "5.5rem";

    public ReaderView(SourceService sources, ClaimService claims, SuggestionService suggestions, EventService events,
                      HistoryService history, CommentService comments, ChangeBus bus, PresenceService presence,
                      ObjectProvider<SelectionHints> hints, ProjectAccess access) {
        this.access = access;
        this.sources = sources;
        this.claims = claims;
        this.suggestions = suggestions;
        this.panel = new ClaimPanel(claims, events, this::afterClaimChange, new HistoryPanel(history, bus), comments, bus, presence,
                hints.orderedStream().toList());
        setSizeFull();
        setSplitterPosition(62);

        meta.addClassName("fl-muted");
        titleField.setMaxLength(500);
        outlet.setMaxLength(200);
        url.setMaxLength(2000);
        byline.setMaxLength(500);
        saveMetadata.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMetadata.addClickListener(e -> saveMetadata());
        metadataError.addClassName("fl-error");
        FormLayout form = new FormLayout(titleField, outlet, published, url, byline);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        // The closed panel's form (a date picker and four text fields, which the browser would start on every
        // navigation to the reader) is attached when the panel is first opened (issue #18); until then the fields
        // hold their values and read-only state on the server only.
        VerticalLayout metadataBody = new VerticalLayout(form, saveMetadata, metadataError);
        metadata.addOpenedChangeListener(e -> {
            if (e.isOpened() && metadataBody.getParent().isEmpty()) {
                metadata.add(metadataBody);
            }
        });
        metadata.setWidthFull();
        hint.addClassName("fl-muted");
        makeClaim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        makeClaim.setId("make-claim");
        makeClaim.setTooltipText("Make a claim of the text selected in the article (" + MAKE_CLAIM_KEYS + ")");
        makeClaim.addClickListener(e -> text.requestSelection(this::nothingSelected));
        noSelection.addClassName("fl-error");
        noSelection.setId("make-claim-error");
        keys = new HorizontalLayout(makeClaim, noSelection);
        keys.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        VerticalLayout left = new VerticalLayout(heading, meta, metadata, hint, keys, text);
        left.setPadding(true);

        text.onSelect(this::selected);
        text.onMarkClick(this::markClicked);

        // The list sits in the side panel, 22rem wide at 1024 px: the four columns share that width and their texts wrap,
        // so the last column (Status) is never pushed out of sight behind a sideways scroll.
        claimGrid.addColumn(c -> c.date() == null ? "no date" : c.date().value().display()).setHeader("Date")
                .setWidth(DATE_WIDTH).setFlexGrow(0);
        claimGrid.addColumn(Claim::quote).setHeader("Quote").setWidth("4rem").setFlexGrow(2);
        claimGrid.addColumn(ReaderView::eventOf).setHeader("Event").setWidth("3.5rem").setFlexGrow(1);
        claimGrid.addColumn(c -> (c.openDiscrepancies() > 0 ? "\u26A0 discrepancy \u00B7 " : "")
                + (c.dateCheck() != null ? "check date" : c.status().dbName())).setHeader("Status").setWidth(STATUS_WIDTH).setFlexGrow(0);
        claimGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        claimGrid.addClassName("fl-claim-list");
        claimGrid.setAllRowsVisible(true);
        // An article with many claims: the list scrolls, and its rows come a page at a time as they scroll into sight.
        claimGrid.setPageSize(CLAIM_PAGE);
        claimGrid.addItemClickListener(e -> panel.edit(e.getItem()));
        claimGrid.setEmptyStateText("No claims in this article yet.");
        VerticalLayout right = new VerticalLayout(panel, new H3("Claims in this article"), claimGrid);
        right.addClassName("fl-panel");
        // The panel with its comments and the claims list can be taller than the window.
        right.setHeightFull();
        right.getStyle().set("overflow-y", "auto");
        addToPrimary(left);
        addToSecondary(right);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        SourceId sourceId = new SourceId(event.getRouteParameters().getLong("sourceId").orElse(0L));
        Source s = sources.get(projectId, sourceId);
        setMayEdit(access.allows(projectId, ProjectPermission.EDIT));
        show(s);
        event.getLocation().getQueryParameters().getSingleParameter("claim").ifPresent(id ->
                sourceClaims.stream().filter(c -> String.valueOf(c.id().value()).equals(id)).findFirst().ifPresent(panel::edit));
    }

    /** An unsaved claim is never lost by navigating away: the editor is asked first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!panel.hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog d = new ConfirmDialog("Leave without saving the claim?",
                "The claim you are editing has changes that are not saved. They are lost if you leave now.",
                "Leave without saving", e -> {
                    panel.setVisible(false);
                    action.proceed();
                });
        d.setCancelable(true);
        d.setCancelText("Stay and save");
        d.setConfirmButtonTheme("error primary");
        d.setId("unsaved-claim-dialog");
        d.open();
    }

    /**
     * An editor gets "Make claim" with its shortcut, selection in the text opening a new claim, editable metadata and
     * claims; a viewer gets none of these (the claim panel shows a clicked claim read-only).
     */
    void setMayEdit(boolean may) {
        mayEdit = may;
        hint.setText(may ? "Select any passage to make it a claim (with the mouse, or Tab into the text, Shift+arrows, then Enter"
                + " or Alt+C); dotted words are dates the software found (hover for the date)."
                : "Dotted words are dates the software found (hover for the date); click a highlighted claim to read it."
                + " You can read this project but not change it.");
        keys.setVisible(may);
        if (may && makeClaimShortcut == null) {
            makeClaimShortcut = makeClaim.addClickShortcut(Key.KEY_C, KeyModifier.ALT);
        } else if (!may && makeClaimShortcut != null) {
            makeClaimShortcut.remove();
            makeClaimShortcut = null;
        }
        text.setClaimMaking(may);
        for (var field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(titleField, outlet, published, url, byline)) {
            field.setReadOnly(!may);
        }
        saveMetadata.setVisible(may);
        panel.setEditable(may);
    }

    void show(Source s) {
        this.source = s;
        heading.setText(s.title());
        meta.setText((s.outlet().isBlank() ? "Unknown outlet" : s.outlet()) + " · "
                + (s.publishedOn() == null ? "publication date unknown (relative dates cannot be resolved)" : "published " + DAY.format(s.publishedOn()))
                + " · " + String.format(Locale.ENGLISH, "%,d", s.length()) + " characters · sha256 " + s.sha256().substring(0, 12) + "…"
                + (SourceService.resolverSupports(s.language()) ? "" : " · language \u201c" + s.language()
                + "\u201d: no date suggestions (the date resolver reads English only)"));
        titleField.setValue(s.title());
        outlet.setValue(s.outlet());
        published.setValue(s.publishedOn());
        url.setValue(s.url() == null ? "" : s.url());
        byline.setValue(s.byline() == null ? "" : s.byline());
        metadataError.setText("");
        panel.setSource(projectId, s);
        refreshMarks();
    }

    void refreshMarks() {
        suggested = suggestions.suggestions(source);
        sourceClaims = claims.list(projectId, ClaimFilter.ofSource(source.id().value()));
        List<SourceText.Mark> marks = new ArrayList<>();
        for (int i = 0; i < suggested.size(); i++) {
            TemporalExpression e = suggested.get(i);
            String when = e.earliest() == null ? e.type().name().toLowerCase(Locale.ROOT) + " " + (e.value() == null ? "" : e.value())
                    : DateDisplay.format(e);
            marks.add(new SourceText.Mark(e.start(), e.end(), "fl-suggestion", "\u201c" + e.text() + "\u201d \u2192 " + when
                    + (e.explanation() == null ? "" : " (" + e.explanation() + ")"), i));
        }
        for (int i = 0; i < sourceClaims.size(); i++) {
            Claim c = sourceClaims.get(i);
            marks.add(new SourceText.Mark(c.start(), c.end(), "fl-claim", (c.openDiscrepancies() > 0 ? "\u26A0 Open discrepancy. " : "") + "Claim"
                    + (c.date() == null ? "" : ", " + c.date().value().display())
                    + (c.statement().isBlank() ? "" : ": " + c.statement()), -1 - i));
        }
        text.show(source.text(), marks);
        claimGrid.setItems(sourceClaims);
        boolean few = sourceClaims.size() <= ALL_CLAIMS_SHOWN_UP_TO;
        claimGrid.setAllRowsVisible(few);
        claimGrid.setHeight(few ? null : "24rem");
    }

    /**
     * Up to this many claims the list shows them all, as tall as they need; an article with more (a generated
     * project's has fifty) gets a list of fixed height that scrolls, whose rows are sent a page at a time.
     */
    static final int ALL_CLAIMS_SHOWN_UP_TO = 12;
    static final int CLAIM_PAGE = 20;

    /** The Event column of the claims lists: the title of the event the claim is on, or a dash. */
    static String eventOf(Claim c) {
        return c.eventTitle() == null ? "\u2014" : c.eventTitle();
    }

    /** "Make claim" with nothing selected in the text: say how to select, change nothing. */
    void nothingSelected() {
        noSelection.setText("Select a passage of the article first: with the mouse, or click or Tab into the text and use Shift+arrows.");
    }

    /** A selection in the browser, as code-point offsets. */
    void selected(int start, int end) {
        if (!mayEdit) {
            return; // a viewer selects text to read or copy it, not to make a claim
        }
        noSelection.setText("");
        DatePrefill prefill = prefillFor(start, end);
        panel.newClaim(start, end, prefill.chosen(), prefill.others());
    }

    void markClicked(int key) {
        if (key < 0) {
            panel.edit(sourceClaims.get(-1 - key));
        } else if (mayEdit) {
            TemporalExpression e = suggested.get(key);
            if (panel.isNewClaimOpen()) {
                // The editor's own selection stays: the clicked date becomes its date.
                panel.useExpression(e);
                return;
            }
            // A suggestion stands for the sentence that carries it.
            int[] span = trim(e.sentenceStart(), e.sentenceEnd());
            panel.newClaim(span[0], span[1], e, prefillFor(span[0], span[1]).others());
        }
    }

    /** The date the selection starts with and the sentence's other dates: {@link DatePrefill}'s rule. */
    DatePrefill prefillFor(int start, int end) {
        return DatePrefill.choose(suggested, start, end);
    }

    private int[] trim(int start, int end) {
        String t = source.text();
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(t.codePointAt(t.offsetByCodePoints(0, s)))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.codePointAt(t.offsetByCodePoints(0, e - 1)))) {
            e--;
        }
        return new int[] {s, e};
    }

    private void afterClaimChange() {
        refreshMarks();
    }

    void saveMetadata() {
        if (!mayEdit) {
            return;
        }
        try {
            Source updated = sources.updateMetadata(projectId, source.id(), new SourceMetadata(titleField.getValue(),
                    outlet.getValue(), published.getValue(), url.getValue(), byline.getValue(), source.language()), source.version());
            show(updated);
            long flagged = sourceClaims.stream().filter(c -> c.dateCheck() != null).count();
            Notification.show("Metadata saved." + (flagged > 0 ? " " + flagged + " claim(s) need a date check." : ""), 3500,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException ex) {
            metadataError.setText(ex.getMessage());
            if (ex.current() instanceof Source current) {
                Button reload = new Button("Load their version", e -> show(current));
                reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
                metadataError.add(reload);
            }
        } catch (FactlineException ex) {
            metadataError.setText(ex.getMessage());
        }
    }
}
