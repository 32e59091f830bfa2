package com.factline.claim;

import com.factline.base.ids.ClaimId;
import com.factline.project.ProjectId;
import com.factline.source.SourceId;
import com.factline.temporal.DateColumns;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim module's SQL: the only writer of the {@code claim} table (all but {@code event_id},
 * which the timeline module writes). Rows are mapped by column name. Reads of other modules'
 * tables here are named read models (a claim's source title and outlet, its open discrepancies, a
 * source's length).
 */
@Repository
class ClaimStore {

    /**
     * A claim with its source's title and outlet, its editor's name, its open discrepancies and its event's title. The
     * open discrepancies are counted among the claim's project's open ones (a discrepancy links only claims of its own
     * project): on {@code discrepancy_project_status_idx} that is one index search; by status alone PostgreSQL scanned
     * every project's part of the index for each row (issue #18: two thirds of a claim page's time).
     */
    private static final String COLUMNS = """
            select c.*, s.title as source_title, s.outlet as source_outlet, u.username as updated_by_name,
                   (select count(*) from discrepancy_claim dc join discrepancy d on d.id = dc.discrepancy_id
                     where dc.claim_id = c.id and d.project_id = c.project_id and d.status = 'open') as open_discrepancies,
                   (select e.title from event e where e.id = c.event_id) as event_title
            """;
    private static final String SELECT = COLUMNS + """
            from claim c join source s on s.id = c.source_id left join app_user u on u.id = c.updated_by
            """;

    /**
     * One claim of a project ({@code c}: {@code :id} of {@code :p}), found by its primary key alone: the project is
     * checked on the row found ({@code + 0}: not an index search). Searched by both, PostgreSQL chose the project's
     * index ({@code claim_project_idx}) for a project newer than the table's statistics (a claim or so estimated) and
     * read all of the project's claims to find one: after LiveBench's settled run, 174 rows for one read, and as many
     * as an unanalysed project grows to (issue #18).
     */
    static final String ONE_CLAIM = "c.id = :id and c.project_id + 0 = :p";

    /**
     * A write of one claim row ({@code insert} or {@code update … returning *}) that answers the claim as
     * {@link #find} reads it, in the same round trip (issue #18: the write and the read after it were two).
     */
    private static String returningClaim(String write) {
        return "with c as (" + write + ") " + COLUMNS
                + " from c join source s on s.id = c.source_id left join app_user u on u.id = c.updated_by";
    }

    /**
     * The list's order, as a row value that keyset paging can compare (nulls last, as infinity): date, the source's
     * publication date (kept on the claim row, {@code source_published_on}), source, position. The index
     * {@code claim_list_order_idx} (V13) holds the same key behind {@code project_id}, so a page reads the next rows
     * of the index instead of sorting the project's claims.
     */
    private static final String ORDER_KEY = "coalesce(c.date_earliest, 'infinity'::date), coalesce(c.source_published_on, 'infinity'::date),"
            + " c.source_id, c.start_offset, c.id";

    /**
     * A page of the list: {@code $WHERE} filters {@code claim c} and {@code $ORDER} orders and limits it, on the claim
     * table alone (the order index's next rows); only the page's rows are then joined with their source and editor and
     * get their counts. Joined before the limit, a project that had grown since its statistics were taken (a few
     * claims estimated, thousands there) was hash-joined whole and sorted: 10 ms for a page under load (issue #18).
     * The columns are {@link #COLUMNS}' with the event's title joined and the open discrepancies counted once for the
     * page, from the project's open ones ({@code discrepancy_project_status_idx}), instead of a search per row.
     */
    static final String PAGE = """
            select c.*, s.title as source_title, s.outlet as source_outlet, u.username as updated_by_name,
                   coalesce(od.n, 0) as open_discrepancies, ev.title as event_title
            from (select c.* from claim c $WHERE $ORDER) c
                 join source s on s.id = c.source_id left join app_user u on u.id = c.updated_by
                 left join event ev on ev.id = c.event_id
                 left join (select dc.claim_id, count(*) as n from discrepancy d join discrepancy_claim dc on dc.discrepancy_id = d.id
                            where d.project_id = :p and d.status = 'open' group by dc.claim_id) od on od.claim_id = c.id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClaimStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(ProjectId project, long id) {
        return jdbc.sql("select exists (select 1 from claim c where " + ONE_CLAIM + ")")
                .param("id", id).param("p", project.value()).query(Boolean.class).single();
    }

    /** {@code limit} 0: all. */
    List<Claim> query(ProjectId project, ClaimFilter f, @Nullable Long after, int offset, int limit) {
        StringBuilder sql = new StringBuilder(" where c.project_id = :p");
        Map<String, Object> params = new HashMap<>();
        params.put("p", project.value());
        if (f.sourceId() != null) {
            sql.append(" and c.source_id = :source");
            params.put("source", f.sourceId());
        }
        if (f.eventId() != null) {
            sql.append(" and c.event_id = :event");
            params.put("event", f.eventId());
        }
        if (f.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", f.status().dbName());
        }
        if (f.from() != null) {
            sql.append(" and c.date_latest >= :from");
            params.put("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            // The same as "c.date_earliest <= :to" (an undated claim passes neither), written as the index's key so the
            // page's index scan stops at :to.
            sql.append(" and coalesce(c.date_earliest, 'infinity'::date) <= :to");
            params.put("to", Date.valueOf(f.to()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (c.quote ilike :text or c.statement ilike :text)");
            params.put("text", com.factline.base.LikePattern.contains(f.text()));
        }
        if (after != null) {
            sql.append(" and (").append(ORDER_KEY).append(") > (select ").append(ORDER_KEY.replace("c.", "c2."))
                    .append(" from claim c2 where c2.id = :after)");
            params.put("after", after);
        }
        String order = " order by " + ORDER_KEY;
        String statement;
        if (limit > 0) {
            statement = PAGE.replace("$WHERE", sql).replace("$ORDER", order + " limit :limit offset :offset") + order;
            params.put("limit", limit);
            params.put("offset", offset);
        } else {
            statement = SELECT + sql + order;
        }
        return jdbc.sql(statement).params(params).query(this::map).list();
    }

    Optional<Claim> find(ProjectId project, ClaimId id) {
        return jdbc.sql(SELECT + " where " + ONE_CLAIM).param("id", id.value()).param("p", project.value()).query(this::map).optional();
    }

    /** A new claim, without an event (the timeline module puts it on one), as {@link #find} reads it. */
    Claim insertReturning(ProjectId project, SourceId source, int start, int end, String quote, String prefix, String suffix,
                String statement, @Nullable ClaimDate d, @Nullable LocalDate resolvedAgainst, ClaimStatus status, long user) {
        return jdbc.sql(returningClaim("""
                        insert into claim (project_id, source_id, start_offset, end_offset, quote, prefix, suffix, statement,
                            date_earliest, date_latest, date_precision, date_edtf, date_expression, date_explanation,
                            date_resolved_against, date_expression_start, date_expression_end, status,
                            created_by, updated_by, source_published_on)
                        values (:p, :s, :start, :end, :quote, :prefix, :suffix, :statement, :e, :l, :precision, :edtf,
                            :expression, :explanation, :against, :xs, :xe, :status, :user, :user,
                            (select published_on from source where id = :s for share))
                        returning *"""))
                .param("p", project.value())
                .param("s", source.value())
                .param("start", start)
                .param("end", end)
                .param("quote", quote)
                .param("prefix", prefix)
                .param("suffix", suffix)
                .param("statement", statement)
                .params(DateColumns.params(d == null ? null : d.value()))
                .param("expression", d == null ? null : d.expression())
                .param("explanation", d == null ? null : d.explanation())
                .param("against", resolvedAgainst == null ? null : Date.valueOf(resolvedAgainst))
                .param("xs", d == null ? null : d.expressionStart())
                .param("xe", d == null ? null : d.expressionEnd())
                .param("status", status.dbName())
                .param("user", user)
                .query(this::map).single();
    }

    /**
     * Changes statement, date and status if the claim is still at {@code version}, answering the claim as {@link #find}
     * reads it after the change; empty when it is not at that version. {@code keepAgainst}: the date is the same, so
     * its resolution basis and pending check stay.
     */
    Optional<Claim> updateReturning(ProjectId project, ClaimId id, String statement, @Nullable ClaimDate d, boolean keepAgainst,
                                    ClaimStatus status, long user, int version) {
        return jdbc.sql(returningClaim("""
                        update claim c set statement = :statement, date_earliest = :e, date_latest = :l, date_precision = :precision,
                            date_edtf = :edtf, date_expression = :expression, date_explanation = :explanation,
                            date_expression_start = :xs, date_expression_end = :xe,
                            date_resolved_against = case when :keepAgainst then date_resolved_against else null end,
                            date_check = case when :keepAgainst then date_check else null end,
                            status = :status, updated_by = :user, updated_at = now(), version = version + 1
                        where $ONE_CLAIM and c.version = :version
                        returning *""".replace("$ONE_CLAIM", ONE_CLAIM)))
                .param("statement", statement)
                .params(DateColumns.params(d == null ? null : d.value()))
                .param("expression", d == null ? null : d.expression())
                .param("explanation", d == null ? null : d.explanation())
                .param("xs", d == null ? null : d.expressionStart())
                .param("xe", d == null ? null : d.expressionEnd())
                .param("keepAgainst", keepAgainst)
                .param("status", status.dbName())
                .param("user", user)
                .param("id", id.value())
                .param("p", project.value())
                .param("version", version)
                .query(this::map).optional();
    }

    /**
     * Keeps the source's publication date on its claims' rows (the list's order) after an editor corrected it. Called
     * inside the transaction that changed the source, after its update: that update's row lock and the insert's
     * {@code for share} read of the date ({@link #insertReturning}) order a concurrent new claim of the source either
     * before this statement (it is then updated here) or after the commit (it then reads the new date). Derived data,
     * not an edit of the claim: its version stays.
     */
    void keepSourcePublishedOn(SourceId source, @Nullable LocalDate publishedOn) {
        jdbc.sql("update claim set source_published_on = ? where source_id = ? and source_published_on is distinct from ?")
                .params(publishedOn == null ? null : Date.valueOf(publishedOn), source.value(),
                        publishedOn == null ? null : Date.valueOf(publishedOn)).update();
    }

    /** Deletes the claim if it is still at {@code version}; false when it is not. */
    boolean delete(ProjectId project, ClaimId id, int version) {
        return jdbc.sql("delete from claim c where " + ONE_CLAIM + " and c.version = :version")
                .param("id", id.value()).param("p", project.value()).param("version", version).update() != 0;
    }

    /** Clears the date check, with the date it settled on; false when the claim is no longer at {@code version}. */
    boolean settleDateCheck(ClaimId id, @Nullable LocalDate resolvedAgainst, @Nullable ClaimDate date, long user, int version) {
        return jdbc.sql("""
                        update claim set date_check = null, date_resolved_against = :against,
                            date_earliest = :e, date_latest = :l, date_precision = :precision, date_edtf = :edtf,
                            date_explanation = :explanation, updated_by = :user, updated_at = now(), version = version + 1
                        where id = :id and version = :version""")
                .param("against", resolvedAgainst == null ? null : Date.valueOf(resolvedAgainst))
                .params(DateColumns.params(date == null ? null : date.value()))
                .param("explanation", date == null ? null : date.explanation())
                .param("user", user)
                .param("id", id.value())
                .param("version", version)
                .update() != 0;
    }

    /** The claim's date now rests on {@code publishedOn}, with nothing to check. */
    void resolvedAgainst(ClaimId id, @Nullable LocalDate publishedOn) {
        jdbc.sql("update claim set date_resolved_against = ?, date_check = null where id = ?")
                .params(publishedOn == null ? null : Date.valueOf(publishedOn), id.value()).update();
    }

    /** Flags the claim's date for a check. */
    void flagDateCheck(ClaimId id, DateCheck check) {
        jdbc.sql("update claim set date_check = cast(? as jsonb), version = version + 1 where id = ?")
                .params(json.writeValueAsString(check), id.value()).update();
    }

    /** The length of a source in code points (read model of the source's table). */
    int sourceLength(SourceId source) {
        return jdbc.sql("select char_count from source where id = ?").param(source.value()).query(Integer.class).single();
    }

    private Claim map(ResultSet rs, int n) throws SQLException {
        DateValue value = DateColumns.read(rs);
        ClaimDate date = null;
        if (value != null) {
            date = new ClaimDate(value, rs.getString("date_expression"), rs.getString("date_explanation"),
                    (Integer) rs.getObject("date_expression_start"), (Integer) rs.getObject("date_expression_end"));
        }
        String check = rs.getString("date_check");
        return new Claim(new ClaimId(rs.getLong("id")), new ProjectId(rs.getLong("project_id")), new SourceId(rs.getLong("source_id")),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"), rs.getString("prefix"),
                rs.getString("suffix"), rs.getString("statement"), date, ClaimStatus.parse(rs.getString("status")),
                rs.getObject("event_id") == null ? null : new EventId(rs.getLong("event_id")), check == null ? null : json.readValue(check, DateCheck.class),
                rs.getString("source_title"), rs.getString("source_outlet"), rs.getString("updated_by_name"),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"), rs.getInt("open_discrepancies"),
                rs.getString("event_title"));
    }
}
