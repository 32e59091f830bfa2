package com.factline.claim;

import com.factline.base.ids.ClaimId;
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
import com.factline.source.SourceSpan;
import com.factline.temporal.DateValue;
import com.factline.temporal.TemporalExpression;
import com.factline.temporal.TemporalResolver;
import com.factline.timeline.EventData;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ClaimService {

    static final int CONTEXT = 32;
    /**
     * The longest quote a claim may have, in characters (code points): a claim quotes a statement, not a
     * text, and the quote is copied into the audit log, discrepancy spans and word diffs.
     */
    public static final int MAX_QUOTE = 2_000;

    private final ClaimStore store;
    private final ProjectAccess access;
    private final SourceService sources;
    private final EventService events;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final TemporalResolver resolver = new TemporalResolver();

    ClaimService(ClaimStore store, ProjectAccess access, SourceService sources, EventService events, AuditLog audit,
                 ApplicationEventPublisher publisher) {
        this.store = store;
        this.access = access;
        this.sources = sources;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
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
    // signed in and a reader: access.require below (the same check as isAuthenticated(), without SpEL per call, #18)
    public Page<Claim> page(ProjectId project, ClaimFilter f, @Nullable String cursor, int offset, int limit) {
        access.require(project, ProjectPermission.READ);
        int n = Page.limit(limit, DEFAULT_PAGE, MAX_PAGE);
        Long after = Page.cursor(cursor);
        if (after != null && !store.exists(project, after)) {
            throw new InvalidInputException("invalid_cursor", "The claim this cursor points after was deleted or is not in this"
                    + " project; list again from the start.");
        }
        List<Claim> rows = query(project, f, after, Math.max(0, offset), n + 1);
        boolean more = rows.size() > n;
        List<Claim> items = more ? rows.subList(0, n) : rows;
        return new Page<>(List.copyOf(items), more ? String.valueOf(items.getLast().id().value()) : null);
    }

    /** {@code limit} 0: all. */
    private List<Claim> query(ProjectId project, ClaimFilter f, @Nullable Long after, int offset, int limit) {
        return store.query(project, f, after, offset, limit);
    }

    @Transactional(readOnly = true)
    // signed in and a reader: access.require below (the same check as isAuthenticated(), without SpEL per call, #18)
    public Claim get(ProjectId project, ClaimId id) {
        access.require(project, ProjectPermission.READ);
        return find(project, id).orElseThrow(() -> new NotFoundException("No claim " + id + " in project " + project + "."));
    }

    /**
     * Creates a claim. The server checks the anchor: offsets inside the text and the quote exactly
     * the text between them; anything else is refused.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Claim create(ProjectId project, ClaimData data) {
        access.require(project, ProjectPermission.EDIT); // inside the transaction: one connection per write (issue #18)
        // Only the span and its context come from the database, not the whole text (issue #18).
        SourceSpan source = sources.span(project, data.sourceId(), data.start(), data.end(), MAX_QUOTE, CONTEXT);
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
        String actual = source.text();
        if (data.quote() == null || !data.quote().equals(actual)) {
            throw new InvalidInputException("quote_mismatch", "The quote does not match the text at " + data.start() + "\u2013"
                    + data.end() + ": the text there is \u201c" + abbreviate(actual) + "\u201d.");
        }
        if (actual.isBlank()) {
            throw new InvalidInputException("A claim must quote some text, not only white space.");
        }
        String prefix = source.prefix();
        String suffix = source.suffix();
        String statement = statement(data.statement());
        checkDate(data.date(), length);
        checkEvent(project, data.eventId());
        ClaimStatus status = data.status() == null ? ClaimStatus.DRAFT : data.status();
        long user = CurrentUser.require().userId();
        ClaimDate d = data.date();
        Claim inserted = store.insertReturning(project, source.id(), data.start(), data.end(), actual, prefix, suffix, statement, d,
                d == null || d.expressionStart() == null || source.publishedOn() == null ? null : source.publishedOn(),
                status, user);
        long id = inserted.id().value();
        EventId event = data.eventId();
        Claim created = inserted;
        if (event != null) {
            // The timeline module alone writes claim.event_id.
            events.moveClaim(project, new ClaimId(id), event);
            created = find(project, new ClaimId(id)).orElseThrow();
        }
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
    @PreAuthorize("isAuthenticated()")
    public Claim createOnNewEvent(ProjectId project, ClaimData data, String eventTitle) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
        EventId event = newEvent(project, eventTitle, data.date());
        return create(project, new ClaimData(data.sourceId(), data.start(), data.end(), data.quote(), data.statement(),
                data.date(), event, data.status()));
    }

    /** Like {@link #createOnNewEvent}, for an existing claim moved onto a new event. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Claim updateOntoNewEvent(ProjectId project, ClaimId id, ClaimUpdate u, int version, String eventTitle) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
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
    @PreAuthorize("isAuthenticated()")
    public Claim save(ProjectId project, ClaimEdit edit) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
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
    @PreAuthorize("isAuthenticated()")
    public Claim update(ProjectId project, ClaimId id, ClaimUpdate u, int version) {
        access.require(project, ProjectPermission.EDIT); // inside the transaction: one connection per write (issue #18)
        return change(project, id, u, version, "update");
    }

    /** For history's revert: the same as {@link #update}, logged as {@code action}. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Claim revert(ProjectId project, ClaimId id, ClaimUpdate u, int version, String action) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
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
        if (d != null) {
            checkDate(d, sourceLength(before.sourceId()));
        }
        if (!java.util.Objects.equals(before.eventId(), u.eventId())) {
            checkEvent(project, u.eventId()); // the claim's own event is the project's (issue #18: one read less)
        }
        ClaimStatus status = u.status() == null ? before.status() : u.status();
        boolean sameDate = d != null && before.date() != null && d.value().equals(before.date().value());
        EventId eventBefore = before.eventId();
        EventId eventAfter = u.eventId();
        boolean moved = !java.util.Objects.equals(eventBefore, eventAfter);
        boolean redate = false;
        if (moved) {
            // The timeline module alone writes claim.event_id, locking events then the claim (its one order).
            events.moveClaim(project, id, eventAfter);
        } else {
            redate = events.claimChanging(project, eventBefore); // the same order: its event, then the claim
        }
        Claim after = store.updateReturning(project, id, statement, d, sameDate, status, CurrentUser.require().userId(), version)
                .orElseThrow(() -> stale(get(project, id), version));
        audit.record(project.value(), "claim", id.value(), action, auditView(before), auditView(after));
        if (moved) {
            events.claimChanged(project, eventBefore);
            events.claimChanged(project, eventAfter);
        } else if (redate) {
            events.redateFromClaims(project, eventBefore);
        }
        publisher.publishEvent(new ClaimChanged(project, id, "update", eventBefore, eventAfter));
        return after;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void delete(ProjectId project, ClaimId id, int version) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
        Claim before = get(project, id);
        EventId event = before.eventId();
        if (event != null) {
            // Off its event first, through the timeline: the one lock order (events, then the claim).
            events.moveClaim(project, id, null);
        }
        if (!store.delete(project, id, version)) {
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
    @PreAuthorize("isAuthenticated()")
    public Claim resolveDateCheck(ProjectId project, ClaimId id, boolean takeNew, int version) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
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
        // The one order of claim writes: its event (a substantive edit of it), then the claim.
        boolean redate = events.claimChanging(project, c.eventId());
        if (!store.settleDateCheck(id, c.dateCheck().newPublishedOn(), date, CurrentUser.require().userId(), version)) {
            throw stale(get(project, id), version);
        }
        Claim after = find(project, id).orElseThrow();
        audit.record(project.value(), "claim", id.value(), takeNew ? "accept-new-date" : "keep-date", auditView(c), auditView(after));
        EventId event = after.eventId();
        if (redate && event != null) {
            events.redateFromClaims(project, event);
        }
        publisher.publishEvent(new ClaimChanged(project, id, "update", event, event));
        return after;
    }

    /**
     * When a source's publication date is corrected, claims dated from an expression resolved
     * against the old date are flagged, with the new resolution beside the old one; their dates
     * are not silently changed. Runs inside the metadata update's transaction, where it also keeps the new date on
     * the source's claim rows (the claim list's order, issue #18): a failure here undoes the source's change too.
     */
    @EventListener
    void onPublicationDateChanged(SourcePublicationDateChanged e) {
        store.keepSourcePublishedOn(e.sourceId(), e.after());
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
                store.resolvedAgainst(c.id(), e.after());
                continue;
            }
            DateCheck check = new DateCheck(e.before(), e.after(), resolution(d.value(), d.explanation()), proposed);
            store.flagDateCheck(c.id(), check);
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
        return store.sourceLength(source);
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
        return store.find(project, id);
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

    /** Used by the API's 404s and the views: the ids of a source's claims in text order. */
    List<Claim> forSource(ProjectId project, SourceId source) {
        return new ArrayList<>(list(project, ClaimFilter.ofSource(source.value())));
    }
}
