package com.factline.review;

import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.NotFoundException;
import com.factline.claim.ClaimChanged;
import com.factline.discrepancy.DiscrepancyChanged;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.discrepancy.DiscrepancyStatus;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.timeline.ClaimsMoved;
import com.factline.timeline.EventEdited;
import com.factline.project.ProjectPermission;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import com.factline.timeline.EventsMerged;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification of events, and the only writer of their review state (through
 * {@link VerificationStore}). Re-verification is decided here alone, by {@link Reverification},
 * from the events other modules publish when something a reviewer signed off changed. The
 * listeners are synchronous {@code @EventListener}s, so they run inside the changing transaction:
 * the change and the loss of "verified" commit together or not at all (an after-commit listener
 * could leave a changed event "verified" after a crash between the two).
 */
@Service
public class ReviewService {

    private final VerificationStore store;
    private final ProjectAccess access;
    private final DiscrepancyService discrepancies;
    private final AuditLog audit;
    private final EventService events;

    ReviewService(VerificationStore store, ProjectAccess access, DiscrepancyService discrepancies, AuditLog audit, EventService events) {
        this.events = events;
        this.store = store;
        this.access = access;
        this.discrepancies = discrepancies;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Verification get(ProjectId project, EventId event) {
        access.require(project, ProjectPermission.READ);
        return store.find(project, event, false).orElseThrow(() -> notFound(project, event));
    }

    /**
     * Signs an event off. Four eyes: the reviewer who made the event's last substantive edit may
     * not verify it. Refused while an open discrepancy concerns the event or its claims, or when
     * no claim supports it. {@code version} is the event's version the reviewer saw: a sign-off of
     * a state that changed since is refused with the current event.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'REVIEW')")
    public Verification verify(ProjectId project, EventId event, int version) {
        access.require(project, ProjectPermission.REVIEW);
        Verification before = store.find(project, event, true).orElseThrow(() -> notFound(project, event));
        if (before.version() != version) {
            throw stale(project, event, version);
        }
        long user = CurrentUser.require().userId();
        Long lastEditor = store.lastEditor(event);
        if (lastEditor != null && lastEditor == user) {
            throw new AccessDeniedException("You made the last change to this event; another reviewer must verify it.");
        }
        if (store.claimCount(project, event) == 0) {
            throw new ConflictException("no_support", "No claim supports this event yet; attach one before verifying.", before);
        }
        int open = discrepancies.openCount(project, event);
        if (open > 0) {
            throw new ConflictException("open_discrepancies", open + " open discrepanc" + (open == 1 ? "y concerns" : "ies concern")
                    + " this event or its claims; resolve or dismiss them first.", before);
        }
        if (!store.markVerified(project, event, user, version)) {
            throw stale(project, event, version);
        }
        Verification after = store.find(project, event, false).orElseThrow();
        audit.record(project.value(), "event", event.value(), "verify", view(before), view(after));
        return after;
    }

    private ConflictException stale(ProjectId project, EventId event, int version) {
        var current = events.get(project, event);
        return new ConflictException("This event changed since you reviewed it (now version " + current.version()
                + ", you saw version " + version + "). Look at it again before verifying.", current);
    }

    /** A claim was created on, edited on, moved onto or off, or deleted from an event. */
    @EventListener
    void on(ClaimChanged e) {
        Set<EventId> affected = new LinkedHashSet<>();
        addIfPresent(affected, e.eventBefore());
        addIfPresent(affected, e.eventAfter());
        String reason = Reverification.claimChanged(e.claimId(), e.action(), actor());
        affected.forEach(event -> needsReverification(e.projectId(), event, reason));
    }

    /** An event's own fields were edited. */
    @EventListener
    void on(EventEdited e) {
        needsReverification(e.projectId(), e.eventId(), Reverification.eventEdited(actor()));
    }

    /** Claims moved to one event from others: all of them changed support. */
    @EventListener
    void on(ClaimsMoved e) {
        String reason = Reverification.claimsMoved(actor());
        needsReverification(e.projectId(), e.to(), reason);
        e.from().forEach(event -> needsReverification(e.projectId(), event, reason));
    }

    /** Another event was merged into the target. */
    @EventListener
    void on(EventsMerged e) {
        needsReverification(e.projectId(), e.target(), Reverification.merged(e.merged(), actor()));
    }

    /** A discrepancy opened (marked, accepted, reopened) on a verified event also sends it back. */
    @EventListener
    void on(DiscrepancyChanged e) {
        if (e.status() != DiscrepancyStatus.OPEN) {
            return;
        }
        String reason = Reverification.discrepancyOpened(e.discrepancyId(), e.action());
        store.eventsConcernedBy(e.discrepancyId().value()).forEach(event -> needsReverification(e.projectId(), event, reason));
    }

    private void needsReverification(ProjectId project, EventId event, String reason) {
        Optional<Verification> before = store.find(project, event, true);
        if (before.isEmpty() || !Reverification.applies(before.get().status())) {
            return;
        }
        store.markNeedsReverification(event, reason);
        audit.record(project.value(), "event", event.value(), "needs-reverification", view(before.get()),
                view(store.find(project, event, false).orElseThrow()));
    }

    private static String actor() {
        return CurrentUser.find().map(u -> u.username()).orElse("the system");
    }

    private static void addIfPresent(Set<EventId> ids, @Nullable EventId id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static Map<String, Object> view(Verification v) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("status", v.status());
        m.put("verifiedBy", v.verifiedBy());
        m.put("reverifyReason", v.reverifyReason());
        return m;
    }

    private static NotFoundException notFound(ProjectId project, EventId event) {
        return new NotFoundException("No event " + event + " in project " + project + ".");
    }
}
