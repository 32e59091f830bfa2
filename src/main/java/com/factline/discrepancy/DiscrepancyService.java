package com.factline.discrepancy;

import com.factline.align.SentenceVectorStore;
import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.base.Page;
import com.factline.discrepancy.detect.DetectClaim;
import com.factline.discrepancy.detect.DetectDocument;
import com.factline.discrepancy.detect.DiffToken;
import com.factline.discrepancy.detect.DiscrepancyDetector;
import com.factline.discrepancy.detect.Suggestion;
import com.factline.discrepancy.detect.WordDiff;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.timeline.EventId;
import com.factline.timeline.EventsMerged;
import com.factline.project.ProjectPermission;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
public class DiscrepancyService {

    private static final Logger log = LoggerFactory.getLogger(DiscrepancyService.class);
    private static final String SELECT = """
            select d.*, ru.username as resolved_by_name, du.username as dismissed_by_name,
                   array(select dc.claim_id from discrepancy_claim dc where dc.discrepancy_id = d.id order by dc.claim_id) as claim_ids
            from discrepancy d
            left join app_user ru on ru.id = d.resolved_by
            left join app_user du on du.id = d.dismissed_by
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final DiscrepancyDetector detector;
    private final SuggestionFailures failures;

    DiscrepancyService(JdbcClient jdbc, ProjectAccess access, AuditLog audit, ApplicationEventPublisher publisher, JsonMapper json,
                       SuggestionFailures failures, SentenceVectorStore vectors) {
        this.failures = failures;
        // sentence vectors stored per source at import; computed (and stored) here when missing
        this.detector = new DiscrepancyDetector(d -> vectors.sentences(Long.parseLong(d.id()), d.text()));
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.publisher = publisher;
        this.json = json;
    }

    // Queries ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Discrepancy> list(ProjectId project, DiscrepancyFilter f) {
        access.require(project, ProjectPermission.READ);
        return query(project, f, null, 0);
    }

    /** Page sizes of the discrepancy list in the API. */
    public static final int DEFAULT_PAGE = 200;
    public static final int MAX_PAGE = 1000;

    /** One page of the list in its order (open, suggested, resolved, dismissed; kind; id), after the cursor's discrepancy. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<Discrepancy> page(ProjectId project, DiscrepancyFilter f, @Nullable String cursor, int limit) {
        access.require(project, ProjectPermission.READ);
        int n = Page.limit(limit, DEFAULT_PAGE, MAX_PAGE);
        List<Discrepancy> rows = query(project, f, Page.cursor(cursor), n + 1);
        boolean more = rows.size() > n;
        List<Discrepancy> items = more ? rows.subList(0, n) : rows;
        return new Page<>(List.copyOf(items), more ? String.valueOf(items.getLast().id().value()) : null);
    }

    private static final String ORDER_KEY = "case %1$s.status when 'open' then 0 when 'suggested' then 1 when 'resolved' then 2"
            + " else 3 end, %1$s.kind, -%1$s.confidence, %1$s.id"; // strongest first within a kind

    /** {@code limit} 0: all. */
    private List<Discrepancy> query(ProjectId project, DiscrepancyFilter f, @Nullable Long after, int limit) {
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

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Discrepancy get(ProjectId project, DiscrepancyId id) {
        access.require(project, ProjectPermission.READ);
        return find(project, id).orElseThrow(() -> new NotFoundException("No discrepancy " + id + " in project " + project + "."));
    }

    /** How many discrepancies of the project are in each status (every status present, zero if none). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<DiscrepancyStatus, Integer> countsByStatus(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        Map<DiscrepancyStatus, Integer> counts = new EnumMap<>(DiscrepancyStatus.class);
        for (DiscrepancyStatus s : DiscrepancyStatus.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("select status, count(*) as n from discrepancy where project_id = ? group by status").param(project.value())
                .query((rs, n) -> counts.put(DiscrepancyStatus.parse(rs.getString("status")), rs.getInt("n"))).list();
        return counts;
    }

    /** Open discrepancies per event id (events without any are absent): the flag on the timeline. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> openCountByEvent(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        Map<Long, Integer> counts = new HashMap<>();
        // event_open_discrepancy (V9) is the one definition of "an open discrepancy concerns this event".
        jdbc.sql("select o.event_id as id, count(*) as n from event_open_discrepancy o join event e on e.id = o.event_id"
                        + " where e.project_id = ? group by o.event_id")
                .param(project.value())
                .query((rs, n) -> counts.put(rs.getLong("id"), rs.getInt("n"))).list();
        return counts;
    }

    /** Open discrepancies on one event or its claims. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int openCount(ProjectId project, EventId event) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql("select count(*) from event_open_discrepancy o join event e on e.id = o.event_id"
                        + " where o.event_id = ? and e.project_id = ?")
                .params(event.value(), project.value()).query(Integer.class).single();
    }

    /**
     * Another event was merged into {@code target}: the discrepancies that named the merged event
     * name the target now. Runs inside the merge's transaction, before the merged row is deleted.
     */
    @EventListener
    void on(EventsMerged e) {
        jdbc.sql("update discrepancy set event_id = ? where event_id = ? and project_id = ?")
                .params(e.target().value(), e.merged().value(), e.projectId().value()).update();
    }

    /** Each span in its source context, with the words that differ from the other side marked. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Passage> passages(ProjectId project, DiscrepancyId id) {
        access.require(project, ProjectPermission.READ);
        Discrepancy d = get(project, id);
        List<DiscrepancySpan> spans = d.spans();
        if (spans.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> texts = new HashMap<>();
        jdbc.sql("select id, title, outlet, body from source where project_id = :p and id in (:ids)")
                .param("p", project.value())
                .param("ids", spans.stream().map(DiscrepancySpan::sourceId).distinct().toList())
                .query((rs, n) -> texts.put(rs.getLong("id"), new String[] {rs.getString("title"), rs.getString("outlet"), rs.getString("body")}))
                .list();
        List<Passage> out = new ArrayList<>();
        String first = spans.getFirst().text();
        for (int i = 0; i < spans.size(); i++) {
            DiscrepancySpan s = spans.get(i);
            String[] src = texts.get(s.sourceId());
            String[] ctx = src == null ? new String[] {"", ""} : PassageBuilder.context(src[2], s.start(), s.end());
            List<DiffToken> diff = i == 0
                    ? (spans.size() > 1 ? WordDiff.diff(first, spans.get(1).text()) : List.of())
                    : WordDiff.diff(first, s.text());
            out.add(new Passage(s, src == null ? "(source deleted)" : src[0], src == null ? "" : src[1], ctx[0],
                    PassageBuilder.mark(s.text(), diff, i == 0), ctx[1]));
        }
        return out;
    }

    // Changes -----------------------------------------------------------------------------------

    /** Marks a discrepancy by hand between two or more claims of the project; it starts open. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Discrepancy mark(ProjectId project, DiscrepancyData data) {
        access.require(project, ProjectPermission.EDIT);
        if (data.kind() == null) {
            throw new InvalidInputException("A discrepancy needs a kind: date, number, name, quote, attribution, description or other.");
        }
        String note = data.note() == null ? "" : data.note().strip();
        if (note.length() > 20000) {
            throw new InvalidInputException("A note has at most 20,000 characters.");
        }
        Set<Long> ids = new LinkedHashSet<>(data.claimIds() == null ? List.of() : data.claimIds());
        if (ids.size() < 2) {
            throw new InvalidInputException("Mark a discrepancy between two or more different claims.");
        }
        record Row(long id, long sourceId, int start, int end, String quote, @Nullable Long eventId) {
        }
        List<Row> rows = jdbc.sql("select id, source_id, start_offset, end_offset, quote, event_id from claim"
                        + " where project_id = :p and id in (:ids) order by id")
                .param("p", project.value()).param("ids", List.copyOf(ids))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("source_id"), rs.getInt("start_offset"),
                        rs.getInt("end_offset"), rs.getString("quote"), (Long) rs.getObject("event_id")))
                .list();
        if (rows.size() != ids.size()) {
            Set<Long> missing = new LinkedHashSet<>(ids);
            rows.forEach(r -> missing.remove(r.id()));
            throw new InvalidInputException("No claim " + missing + " in this project.");
        }
        Map<Long, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        List<DiscrepancySpan> spans = ids.stream().map(byId::get)
                .map(r -> new DiscrepancySpan(r.sourceId(), r.start(), r.end(), r.quote())).toList();
        Set<@Nullable Long> events = new HashSet<>();
        rows.forEach(r -> events.add(r.eventId()));
        Long event = events.size() == 1 ? events.iterator().next() : null;
        long id = jdbc.sql("""
                        insert into discrepancy (project_id, kind, status, origin, note, spans, event_id, created_by)
                        values (:p, :kind, 'open', 'manual', :note, cast(:spans as jsonb), :event, :user) returning id""")
                .param("p", project.value())
                .param("kind", data.kind().dbName())
                .param("note", note)
                .param("spans", json.writeValueAsString(spans))
                .param("event", event)
                .param("user", CurrentUser.require().userId())
                .query(Long.class).single();
        linkClaims(project, id, List.copyOf(ids));
        Discrepancy created = find(project, new DiscrepancyId(id)).orElseThrow();
        audit.record(project.value(), "discrepancy", id, "mark", null, auditView(created));
        publisher.publishEvent(new DiscrepancyChanged(project, created.id(), created.status(), "mark"));
        return created;
    }

    /** A suggestion becomes an open discrepancy. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Discrepancy accept(ProjectId project, DiscrepancyId id, int version) {
        return transition(project, id, version, "accept", List.of(DiscrepancyStatus.SUGGESTED), "status = 'open'", Map.of());
    }

    /**
     * Not a real discrepancy: kept (with who and why) so the same suggestion never comes back.
     * Editors dismiss suggestions only; an open discrepancy (accepted or marked by hand) blocks
     * verification, so only a reviewer may set it aside.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Discrepancy dismiss(ProjectId project, DiscrepancyId id, @Nullable String reason, int version) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 5000) {
            throw new InvalidInputException("Say why it is dismissed (1–5000 characters).");
        }
        if (get(project, id).status() == DiscrepancyStatus.OPEN && !mayDismissOpen(project)) {
            throw new AccessDeniedException("This discrepancy is open: a reviewer resolves it (verdict \u201cnot real\u201d if it is"
                    + " not one). Editors dismiss only suggestions.");
        }
        return transition(project, id, version, "dismiss", List.of(DiscrepancyStatus.SUGGESTED, DiscrepancyStatus.OPEN),
                "status = 'dismissed', dismissed_by = :user, dismissed_at = now(), dismiss_reason = :why", Map.of("why", why));
    }

    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'REVIEW')")
    public Discrepancy resolve(ProjectId project, DiscrepancyId id, Resolution r, int version) {
        String value = r.correctValue() == null ? null : r.correctValue().strip();
        String evidence = r.evidence() == null ? null : r.evidence().strip();
        if ((value != null && value.length() > 5000) || (evidence != null && evidence.length() > 20000)) {
            throw new InvalidInputException("The correct value (5000) or the evidence (20,000 characters) is too long.");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("verdict", r.verdict().dbName());
        params.put("value", value == null || value.isEmpty() ? null : value);
        params.put("evidence", evidence == null || evidence.isEmpty() ? null : evidence);
        return transition(project, id, version, "resolve", List.of(DiscrepancyStatus.OPEN),
                "status = 'resolved', verdict = :verdict, correct_value = :value, evidence = :evidence, resolved_by = :user,"
                        + " resolved_at = now()", params);
    }

    /**
     * Whether the signed-in user may resolve, reopen a resolved one, or dismiss an open one: the
     * project's reviewers and owners, and admins.
     */
    public boolean mayReview(ProjectId project) {
        return access.allows(project, ProjectPermission.REVIEW);
    }

    /** Whether the signed-in user may dismiss an open discrepancy (see {@link #mayReview}). */
    public boolean mayDismissOpen(ProjectId project) {
        return mayReview(project);
    }

    /** Back to open. A resolved discrepancy is reopened only by a reviewer; a dismissed one by any editor. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Discrepancy reopen(ProjectId project, DiscrepancyId id, int version) {
        Discrepancy current = get(project, id);
        if (current.status() == DiscrepancyStatus.RESOLVED && !access.allows(project, ProjectPermission.REVIEW)) {
            throw new AccessDeniedException("Only a reviewer reopens a resolved discrepancy.");
        }
        return transition(project, id, version, "reopen", List.of(DiscrepancyStatus.RESOLVED, DiscrepancyStatus.DISMISSED),
                "status = 'open', verdict = null, correct_value = null, evidence = null, resolved_by = null, resolved_at = null,"
                        + " dismissed_by = null, dismissed_at = null, dismiss_reason = null", Map.of());
    }

    /**
     * For history's revert: puts a discrepancy back into an earlier state (status with its
     * verdict, correct value, evidence or dismissal reason), logged as {@code action}. Leaving or
     * entering "resolved" takes a reviewer, as resolving and reopening do; a reverted resolution
     * or dismissal is attributed to whoever reverts it.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Discrepancy revert(ProjectId project, DiscrepancyId id, int version, DiscrepancyStatus status, @Nullable Verdict verdict,
                               @Nullable String correctValue, @Nullable String evidence, @Nullable String dismissReason,
                               String action) {
        Discrepancy before = get(project, id);
        if (before.version() != version) {
            throw stale(before, version);
        }
        if ((before.status() == DiscrepancyStatus.RESOLVED || status == DiscrepancyStatus.RESOLVED)
                && !access.allows(project, ProjectPermission.REVIEW)) {
            throw new AccessDeniedException("Only a reviewer changes whether a discrepancy is resolved.");
        }
        if (status == DiscrepancyStatus.RESOLVED && verdict == null) {
            throw new InvalidInputException("A resolved discrepancy needs a verdict.");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("status", status.dbName());
        params.put("verdict", verdict == null ? null : verdict.dbName());
        params.put("value", correctValue);
        params.put("evidence", evidence);
        params.put("why", dismissReason);
        params.put("user", CurrentUser.require().userId());
        params.put("id", id.value());
        params.put("p", project.value());
        params.put("version", version);
        int n = jdbc.sql("""
                        update discrepancy set status = :status, verdict = :verdict, correct_value = :value, evidence = :evidence,
                            resolved_by = case when :status = 'resolved' then :user end,
                            resolved_at = case when :status = 'resolved' then now() end,
                            dismissed_by = case when :status = 'dismissed' then :user end,
                            dismissed_at = case when :status = 'dismissed' then now() end,
                            dismiss_reason = :why, version = version + 1
                        where id = :id and project_id = :p and version = :version""")
                .params(params).update();
        if (n == 0) {
            throw stale(get(project, id), version);
        }
        Discrepancy after = find(project, id).orElseThrow();
        audit.record(project.value(), "discrepancy", id.value(), action, auditView(before), auditView(after));
        publisher.publishEvent(new DiscrepancyChanged(project, id, after.status(), action));
        return after;
    }

    private Discrepancy transition(ProjectId project, DiscrepancyId id, int version, String action, List<DiscrepancyStatus> from,
                                   String set, Map<String, Object> extra) {
        Discrepancy before = get(project, id);
        if (before.version() != version) {
            throw stale(before, version);
        }
        if (!from.contains(before.status())) {
            throw new ConflictException("invalid_transition", "A " + before.status().dbName() + " discrepancy cannot be "
                    + pastTense(action) + ".", before);
        }
        Map<String, Object> params = new HashMap<>(extra);
        params.put("id", id.value());
        params.put("p", project.value());
        params.put("version", version);
        params.put("user", CurrentUser.require().userId());
        params.put("from", from.stream().map(DiscrepancyStatus::dbName).toList());
        int n = jdbc.sql("update discrepancy set " + set + ", version = version + 1"
                        + " where id = :id and project_id = :p and version = :version and status in (:from)")
                .params(params).update();
        if (n == 0) {
            throw stale(get(project, id), version);
        }
        Discrepancy after = find(project, id).orElseThrow();
        audit.record(project.value(), "discrepancy", id.value(), action, auditView(before), auditView(after));
        publisher.publishEvent(new DiscrepancyChanged(project, id, after.status(), action));
        return after;
    }

    private static String pastTense(String action) {
        return switch (action) {
            case "accept" -> "accepted";
            case "dismiss" -> "dismissed";
            case "resolve" -> "resolved";
            case "reopen" -> "reopened";
            default -> action + "ed";
        };
    }

    private ConflictException stale(Discrepancy current, int version) {
        return new ConflictException("Someone else changed this discrepancy (now version " + current.version()
                + ", you had version " + version + "). Reload it to see their change.", current);
    }

    // Suggestions -------------------------------------------------------------------------------

    /**
     * Runs the detector over the project's sources and claims and stores each new suggestion as a
     * {@code suggested} discrepancy. A fingerprint already in the project, in whatever status
     * (dismissed included), is never suggested again. Runs as the system; callers are the
     * background listener, the startup run and tests. Returns how many suggestions were added.
     */
    /**
     * Limits of one suggestion run (see README, "Limits"): characters read from one source, from all sources,
     * and suggestions added; beyond them a run still finishes, on less.
     */
    static final int MAX_DETECT_CHARS = 1_000_000;
    static final long MAX_DETECT_TOTAL = 8_000_000;
    static final int MAX_NEW_SUGGESTIONS = 2_000;

    /**
     * "Run the detector now" on a user's request: it writes suggestions, so it takes the right to edit
     * the project (a viewer gets 403). The background runs after imports call {@link #refreshSuggestions}.
     */
    @Transactional
    public int refreshSuggestionsNow(ProjectId project) {
        access.require(project, ProjectPermission.EDIT);
        return refreshSuggestions(project);
    }

    @Transactional
    public int refreshSuggestions(ProjectId project) {
        // One refresh per project at a time: imports in quick succession each trigger one.
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(7301, ?)) x").param((int) project.value()).query(Integer.class).single();
        // Bounded input: the first MAX_DETECT_CHARS of each text, and texts up to MAX_DETECT_TOTAL in all (the
        // earliest first); the database cuts the texts, so a 5 MB article never reaches this heap whole.
        List<DetectDocument> docs = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("""
                        select id, outlet, left(body, :max) as body, published_on, coalesce(republishes_id, id) as original
                        from source where project_id = :p order by published_on nulls last, id""")
                .param("p", project.value()).param("max", MAX_DETECT_CHARS)
                .query(rs -> {
                    String body = rs.getString("body");
                    if (total[0] + body.length() <= MAX_DETECT_TOTAL) {
                        total[0] += body.length();
                        Date published = rs.getDate("published_on");
                        // a re-publication counts with its original: the same independence key
                        docs.add(new DetectDocument(Long.toString(rs.getLong("id")), rs.getString("outlet"), body,
                                published == null ? null : published.toLocalDate(), Long.toString(rs.getLong("original"))));
                    }
                });
        if (docs.isEmpty()) {
            return 0;
        }
        List<DetectClaim> claims = jdbc.sql("""
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
        Set<String> known = new HashSet<>(jdbc.sql("select fingerprint from discrepancy where project_id = ? and fingerprint is not null")
                .param(project.value()).query(String.class).list());
        Set<Long> eventIds = new HashSet<>(jdbc.sql("select id from event where project_id = ?").param(project.value())
                .query(Long.class).list());
        int added = 0;
        List<Suggestion> found = detector.detect(docs, claims);
        withdrawGone(project, found);
        for (Suggestion s : found) {
            if (added >= MAX_NEW_SUGGESTIONS) {
                log.info("Project {}: more than {} new suggestions; the others come with the next refresh", project, MAX_NEW_SUGGESTIONS);
                break;
            }
            if (!known.add(s.fingerprint())) {
                continue;
            }
            List<DiscrepancySpan> spans = s.spans().stream()
                    .map(sp -> new DiscrepancySpan(Long.parseLong(sp.documentId()), sp.start(), sp.end(), sp.text())).toList();
            Long event = s.eventId() == null ? null : Long.valueOf(s.eventId());
            Optional<Long> id = jdbc.sql("""
                            insert into discrepancy (project_id, kind, status, origin, reason, spans, fingerprint, event_id, confidence)
                            values (:p, :kind, 'suggested', 'suggested', :reason, cast(:spans as jsonb), :fp, :event, :confidence)
                            on conflict (project_id, fingerprint) where fingerprint is not null do nothing
                            returning id""")
                    .param("p", project.value())
                    .param("kind", DiscrepancyKind.valueOf(s.kind().name()).dbName())
                    .param("reason", s.reason() == null ? "" : s.reason())
                    .param("spans", json.writeValueAsString(spans))
                    .param("fp", s.fingerprint())
                    .param("confidence", (float) Math.max(0, Math.min(1, s.confidence())))
                    .param("event", event != null && eventIds.contains(event) ? event : null)
                    .query(Long.class).optional();
            if (id.isEmpty()) {
                continue;
            }
            linkClaims(project, id.get(), s.claimIds().stream().map(Long::valueOf).toList());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", s.kind().name().toLowerCase());
            view.put("reason", s.reason());
            view.put("fingerprint", s.fingerprint());
            view.put("spans", spans);
            audit.record(project.value(), "discrepancy", id.get(), "suggest", null, view);
            added++;
        }
        if (added > 0) {
            log.info("Project {}: {} new discrepancy suggestion(s)", project, added);
        }
        return added;
    }

    /**
     * Why the software has no up-to-date suggestions for the project, if the last background run
     * failed: what failed, when, and that it is tried again when a source or claim changes.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> suggestionProblem(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return failures.find(project).map(f -> "Suggestions could not be computed on "
                + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", java.util.Locale.ENGLISH)
                        .withZone(java.time.ZoneOffset.UTC).format(f.at())
                + ": " + f.message() + " They are tried again when a source or claim of the project changes;"
                + " marking discrepancies by hand works as usual.");
    }

    /**
     * Suggestions nobody has acted on yet whose passages the detector no longer finds (the texts or the detection
     * changed) are withdrawn: deleted, with an audit entry. Accepted, resolved and dismissed ones stay, so a dismissal
     * still keeps its fingerprint from coming back.
     */
    private void withdrawGone(ProjectId project, List<Suggestion> current) {
        Set<String> fingerprints = new HashSet<>();
        current.forEach(s -> fingerprints.add(s.fingerprint()));
        record Gone(long id, String fingerprint, String kind, String reason) {
        }
        List<Gone> gone = jdbc.sql("""
                        select id, fingerprint, kind, reason from discrepancy
                        where project_id = ? and status = 'suggested' and origin = 'suggested' and fingerprint is not null""")
                .param(project.value())
                .query((rs, n) -> new Gone(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("kind"), rs.getString("reason")))
                .list().stream().filter(g -> !fingerprints.contains(g.fingerprint())).toList();
        for (Gone g : gone) {
            jdbc.sql("delete from discrepancy where id = ? and project_id = ? and status = 'suggested'")
                    .params(g.id(), project.value()).update();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", g.kind());
            view.put("reason", g.reason());
            view.put("fingerprint", g.fingerprint());
            audit.record(project.value(), "discrepancy", g.id(), "withdraw", view, null);
        }
        if (!gone.isEmpty()) {
            log.info("Project {}: {} suggestion(s) withdrawn, their passages no longer differ", project, gone.size());
        }
    }

    /** Projects that have sources but have never had suggestions computed (or found none). */
    @Transactional(readOnly = true)
    List<ProjectId> projectsWithoutSuggestions() {
        return jdbc.sql("""
                        select p.id from project p
                        where exists (select 1 from source s where s.project_id = p.id)
                          and not exists (select 1 from discrepancy d where d.project_id = p.id and d.origin = 'suggested')
                        order by p.id""")
                .query((rs, n) -> new ProjectId(rs.getLong("id"))).list();
    }

    // Mapping -----------------------------------------------------------------------------------

    private void linkClaims(ProjectId project, long discrepancyId, List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into discrepancy_claim (discrepancy_id, claim_id)
                        select :d, c.id from claim c where c.project_id = :p and c.id in (:ids)
                        on conflict do nothing""")
                .param("d", discrepancyId).param("p", project.value()).param("ids", claimIds).update();
    }

    private Optional<Discrepancy> find(ProjectId project, DiscrepancyId id) {
        return jdbc.sql(SELECT + " where d.id = ? and d.project_id = ?").params(id.value(), project.value()).query(this::map).optional();
    }

    /** The discrepancy as its audit entries show it (history's diff and revert read this shape). */
    static Map<String, Object> auditView(Discrepancy d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().dbName());
        m.put("status", d.status().dbName());
        m.put("note", d.note());
        m.put("claimIds", d.claimIds());
        m.put("eventId", d.eventId());
        m.put("verdict", d.verdict() == null ? null : d.verdict().dbName());
        m.put("correctValue", d.correctValue());
        m.put("evidence", d.evidence());
        m.put("dismissReason", d.dismissReason());
        return m;
    }

    private Discrepancy map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
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
