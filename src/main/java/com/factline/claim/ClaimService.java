package com.factline.claim;

import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.Page;
import com.factline.base.NotFoundException;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import com.factline.source.Source;
import com.factline.source.SourceId;
import com.factline.source.SourcePublicationDateChanged;
import com.factline.source.SourceService;
import com.factline.temporal.DateColumns;
import com.factline.temporal.DateValue;
import com.factline.temporal.TemporalExpression;
import com.factline.temporal.TemporalResolver;
import com.factline.timeline.EventData;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
public class ClaimService {

    static final int CONTEXT = 32;
    /**
     * The longest quote a claim may have, in characters (code points): a claim quotes a statement, not a
     * text, and the quote is copied into the audit log, discrepancy spans and word diffs.
     */
    public static final int MAX_QUOTE = 2_000;
    private static final String SELECT = """
            select c.*, s.title as source_title, s.outlet as source_outlet, u.username as updated_by_name,
                   (select count(*) from discrepancy_claim dc join discrepancy d on d.id = dc.discrepancy_id
                     where dc.claim_id = c.id and d.status = 'open') as open_discrepancies,
                   (select e.title from event e where e.id = c.event_id) as event_title
            from claim c join source s on s.id = c.source_id left join app_user u on u.id = c.updated_by
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final SourceService sources;
    private final EventService events;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final TemporalResolver resolver = new TemporalResolver();

    ClaimService(JdbcClient jdbc, ProjectAccess access, SourceService sources, EventService events, AuditLog audit,
                 ApplicationEventPublisher publisher, JsonMapper json) {
        this.jdbc = jdbc;
        this.access = access;
        this.sources = sources;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
        this.json = json;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Claim> list(ProjectId project, ClaimFilter f) {
        access.require(project, ProjectPermission.READ);
        return query(project, f, null, 0, 0);
    }

    /** Page sizes of the claim list (API and view). */
    public static final int DEFAULT_PAGE = 200;
    public static final int MAX_PAGE = 1000;

    /**
     * One page of the claim list in its order (date, publication, source, position): the claims
     * after the one named by {@code cursor} (from the API), or from {@code offset} (a view's
     * scrolling), at most {@code limit}. The cost is that of one page, not of the whole list.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<Claim> page(ProjectId project, ClaimFilter f, @Nullable String cursor, int offset, int limit) {
        access.require(project, ProjectPermission.READ);
        int n = Page.limit(limit, DEFAULT_PAGE, MAX_PAGE);
        Long after = Page.cursor(cursor);
        if (after != null && !jdbc.sql("select exists (select 1 from claim where id = ? and project_id = ?)")
                .params(after, project.value()).query(Boolean.class).single()) {
            throw new InvalidInputException("invalid_cursor", "The claim this cursor points after was deleted or is not in this"
                    + " project; list again from the start.");
        }
        List<Claim> rows = query(project, f, after, Math.max(0, offset), n + 1);
        boolean more = rows.size() > n;
        List<Claim> items = more ? rows.subList(0, n) : rows;
        return new Page<>(List.copyOf(items), more ? String.valueOf(items.getLast().id().value()) : null);
    }

    /** The list's order, as a row value that keyset paging can compare (nulls last, as infinity). */
    private static final String ORDER_KEY = "coalesce(c.date_earliest, 'infinity'::date), coalesce(s.published_on, 'infinity'::date),"
            + " c.source_id, c.start_offset, c.id";

    /** {@code limit} 0: all. */
    private List<Claim> query(ProjectId project, ClaimFilter f, @Nullable Long after, int offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where c.project_id = :p");
        Map<String, Object> params = new java.util.HashMap<>();
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
            sql.append(" and c.date_earliest <= :to");
            params.put("to", Date.valueOf(f.to()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (c.quote ilike :text or c.statement ilike :text)");
            params.put("text", com.factline.base.Text.containsPattern(f.text()));
        }
        if (after != null) {
            sql.append(" and (").append(ORDER_KEY).append(") > (select ").append(ORDER_KEY.replace("c.", "c2.").replace("s.", "s2."))
                    .append(" from claim c2 join source s2 on s2.id = c2.source_id where c2.id = :after)");
            params.put("after", after);
        }
        sql.append(" order by ").append(ORDER_KEY);
        if (limit > 0) {
            sql.append(" limit :limit offset :offset");
            params.put("limit", limit);
            params.put("offset", offset);
        }
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Claim get(ProjectId project, ClaimId id) {
        access.require(project, ProjectPermission.READ);
        return find(project, id).orElseThrow(() -> new NotFoundException("No claim " + id + " in project " + project + "."));
    }

    /**
     * Creates a claim. The server checks the anchor: offsets inside the text and the quote exactly
     * the text between them; anything else is refused.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Claim create(ProjectId project, ClaimData data) {
        Source source = sources.get(project, data.sourceId());
        String text = source.text();
        int length = source.length();
        if (data.start() < 0 || data.end() > length || data.start() >= data.end()) {
            throw new InvalidInputException("offsets_out_of_range", "The span " + data.start() + "\u2013" + data.end()
                    + " is not inside the text (0\u2013" + length + ") or is empty.");
        }
        if (data.end() - data.start() > MAX_QUOTE) {
            throw new InvalidInputException("quote_too_long", "A claim quotes at most " + String.format(java.util.Locale.ENGLISH, "%,d", MAX_QUOTE)
                    + " characters; the span " + data.start() + "\u2013" + data.end() + " has "
                    + String.format(java.util.Locale.ENGLISH, "%,d", data.end() - data.start()) + ". Select the sentence that makes the claim.");
        }
        int from = text.offsetByCodePoints(0, data.start());
        int to = text.offsetByCodePoints(from, data.end() - data.start());
        String actual = text.substring(from, to);
        if (data.quote() == null || !data.quote().equals(actual)) {
            throw new InvalidInputException("quote_mismatch", "The quote does not match the text at " + data.start() + "\u2013"
                    + data.end() + ": the text there is \u201c" + abbreviate(actual) + "\u201d.");
        }
        if (actual.isBlank()) {
            throw new InvalidInputException("A claim must quote some text, not only white space.");
        }
        String prefix = text.substring(text.offsetByCodePoints(from, -Math.min(CONTEXT, data.start())), from);
        String suffix = text.substring(to, text.offsetByCodePoints(to, Math.min(CONTEXT, length - data.end())));
        String statement = statement(data.statement());
        checkDate(data.date(), length);
        checkEvent(project, data.eventId());
        ClaimStatus status = data.status() == null ? ClaimStatus.DRAFT : data.status();
        long user = CurrentUser.require().userId();
        ClaimDate d = data.date();
        long id = jdbc.sql("""
                        insert into claim (project_id, source_id, start_offset, end_offset, quote, prefix, suffix, statement,
                            date_earliest, date_latest, date_precision, date_edtf, date_expression, date_explanation,
                            date_resolved_against, date_expression_start, date_expression_end, status,
                            created_by, updated_by)
                        values (:p, :s, :start, :end, :quote, :prefix, :suffix, :statement, :e, :l, :precision, :edtf,
                            :expression, :explanation, :against, :xs, :xe, :status, :user, :user)
                        returning id""")
                .param("p", project.value())
                .param("s", source.id().value())
                .param("start", data.start())
                .param("end", data.end())
                .param("quote", actual)
                .param("prefix", prefix)
                .param("suffix", suffix)
                .param("statement", statement)
                .params(DateColumns.params(d == null ? null : d.value()))
                .param("expression", d == null ? null : d.expression())
                .param("explanation", d == null ? null : d.explanation())
                .param("against", d == null || d.expressionStart() == null || source.publishedOn() == null ? null : Date.valueOf(source.publishedOn()))
                .param("xs", d == null ? null : d.expressionStart())
                .param("xe", d == null ? null : d.expressionEnd())
                .param("status", status.dbName())
                .param("user", user)
                .query(Long.class).single();
        EventId event = data.eventId();
        if (event != null) {
            // The timeline module alone writes claim.event_id.
            events.moveClaim(project, id, event);
        }
        Claim created = find(project, new ClaimId(id)).orElseThrow();
        audit.record(project.value(), "claim", id, "create", null, auditView(created));
        events.claimChanged(project, event);
        publisher.publishEvent(new ClaimChanged(project, created.id(), "create", null, event));
        return created;
    }

    /**
     * One editor action from the claim panel: a new event with the claim's date, and the claim
     * created on it, in one transaction, so a refused claim leaves no orphan event.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Claim createOnNewEvent(ProjectId project, ClaimData data, String eventTitle) {
        EventId event = newEvent(project, eventTitle, data.date());
        return create(project, new ClaimData(data.sourceId(), data.start(), data.end(), data.quote(), data.statement(),
                data.date(), event, data.status()));
    }

    /** Like {@link #createOnNewEvent}, for an existing claim moved onto a new event. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Claim updateOntoNewEvent(ProjectId project, ClaimId id, ClaimUpdate u, int version, String eventTitle) {
        EventId event = newEvent(project, eventTitle, u.date());
        return change(project, id, new ClaimUpdate(u.statement(), u.date(), event, u.status()), version, "update");
    }

    private EventId newEvent(ProjectId project, String title, @Nullable ClaimDate date) {
        return events.create(project, new EventData(title, null, null, date == null ? null : date.value())).id();
    }

    /**
     * The claim panel's save, one user action in one call and one transaction: creates the claim
     * or changes it, on a new event when a title for one is given, with the date's provenance
     * chosen here ({@link ClaimDate#chosen}), not in the view.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Claim save(ProjectId project, ClaimEdit edit) {
        Claim before = edit.id() == null ? null : get(project, edit.id());
        ClaimDate date = ClaimDate.chosen(edit.date(), before == null ? null : before.date(), edit.offered());
        String title = edit.newEventTitle() == null || edit.newEventTitle().isBlank() ? null : edit.newEventTitle();
        if (before == null) {
            ClaimData data = new ClaimData(edit.sourceId(), edit.start(), edit.end(), edit.quote(), edit.statement(), date,
                    edit.eventId(), ClaimStatus.DRAFT);
            return title == null ? create(project, data) : createOnNewEvent(project, data, title);
        }
        ClaimUpdate update = new ClaimUpdate(edit.statement(), date, edit.eventId(), edit.status());
        return title == null ? change(project, before.id(), update, edit.version(), "update")
                : updateOntoNewEvent(project, before.id(), update, edit.version(), title);
    }

    /** Changes statement, date, event or status. A stale version is refused with the current claim. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Claim update(ProjectId project, ClaimId id, ClaimUpdate u, int version) {
        return change(project, id, u, version, "update");
    }

    /** For history's revert: the same as {@link #update}, logged as {@code action}. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Claim revert(ProjectId project, ClaimId id, ClaimUpdate u, int version, String action) {
        return change(project, id, u, version, action);
    }

    private Claim change(ProjectId project, ClaimId id, ClaimUpdate u, int version, String action) {
        Claim before = get(project, id);
        if (before.version() != version) {
            throw stale(before, version);
        }
        String statement = u.statement() == null ? before.statement() : statement(u.statement());
        ClaimDate d = u.date();
        // The same bounds as on creation and on a backup restore: an expression outside the text would make
        // every later backup of the project unrestorable.
        checkDate(d, sourceLength(before.sourceId()));
        checkEvent(project, u.eventId());
        ClaimStatus status = u.status() == null ? before.status() : u.status();
        boolean sameDate = d != null && before.date() != null && d.value().equals(before.date().value());
        EventId eventBefore = before.eventId();
        EventId eventAfter = u.eventId();
        if (!java.util.Objects.equals(eventBefore, eventAfter)) {
            // The timeline module alone writes claim.event_id, locking events then the claim (its one order).
            events.moveClaim(project, id.value(), eventAfter);
        }
        int n = jdbc.sql("""
                        update claim set statement = :statement, date_earliest = :e, date_latest = :l, date_precision = :precision,
                            date_edtf = :edtf, date_expression = :expression, date_explanation = :explanation,
                            date_expression_start = :xs, date_expression_end = :xe,
                            date_resolved_against = case when :keepAgainst then date_resolved_against else null end,
                            date_check = case when :keepAgainst then date_check else null end,
                            status = :status, updated_by = :user, updated_at = now(), version = version + 1
                        where id = :id and project_id = :p and version = :version""")
                .param("statement", statement)
                .params(DateColumns.params(d == null ? null : d.value()))
                .param("expression", d == null ? null : d.expression())
                .param("explanation", d == null ? null : d.explanation())
                .param("xs", d == null ? null : d.expressionStart())
                .param("xe", d == null ? null : d.expressionEnd())
                .param("keepAgainst", sameDate)
                .param("status", status.dbName())
                .param("user", CurrentUser.require().userId())
                .param("id", id.value())
                .param("p", project.value())
                .param("version", version)
                .update();
        if (n == 0) {
            throw stale(get(project, id), version);
        }
        Claim after = find(project, id).orElseThrow();
        audit.record(project.value(), "claim", id.value(), action, auditView(before), auditView(after));
        events.claimChanged(project, eventBefore);
        if (!java.util.Objects.equals(eventBefore, eventAfter)) {
            events.claimChanged(project, eventAfter);
        }
        publisher.publishEvent(new ClaimChanged(project, id, "update", eventBefore, eventAfter));
        return after;
    }

    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public void delete(ProjectId project, ClaimId id, int version) {
        Claim before = get(project, id);
        EventId event = before.eventId();
        if (event != null) {
            // Off its event first, through the timeline: the one lock order (events, then the claim).
            events.moveClaim(project, id.value(), null);
        }
        int n = jdbc.sql("delete from claim where id = ? and project_id = ? and version = ?")
                .params(id.value(), project.value(), version).update();
        if (n == 0) {
            throw stale(before, version);
        }
        audit.record(project.value(), "claim", id.value(), "delete", auditView(before), null);
        events.claimChanged(project, event);
        publisher.publishEvent(new ClaimChanged(project, id, "delete", event, null));
    }

    /**
     * Settles a "publication date changed" flag: keep the date as it is, or take the date resolved
     * against the new publication date.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Claim resolveDateCheck(ProjectId project, ClaimId id, boolean takeNew, int version) {
        Claim c = get(project, id);
        if (c.dateCheck() == null) {
            throw new ConflictException("no_date_check", "This claim has no pending date check.", c);
        }
        if (c.version() != version) {
            throw stale(c, version);
        }
        ClaimDate date = c.date();
        DateCheck.Resolution p = c.dateCheck().proposed();
        if (takeNew && p != null && date != null) {
            date = new ClaimDate(new DateValue(LocalDate.parse(p.earliest()), LocalDate.parse(p.latest()),
                    DateValue.parsePrecision(p.precision()), p.edtf()), date.expression(), p.explanation(),
                    date.expressionStart(), date.expressionEnd());
        }
        int n = jdbc.sql("""
                        update claim set date_check = null, date_resolved_against = :against,
                            date_earliest = :e, date_latest = :l, date_precision = :precision, date_edtf = :edtf,
                            date_explanation = :explanation, updated_by = :user, updated_at = now(), version = version + 1
                        where id = :id and version = :version""")
                .param("against", c.dateCheck().newPublishedOn() == null ? null : Date.valueOf(c.dateCheck().newPublishedOn()))
                .params(DateColumns.params(date == null ? null : date.value()))
                .param("explanation", date == null ? null : date.explanation())
                .param("user", CurrentUser.require().userId())
                .param("id", id.value())
                .param("version", version)
                .update();
        if (n == 0) {
            throw stale(get(project, id), version);
        }
        Claim after = find(project, id).orElseThrow();
        audit.record(project.value(), "claim", id.value(), takeNew ? "accept-new-date" : "keep-date", auditView(c), auditView(after));
        EventId event = after.eventId();
        events.claimChanged(project, event);
        publisher.publishEvent(new ClaimChanged(project, id, "update", event, event));
        return after;
    }

    /**
     * When a source's publication date is corrected, claims dated from an expression resolved
     * against the old date are flagged, with the new resolution beside the old one; their dates
     * are not silently changed. Runs inside the metadata update's transaction.
     */
    @EventListener
    void onPublicationDateChanged(SourcePublicationDateChanged e) {
        Source source = sources.get(e.projectId(), e.sourceId());
        List<Claim> affected = list(e.projectId(), ClaimFilter.ofSource(e.sourceId().value())).stream()
                .filter(c -> c.date() != null && c.date().expressionStart() != null)
                .toList();
        if (affected.isEmpty()) {
            return;
        }
        List<TemporalExpression> resolved = resolver.resolve(source.text(), e.after());
        for (Claim c : affected) {
            ClaimDate d = c.date();
            Optional<TemporalExpression> now = resolved.stream()
                    .filter(x -> x.start() == d.expressionStart() && x.end() == d.expressionEnd())
                    .findFirst();
            DateCheck.Resolution proposed = now.filter(x -> x.earliest() != null)
                    .map(x -> resolution(DateValue.from(x), x.explanation())).orElse(null);
            if (proposed != null && proposed.earliest().equals(d.value().earliest().toString())
                    && proposed.latest().equals(d.value().latest().toString())) {
                // Same date either way: nothing to check, but it now rests on the new publication date.
                jdbc.sql("update claim set date_resolved_against = ?, date_check = null where id = ?")
                        .params(e.after() == null ? null : Date.valueOf(e.after()), c.id().value()).update();
                continue;
            }
            DateCheck check = new DateCheck(e.before(), e.after(), resolution(d.value(), d.explanation()), proposed);
            jdbc.sql("update claim set date_check = cast(? as jsonb), version = version + 1 where id = ?")
                    .params(json.writeValueAsString(check), c.id().value()).update();
            audit.record(e.projectId().value(), "claim", c.id().value(), "flag-date-check", null, check);
            publisher.publishEvent(new ClaimChanged(e.projectId(), c.id(), "update", c.eventId(), c.eventId()));
        }
    }

    private static DateCheck.Resolution resolution(DateValue v, @Nullable String explanation) {
        return new DateCheck.Resolution(v.earliest().toString(), v.latest().toString(), v.precisionName(), v.edtf(),
                v.display(), explanation);
    }

    private ConflictException stale(Claim current, int version) {
        return new ConflictException("Someone else changed this claim (now version " + current.version()
                + ", you edited version " + version + "). Reload it, or apply your change on top of theirs.", current);
    }

    private void checkEvent(ProjectId project, @Nullable EventId eventId) {
        if (eventId != null && !events.exists(project, eventId)) {
            throw new InvalidInputException("No event " + eventId + " in this project.");
        }
    }

    /** The length of a claim's source in code points (read model of the source's table). */
    private int sourceLength(SourceId source) {
        return jdbc.sql("select char_count from source where id = ?").param(source.value()).query(Integer.class).single();
    }

    private static void checkDate(@Nullable ClaimDate d, int length) {
        if (d == null) {
            return;
        }
        if ((d.expressionStart() == null) != (d.expressionEnd() == null)) {
            throw new InvalidInputException("The expression's start and end come together.");
        }
        if (d.expressionStart() != null && (d.expressionStart() < 0 || d.expressionStart() >= d.expressionEnd() || d.expressionEnd() > length)) {
            throw new InvalidInputException("offsets_out_of_range", "The date expression's offsets are outside the text.");
        }
        if (d.expression() != null && d.expression().length() > 500) {
            throw new InvalidInputException("The date expression is too long.");
        }
    }

    private static String statement(@Nullable String s) {
        String v = s == null ? "" : s.strip();
        if (v.length() > 5000) {
            throw new InvalidInputException("A statement has at most 5000 characters.");
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private Optional<Claim> find(ProjectId project, ClaimId id) {
        return jdbc.sql(SELECT + " where c.id = ? and c.project_id = ?").params(id.value(), project.value()).query(this::map).optional();
    }

    /** The claim as its audit entries show it (history's diff and revert read this shape). */
    static Map<String, Object> auditView(Claim c) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("sourceId", c.sourceId().value());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("quote", c.quote());
        m.put("statement", c.statement());
        m.put("date", c.date() == null ? null : Map.of("earliest", c.date().value().earliest().toString(),
                "latest", c.date().value().latest().toString(), "precision", c.date().value().precisionName(),
                "edtf", c.date().value().edtf()));
        m.put("status", c.status().dbName());
        m.put("eventId", c.eventId() == null ? null : c.eventId().value());
        return m;
    }

    private Claim map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
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

    /** Used by the API's 404s and the views: the ids of a source's claims in text order. */
    List<Claim> forSource(ProjectId project, SourceId source) {
        return new ArrayList<>(list(project, ClaimFilter.ofSource(source.value())));
    }
}
