package com.factline.timeline;

import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.temporal.DateColumns;
import com.factline.project.ProjectPermission;
import com.factline.temporal.DateValue;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EventService {

    private static final String SUMMARY = """
            select e.id, e.title, e.date_earliest, e.date_latest, e.date_precision, e.date_edtf, e.status, e.version,
                   (select count(*) from claim c where c.event_id = e.id) as claim_count
            from event e
            """;

    /**
     * One row per event with its claims, independent sources, outlets and open discrepancies (the
     * discrepancy module's view {@code event_open_discrepancy}, the one definition of that rule).
     */
    private static final String FULL = """
            select e.*, ue.username as last_edited_name, uv.username as verified_name,
                   coalesce(array_agg(c.id order by c.id) filter (where c.id is not null), '{}') as claim_ids,
                   count(distinct coalesce(s.republishes_id, s.id)) as source_count,
                   coalesce(array_agg(distinct s.outlet) filter (where s.outlet <> ''), '{}') as outlets,
                   (select count(*) from event_open_discrepancy o where o.event_id = e.id) as open_discrepancies
            from event e
                 left join claim c on c.event_id = e.id
                 left join source s on s.id = c.source_id
                 left join app_user ue on ue.id = e.last_edited_by
                 left join app_user uv on uv.id = e.verified_by
            """;
    private static final String GROUP = " group by e.id, ue.username, uv.username";

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final CommentService comments;

    EventService(JdbcClient jdbc, ProjectAccess access, AuditLog audit, ApplicationEventPublisher publisher, CommentService comments) {
        this.comments = comments;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.publisher = publisher;
    }

    /** Short list for pickers. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EventSummary> list(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql(SUMMARY + " where e.project_id = ? order by e.date_earliest nulls last, e.date_latest, e.id")
                .param(project.value()).query(EventService::mapSummary).list();
    }

    /** The timeline: events in date order with everything the list shows. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Event> timeline(ProjectId project, EventFilter f) {
        access.require(project, ProjectPermission.READ);
        Map<String, Object> params = new HashMap<>();
        String sql = FULL + where(project, f, params) + GROUP + " order by e.date_earliest nulls last, e.date_latest, e.id";
        return jdbc.sql(sql).params(params).query(EventService::map).list();
    }

    /**
     * One page of the timeline: the events of one band (or, band null, of all bands) in the
     * order the view shows them, {@code limit} from {@code offset}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Event> timeline(ProjectId project, EventFilter f, @Nullable TimelineBand band, int offset, int limit) {
        access.require(project, ProjectPermission.READ);
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(FULL).append(where(project, f, params));
        if (band != null && band.date() == null) {
            sql.append(" and e.date_earliest is null");
        } else if (band != null) {
            sql.append(" and e.date_earliest = :be and e.date_latest = :bl and e.date_precision = :bp and e.date_edtf = :bx");
            var d = DateColumns.params(band.date());
            params.put("be", d.get(DateColumns.EARLIEST));
            params.put("bl", d.get(DateColumns.LATEST));
            params.put("bp", d.get(DateColumns.PRECISION));
            params.put("bx", d.get(DateColumns.EDTF));
        }
        sql.append(GROUP).append(" order by e.date_earliest nulls last, e.date_latest desc, e.date_precision, e.date_edtf, e.id")
                .append(" limit :limit offset :offset");
        params.put("limit", Math.max(0, limit));
        params.put("offset", Math.max(0, offset));
        return jdbc.sql(sql.toString()).params(params).query(EventService::map).list();
    }

    /** The timeline's order as a row of non-null keys (nulls last as the view orders them), for keyset paging. */
    private static final String KEY = "(e.date_earliest is null, coalesce(e.date_earliest, date '0001-01-01'),"
            + " coalesce(date '9999-12-31' - e.date_latest, 0), e.date_precision is null, coalesce(e.date_precision, ''),"
            + " e.date_edtf is null, coalesce(e.date_edtf, ''), e.id)";
    private static final String AFTER = "(:ae::date is null, coalesce(:ae::date, date '0001-01-01'),"
            + " coalesce(date '9999-12-31' - :al::date, 0), :ap::text is null, coalesce(:ap::text, ''),"
            + " :ax::text is null, coalesce(:ax::text, ''), :ai::bigint)";

    /**
     * A page of the timeline in the view's order: {@code limit} events after {@code after} (from
     * the start when null). Keyset paging: an event added or removed before the cursor meanwhile
     * neither repeats nor skips one, and a deep page costs what the first does.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Event> timelineAfter(ProjectId project, EventFilter f, @Nullable TimelineCursor after, int limit) {
        access.require(project, ProjectPermission.READ);
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(FULL).append(where(project, f, params));
        if (after != null) {
            sql.append(" and ").append(KEY).append(" > ").append(AFTER);
            params.put("ae", after.earliest() == null ? null : Date.valueOf(after.earliest()));
            params.put("al", after.latest() == null ? null : Date.valueOf(after.latest()));
            params.put("ap", after.precision());
            params.put("ax", after.edtf());
            params.put("ai", after.id());
        }
        sql.append(GROUP).append(" order by ").append(KEY.substring(1, KEY.length() - 1)).append(" limit :limit");
        params.put("limit", Math.max(0, limit));
        return jdbc.sql(sql.toString()).params(params).query(EventService::map).list();
    }

    /**
     * The first {@code limit} events of the timeline for a filter, in the order the view shows them
     * (band by band, as {@link #timeline(ProjectId, EventFilter, TimelineBand, int, int)} pages
     * them): what the timeline shows on opening, in one query instead of one per band in sight.
     * The events are chosen first (on the date index) and only they are joined with their claims
     * and sources.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Event> firstEvents(ProjectId project, EventFilter f, int limit) {
        access.require(project, ProjectPermission.READ);
        Map<String, Object> params = new HashMap<>();
        String order = " order by e.date_earliest nulls last, e.date_latest desc, e.date_precision, e.date_edtf, e.id";
        String sql = FULL + " where e.project_id = :p and e.id in (select e.id from event e" + where(project, f, params) + order
                + " limit :limit)" + GROUP + order;
        params.put("limit", Math.max(0, limit));
        return jdbc.sql(sql).params(params).query(EventService::map).list();
    }

    /**
     * The timeline's bands for a filter, counted in the database: a broader date (a month, a
     * year) comes before the days it contains, undated events last.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TimelineBand> bands(ProjectId project, EventFilter f) {
        access.require(project, ProjectPermission.READ);
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select e.date_earliest, e.date_latest, e.date_precision, e.date_edtf, count(*) as n from event e"
                        + where(project, f, params) + " group by 1, 2, 3, 4"
                        + " order by e.date_earliest nulls last, e.date_latest desc, e.date_precision, e.date_edtf")
                .params(params).query((rs, n) -> new TimelineBand(date(rs), rs.getInt("n"))).list();
    }

    /**
     * What the time axis draws for a filter: one mark per distinct date (at most {@code max},
     * earliest first) with its count, the status most of its events have and its first event.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AxisMarks axis(ProjectId project, EventFilter f, int max) {
        access.require(project, ProjectPermission.READ);
        Map<String, Object> params = new HashMap<>();
        params.put("max", max);
        int[] total = {0};
        List<AxisMark> marks = jdbc.sql("""
                        select e.date_earliest, e.date_latest, e.date_precision, e.date_edtf, count(*) as n, min(e.id) as first_id,
                               mode() within group (order by e.status) as status, count(*) over () as dates
                        from event e""" + where(project, f, params) + """
                         and e.date_earliest is not null
                        group by 1, 2, 3, 4
                        order by e.date_earliest, e.date_latest desc, e.date_precision, e.date_edtf
                        limit :max""")
                .params(params).query((rs, n) -> {
                    total[0] = rs.getInt("dates");
                    return new AxisMark(date(rs), rs.getInt("n"), EventStatus.fromDb(rs.getString("status")), new EventId(rs.getLong("first_id")));
                }).list();
        return new AxisMarks(marks, Math.max(0, total[0] - marks.size()));
    }

    /** The filter as a where clause on {@code event e}, its parameters put into {@code params}. */
    private static String where(ProjectId project, EventFilter f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where e.project_id = :p");
        params.put("p", project.value());
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (e.title ilike :text or e.summary ilike :text or e.location ilike :text)");
            params.put("text", com.factline.base.Text.containsPattern(f.text()));
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            sql.append(" and e.status in (:statuses)");
            params.put("statuses", f.statuses().stream().map(EventStatus::dbName).toList());
        }
        if (f.from() != null) {
            sql.append(" and e.date_latest >= :from");
            params.put("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and e.date_earliest <= :to");
            params.put("to", Date.valueOf(f.to()));
        }
        if (f.outlet() != null && !f.outlet().isBlank()) {
            sql.append(" and exists (select 1 from claim c3 join source s3 on s3.id = c3.source_id where c3.event_id = e.id and s3.outlet = :outlet)");
            params.put("outlet", f.outlet());
        }
        if (f.openDiscrepanciesOnly()) {
            // The same rule as the open_discrepancies column of FULL: the discrepancy module's view.
            sql.append(" and exists (select 1 from event_open_discrepancy o where o.event_id = e.id)");
        }
        return sql.toString();
    }

    /** The claims behind an event, or (eventId null) the claims not yet on any event. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SupportingClaim> claims(ProjectId project, @Nullable EventId event) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql("""
                        select c.id, c.source_id, s.outlet, s.title, c.quote, c.statement, c.date_earliest, c.date_latest,
                               c.date_precision, c.date_edtf, c.event_id
                        from claim c join source s on s.id = c.source_id
                        where c.project_id = :p and (case when :e::bigint is null then c.event_id is null else c.event_id = :e end)
                        order by c.date_earliest nulls last, s.published_on, c.id""")
                .param("p", project.value())
                .param("e", event == null ? null : event.value())
                .query((rs, n) -> {
                    var d = date(rs);
                    return new SupportingClaim(rs.getLong("id"), rs.getLong("source_id"), rs.getString("outlet"), rs.getString("title"),
                            rs.getString("quote"), rs.getString("statement"), d == null ? null : d.display(), (Long) rs.getObject("event_id"));
                }).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> outlets(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql("select distinct outlet from source where project_id = ? and outlet <> '' order by outlet")
                .param(project.value()).query(String.class).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Event get(ProjectId project, EventId id) {
        access.require(project, ProjectPermission.READ);
        return find(project, id).orElseThrow(() -> new NotFoundException("No event " + id + " in project " + project + "."));
    }

    /** True when the event exists in this project: claims may only point at their own project's events. */
    @Transactional(readOnly = true)
    public boolean exists(ProjectId project, EventId id) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql("select exists (select 1 from event where id = ? and project_id = ?)")
                .params(id.value(), project.value()).query(Boolean.class).single();
    }

    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public EventSummary create(ProjectId project, EventData data) {
        return toSummary(createEvent(project, data, List.of()));
    }

    /**
     * Creates an event supported by the given claims (moved from wherever they were). Without a
     * typed date, the event's date is derived from the claims.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Event createFromClaims(ProjectId project, EventData data, List<Long> claimIds) {
        return createEvent(project, data, claimIds);
    }

    private Event createEvent(ProjectId project, EventData data, List<Long> claimIds) {
        access.require(project, ProjectPermission.EDIT);
        String title = text("title", data.title(), 300, true);
        String summary = text("summary", data.summary(), 20000, false);
        String location = text("location", data.location(), 300, false);
        DateValue d = data.date();
        boolean derived = d == null && !claimIds.isEmpty();
        long user = CurrentUser.require().userId();
        long id = jdbc.sql("""
                        insert into event (project_id, title, summary, location, date_earliest, date_latest, date_precision,
                                           date_edtf, date_mode, created_by, last_edited_by)
                        values (:p, :title, :summary, :location, :e, :l, :precision, :edtf, :mode, :user, :user)
                        returning id""")
                .param("p", project.value())
                .param("title", title)
                .param("summary", summary)
                .param("location", location)
                .params(DateColumns.params(d))
                .param("mode", derived ? "derived" : "manual")
                .param("user", user)
                .query(Long.class).single();
        EventId eventId = new EventId(id);
        if (!claimIds.isEmpty()) {
            List<EventId> from = moveClaims(project, eventId, claimIds);
            for (EventId other : from) {
                touch(other);
                recomputeDerivedDate(project, other);
            }
            recomputeDerivedDate(project, eventId);
            publisher.publishEvent(new ClaimsMoved(project, eventId, from));
        }
        Event created = find(project, eventId).orElseThrow();
        audit.record(project.value(), "event", id, "create", null, auditView(created));
        return created;
    }

    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Event update(ProjectId project, EventId id, EventUpdate u, int version) {
        return change(project, id, u, null, version, "update");
    }

    /**
     * For history's revert: an update that also sets the event's claims to exactly {@code claimIds}
     * (when not null: missing ones are moved here, extra ones detached), logged as {@code action}.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Event revert(ProjectId project, EventId id, EventUpdate u, @Nullable List<Long> claimIds, int version, String action) {
        return change(project, id, u, claimIds, version, action);
    }

    private Event change(ProjectId project, EventId id, EventUpdate u, @Nullable List<Long> claimIds, int version, String action) {
        Event before = get(project, id);
        if (before.version() != version) {
            throw stale(before, version);
        }
        String title = u.title() == null ? before.title() : text("title", u.title(), 300, true);
        String summary = u.summary() == null ? before.summary() : text("summary", u.summary(), 20000, false);
        String location = u.location() == null ? before.location() : text("location", u.location(), 300, false);
        Event.DateMode mode = u.dateMode() == null ? before.dateMode() : u.dateMode();
        DateValue d = mode == Event.DateMode.DERIVED ? before.date() : u.date();
        int n = jdbc.sql("""
                        update event set title = :title, summary = :summary, location = :location, date_earliest = :e,
                            date_latest = :l, date_precision = :precision, date_edtf = :edtf, date_mode = :mode,
                            last_edited_by = :user, last_edited_at = now(), version = version + 1
                        where id = :id and project_id = :p and version = :version""")
                .param("title", title)
                .param("summary", summary)
                .param("location", location)
                .params(DateColumns.params(d))
                .param("mode", mode.name().toLowerCase())
                .param("user", CurrentUser.require().userId())
                .param("id", id.value())
                .param("p", project.value())
                .param("version", version)
                .update();
        if (n == 0) {
            throw stale(get(project, id), version);
        }
        if (claimIds != null) {
            setClaims(project, id, before.claimIds(), claimIds);
        }
        if (mode == Event.DateMode.DERIVED) {
            recomputeDerivedDate(project, id);
        }
        publisher.publishEvent(new EventEdited(project, id));
        Event after = find(project, id).orElseThrow();
        audit.record(project.value(), "event", id.value(), action, auditView(before), auditView(after));
        return after;
    }

    /** Deletes the event; its claims stay, unattached. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public void delete(ProjectId project, EventId id, int version) {
        Event before = get(project, id);
        if (before.version() != version) {
            throw stale(before, version);
        }
        jdbc.sql("update claim set event_id = null, version = version + 1, updated_at = now() where event_id = ?").param(id.value()).update();
        int n = jdbc.sql("delete from event where id = ? and project_id = ? and version = ?").params(id.value(), project.value(), version).update();
        if (n == 0) {
            throw stale(get(project, id), version);
        }
        audit.record(project.value(), "event", id.value(), "delete", auditView(before), null);
    }

    /** Attaches claims to the event; a claim belongs to at most one event, so attaching moves it. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Event attachClaims(ProjectId project, EventId id, List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            throw new InvalidInputException("Name at least one claim to attach.");
        }
        // The annotation checked the access: get() would check it again.
        Event before = find(project, id).orElseThrow(() -> new NotFoundException("No event " + id + " in project " + project + "."));
        List<EventId> from = moveClaims(project, id, claimIds);
        touch(id);
        recomputeDerivedDate(project, id);
        for (EventId other : from) {
            touch(other);
            recomputeDerivedDate(project, other);
        }
        publisher.publishEvent(new ClaimsMoved(project, id, from));
        Event after = find(project, id).orElseThrow();
        audit.record(project.value(), "event", id.value(), "attach", auditView(before), auditView(after));
        return after;
    }

    /** Merges {@code other} into {@code target}: its claims move over and it is deleted. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Event merge(ProjectId project, EventId target, EventId other) {
        if (target.equals(other)) {
            throw new InvalidInputException("An event cannot be merged with itself.");
        }
        Event into = get(project, target);
        Event gone = get(project, other);
        if (!gone.claimIds().isEmpty()) {
            moveClaims(project, target, gone.claimIds());
        }
        // The merged-away event's discussion belongs to the merged event (comments would otherwise go with the row).
        comments.moveThread(project, CommentTarget.EVENT, other.value(), target.value());
        // Before the row goes: discrepancy re-points what named the merged event, review un-verifies the target.
        publisher.publishEvent(new EventsMerged(project, target, other));
        jdbc.sql("delete from event where id = ?").param(other.value()).update();
        touch(target);
        recomputeDerivedDate(project, target);
        Event after = find(project, target).orElseThrow();
        audit.record(project.value(), "event", other.value(), "merge-into-" + target.value(), auditView(gone), null);
        audit.record(project.value(), "event", target.value(), "merge", auditView(into), auditView(after));
        return after;
    }

    /** Splits the given claims off into a new event with its own title. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Event split(ProjectId project, EventId id, String newTitle, List<Long> claimIds) {
        Event from = get(project, id);
        if (claimIds.isEmpty() || !from.claimIds().containsAll(claimIds)) {
            throw new InvalidInputException("Choose claims of this event to split off.");
        }
        Event created = createEvent(project, new EventData(newTitle, null, from.location(), null), claimIds);
        return find(project, created.id()).orElseThrow();
    }

    /**
     * A supporting claim was created, edited, moved or deleted: the event's derived date follows
     * and the change counts as a substantive edit. (Whether a verified event needs re-verification
     * is review's decision, from the claim module's {@code ClaimChanged}.)
     */
    @Transactional
    public void claimChanged(ProjectId project, @Nullable EventId eventId) {
        access.require(project, ProjectPermission.EDIT);
        if (eventId != null && exists(project, eventId)) {
            touch(eventId);
            recomputeDerivedDate(project, eventId);
        }
    }

    /**
     * Puts one claim on {@code to} (null: on no event), the only way a claim's event changes.
     * Writes {@code claim.event_id} only; the claim module bumps the claim's version in its own
     * update of the row, and calls {@link #claimChanged} for the events before and after.
     * Locks in the one order of every claim move: the events involved by id, then the claim.
     *
     * @return the event the claim was on before
     */
    @Transactional
    public @Nullable EventId moveClaim(ProjectId project, long claimId, @Nullable EventId to) {
        access.require(project, ProjectPermission.EDIT);
        Long[] ids = {claimId};
        jdbc.sql("""
                        select id from event where id = ? or id in (select event_id from claim where id = any(?))
                        order by id for update""")
                .params(to == null ? null : to.value(), ids).query(Long.class).list();
        // A one-element array: the claim's row exists even when it is on no event.
        Optional<@Nullable Long[]> row = jdbc.sql("select event_id from claim where id = ? and project_id = ? for update")
                .params(claimId, project.value()).query((rs, n) -> new @Nullable Long[] {rs.getObject(1, Long.class)}).optional();
        if (row.isEmpty()) {
            throw new NotFoundException("No claim " + claimId + " in project " + project + ".");
        }
        @Nullable Long before = row.get()[0];
        if (to != null && !exists(project, to)) {
            throw new InvalidInputException("No event " + to.value() + " in this project.");
        }
        jdbc.sql("update claim set event_id = ? where id = ?").params(to == null ? null : to.value(), claimId).update();
        return before == null ? null : new EventId(before);
    }

    /** Sets a derived event's date to the intersection of its claims' intervals (or none if they do not overlap). */
    private void recomputeDerivedDate(ProjectId project, EventId id) {
        String mode = jdbc.sql("select date_mode from event where id = ?").param(id.value()).query(String.class).optional().orElse("manual");
        if (!mode.equals("derived")) {
            return;
        }
        List<DateValue> dates = jdbc.sql("select date_earliest, date_latest, date_precision, date_edtf from claim where event_id = ? and date_earliest is not null")
                .param(id.value())
                .query((rs, n) -> java.util.Objects.requireNonNull(DateColumns.read(rs)))
                .list();
        DateValue d = dates.isEmpty() ? null : dates.get(0);
        for (DateValue other : dates) {
            d = d == null ? null : d.intersect(other);
        }
        if (d != null && dates.size() == 1) {
            d = dates.get(0);
        }
        jdbc.sql("update event set date_earliest = :e, date_latest = :l, date_precision = :precision, date_edtf = :edtf where id = :id")
                .params(DateColumns.params(d)).param("id", id.value())
                .update();
    }

    /** Makes {@code wanted} the event's claims: the missing ones move here, the extra ones are left without an event. */
    private void setClaims(ProjectId project, EventId id, List<Long> now, List<Long> wanted) {
        List<Long> add = wanted.stream().filter(c -> !now.contains(c)).distinct().toList();
        List<Long> remove = now.stream().filter(c -> !wanted.contains(c)).toList();
        if (!add.isEmpty()) {
            List<EventId> from = moveClaims(project, id, add);
            for (EventId other : from) {
                touch(other);
                recomputeDerivedDate(project, other);
            }
            publisher.publishEvent(new ClaimsMoved(project, id, from));
        }
        if (!remove.isEmpty()) {
            Long[] ids = remove.toArray(Long[]::new);
            jdbc.sql("select id from claim where id = any(?) order by id for update").param(ids).query(Long.class).list();
            jdbc.sql("update claim set event_id = null, version = version + 1, updated_by = ?, updated_at = now() where id = any(?) and event_id = ?")
                    .params(CurrentUser.require().userId(), ids, id.value()).update();
        }
    }

    /** Moves claims (of this project only) to the event; returns the events they came from, without {@code id}. */
    private List<EventId> moveClaims(ProjectId project, EventId id, List<Long> claimIds) {
        List<Long> unique = new ArrayList<>(new LinkedHashSet<>(claimIds));
        Long[] ids = unique.toArray(Long[]::new);
        // Lock the events and claims involved in id order, so concurrent moves wait instead of deadlocking.
        jdbc.sql("""
                        select id from event where id = ? or id in (select event_id from claim where id = any(?))
                        order by id for update""")
                .params(id.value(), ids).query(Long.class).list();
        // One statement locks the claims and reads what the move needs of them (their project, their event before).
        List<long[]> locked = jdbc.sql("select project_id, coalesce(event_id, 0) from claim where id = any(?) order by id for update")
                .param(ids).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (locked.size() != unique.size() || locked.stream().anyMatch(c -> c[0] != project.value())) {
            throw new InvalidInputException("Some of the claims " + unique + " are not in this project.");
        }
        List<EventId> previous = locked.stream().mapToLong(c -> c[1]).filter(e -> e != 0 && e != id.value()).distinct().sorted()
                .mapToObj(EventId::new).toList();
        jdbc.sql("update claim set event_id = ?, version = version + 1, updated_by = ?, updated_at = now() where id = any(?)")
                .params(id.value(), CurrentUser.require().userId(), ids).update();
        return previous;
    }

    /**
     * Records a substantive edit: bumps the version and remembers who. (Un-verifying is review's,
     * from the event the caller publishes.)
     */
    private void touch(EventId id) {
        jdbc.sql("update event set version = version + 1, last_edited_by = ?, last_edited_at = now() where id = ?")
                .params(CurrentUser.require().userId(), id.value()).update();
    }

    private ConflictException stale(Event current, int version) {
        return new ConflictException("Someone else changed this event (now version " + current.version()
                + ", you edited version " + version + "). Reload it, or apply your change on top of theirs.", current);
    }

    private static String text(String field, @Nullable String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new InvalidInputException("An event needs a " + field + ".");
        }
        if (v.length() > max) {
            throw new InvalidInputException("The " + field + " has " + v.length() + " characters; at most " + max + " are allowed.");
        }
        return v;
    }

    private Optional<Event> find(ProjectId project, EventId id) {
        return jdbc.sql(FULL + " where e.project_id = ? and e.id = ?" + GROUP).params(project.value(), id.value())
                .query(EventService::map).optional();
    }

    private static EventSummary toSummary(Event e) {
        return new EventSummary(e.id(), e.title(), e.date(), e.status(), e.claimIds().size(), e.version());
    }

    /** The event as its audit entries show it (history's diff and revert read this shape). */
    static Map<String, Object> auditView(Event e) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("title", e.title());
        m.put("summary", e.summary());
        m.put("location", e.location());
        m.put("date", e.date() == null ? null : Map.of("earliest", e.date().earliest().toString(), "latest", e.date().latest().toString(),
                "precision", e.date().precisionName(), "edtf", e.date().edtf()));
        m.put("dateMode", e.dateMode().name().toLowerCase());
        m.put("status", e.status().dbName());
        m.put("claimIds", e.claimIds());
        return m;
    }

    static @Nullable DateValue date(java.sql.ResultSet rs) throws java.sql.SQLException {
        return DateColumns.read(rs);
    }

    private static EventSummary mapSummary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EventSummary(new EventId(rs.getLong("id")), rs.getString("title"), date(rs),
                EventStatus.fromDb(rs.getString("status")), rs.getInt("claim_count"), rs.getInt("version"));
    }

    private static Event map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Long[] claimIds = (Long[]) rs.getArray("claim_ids").getArray();
        String[] outlets = (String[]) rs.getArray("outlets").getArray();
        var verifiedAt = rs.getTimestamp("verified_at");
        return new Event(new EventId(rs.getLong("id")), new ProjectId(rs.getLong("project_id")), rs.getString("title"),
                rs.getString("summary"), rs.getString("location"), date(rs),
                Event.DateMode.valueOf(rs.getString("date_mode").toUpperCase()), EventStatus.fromDb(rs.getString("status")),
                Arrays.asList(claimIds), rs.getInt("source_count"), Arrays.asList(outlets), rs.getInt("open_discrepancies"),
                rs.getString("verified_name"), verifiedAt == null ? null : verifiedAt.toInstant(), rs.getString("reverify_reason"),
                rs.getString("last_edited_name"), rs.getTimestamp("last_edited_at").toInstant(), rs.getInt("version"));
    }
}
