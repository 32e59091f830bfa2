package com.factline.discrepancy;

import com.factline.discrepancy.detect.DetectClaim;
import com.factline.discrepancy.detect.DetectDocument;
import com.factline.project.ProjectId;
import com.factline.timeline.EventId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The discrepancy module's SQL: the only writer of {@code discrepancy} and
 * {@code discrepancy_claim} ({@code suggestion_failure} is {@link SuggestionFailures}'). Rows are
 * mapped by column name. Reads of other modules' tables here are named read models (claims'
 * anchors, sources' texts, a project's events) and the module's own views
 * {@code event_discrepancy}/{@code event_open_discrepancy} (V9).
 */
@Repository
class DiscrepancyStore {

    /** A claim's anchor, as marking a discrepancy by hand needs it. */
    record ClaimAnchor(long id, long sourceId, int start, int end, String quote, @Nullable Long eventId) {
    }

    /** A suggestion nobody had acted on yet, as its withdrawal deletes it. */
    record Suggested(long id, String fingerprint, String kind, String reason) {
    }

    /** A status change of one discrepancy: the columns it sets ({@code :user} is the acting user). */
    enum Change {
        ACCEPT("status = 'open'"),
        DISMISS("status = 'dismissed', dismissed_by = :user, dismissed_at = now(), dismiss_reason = :why"),
        RESOLVE("status = 'resolved', verdict = :verdict, correct_value = :value, evidence = :evidence, resolved_by = :user,"
                + " resolved_at = now()"),
        REOPEN("status = 'open', verdict = null, correct_value = null, evidence = null, resolved_by = null, resolved_at = null,"
                + " dismissed_by = null, dismissed_at = null, dismiss_reason = null");

        private final String set;

        Change(String set) {
            this.set = set;
        }
    }

    private static final String SELECT = """
            select d.*, ru.username as resolved_by_name, du.username as dismissed_by_name,
                   array(select dc.claim_id from discrepancy_claim dc where dc.discrepancy_id = d.id order by dc.claim_id) as claim_ids
            from discrepancy d
            left join app_user ru on ru.id = d.resolved_by
            left join app_user du on du.id = d.dismissed_by
            """;

    private static final String ORDER_KEY = "case %1$s.status when 'open' then 0 when 'suggested' then 1 when 'resolved' then 2"
            + " else 3 end, %1$s.kind, -%1$s.confidence, %1$s.id"; // strongest first within a kind

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DiscrepancyStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // Reads ---------------------------------------------------------------------------------------

    /** {@code limit} 0: all. */
    List<Discrepancy> query(ProjectId project, DiscrepancyFilter f, @Nullable Long after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where d.project_id = :p");
        Map<String, Object> params = new HashMap<>();
        params.put("p", project.value());
        if (f.status() != null) {
            sql.append(" and d.status = :status");
            params.put("status", f.status().dbName());
        }
        if (f.kind() != null) {
            sql.append(" and d.kind = :kind");
            params.put("kind", f.kind().dbName());
        }
        if (f.eventId() != null) {
            sql.append(" and exists (select 1 from event_discrepancy ed where ed.discrepancy_id = d.id and ed.event_id = :event)");
            params.put("event", f.eventId());
        }
        if (f.sourceId() != null) {
            sql.append(" and d.spans @> cast(:source as jsonb)");
            params.put("source", "[{\"sourceId\":" + f.sourceId() + "}]");
        }
        if (after != null) {
            sql.append(" and (").append(ORDER_KEY.formatted("d")).append(") > (select ").append(ORDER_KEY.formatted("d2"))
                    .append(" from discrepancy d2 where d2.id = :after and d2.project_id = :p)");
            params.put("after", after);
        }
        sql.append(" order by ").append(ORDER_KEY.formatted("d"));
        if (limit > 0) {
            sql.append(" limit :limit");
            params.put("limit", limit);
        }
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    Optional<Discrepancy> find(ProjectId project, DiscrepancyId id) {
        return jdbc.sql(SELECT + " where d.id = ? and d.project_id = ?").params(id.value(), project.value()).query(this::map).optional();
    }

    /** How many discrepancies of the project are in each status (every status present, zero if none). */
    Map<DiscrepancyStatus, Integer> countsByStatus(ProjectId project) {
        Map<DiscrepancyStatus, Integer> counts = new EnumMap<>(DiscrepancyStatus.class);
        for (DiscrepancyStatus s : DiscrepancyStatus.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("select status, count(*) as n from discrepancy where project_id = ? group by status").param(project.value())
                .query((rs, n) -> counts.put(DiscrepancyStatus.parse(rs.getString("status")), rs.getInt("n"))).list();
        return counts;
    }

    /** Open discrepancies per event id (events without any are absent). */
    Map<Long, Integer> openCountByEvent(ProjectId project) {
        Map<Long, Integer> counts = new HashMap<>();
        // event_open_discrepancy (V9) is the one definition of "an open discrepancy concerns this event".
        jdbc.sql("select o.event_id as id, count(*) as n from event_open_discrepancy o join event e on e.id = o.event_id"
                        + " where e.project_id = ? group by o.event_id")
                .param(project.value())
                .query((rs, n) -> counts.put(rs.getLong("id"), rs.getInt("n"))).list();
        return counts;
    }

    int openCount(ProjectId project, EventId event) {
        return jdbc.sql("select count(*) from event_open_discrepancy o join event e on e.id = o.event_id"
                        + " where o.event_id = ? and e.project_id = ?")
                .params(event.value(), project.value()).query(Integer.class).single();
    }

    /**
     * Title, outlet, text and publication date (ISO, or null) of the project's sources among {@code ids}, by id
     * (read model of the source table).
     */
    Map<Long, String[]> sourceTexts(ProjectId project, List<Long> ids) {
        Map<Long, String[]> texts = new HashMap<>();
        jdbc.sql("select id, title, outlet, body, published_on from source where project_id = :p and id in (:ids)")
                .param("p", project.value())
                .param("ids", ids)
                .query((rs, n) -> texts.put(rs.getLong("id"), new String[] {rs.getString("title"), rs.getString("outlet"), rs.getString("body"),
                        rs.getDate("published_on") == null ? null : rs.getDate("published_on").toLocalDate().toString()}))
                .list();
        return texts;
    }

    /** The anchors of the project's claims among {@code ids}, by id (read model of the claim table). */
    List<ClaimAnchor> claimAnchors(ProjectId project, List<Long> ids) {
        return jdbc.sql("select id, source_id, start_offset, end_offset, quote, event_id from claim"
                        + " where project_id = :p and id in (:ids) order by id")
                .param("p", project.value()).param("ids", ids)
                .query((rs, n) -> new ClaimAnchor(rs.getLong("id"), rs.getLong("source_id"), rs.getInt("start_offset"),
                        rs.getInt("end_offset"), rs.getString("quote"), (Long) rs.getObject("event_id")))
                .list();
    }

    // Changes ---------------------------------------------------------------------------------------

    /** A discrepancy marked by hand, open; its id. */
    long insertManual(ProjectId project, DiscrepancyKind kind, String note, List<DiscrepancySpan> spans, @Nullable Long event,
                      long user) {
        return jdbc.sql("""
                        insert into discrepancy (project_id, kind, status, origin, note, spans, event_id, created_by)
                        values (:p, :kind, 'open', 'manual', :note, cast(:spans as jsonb), :event, :user) returning id""")
                .param("p", project.value())
                .param("kind", kind.dbName())
                .param("note", note)
                .param("spans", json.writeValueAsString(spans))
                .param("event", event)
                .param("user", user)
                .query(Long.class).single();
    }

    /**
     * Applies {@code change} if the discrepancy is still at {@code version} and in one of the
     * {@code from} statuses; false when it is not. {@code extra}: the change's own parameters.
     */
    boolean change(ProjectId project, DiscrepancyId id, int version, List<DiscrepancyStatus> from, Change change, long user,
                   Map<String, Object> extra) {
        Map<String, Object> params = new HashMap<>(extra);
        params.put("id", id.value());
        params.put("p", project.value());
        params.put("version", version);
        params.put("user", user);
        params.put("from", from.stream().map(DiscrepancyStatus::dbName).toList());
        return jdbc.sql("update discrepancy set " + change.set + ", version = version + 1"
                        + " where id = :id and project_id = :p and version = :version and status in (:from)")
                .params(params).update() != 0;
    }

    /** History's revert: the state as given, if still at {@code version}; false when it is not. */
    boolean revert(ProjectId project, DiscrepancyId id, int version, DiscrepancyStatus status, @Nullable Verdict verdict,
                   @Nullable String correctValue, @Nullable String evidence, @Nullable String dismissReason, long user) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status.dbName());
        params.put("verdict", verdict == null ? null : verdict.dbName());
        params.put("value", correctValue);
        params.put("evidence", evidence);
        params.put("why", dismissReason);
        params.put("user", user);
        params.put("id", id.value());
        params.put("p", project.value());
        params.put("version", version);
        return jdbc.sql("""
                        update discrepancy set status = :status, verdict = :verdict, correct_value = :value, evidence = :evidence,
                            resolved_by = case when :status = 'resolved' then :user end,
                            resolved_at = case when :status = 'resolved' then now() end,
                            dismissed_by = case when :status = 'dismissed' then :user end,
                            dismissed_at = case when :status = 'dismissed' then now() end,
                            dismiss_reason = :why, version = version + 1
                        where id = :id and project_id = :p and version = :version""")
                .params(params).update() != 0;
    }

    /** The discrepancies that named {@code merged} name {@code target}. */
    void repointEvent(ProjectId project, EventId merged, EventId target) {
        jdbc.sql("update discrepancy set event_id = ? where event_id = ? and project_id = ?")
                .params(target.value(), merged.value(), project.value()).update();
    }

    void linkClaims(ProjectId project, long discrepancyId, List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into discrepancy_claim (discrepancy_id, claim_id)
                        select :d, c.id from claim c where c.project_id = :p and c.id in (:ids)
                        on conflict do nothing""")
                .param("d", discrepancyId).param("p", project.value()).param("ids", claimIds).update();
    }

    // Suggestions ---------------------------------------------------------------------------------

    /** One suggestion run per project at a time (held to the end of the transaction). */
    void lockSuggestions(ProjectId project) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(7301, ?)) x").param((int) project.value()).query(Integer.class).single();
    }

    /**
     * The project's sources as the detector reads them: the first {@code maxChars} of each text,
     * and texts up to {@code maxTotal} characters in all (the earliest first); the database cuts the
     * texts, so a 5 MB article never reaches this heap whole. Every row read goes into {@code input}.
     */
    List<DetectDocument> detectDocuments(ProjectId project, int maxChars, long maxTotal, DetectorInput input) {
        List<DetectDocument> docs = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("""
                        select id, outlet, title, left(body, :max) as body, published_on, coalesce(republishes_id, id) as original, sha256
                        from source where project_id = :p order by published_on nulls last, id""")
                .param("p", project.value()).param("max", maxChars)
                .query(rs -> {
                    String body = rs.getString("body");
                    Date published = rs.getDate("published_on");
                    input.source(rs.getLong("id"), rs.getString("sha256"), rs.getString("outlet"), rs.getString("title"),
                            published == null ? null : published.toLocalDate(), rs.getLong("original"));
                    if (total[0] + body.length() <= maxTotal) {
                        total[0] += body.length();
                        // a re-publication counts with its original: the same independence key
                        docs.add(new DetectDocument(Long.toString(rs.getLong("id")), rs.getString("outlet"), body,
                                published == null ? null : published.toLocalDate(), Long.toString(rs.getLong("original")), rs.getString("title")));
                    }
                });
        return docs;
    }

    /**
     * {@link DetectorInput}'s fingerprint of what the detectors would read now, computed here without reading a
     * text: the same rows in the same order and format as {@link #detectDocuments} and {@link #detectClaims}.
     */
    String detectorInput(ProjectId project) {
        return jdbc.sql("""
                        select md5(coalesce(string_agg(id || ':' || sha256 || ':' || md5(coalesce(outlet, '')) || ':'
                                                       || md5(coalesce(title, '')) || ':' || coalesce(published_on::text, '') || ':'
                                                       || coalesce(republishes_id, id), ',' order by published_on nulls last, id), ''))
                               || (select md5(coalesce(string_agg(id || ':' || source_id || ':' || start_offset || ':' || end_offset || ':'
                                                                  || coalesce(event_id::text, '') || ':' || coalesce(date_earliest::text, '')
                                                                  || ':' || coalesce(date_latest::text, ''), ',' order by id), ''))
                                   from claim where project_id = :p)
                        from source where project_id = :p""")
                .param("p", project.value()).query(String.class).single();
    }

    /**
     * A fingerprint of the project's discrepancies as a refresh's outcome depends on them (which fingerprints exist,
     * in which status): any insert, withdrawal, status change or deletion, by anyone on any instance, changes it.
     */
    String suggestionState(ProjectId project) {
        return jdbc.sql("""
                        select md5(coalesce(string_agg(id || ':' || status || ':' || coalesce(fingerprint, ''), ',' order by id), ''))
                        from discrepancy where project_id = ?""")
                .param(project.value()).query(String.class).single();
    }

    /** The project's claims as the detector reads them. */
    List<DetectClaim> detectClaims(ProjectId project) {
        return jdbc.sql("""
                        select id, source_id, start_offset, end_offset, left(quote, 200) as quote, event_id, date_earliest, date_latest
                        from claim where project_id = ? order by id""")
                .param(project.value())
                .query((rs, n) -> {
                    Long event = (Long) rs.getObject("event_id");
                    Date e = rs.getDate("date_earliest");
                    Date l = rs.getDate("date_latest");
                    return new DetectClaim(Long.toString(rs.getLong("id")), Long.toString(rs.getLong("source_id")),
                            rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"),
                            event == null ? null : event.toString(), e == null ? null : e.toLocalDate(), l == null ? null : l.toLocalDate());
                })
                .list();
    }

    /** The ids of the project's events (read model of the event table). */
    Set<Long> eventIds(ProjectId project) {
        return new HashSet<>(jdbc.sql("select id from event where project_id = ?").param(project.value())
                .query(Long.class).list());
    }

    /** A new suggestion as {@link #insertSuggestions} writes it; {@code spans} as JSON. */
    record NewSuggestion(DiscrepancyKind kind, String reason, List<DiscrepancySpan> spans, String fingerprint, float confidence,
                         @Nullable Long event, List<Long> claimIds) {
    }

    /** The most rows one statement of a suggestion run writes. */
    static final int CHUNK = 2_000;

    /**
     * New suggestions with their claim links, in two statements per {@link #CHUNK} rows (issue #18): ids are given in
     * {@code rows}' order, as one insert per row would give them; a fingerprint already in the project is skipped.
     * The id of each suggestion written, by fingerprint.
     */
    Map<String, Long> insertSuggestions(ProjectId project, List<NewSuggestion> rows) {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<NewSuggestion> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int n = chunk.size();
            String[] kinds = new String[n];
            String[] reasons = new String[n];
            String[] spans = new String[n];
            String[] fingerprints = new String[n];
            Float[] confidences = new Float[n];
            Long[] events = new Long[n];
            for (int i = 0; i < n; i++) {
                NewSuggestion r = chunk.get(i);
                kinds[i] = r.kind().dbName();
                reasons[i] = r.reason();
                spans[i] = json.writeValueAsString(r.spans());
                fingerprints[i] = r.fingerprint();
                confidences[i] = r.confidence();
                events[i] = r.event();
            }
            Map<String, Long> written = new HashMap<>();
            jdbc.sql("""
                            insert into discrepancy (project_id, kind, status, origin, reason, spans, fingerprint, event_id, confidence)
                            select :p, u.kind, 'suggested', 'suggested', u.reason, cast(u.spans as jsonb), u.fp, u.event, u.confidence
                            from unnest(cast(:kinds as text[]), cast(:reasons as text[]), cast(:spans as text[]), cast(:fps as text[]),
                                        cast(:events as bigint[]), cast(:confidences as real[]))
                                 with ordinality as u(kind, reason, spans, fp, event, confidence, ord)
                            order by u.ord
                            on conflict (project_id, fingerprint) where fingerprint is not null do nothing
                            returning id, fingerprint""")
                    .param("p", project.value())
                    .param("kinds", kinds)
                    .param("reasons", reasons)
                    .param("spans", spans)
                    .param("fps", fingerprints)
                    .param("events", events)
                    .param("confidences", confidences)
                    .query((rs, i) -> written.put(rs.getString("fingerprint"), rs.getLong("id"))).list();
            List<Long> linkDiscrepancies = new ArrayList<>();
            List<Long> linkClaims = new ArrayList<>();
            for (NewSuggestion r : chunk) {
                Long id = written.get(r.fingerprint());
                if (id != null) {
                    for (Long claim : r.claimIds()) {
                        linkDiscrepancies.add(id);
                        linkClaims.add(claim);
                    }
                }
            }
            if (!linkClaims.isEmpty()) {
                jdbc.sql("""
                                insert into discrepancy_claim (discrepancy_id, claim_id)
                                select u.d, c.id from unnest(cast(:ds as bigint[]), cast(:cs as bigint[])) as u(d, c)
                                join claim c on c.id = u.c and c.project_id = :p
                                on conflict do nothing""")
                        .param("ds", linkDiscrepancies.toArray(Long[]::new))
                        .param("cs", linkClaims.toArray(Long[]::new))
                        .param("p", project.value())
                        .update();
            }
            ids.putAll(written);
        }
        return ids;
    }

    /**
     * Every discrepancy of the project with a fingerprint, as a refresh compares its findings with them, in one read
     * (issue #18): its id, fingerprint, and whether it is still a suggestion nobody has acted on (which a refresh
     * withdraws when its passages no longer differ). Kind and reason are read only for those withdrawn
     * ({@link #deleteSuggestedReturning}).
     */
    List<Fingerprinted> fingerprinted(ProjectId project) {
        return jdbc.sql("""
                        select id, fingerprint, status = 'suggested' and origin = 'suggested' as withdrawable from discrepancy
                        where project_id = ? and fingerprint is not null""")
                .param(project.value())
                .query((rs, n) -> new Fingerprinted(rs.getLong("id"), rs.getString("fingerprint"), rs.getBoolean("withdrawable")))
                .list();
    }

    /** See {@link #fingerprinted}. */
    record Fingerprinted(long id, String fingerprint, boolean withdrawable) {
    }

    /**
     * Deletes those of {@code ids} that are still suggestions, in one statement per {@link #CHUNK}; the ones deleted,
     * by id, with their kind and reason.
     */
    Map<Long, Suggested> deleteSuggestedReturning(ProjectId project, List<Long> ids) {
        Map<Long, Suggested> deleted = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("delete from discrepancy where project_id = :p and status = 'suggested' and id = any(cast(:ids as bigint[]))"
                            + " returning id, fingerprint, kind, reason")
                    .param("p", project.value())
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(Long[]::new))
                    .query((rs, n) -> new Suggested(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("kind"), rs.getString("reason")))
                    .list().forEach(g -> deleted.put(g.id(), g));
        }
        return deleted;
    }

    /** Projects that have sources but have never had suggestions computed (or found none). */
    List<ProjectId> projectsWithoutSuggestions() {
        return jdbc.sql("""
                        select p.id from project p
                        where exists (select 1 from source s where s.project_id = p.id)
                          and not exists (select 1 from discrepancy d where d.project_id = p.id and d.origin = 'suggested')
                        order by p.id""")
                .query((rs, n) -> new ProjectId(rs.getLong("id"))).list();
    }

    private Discrepancy map(ResultSet rs, int n) throws SQLException {
        Long[] claimIds = (Long[]) rs.getArray("claim_ids").getArray();
        String verdict = rs.getString("verdict");
        var resolvedAt = rs.getTimestamp("resolved_at");
        var dismissedAt = rs.getTimestamp("dismissed_at");
        return new Discrepancy(new DiscrepancyId(rs.getLong("id")), rs.getLong("project_id"),
                DiscrepancyKind.parse(rs.getString("kind")), DiscrepancyStatus.parse(rs.getString("status")),
                rs.getString("origin"), rs.getString("reason"), rs.getString("note"),
                List.of(json.readValue(rs.getString("spans"), DiscrepancySpan[].class)), List.of(claimIds),
                (Long) rs.getObject("event_id"), rs.getString("fingerprint"), verdict == null ? null : Verdict.parse(verdict),
                rs.getString("correct_value"), rs.getString("evidence"), rs.getString("resolved_by_name"),
                resolvedAt == null ? null : resolvedAt.toInstant(), rs.getString("dismissed_by_name"),
                dismissedAt == null ? null : dismissedAt.toInstant(), rs.getString("dismiss_reason"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), rs.getDouble("confidence"));
    }
}
