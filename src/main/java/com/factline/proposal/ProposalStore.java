package com.factline.proposal;

import com.factline.project.ProjectId;
import com.factline.proposal.draft.DraftEvent;
import com.factline.proposal.draft.DraftPassage;
import com.factline.source.SourceId;
import com.factline.temporal.DateColumns;
import com.factline.temporal.DateValue;
import java.sql.Date;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proposal tables' only writer. */
@Repository
class ProposalStore {

    /** A source as the drafter and the basis need it. */
    record SourceRow(long id, String outlet, @Nullable Long republishes, @Nullable LocalDate published, String sha256,
                     String text) {
    }

    /** An existing proposal's identity, for a refresh. */
    record Known(long id, String key, ProposalStatus status) {
    }

    private static final String SELECT = """
            select p.*, u.username as decided_by_name from proposal p left join app_user u on u.id = p.decided_by
            """;

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockProject(ProjectId project) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(7302, ?)) x").param((int) project.value()).query(Integer.class).single();
    }

    /**
     * A fingerprint of what the drafter reads of the project's sources (ids, texts' hashes, outlets, originals,
     * publication dates) without reading a text: a refresh writes its drafts only while it is unchanged.
     */
    String sourcesVersion(ProjectId project) {
        return jdbc.sql("""
                        select md5(coalesce(string_agg(id || ':' || sha256 || ':' || md5(coalesce(outlet, '')) || ':'
                                                       || coalesce(republishes_id::text, '') || ':' || coalesce(published_on::text, ''),
                                                       ',' order by id), ''))
                        from source where project_id = ?""")
                .param(project.value()).query(String.class).single();
    }

    List<SourceRow> sources(ProjectId project) {
        return jdbc.sql("""
                        select id, outlet, republishes_id, published_on, sha256, body from source
                        where project_id = ? order by published_on nulls last, id""")
                .param(project.value())
                .query((rs, n) -> {
                    Date d = rs.getDate("published_on");
                    return new SourceRow(rs.getLong("id"), rs.getString("outlet"), (Long) rs.getObject("republishes_id"),
                            d == null ? null : d.toLocalDate(), rs.getString("sha256"), rs.getString("body"));
                })
                .list();
    }

    Map<Long, SourceBasis.Facts> facts(ProjectId project) {
        Map<Long, SourceBasis.Facts> out = new HashMap<>();
        jdbc.sql("""
                        select s.id, s.sha256, s.published_on, o.sha256 as original from source s
                        left join source o on o.id = s.republishes_id where s.project_id = ?""")
                .param(project.value())
                .query((rs, n) -> {
                    Date d = rs.getDate("published_on");
                    return out.put(rs.getLong("id"), new SourceBasis.Facts(rs.getString("sha256"), d == null ? null : d.toLocalDate(),
                            rs.getString("original")));
                }).list();
        return out;
    }

    List<Known> known(ProjectId project) {
        return jdbc.sql("select id, key, status from proposal where project_id = ? order by id").param(project.value())
                .query((rs, n) -> new Known(rs.getLong("id"), rs.getString("key"), ProposalStatus.parse(rs.getString("status"))))
                .list();
    }

    /** Passages of decided proposals and claims already on an event: what a new proposal must not repeat. */
    List<Decided.Span> decidedSpans(ProjectId project) {
        return jdbc.sql("""
                        select pp.source_id, pp.start_offset, pp.end_offset from proposal_passage pp
                          join proposal p on p.id = pp.proposal_id where p.project_id = :p and p.status <> 'open'
                        union all
                        select c.source_id, c.start_offset, c.end_offset from claim c where c.project_id = :p and c.event_id is not null
                        """)
                .param("p", project.value())
                .query((rs, n) -> new Decided.Span(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    List<Proposal> list(ProjectId project, ProposalFilter f) {
        return list(project, f, Integer.MAX_VALUE);
    }

    /** Every open proposal, offered or not (the refresh rewrites or removes them all). */
    List<Proposal> allOpen(ProjectId project) {
        Map<String, Object> params = new HashMap<>();
        params.put("p", project.value());
        List<Row> rows = jdbc.sql(SELECT + " where p.project_id = :p and p.status = 'open' order by p.id").params(params)
                .query(ProposalStore::row).list();
        return withPassages(rows);
    }

    /** How many articles the project has (the source table, read only): what a run drafts from. */
    int sourceCount(ProjectId project) {
        return jdbc.sql("select count(*) from source where project_id = ?").param(project.value()).query(Integer.class).single();
    }

    int count(ProjectId project, ProposalFilter f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from proposal p" + where(project, f, params)).params(params).query(Integer.class).single();
    }

    /** The first {@code limit} proposals of the filter, strongest first. */
    List<Proposal> list(ProjectId project, ProposalFilter f, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(SELECT).append(where(project, f, params));
        // Strongest first: confidence, then the number of independent sources; the id keeps the order stable.
        sql.append(" order by p.confidence desc, p.source_count desc, p.date_earliest nulls last, p.id limit :limit");
        params.put("limit", Math.max(0, limit));
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(ProposalStore::row).list();
        return withPassages(rows);
    }

    private static String where(ProjectId project, ProposalFilter f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where p.project_id = :p and p.status = :status");
        params.put("p", project.value());
        params.put("status", (f.status() == null ? ProposalStatus.OPEN : f.status()).dbName());
        if (f.status() == null || f.status() == ProposalStatus.OPEN) {
            // An open proposal is offered while at least one of its passages is not yet quoted by a claim on an event:
            // once editors put every passage on the timeline (by hand), it would only propose what is there.
            sql.append(" and exists (select 1 from proposal_passage pp where pp.proposal_id = p.id and not exists ("
                    + "select 1 from claim c where c.source_id = pp.source_id and c.event_id is not null"
                    + " and c.start_offset < pp.end_offset and c.end_offset > pp.start_offset))");
        }
        if (f.sourceId() != null) {
            sql.append(" and exists (select 1 from proposal_passage pp where pp.proposal_id = p.id and pp.source_id = :source)");
            params.put("source", f.sourceId());
        }
        if (f.from() != null) {
            sql.append(" and p.date_latest >= :from");
            params.put("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and p.date_earliest <= :to");
            params.put("to", Date.valueOf(f.to()));
        }
        return sql.toString();
    }

    Optional<Proposal> find(ProjectId project, ProposalId id, boolean forUpdate) {
        List<Row> rows = jdbc.sql(SELECT + " where p.id = ? and p.project_id = ?" + (forUpdate ? " for update of p" : ""))
                .params(id.value(), project.value()).query(ProposalStore::row).list();
        return withPassages(rows).stream().findFirst();
    }

    List<ProjectId> projectsWithoutProposals() {
        return jdbc.sql("""
                        select p.id from project p
                        where exists (select 1 from source s where s.project_id = p.id)
                          and not exists (select 1 from proposal x where x.project_id = p.id)
                        order by p.id""")
                .query((rs, n) -> new ProjectId(rs.getLong("id"))).list();
    }

    /** The basis a proposal was computed on. */
    String basis(ProposalId id) {
        return jdbc.sql("select basis from proposal where id = ?").param(id.value()).query(String.class).single();
    }

    /** The open proposal (or, failing that, the accepted one) with the passage overlapping the span the most. */
    Optional<Proposal> containing(ProjectId project, SourceId source, int start, int end) {
        List<Long> ids = jdbc.sql("""
                        select p.id from proposal p join proposal_passage pp on pp.proposal_id = p.id
                        where p.project_id = :p and p.status in ('open', 'accepted') and pp.source_id = :s
                          and pp.start_offset < :end and pp.end_offset > :start
                        order by p.status = 'open' desc,
                                 least(pp.end_offset, :end) - greatest(pp.start_offset, :start) desc, p.confidence desc, p.id
                        limit 1""")
                .param("p", project.value()).param("s", source.value()).param("start", start).param("end", end)
                .query(Long.class).list();
        return ids.isEmpty() ? Optional.empty() : find(project, new ProposalId(ids.getFirst()), false);
    }

    long insert(ProjectId project, DraftEvent d, String basis, Map<String, Long> sourceIdOf) {
        long id = jdbc.sql("""
                        insert into proposal (project_id, key, status, title, date_earliest, date_latest, date_precision, date_edtf,
                                              date_conflict, confidence, source_count, explanation, basis)
                        values (:p, :key, 'open', :title, :e, :l, :precision, :edtf, :conflict, :confidence, :count, :explanation, :basis)
                        returning id""")
                .param("p", project.value())
                .param("key", d.key())
                .params(fields(d, basis))
                .query(Long.class).single();
        insertPassages(id, d.passages(), sourceIdOf);
        return id;
    }

    void replace(long id, DraftEvent d, String basis, Map<String, Long> sourceIdOf) {
        jdbc.sql("""
                        update proposal set title = :title, date_earliest = :e, date_latest = :l, date_precision = :precision,
                            date_edtf = :edtf, date_conflict = :conflict, confidence = :confidence, source_count = :count,
                            explanation = :explanation, basis = :basis, computed_at = now(), version = version + 1
                        where id = :id and status = 'open'""")
                .param("id", id)
                .params(fields(d, basis))
                .update();
        jdbc.sql("delete from proposal_passage where proposal_id = ?").param(id).update();
        insertPassages(id, d.passages(), sourceIdOf);
    }

    int deleteOpen(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from proposal where id in (:ids) and status = 'open'").param("ids", ids).update();
    }

    void decide(ProposalId id, ProposalStatus status, @Nullable Long eventId, long user, @Nullable String reason) {
        jdbc.sql("""
                        update proposal set status = :status, event_id = :event, decided_by = :user, decided_at = now(),
                            dismiss_reason = :reason, version = version + 1
                        where id = :id and status = 'open'""")
                .param("status", status.dbName()).param("event", eventId).param("user", user).param("reason", reason)
                .param("id", id.value()).update();
    }

    /** The basis each open proposal was computed on. */
    Map<Long, String> openBases(ProjectId project) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("select id, basis from proposal where project_id = ? and status = 'open'").param(project.value())
                .query((rs, n) -> out.put(rs.getLong(1), rs.getString(2))).list();
        return out;
    }

    /** Everything a refresh may change about an open proposal, as one string: equal strings mean nothing to write. */
    static String signature(Proposal p, String basis) {
        List<String> passages = new ArrayList<>();
        for (ProposedPassage x : p.passages()) {
            passages.add(x.sourceId().value() + "," + x.start() + "," + x.end() + "," + x.date() + "," + x.explanation());
        }
        return String.join("|", p.title(), String.valueOf(p.date()), String.valueOf(p.dateConflict()), Double.toString(p.confidence()),
                Integer.toString(p.sourceCount()), p.explanation(), basis, String.join(";", passages));
    }

    static String signature(DraftEvent d, String basis, Map<String, Long> sourceIdOf) {
        List<String> passages = new ArrayList<>();
        for (DraftPassage x : d.passages()) {
            passages.add(sourceIdOf.get(x.sourceId()) + "," + x.start() + "," + x.end() + "," + x.date() + "," + x.explanation());
        }
        return String.join("|", d.title(), String.valueOf(d.date()), String.valueOf(d.dateConflict()),
                Double.toString(Math.max(0, Math.min(1, d.confidence()))), Integer.toString(d.sourceCount()), d.explanation(), basis,
                String.join(";", passages));
    }

    private static Map<String, Object> fields(DraftEvent d, String basis) {
        DateValue v = d.date();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", d.title());
        m.putAll(DateColumns.params(v));
        m.put("conflict", d.dateConflict());
        m.put("confidence", Math.max(0, Math.min(1, d.confidence())));
        m.put("count", d.sourceCount());
        m.put("explanation", d.explanation());
        m.put("basis", basis);
        return m;
    }

    private void insertPassages(long proposalId, List<DraftPassage> passages, Map<String, Long> sourceIdOf) {
        int ordinal = 0;
        for (DraftPassage p : passages) {
            DateValue v = p.date();
            jdbc.sql("""
                            insert into proposal_passage (proposal_id, ordinal, source_id, start_offset, end_offset, quote,
                                                          date_earliest, date_latest, date_precision, date_edtf, explanation)
                            values (:id, :ordinal, :s, :start, :end, :quote, :e, :l, :precision, :edtf, :explanation)""")
                    .param("id", proposalId).param("ordinal", ordinal++).param("s", sourceIdOf.get(p.sourceId()))
                    .param("start", p.start()).param("end", p.end()).param("quote", p.quote())
                    .params(DateColumns.params(v))
                    .param("explanation", p.explanation())
                    .update();
        }
    }

    /** A proposal row before its passages are attached. */
    private record Row(Proposal proposal) {
    }

    private List<Proposal> withPassages(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProposedPassage>> passages = new HashMap<>();
        jdbc.sql("""
                        select pp.proposal_id, pp.source_id, s.outlet, pp.start_offset, pp.end_offset, pp.quote,
                               pp.date_earliest, pp.date_latest, pp.date_precision, pp.date_edtf, pp.explanation
                        from proposal_passage pp join source s on s.id = pp.source_id
                        where pp.proposal_id in (:ids) order by pp.proposal_id, pp.ordinal""")
                .param("ids", rows.stream().map(r -> r.proposal().id().value()).toList())
                .query((rs, n) -> passages.computeIfAbsent(rs.getLong("proposal_id"), k -> new ArrayList<>())
                        .add(new ProposedPassage(new SourceId(rs.getLong("source_id")), rs.getString("outlet"), rs.getInt("start_offset"),
                                rs.getInt("end_offset"), rs.getString("quote"), date(rs), rs.getString("explanation"))))
                .list();
        List<Proposal> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Proposal p = r.proposal();
            out.add(new Proposal(p.id(), p.projectId(), p.title(), p.date(), p.dateConflict(), p.confidence(), p.sourceCount(),
                    p.status(), passages.getOrDefault(p.id().value(), List.of()), p.explanation(), p.eventId(), p.decidedBy(),
                    p.decidedAt(), p.dismissReason(), p.version()));
        }
        return out;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var decidedAt = rs.getTimestamp("decided_at");
        return new Row(new Proposal(new ProposalId(rs.getLong("id")), new ProjectId(rs.getLong("project_id")), rs.getString("title"),
                date(rs), rs.getString("date_conflict"), rs.getDouble("confidence"), rs.getInt("source_count"),
                ProposalStatus.parse(rs.getString("status")), List.of(), rs.getString("explanation"), (Long) rs.getObject("event_id"),
                rs.getString("decided_by_name"), decidedAt == null ? null : decidedAt.toInstant(), rs.getString("dismiss_reason"),
                rs.getInt("version")));
    }

    private static @Nullable DateValue date(ResultSet rs) throws SQLException {
        return DateColumns.read(rs);
    }
}
