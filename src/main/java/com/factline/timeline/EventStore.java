package com.factline.timeline;

import com.factline.base.ids.ClaimId;
import com.factline.project.ProjectId;
import com.factline.temporal.DateColumns;
import com.factline.temporal.DateValue;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timeline module's SQL: the only writer of the {@code event} table (all but review's columns)
 * and of {@code claim.event_id}. Rows are mapped by column name. Reads of other modules' tables
 * here are named read models (an event's claims, sources and outlets; its open discrepancies
 * through the discrepancy module's view {@code event_open_discrepancy}).
 */
@Repository
class EventStore {

    private static final String SUMMARY = """
            select e.id, e.title, e.date_earliest, e.date_latest, e.date_precision, e.date_edtf, e.status, e.version,
                   (select count(*) from claim c where c.event_id = e.id) as claim_count,
                   (select coalesce(array_agg(distinct s.outlet order by s.outlet) filter (where s.outlet <> ''), '{}')
                    from claim c join source s on s.id = c.source_id where c.event_id = e.id) as outlets
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

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Reads ---------------------------------------------------------------------------------------

    List<EventSummary> summaries(ProjectId project) {
        return jdbc.sql(SUMMARY + " where e.project_id = ? order by e.date_earliest nulls last, e.date_latest, e.id")
                .param(project.value()).query(EventStore::mapSummary).list();
    }

    /**
     * A page of a picker's events: those whose title or date (as the label writes it) contains {@code text}, the closest to {@code near} first
     * (the days between the two dates, 0 when they overlap), then by date, title and id; undated events last.
     * The order of the reader's picker ({@code EventChoices.closestTo}), here so the picker can page.
     */
    List<EventSummary> choices(ProjectId project, @Nullable String text, @Nullable DateValue near, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(SUMMARY).append(" where e.project_id = :p");
        params.put("p", project.value());
        if (text != null && !text.isBlank()) {
            // What the picker's label shows: the title, or the date ("17 March 2023", "March", "2023", "undated").
            sql.append(" and (e.title ilike :text or to_char(e.date_earliest, 'FMDD FMMonth YYYY') ilike :text"
                    + " or to_char(e.date_latest, 'FMDD FMMonth YYYY') ilike :text"
                    + " or (e.date_earliest is null and 'undated' ilike :text))");
            params.put("text", com.factline.base.LikePattern.contains(text.strip()));
        }
        sql.append(" order by e.date_earliest is null");
        if (near != null) {
            sql.append(", greatest(0, :ne - e.date_latest, e.date_earliest - :nl)");
            params.put("ne", Date.valueOf(near.earliest()));
            params.put("nl", Date.valueOf(near.latest()));
        }
        // Titles in code-point order ("C"), as Java compares them.
        sql.append(", e.date_earliest, e.title collate \"C\", e.id limit :limit offset :offset");
        params.put("limit", Math.max(0, limit));
        params.put("offset", Math.max(0, offset));
        return jdbc.sql(sql.toString()).params(params).query(EventStore::mapSummary).list();
    }

    Optional<EventSummary> summary(ProjectId project, EventId id) {
        return jdbc.sql(SUMMARY + " where e.project_id = ? and e.id = ?").params(project.value(), id.value()).query(EventStore::mapSummary).optional();
    }

    List<Event> timeline(ProjectId project, EventFilter f) {
        Map<String, Object> params = new HashMap<>();
        String sql = FULL + where(project, f, params) + GROUP + " order by e.date_earliest nulls last, e.date_latest, e.id";
        return jdbc.sql(sql).params(params).query(EventStore::map).list();
    }

    /** The timeline's order as a row of non-null keys (nulls last as the view orders them), for keyset paging. */
    private static final String KEY = "(e.date_earliest is null, coalesce(e.date_earliest, date '0001-01-01'),"
            + " coalesce(date '9999-12-31' - e.date_latest, 0), e.date_precision is null, coalesce(e.date_precision, ''),"
            + " e.date_edtf is null, coalesce(e.date_edtf, ''), e.id)";
    private static final String AFTER = "(:ae::date is null, coalesce(:ae::date, date '0001-01-01'),"
            + " coalesce(date '9999-12-31' - :al::date, 0), :ap::text is null, coalesce(:ap::text, ''),"
            + " :ax::text is null, coalesce(:ax::text, ''), :ai::bigint)";

    /**
     * A page's events with what {@link #FULL} tells of each, the page chosen first: {@code $WHERE} filters
     * {@code event e}, {@code $ORDER} orders and limits it; only the page's events are then joined with their claims
     * and sources, each on its own (the claim_event index), instead of every event of the project before the limit.
     * An event's claims give their ids and their distinct sources; only those few sources are then read for the
     * independent-source count and the outlets (joined claim by claim, every claim's outlet was sorted twice: issue #18).
     */
    private static final String PAGE = """
            select e.*, ue.username as last_edited_name, uv.username as verified_name,
                   coalesce(c.claim_ids, '{}') as claim_ids, coalesce(s.source_count, 0) as source_count,
                   coalesce(s.outlets, '{}') as outlets,
                   (select count(*) from event_open_discrepancy o where o.event_id = e.id) as open_discrepancies
            from (select e.* from event e $WHERE $ORDER) e
                 left join lateral (
                     select array_agg(c.id order by c.id) as claim_ids, array_agg(distinct c.source_id) as source_ids
                     from claim c
                     where c.event_id = e.id) c on true
                 left join lateral (
                     select count(distinct coalesce(s.republishes_id, s.id)) as source_count,
                            array_agg(distinct s.outlet) filter (where s.outlet <> '') as outlets
                     from source s
                     where s.id = any(c.source_ids)) s on true
                 left join app_user ue on ue.id = e.last_edited_by
                 left join app_user uv on uv.id = e.verified_by
            """;

    /** A page of the timeline in the view's order: {@code limit} events after {@code after} (keyset). */
    List<Event> timelineAfter(ProjectId project, EventFilter f, @Nullable TimelineCursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(where(project, f, params));
        if (after != null) {
            where.append(" and ").append(KEY).append(" > ").append(AFTER);
            params.put("ae", after.earliest() == null ? null : Date.valueOf(after.earliest()));
            params.put("al", after.latest() == null ? null : Date.valueOf(after.latest()));
            params.put("ap", after.precision());
            params.put("ax", after.edtf());
            params.put("ai", after.id());
        }
        String order = " order by " + KEY.substring(1, KEY.length() - 1);
        String sql = PAGE.replace("$WHERE", where).replace("$ORDER", order + " limit :limit") + order;
        params.put("limit", Math.max(0, limit));
        return jdbc.sql(sql).params(params).query(EventStore::map).list();
    }

    /** The first {@code limit} events of the filter in timeline order, chosen on the date index before joining. */
    List<Event> firstEvents(ProjectId project, EventFilter f, int limit) {
        Map<String, Object> params = new HashMap<>();
        String order = " order by e.date_earliest nulls last, e.date_latest desc, e.date_precision, e.date_edtf, e.id";
        String sql = FULL + " where e.project_id = :p and e.id in (select e.id from event e" + where(project, f, params) + order
                + " limit :limit)" + GROUP + order;
        params.put("limit", Math.max(0, limit));
        return jdbc.sql(sql).params(params).query(EventStore::map).list();
    }

    List<Event> timeline(ProjectId project, EventFilter f, @Nullable TimelineBand band, int offset, int limit) {
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
        return jdbc.sql(sql.toString()).params(params).query(EventStore::map).list();
    }

    List<TimelineBand> bands(ProjectId project, EventFilter f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select e.date_earliest, e.date_latest, e.date_precision, e.date_edtf, count(*) as n from event e"
                        + where(project, f, params) + " group by 1, 2, 3, 4"
                        + " order by e.date_earliest nulls last, e.date_latest desc, e.date_precision, e.date_edtf")
                .params(params).query((rs, n) -> new TimelineBand(date(rs), rs.getInt("n"))).list();
    }

    /**
     * The project's events supported by two or more different named outlets (the axis's "corroborated" ring).
     * "Two or more distinct outlets" is "the smallest outlet differs from the largest": a hashed min/max per
     * event over the claims with an outlet, where {@code count(distinct outlet)} sorted every event's claims
     * (on 45,000 claims most of a cold opening's axis query).
     */
    static final String CORROBORATED = """
            select c.event_id from claim c join source s on s.id = c.source_id
            where c.project_id = :p and c.event_id is not null and s.outlet <> ''
            group by c.event_id having min(s.outlet) < max(s.outlet)""";

    AxisMarks axis(ProjectId project, EventFilter f, int max) {
        Map<String, Object> params = new HashMap<>();
        params.put("max", max);
        int[] total = {0};
        List<AxisMark> marks = jdbc.sql("""
                        select e.date_earliest, e.date_latest, e.date_precision, e.date_edtf, count(*) as n, min(e.id) as first_id,
                               (array_agg(e.title order by e.id))[1] as first_title,
                               count(*) filter (where od.event_id is not null) as disputed,
                               count(*) filter (where od.event_id is null and oc.event_id is not null) as corroborated,
                               mode() within group (order by e.status) as status, count(*) over () as dates
                        from event e
                             left join (select distinct o.event_id from event_open_discrepancy o
                                        join event e2 on e2.id = o.event_id where e2.project_id = :p) od on od.event_id = e.id
                             left join (""" + CORROBORATED + ") oc on oc.event_id = e.id" + where(project, f, params) + """
                         and e.date_earliest is not null
                        group by 1, 2, 3, 4
                        order by e.date_earliest, e.date_latest desc, e.date_precision, e.date_edtf
                        limit :max""")
                .params(params).query((rs, n) -> {
                    total[0] = rs.getInt("dates");
                    return new AxisMark(date(rs), rs.getInt("n"), EventStatus.fromDb(rs.getString("status")), new EventId(rs.getLong("first_id")),
                            rs.getString("first_title"), rs.getInt("disputed"), rs.getInt("corroborated"));
                }).list();
        return new AxisMarks(marks, Math.max(0, total[0] - marks.size()));
    }

    /** The filter as a where clause on {@code event e}, its parameters put into {@code params}. */
    private static String where(ProjectId project, EventFilter f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where e.project_id = :p");
        params.put("p", project.value());
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (e.title ilike :text or e.summary ilike :text or e.location ilike :text)");
            params.put("text", com.factline.base.LikePattern.contains(f.text()));
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

    /** The claims behind an event, or (event null) the claims not yet on any event (read model of claim and source). */
    List<SupportingClaim> claims(ProjectId project, @Nullable EventId event) {
        return jdbc.sql("""
                        select c.id, c.source_id, s.outlet, s.title, s.published_on, c.quote, c.statement, c.date_earliest, c.date_latest,
                               c.date_precision, c.date_edtf, c.event_id
                        from claim c join source s on s.id = c.source_id
                        where c.project_id = :p and (case when :e::bigint is null then c.event_id is null else c.event_id = :e end)
                        order by c.date_earliest nulls last, s.published_on, c.id""")
                .param("p", project.value())
                .param("e", event == null ? null : event.value())
                .query((rs, n) -> {
                    var d = date(rs);
                    return new SupportingClaim(rs.getLong("id"), rs.getLong("source_id"), rs.getString("outlet"), rs.getString("title"),
                            rs.getString("quote"), rs.getString("statement"), d == null ? null : d.display(), (Long) rs.getObject("event_id"),
                            rs.getObject("published_on", java.time.LocalDate.class));
                }).list();
    }

    List<String> outlets(ProjectId project) {
        return jdbc.sql("select distinct outlet from source where project_id = ? and outlet <> '' order by outlet")
                .param(project.value()).query(String.class).list();
    }

    boolean exists(ProjectId project, EventId id) {
        return jdbc.sql("select exists (select 1 from event where id = ? and project_id = ?)")
                .params(id.value(), project.value()).query(Boolean.class).single();
    }

    Optional<Event> find(ProjectId project, EventId id) {
        return jdbc.sql(FULL + " where e.project_id = ? and e.id = ?" + GROUP).params(project.value(), id.value())
                .query(EventStore::map).optional();
    }

    // Events --------------------------------------------------------------------------------------

    /** A new event; {@code derived}: its date follows its claims. Its id. */
    long insert(ProjectId project, String title, String summary, String location, @Nullable DateValue d, boolean derived, long user) {
        return jdbc.sql("""
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
    }

    /** Changes the event if it is still at {@code version}; false when it is not. */
    boolean update(ProjectId project, EventId id, String title, String summary, String location, @Nullable DateValue d,
                   Event.DateMode mode, long user, int version) {
        return jdbc.sql("""
                        update event set title = :title, summary = :summary, location = :location, date_earliest = :e,
                            date_latest = :l, date_precision = :precision, date_edtf = :edtf, date_mode = :mode,
                            last_edited_by = :user, last_edited_at = now(), version = version + 1
                        where id = :id and project_id = :p and version = :version""")
                .param("title", title)
                .param("summary", summary)
                .param("location", location)
                .params(DateColumns.params(d))
                .param("mode", mode.name().toLowerCase())
                .param("user", user)
                .param("id", id.value())
                .param("p", project.value())
                .param("version", version)
                .update() != 0;
    }

    /** Deletes the event if it is still at {@code version}; false when it is not. */
    boolean delete(ProjectId project, EventId id, int version) {
        return jdbc.sql("delete from event where id = ? and project_id = ? and version = ?").params(id.value(), project.value(), version)
                .update() != 0;
    }

    /** Deletes an event merged into another (its claims and comments already moved). */
    void deleteMerged(EventId id) {
        jdbc.sql("delete from event where id = ?").param(id.value()).update();
    }

    /** Records a substantive edit: bumps the version and remembers who. */
    /** An event's date mode and its date as stored. */
    record DateState(boolean derived, @Nullable DateValue date) {
    }

    /**
     * A substantive edit of the event of the project: bumps its version and tells its date mode and date, in one
     * statement (issue #18: it was an existence check, the update and a read of the mode); empty when there is no such
     * event in the project.
     */
    Optional<DateState> touch(ProjectId project, EventId id, long user) {
        return jdbc.sql("""
                        update event set version = version + 1, last_edited_by = ?, last_edited_at = now()
                        where id = ? and project_id = ?
                        returning date_mode, date_earliest, date_latest, date_precision, date_edtf""")
                .params(user, id.value(), project.value())
                .query((rs, n) -> new DateState("derived".equals(rs.getString("date_mode")), DateColumns.read(rs))).optional();
    }

    /**
     * {@link #touch} for several events of the project in one statement (an attach: the target and the events the
     * claims came from, all locked already); each touched event's date state by id.
     */
    Map<Long, DateState> touchAll(ProjectId project, List<EventId> ids, long user) {
        Map<Long, DateState> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        update event set version = version + 1, last_edited_by = ?, last_edited_at = now()
                        where id = any(?) and project_id = ?
                        returning id, date_mode, date_earliest, date_latest, date_precision, date_edtf""")
                .params(user, ids.stream().map(EventId::value).toArray(Long[]::new), project.value())
                .query((rs, n) -> out.put(rs.getLong("id"), new DateState("derived".equals(rs.getString("date_mode")), DateColumns.read(rs))))
                .list();
        return out;
    }

    /** The event's date mode and date; manual and none when it is gone. */
    DateState dateState(EventId id) {
        return jdbc.sql("select date_mode, date_earliest, date_latest, date_precision, date_edtf from event where id = ?")
                .param(id.value())
                .query((rs, n) -> new DateState("derived".equals(rs.getString("date_mode")), DateColumns.read(rs))).optional()
                .orElse(new DateState(false, null));
    }

    /** The dates of the event's dated claims. */
    List<DateValue> claimDates(EventId id) {
        return jdbc.sql("select date_earliest, date_latest, date_precision, date_edtf from claim where event_id = ? and date_earliest is not null")
                .param(id.value())
                .query((rs, n) -> java.util.Objects.requireNonNull(DateColumns.read(rs)))
                .list();
    }

    void setDate(EventId id, @Nullable DateValue d) {
        jdbc.sql("update event set date_earliest = :e, date_latest = :l, date_precision = :precision, date_edtf = :edtf where id = :id")
                .params(DateColumns.params(d)).param("id", id.value())
                .update();
    }

    // claim.event_id --------------------------------------------------------------------------------

    /**
     * Locks, in id order, the event {@code to} (if any) and the events the claims are on as this statement starts; answers
     * each locked event's id and project.
     */
    List<long[]> lockEvents(@Nullable EventId to, List<ClaimId> claims) {
        Long[] claimIds = array(claims);
        return jdbc.sql("""
                        select id, project_id from event where id = ? or id in (select event_id from claim where id = any(?))
                        order by id for update""")
                .params(to == null ? null : to.value(), claimIds).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /**
     * Locks, in id order, those of the claims that are on one of {@code events} (0 stands for none) and answers each
     * one's id, project and event (0 when on none). A claim a concurrent mover put on another event is neither locked
     * nor answered: PostgreSQL checks the condition again on the row that mover committed.
     */
    List<long[]> lockClaimsOn(List<ClaimId> claims, java.util.Collection<Long> events) {
        return jdbc.sql("""
                        select id, project_id, coalesce(event_id, 0) from claim
                        where id = any(?) and coalesce(event_id, 0) = any(?) order by id for update""")
                .params(array(claims), events.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
    }

    /** Each of the claims' id, project and event now (0 when on none), without a lock; missing claims are left out. */
    List<long[]> claimsNow(List<ClaimId> claims) {
        return jdbc.sql("select id, project_id, coalesce(event_id, 0) from claim where id = any(?) order by id")
                .param(array(claims)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
    }

    /** Locks claims in id order. */
    void lockClaims(List<ClaimId> claims) {
        Long[] claimIds = array(claims);
        jdbc.sql("select id from claim where id = any(?) order by id for update").param(claimIds).query(Long.class).list();
    }

    /** One claim's event; its version is the claim module's to bump. */
    void setClaimEvent(ClaimId claim, @Nullable EventId to) {
        jdbc.sql("update claim set event_id = ? where id = ?").params(to == null ? null : to.value(), claim.value()).update();
    }

    /** Moves the claims onto the event. */
    void moveClaims(List<ClaimId> claims, EventId to, long user) {
        Long[] claimIds = array(claims);
        jdbc.sql("update claim set event_id = ?, version = version + 1, updated_by = ?, updated_at = now() where id = any(?)")
                .params(to.value(), user, claimIds).update();
    }

    /** Takes those of the claims that are on {@code from} off it. */
    void detachClaims(List<ClaimId> claims, EventId from, long user) {
        Long[] claimIds = array(claims);
        jdbc.sql("update claim set event_id = null, version = version + 1, updated_by = ?, updated_at = now() where id = any(?) and event_id = ?")
                .params(user, claimIds, from.value()).update();
    }

    /** Takes every claim off the event (it is being deleted). */
    void detachAll(EventId event) {
        jdbc.sql("update claim set event_id = null, version = version + 1, updated_at = now() where event_id = ?").param(event.value()).update();
    }

    /** Claim ids as the SQL array parameter {@code any(?)} takes. */
    private static Long[] array(List<ClaimId> claims) {
        return claims.stream().map(ClaimId::value).toArray(Long[]::new);
    }

    // Mapping ---------------------------------------------------------------------------------------

    static @Nullable DateValue date(ResultSet rs) throws SQLException {
        return DateColumns.read(rs);
    }

    private static EventSummary mapSummary(ResultSet rs, int n) throws SQLException {
        return new EventSummary(new EventId(rs.getLong("id")), rs.getString("title"), date(rs),
                EventStatus.fromDb(rs.getString("status")), rs.getInt("claim_count"),
                Arrays.asList((String[]) rs.getArray("outlets").getArray()), rs.getInt("version"));
    }

    /** The row's {@code claim_ids} array: parsed from its text without the driver's array parsing. */
    private static List<ClaimId> claimIds(ResultSet rs) throws SQLException {
        String text = rs.getString("claim_ids");
        ClaimIdList parsed = text == null ? null : ClaimIdList.parse(text);
        return parsed != null ? parsed : ClaimId.all(Arrays.asList((Long[]) rs.getArray("claim_ids").getArray()));
    }

    private static Event map(ResultSet rs, int n) throws SQLException {
        String[] outlets = (String[]) rs.getArray("outlets").getArray();
        var verifiedAt = rs.getTimestamp("verified_at");
        return new Event(new EventId(rs.getLong("id")), new ProjectId(rs.getLong("project_id")), rs.getString("title"),
                rs.getString("summary"), rs.getString("location"), date(rs),
                Event.DateMode.valueOf(rs.getString("date_mode").toUpperCase()), EventStatus.fromDb(rs.getString("status")),
                claimIds(rs), rs.getInt("source_count"), Arrays.asList(outlets), rs.getInt("open_discrepancies"),
                rs.getString("verified_name"), verifiedAt == null ? null : verifiedAt.toInstant(), rs.getString("reverify_reason"),
                rs.getString("last_edited_name"), rs.getTimestamp("last_edited_at").toInstant(), rs.getInt("version"));
    }
}
