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
import com.factline.project.ProjectPermission;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReviewService {

    private static final String SELECT = """
            select e.id, e.status, u.username as verified_by_name, e.verified_at, e.reverify_reason, e.version
            from event e left join app_user u on u.id = e.verified_by
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final DiscrepancyService discrepancies;
    private final AuditLog audit;
    private final EventService events;

    ReviewService(JdbcClient jdbc, ProjectAccess access, DiscrepancyService discrepancies, AuditLog audit, EventService events) {
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.discrepancies = discrepancies;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Verification get(ProjectId project, EventId event) {
        access.require(project, ProjectPermission.READ);
        return find(project, event, false).orElseThrow(() -> notFound(project, event));
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
        Verification before = find(project, event, true).orElseThrow(() -> notFound(project, event));
        if (before.version() != version) {
            throw stale(project, event, version);
        }
        long user = CurrentUser.require().userId();
        Long lastEditor = jdbc.sql("select last_edited_by from event where id = ?").param(event.value())
                .query((rs, n) -> (Long) rs.getObject(1)).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (lastEditor != null && lastEditor == user) {
            throw new AccessDeniedException("You made the last change to this event; another reviewer must verify it.");
        }
        int claims = jdbc.sql("select count(*) from claim where event_id = ? and project_id = ?")
                .params(event.value(), project.value()).query(Integer.class).single();
        if (claims == 0) {
            throw new ConflictException("no_support", "No claim supports this event yet; attach one before verifying.", before);
        }
        int open = discrepancies.openCount(project, event.value());
        if (open > 0) {
            throw new ConflictException("open_discrepancies", open + " open discrepanc" + (open == 1 ? "y concerns" : "ies concern")
                    + " this event or its claims; resolve or dismiss them first.", before);
        }
        int n = jdbc.sql("""
                        update event set status = 'verified', verified_by = ?, verified_at = now(), reverify_reason = null,
                               version = version + 1
                        where id = ? and project_id = ? and version = ?""")
                .params(user, event.value(), project.value(), version).update();
        if (n == 0) {
            throw stale(project, event, version);
        }
        Verification after = find(project, event, false).orElseThrow();
        audit.record(project.value(), "event", event.value(), "verify", view(before), view(after));
        return after;
    }

    private ConflictException stale(ProjectId project, EventId event, int version) {
        var current = events.get(project, event);
        return new ConflictException("This event changed since you reviewed it (now version " + current.version()
                + ", you saw version " + version + "). Look at it again before verifying.", current);
    }

    /**
     * A change to a claim of a verified event (created on it, edited, moved away or deleted)
     * sends the event back for re-verification. Runs inside the change's transaction, so a
     * verified event is never seen with changed support.
     */
    @EventListener
    void onClaimChanged(ClaimChanged e) {
        Set<Long> events = new LinkedHashSet<>();
        // The claim's event before and after the change, from the audit entry written with it (the claim may be gone).
        jdbc.sql("""
                        select before ->> 'eventId' as b, after ->> 'eventId' as a from audit_log
                        where entity_type = 'claim' and entity_id = ? order by id desc limit 1""")
                .param(e.claimId().value())
                .query((rs, n) -> {
                    addId(events, rs.getString("b"));
                    addId(events, rs.getString("a"));
                    return n;
                }).list();
        jdbc.sql("select event_id from claim where id = ? and event_id is not null").param(e.claimId().value())
                .query(Long.class).list().forEach(events::add);
        for (Long event : events) {
            needsReverification(e.projectId(), event, "Claim " + e.claimId() + " was " + switch (e.action()) {
                case "create" -> "added";
                case "delete" -> "deleted";
                default -> "changed";
            } + " by " + CurrentUser.find().map(u -> u.username()).orElse("the system") + ".");
        }
    }

    /** A discrepancy opened (marked, accepted, reopened) on a verified event also sends it back. */
    @EventListener
    void onDiscrepancyChanged(DiscrepancyChanged e) {
        if (e.status() != DiscrepancyStatus.OPEN) {
            return;
        }
        jdbc.sql("""
                        select e.id from event e join discrepancy d on d.id = ? and d.project_id = e.project_id
                        where e.status = 'verified' and (d.event_id = e.id or exists (select 1 from discrepancy_claim dc
                            join claim c on c.id = dc.claim_id where dc.discrepancy_id = d.id and c.event_id = e.id))""")
                .param(e.discrepancyId().value()).query(Long.class).list()
                .forEach(event -> needsReverification(e.projectId(), event,
                        "Discrepancy " + e.discrepancyId() + " was " + switch (e.action()) {
                            case "mark" -> "marked";
                            case "accept" -> "accepted";
                            default -> "reopened";
                        } + "."));
    }

    private void needsReverification(ProjectId project, long event, String reason) {
        Optional<Verification> before = find(project, new EventId(event), true);
        if (before.isEmpty() || !before.get().status().equals("verified")) {
            return;
        }
        jdbc.sql("update event set status = 'needs_reverification', reverify_reason = ?, version = version + 1 where id = ?")
                .params(reason, event).update();
        audit.record(project.value(), "event", event, "needs-reverification", view(before.get()),
                view(find(project, new EventId(event), false).orElseThrow()));
    }

    private static void addId(Set<Long> ids, @Nullable String s) {
        if (s != null && !s.isBlank()) {
            ids.add(Long.valueOf(s));
        }
    }

    private Optional<Verification> find(ProjectId project, EventId event, boolean lock) {
        return jdbc.sql(SELECT + " where e.id = ? and e.project_id = ?" + (lock ? " for update of e" : ""))
                .params(event.value(), project.value())
                .query((rs, n) -> new Verification(rs.getLong("id"), rs.getString("status"), rs.getString("verified_by_name"),
                        rs.getTimestamp("verified_at") == null ? null : rs.getTimestamp("verified_at").toInstant(),
                        rs.getString("reverify_reason"), rs.getInt("version")))
                .optional();
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
