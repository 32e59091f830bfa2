package com.factline.timeline;

import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.base.ids.ClaimId;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import com.factline.temporal.DateValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class EventService {

    private final EventStore store;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final CommentService comments;

    /** What opening the unfiltered timeline reads, kept per project until it changes. */
    private final OpeningCache opening;

    /** Runs one attach; {@link #attachClaims} runs it again when it lost a lock race (issue #18). */
    private final TransactionTemplate tx;

    EventService(EventStore store, ProjectAccess access, AuditLog audit, ApplicationEventPublisher publisher, CommentService comments,
                 com.factline.collab.ChangeBus bus, PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.opening = new OpeningCache(bus::subscribe, System::currentTimeMillis);
        this.comments = comments;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.publisher = publisher;
    }

    /** Short list for pickers. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EventSummary> list(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return store.summaries(project);
    }

    /**
     * A page of a picker's events: titles containing {@code text}, the closest to {@code near} first (see
     * {@link EventStore#choices}), so a picker on a big project loads what it shows, not every event.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EventSummary> choices(ProjectId project, @Nullable String text, @Nullable DateValue near, int offset, int limit) {
        access.require(project, ProjectPermission.READ);
        return store.choices(project, text, near, offset, Math.min(limit, 500));
    }

    /** One event's short form, as pickers show it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EventSummary summary(ProjectId project, EventId id) {
        access.require(project, ProjectPermission.READ);
        return store.summary(project, id).orElseThrow(() -> new NotFoundException("No event " + id + " in project " + project + "."));
    }

    /** The timeline: events in date order with everything the list shows. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Event> timeline(ProjectId project, EventFilter f) {
        access.require(project, ProjectPermission.READ);
        return store.timeline(project, f);
    }

    /**
     * One page of the timeline: the events of one band (or, band null, of all bands) in the
     * order the view shows them, {@code limit} from {@code offset}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Event> timeline(ProjectId project, EventFilter f, @Nullable TimelineBand band, int offset, int limit) {
        access.require(project, ProjectPermission.READ);
        return store.timeline(project, f, band, offset, limit);
    }

    /**
     * A page of the timeline in the view's order: {@code limit} events after {@code after} (from
     * the start when null). Keyset paging: an event added or removed before the cursor meanwhile
     * neither repeats nor skips one, and a deep page costs what the first does.
     */
    @Transactional(readOnly = true)
    // signed in and a reader: access.require below (the same check as isAuthenticated(), without SpEL per call, #18)
    public List<Event> timelineAfter(ProjectId project, EventFilter f, @Nullable TimelineCursor after, int limit) {
        access.require(project, ProjectPermission.READ);
        return store.timelineAfter(project, f, after, limit);
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
        return store.firstEvents(project, f, limit);
    }

    /**
     * The timeline's bands for a filter, counted in the database: a broader date (a month, a
     * year) comes before the days it contains, undated events last.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TimelineBand> bands(ProjectId project, EventFilter f) {
        access.require(project, ProjectPermission.READ);
        return store.bands(project, f);
    }

    /**
     * What the time axis draws for a filter: one mark per distinct date (at most {@code max},
     * earliest first) with its count, the status most of its events have and its first event.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AxisMarks axis(ProjectId project, EventFilter f, int max) {
        access.require(project, ProjectPermission.READ);
        return store.axis(project, f, max);
    }

    /**
     * {@link #bands}, {@link #firstEvents} and {@link #axis} as opening the timeline asks them: the
     * unfiltered timeline's are kept per project until the project changes (any committed change
     * heard, see {@link OpeningCache}), so going back to a timeline costs no query; a filter reads
     * the database. A view following live changes uses the plain methods.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TimelineBand> openingBands(ProjectId project, EventFilter f) {
        access.require(project, ProjectPermission.READ);
        return unfiltered(f) ? opening.get(project.value(), "bands", () -> List.copyOf(store.bands(project, f)))
                : store.bands(project, f);
    }

    /** See {@link #openingBands}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Event> openingEvents(ProjectId project, EventFilter f, int limit) {
        access.require(project, ProjectPermission.READ);
        return unfiltered(f) ? opening.get(project.value(), "events " + limit, () -> List.copyOf(store.firstEvents(project, f, limit)))
                : store.firstEvents(project, f, limit);
    }

    /** See {@link #openingBands}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AxisMarks openingAxis(ProjectId project, EventFilter f, int max) {
        access.require(project, ProjectPermission.READ);
        return unfiltered(f) ? opening.get(project.value(), "axis " + max, () -> {
            AxisMarks m = store.axis(project, f, max);
            return new AxisMarks(List.copyOf(m.marks()), m.hidden());
        }) : store.axis(project, f, max);
    }

    /**
     * A change of the project committed here (an event, a claim, a source, a discrepancy...): the opening's kept
     * values go at once, so opening the timeline right after one's own write shows it. Other instances forget
     * when the change notice reaches them.
     */
    @org.springframework.transaction.event.TransactionalEventListener(phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMMIT)
    void on(com.factline.base.ProjectChanged changed) {
        opening.forget(changed.projectId());
    }

    private static boolean unfiltered(EventFilter f) {
        return (f.text() == null || f.text().isBlank()) && (f.outlet() == null || f.outlet().isBlank())
                && (f.statuses() == null || f.statuses().isEmpty()) && f.from() == null && f.to() == null && !f.openDiscrepanciesOnly();
    }

    /** The claims behind an event, or (eventId null) the claims not yet on any event. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SupportingClaim> claims(ProjectId project, @Nullable EventId event) {
        access.require(project, ProjectPermission.READ);
        return store.claims(project, event);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> outlets(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return store.outlets(project);
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
        return store.exists(project, id);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public EventSummary create(ProjectId project, EventData data) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
        return toSummary(createEvent(project, data, List.of()));
    }

    /**
     * Creates an event supported by the given claims (moved from wherever they were). Without a
     * typed date, the event's date is derived from the claims.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Event createFromClaims(ProjectId project, EventData data, List<ClaimId> claimIds) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
        return createEvent(project, data, claimIds);
    }

    private Event createEvent(ProjectId project, EventData data, List<ClaimId> claimIds) {
        access.require(project, ProjectPermission.EDIT);
        String title = text("title", data.title(), 300, true);
        String summary = text("summary", data.summary(), 20000, false);
        String location = text("location", data.location(), 300, false);
        DateValue d = data.date();
        boolean derived = d == null && !claimIds.isEmpty();
        long user = CurrentUser.require().userId();
        long id = store.insert(project, title, summary, location, d, derived, user);
        EventId eventId = new EventId(id);
        if (!claimIds.isEmpty()) {
            List<EventId> from = moveClaims(project, eventId, claimIds);
            for (EventId other : from) {
                touchAndRedate(project, other);
            }
            recomputeDerivedDate(project, eventId);
            publisher.publishEvent(new ClaimsMoved(project, eventId, from));
        }
        Event created = find(project, eventId).orElseThrow();
        audit.record(project.value(), "event", id, "create", null, auditView(created));
        return created;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Event update(ProjectId project, EventId id, EventUpdate u, int version) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
        return change(project, id, u, null, version, "update");
    }

    /**
     * For history's revert: an update that also sets the event's claims to exactly {@code claimIds}
     * (when not null: missing ones are moved here, extra ones detached), logged as {@code action}.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Event revert(ProjectId project, EventId id, EventUpdate u, @Nullable List<ClaimId> claimIds, int version, String action) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
        return change(project, id, u, claimIds, version, action);
    }

    private Event change(ProjectId project, EventId id, EventUpdate u, @Nullable List<ClaimId> claimIds, int version, String action) {
        Event before = get(project, id);
        if (before.version() != version) {
            throw stale(before, version);
        }
        String title = u.title() == null ? before.title() : text("title", u.title(), 300, true);
        String summary = u.summary() == null ? before.summary() : text("summary", u.summary(), 20000, false);
        String location = u.location() == null ? before.location() : text("location", u.location(), 300, false);
        Event.DateMode mode = u.dateMode() == null ? before.dateMode() : u.dateMode();
        DateValue d = mode == Event.DateMode.DERIVED ? before.date() : u.date();
        if (!store.update(project, id, title, summary, location, d, mode, CurrentUser.require().userId(), version)) {
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
    @PreAuthorize("isAuthenticated()")
    public void delete(ProjectId project, EventId id, int version) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
        Event before = get(project, id);
        if (before.version() != version) {
            throw stale(before, version);
        }
        store.detachAll(id);
        if (!store.delete(project, id, version)) {
            throw stale(get(project, id), version);
        }
        audit.record(project.value(), "event", id.value(), "delete", auditView(before), null);
    }

    /** How often an attach that lost a lock race runs again before the caller is told to try again (409). */
    static final int ATTACH_TRIES = 8;

    /**
     * Attaches claims to the event; a claim belongs to at most one event, so attaching moves it. An attach that finds a
     * claim moved by another request while it waited for the locks ({@link #lockForMove}) rolls back and runs again
     * (a few times): nothing of it was saved, and the next run locks the events the claims are on then.
     */
    @PreAuthorize("isAuthenticated()")
    public Event attachClaims(ProjectId project, EventId id, List<ClaimId> claimIds) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return attachOnce(project, id, claimIds); // inside a caller's transaction: its rollback is the caller's
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> attachOnce(project, id, claimIds));
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTACH_TRIES) {
                    throw e;
                }
            }
        }
    }

    private Event attachOnce(ProjectId project, EventId id, List<ClaimId> claimIds) {
        // Inside the transaction: one connection per write, not one for the check and one for the write (issue #18).
        access.require(project, ProjectPermission.EDIT);
        if (claimIds.isEmpty()) {
            throw new InvalidInputException("Name at least one claim to attach.");
        }
        // Checked above: get() would check it again.
        Event before = find(project, id).orElseThrow(() -> new NotFoundException("No event " + id + " in project " + project + "."));
        List<EventId> from = moveClaims(project, id, claimIds);
        // The target and the events the claims came from: one statement (issue #18), each then redated if derived.
        List<EventId> touched = new ArrayList<>(from);
        touched.add(0, id);
        store.touchAll(project, touched, CurrentUser.require().userId()).forEach((event, state) -> redate(new EventId(event), state));
        publisher.publishEvent(new ClaimsMoved(project, id, from));
        Event after = find(project, id).orElseThrow();
        audit.record(project.value(), "event", id.value(), "attach", auditView(before), auditView(after));
        return after;
    }

    /** Merges {@code other} into {@code target}: its claims move over and it is deleted. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Event merge(ProjectId project, EventId target, EventId other) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
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
        store.deleteMerged(other);
        touchAndRedate(project, target);
        Event after = find(project, target).orElseThrow();
        audit.record(project.value(), "event", other.value(), "merge-into-" + target.value(), auditView(gone), null);
        audit.record(project.value(), "event", target.value(), "merge", auditView(into), auditView(after));
        return after;
    }

    /** Splits the given claims off into a new event with its own title. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Event split(ProjectId project, EventId id, String newTitle, List<ClaimId> claimIds) {
        access.require(project, ProjectPermission.EDIT); // in the transaction: one connection (issue #18)
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
        if (eventId != null) {
            touchAndRedate(project, eventId); // nothing when it is not (or no longer) an event of the project
        }
    }

    /**
     * A claim on {@code eventId} is about to be changed where it is (not moved): records the substantive edit of that
     * event (bumps its version, which locks it) before the claim's row is written, in the one order of every claim
     * write (events, then claims). Before, such an edit locked the claim and then the event, and an attach moving the
     * claim at the same moment locked them the other way round: a deadlock, which PostgreSQL broke after a second with a
     * 409 (issue #18). Answers whether the event's date follows its claims: then call {@link #redateFromClaims} once
     * the claim is written. Nothing (false) when the event is null or not the project's.
     */
    @Transactional
    public boolean claimChanging(ProjectId project, @Nullable EventId eventId) {
        access.require(project, ProjectPermission.EDIT);
        return eventId != null && store.touch(project, eventId, CurrentUser.require().userId())
                .map(EventStore.DateState::derived).orElse(false);
    }

    /** After {@link #claimChanging} answered true and the claim was written: the event's derived date follows its claims. */
    @Transactional
    public void redateFromClaims(ProjectId project, EventId eventId) {
        access.require(project, ProjectPermission.EDIT);
        recomputeDerivedDate(project, eventId);
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
    public @Nullable EventId moveClaim(ProjectId project, ClaimId claimId, @Nullable EventId to) {
        access.require(project, ProjectPermission.EDIT);
        LockedForMove locked = lockForMove(to, List.of(claimId));
        if (locked.claims().isEmpty() || locked.claims().get(0)[1] != project.value()) {
            throw new NotFoundException("No claim " + claimId + " in project " + project + ".");
        }
        long before = locked.claims().get(0)[2];
        // The event was locked above if it exists: its project tells whether it is this project's (one read less).
        if (to != null && !Objects.equals(locked.events().get(to.value()), project.value())) {
            throw new InvalidInputException("No event " + to.value() + " in this project.");
        }
        store.setClaimEvent(claimId, to);
        return before == 0 ? null : new EventId(before);
    }

    /** What {@link #lockForMove} locked: each event's project by id, and each claim's id, project and event (0: none). */
    private record LockedForMove(Map<Long, Long> events, List<long[]> claims) {
    }

    /**
     * Locks, in the one order of every claim move (events by id, then claims by id), the event {@code to}, the events
     * the claims are on and the claims. The events are chosen from where the claims were when the first statement
     * started; a claim that a mover we waited for put elsewhere meanwhile is then on an event not locked here. Its row
     * is left unlocked and the transaction fails with a lock conflict, to run again from the start. (Before, the move
     * went on to lock that event while holding the claim, such moves deadlocked and PostgreSQL broke the tie after a
     * second with a 409: attach alone at saturation had a median of 1.3 s, issue #18.) Missing claims are left out
     * of the answer.
     */
    private LockedForMove lockForMove(@Nullable EventId to, List<ClaimId> claims) {
        Map<Long, Long> events = new HashMap<>();
        store.lockEvents(to, claims).forEach(e -> events.put(e[0], e[1]));
        Set<Long> on = new HashSet<>(events.keySet());
        on.add(0L);
        List<long[]> locked = store.lockClaimsOn(claims, on);
        if (locked.size() == claims.size()) {
            return new LockedForMove(events, locked);
        }
        List<long[]> now = store.claimsNow(claims);
        if (now.size() < claims.size()) {
            return new LockedForMove(events, locked); // missing claims: the caller says which
        }
        // Locking the claims' new events now, while holding others, could deadlock: the transaction rolls back instead
        // (an attach runs again, a claim's own edit answers 409 "try again").
        throw new CannotAcquireLockException("The claims " + claims + " moved while their events were"
                + " being locked.");
    }

    /** Sets a derived event's date to the intersection of its claims' intervals (or none if they do not overlap). */
    private void recomputeDerivedDate(ProjectId project, EventId id) {
        redate(id, store.dateState(id));
    }

    /**
     * A substantive edit of the event (its claims changed): bumps its version and recomputes a derived date, in
     * two statements when the date stays as it is (issue #18). Nothing when the event is not in the project.
     */
    private void touchAndRedate(ProjectId project, EventId id) {
        store.touch(project, id, CurrentUser.require().userId()).ifPresent(state -> redate(id, state));
    }

    /** Sets a derived date from the event's claims; writes only when it differs from the one stored. */
    private void redate(EventId id, EventStore.DateState state) {
        if (!state.derived()) {
            return;
        }
        List<DateValue> dates = store.claimDates(id);
        DateValue d = dates.isEmpty() ? null : dates.get(0);
        for (DateValue other : dates) {
            d = d == null ? null : d.intersect(other);
        }
        if (d != null && dates.size() == 1) {
            d = dates.get(0);
        }
        if (!Objects.equals(d, state.date())) {
            store.setDate(id, d);
        }
    }

    /** Makes {@code wanted} the event's claims: the missing ones move here, the extra ones are left without an event. */
    private void setClaims(ProjectId project, EventId id, List<ClaimId> now, List<ClaimId> wanted) {
        List<ClaimId> add = wanted.stream().filter(c -> !now.contains(c)).distinct().toList();
        List<ClaimId> remove = now.stream().filter(c -> !wanted.contains(c)).toList();
        if (!add.isEmpty()) {
            List<EventId> from = moveClaims(project, id, add);
            for (EventId other : from) {
                touchAndRedate(project, other);
            }
            publisher.publishEvent(new ClaimsMoved(project, id, from));
        }
        if (!remove.isEmpty()) {
            store.lockClaims(remove);
            store.detachClaims(remove, id, CurrentUser.require().userId());
        }
    }

    /** Moves claims (of this project only) to the event; returns the events they came from, without {@code id}. */
    private List<EventId> moveClaims(ProjectId project, EventId id, List<ClaimId> claimIds) {
        List<ClaimId> unique = new ArrayList<>(new LinkedHashSet<>(claimIds));
        List<ClaimId> ids = unique;
        // Lock the events and claims involved in id order, so concurrent moves wait instead of deadlocking; the claims'
        // statement also reads what the move needs of them (their project, their event before).
        List<long[]> locked = lockForMove(id, ids).claims();
        if (locked.size() != unique.size() || locked.stream().anyMatch(c -> c[1] != project.value())) {
            throw new InvalidInputException("Some of the claims " + unique + " are not in this project.");
        }
        List<EventId> previous = locked.stream().mapToLong(c -> c[2]).filter(e -> e != 0 && e != id.value()).distinct().sorted()
                .mapToObj(EventId::new).toList();
        store.moveClaims(ids, id, CurrentUser.require().userId());
        return previous;
    }

    /**
     * Records a substantive edit: bumps the version and remembers who. (Un-verifying is review's,
     * from the event the caller publishes.)
     */
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
        return store.find(project, id);
    }

    private static EventSummary toSummary(Event e) {
        return new EventSummary(e.id(), e.title(), e.date(), e.status(), e.claimIds().size(), e.outlets().stream().sorted().toList(),
                e.version());
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
        m.put("claimIds", ClaimId.values(e.claimIds()));
        return m;
    }

}
