package com.factline.review.ui;

import com.factline.base.CurrentUser;
import com.factline.base.ui.EmptyState;
import com.factline.base.ui.SupportCount;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import com.factline.base.FactlineException;
import com.factline.collab.ChangeBus;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import com.factline.review.ReviewService;
import com.factline.timeline.Event;
import com.factline.timeline.EventFilter;
import com.factline.timeline.EventService;
import com.factline.timeline.SupportingClaim;
import com.factline.timeline.EventStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sign-off: each event with what stands between it and "verified". Only a reviewer who did not
 * make the event's last substantive edit can verify it (four eyes); the service enforces that.
 */
@Route("projects/:projectId/review")
@PageTitle("Review · Factline")
@PermitAll
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final EventService events;
    private final ReviewService review;
    private final ChangeBus bus;
    private final ProjectAccess access;
    private ProjectId projectId = new ProjectId(0);
    private boolean bound;
    final Grid<Event> grid = new Grid<>(Event.class, false);
    /** The Verify buttons: only for those who may verify in this project (asked once on entering). */
    final Grid.Column<Event> verifyColumn;
    /** Says, to whoever may not verify here, who does instead of a column of buttons that never work for them. */
    final Paragraph whoVerifies = new Paragraph();

    public ReviewView(EventService events, ReviewService review, ChangeBus bus, ProjectAccess access) {
        this.access = access;
        this.events = events;
        this.review = review;
        this.bus = bus;
        setSizeFull();
        grid.addColumn(e -> e.date() == null ? "undated" : e.date().display()).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        // The title wraps and takes the width the narrow columns leave: it was cut off at 1400 px.
        grid.addComponentColumn(e -> {
            Span t = new Span(e.title());
            t.addClassName("fl-wrap");
            return t;
        }).setHeader("Event").setFlexGrow(3);
        grid.addColumn(e -> SupportCount.of(e.sourceCount(), e.outlets().size())).setHeader("Support").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::articles).setHeader("Articles").setFlexGrow(3);
        grid.addColumn(e -> e.lastEditedBy() == null ? "" : e.lastEditedBy()).setHeader("Last edited by").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader("State").setFlexGrow(2);
        verifyColumn = grid.addComponentColumn(e -> {
            Button verify = new Button("Verify", c -> verify(e));
            verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            String blocked = whyNotVerifiable(e);
            verify.setEnabled(blocked == null);
            if (blocked == null) {
                return verify;
            }
            // A blocked Verify looks blocked, and says why beside it.
            Span why = new Span(blocked);
            why.addClassNames("fl-muted", "fl-verify-blocked");
            Div cell = new Div(verify, why);
            cell.addClassName("fl-wrap");
            return cell;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(new H2("Review and sign-off"), new Paragraph("An event can be verified by a reviewer who did not make its last edit, "
                + "once it has a supporting claim and no open discrepancy. Any later change sends it back for re-verification."),
                whoVerifies, grid);
        whoVerifies.addClassName("fl-muted");
    }

    /**
     * What stands between the signed-in user and verifying this event, or null when nothing does.
     * Reviewing is a right of the user's role in the event's project (not of their account).
     */
    @Nullable String whyNotVerifiable(Event e) {
        if (e.status() == EventStatus.VERIFIED) {
            return "Already verified.";
        }
        if (e.claimIds().isEmpty()) {
            return "Needs a supporting claim first.";
        }
        if (e.openDiscrepancies() > 0) {
            return "Resolve its open discrepanc" + (e.openDiscrepancies() == 1 ? "y" : "ies") + " first.";
        }
        var me = CurrentUser.find();
        if (me.isEmpty() || !access.allows(e.projectId(), ProjectPermission.REVIEW)) {
            return "Only a reviewer can verify.";
        }
        if (me.get().username().equals(e.lastEditedBy())) {
            return "You made the last edit: another reviewer verifies it (four eyes).";
        }
        return null;
    }

    /** The articles behind the event, one per line, named as everywhere else. */
    Div articles(Event e) {
        Div cell = new Div();
        cell.addClassName("fl-wrap");
        events.claims(projectId, e.id()).stream()
                .collect(java.util.stream.Collectors.toMap(SupportingClaim::sourceId, c -> c.article().full(), (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().forEach(name -> cell.add(new Div(name)));
        return cell;
    }

    private Span state(Event e) {
        String text;
        if (e.status() == EventStatus.VERIFIED) {
            text = "verified by " + e.verifiedBy();
        } else if (e.claimIds().isEmpty()) {
            text = "no supporting claim";
        } else if (e.openDiscrepancies() > 0) {
            text = e.openDiscrepancies() + " open discrepanc" + (e.openDiscrepancies() == 1 ? "y" : "ies");
        } else if (e.status() == EventStatus.NEEDS_REVERIFICATION) {
            text = "needs re-verification: " + e.reverifyReason();
        } else {
            text = "ready";
        }
        Span s = new Span(text);
        s.addClassName(e.status() == EventStatus.VERIFIED ? "fl-muted" : text.equals("ready") ? "fl-chip" : "fl-flag");
        return s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        grid.setEmptyStateComponent(new EmptyState("No events yet. Events are made on the Timeline from claims or accepted"
                + " proposals; once an event has a supporting claim, it can be verified here.", "Open the timeline",
                "projects/" + projectId.value() + "/timeline"));
        boolean mayReview = access.allows(projectId, ProjectPermission.REVIEW);
        verifyColumn.setVisible(mayReview);
        whoVerifies.setVisible(!mayReview);
        whoVerifies.setText(mayReview ? "" : "Only a reviewer can verify. You are "
                + access.myRole(projectId).map(r -> r.withArticle()).orElse("not a member") + " of this project;"
                + " its reviewers and owners verify events.");
        if (!bound) {
            bound = true;
            bus.bindRefresh(this, projectId.value(), this::refresh);
        }
        refresh();
    }

    void refresh() {
        // Lazy: the grid asks for the rows it shows, a page at a time, in timeline order.
        grid.setItems(q -> events.timeline(projectId, EventFilter.all(), null, q.getOffset(), q.getLimit()).stream());
    }

    void verify(Event e) {
        try {
            review.verify(projectId, e.id(), e.version());
            Notification.show("\u201c" + e.title() + "\u201d is verified.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (AccessDeniedException ex) {
            Notification.show("Only a reviewer who did not make the last edit of this event can verify it.", 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (FactlineException ex) {
            Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
