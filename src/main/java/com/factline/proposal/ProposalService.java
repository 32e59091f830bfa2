package com.factline.proposal;

import com.factline.align.SentenceVectorStore;
import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.claim.Claim;
import com.factline.claim.ClaimData;
import com.factline.claim.ClaimDate;
import com.factline.base.ids.ClaimId;
import com.factline.claim.ClaimService;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import com.factline.proposal.draft.DraftEvent;
import com.factline.proposal.draft.DraftPassage;
import com.factline.proposal.draft.DraftSource;
import com.factline.source.SourceId;
import com.factline.temporal.DateValue;
import com.factline.timeline.Event;
import com.factline.timeline.EventData;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposed events: computed from all sources in the background ({@link #refresh}), listed strongest first, and
 * decided by editors. Accepting creates the event and one claim per kept passage through the owners' services, in
 * one transaction; merging files the claims under an existing event; dismissing is remembered.
 */
@Service
public class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);

    private final ProposalStore store;
    private final ProjectAccess access;
    private final ClaimService claims;
    private final EventService events;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Drafter drafter;
    private final SentenceVectorStore vectors;

    /** A refresh's read: read-only, one snapshot for its statements. */
    private final TransactionTemplate readInput;
    /** A refresh's write. */
    private final TransactionTemplate writeOutcome;

    ProposalService(ProposalStore store, ProjectAccess access, ClaimService claims, EventService events, AuditLog audit,
                    ApplicationEventPublisher publisher, Drafter drafter, SentenceVectorStore vectors,
                    PlatformTransactionManager transactions) {
        this.readInput = new TransactionTemplate(transactions);
        this.readInput.setReadOnly(true);
        this.readInput.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writeOutcome = new TransactionTemplate(transactions);
        this.store = store;
        this.access = access;
        this.claims = claims;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
        this.drafter = drafter;
        this.vectors = vectors;
    }

    // Queries ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Proposal> list(ProjectId project, ProposalFilter filter) {
        access.require(project, ProjectPermission.READ);
        return store.list(project, filter);
    }

    /** The strongest {@code limit} of the filter, and how many there are in all: what a view shows. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page page(ProjectId project, ProposalFilter filter, int limit) {
        access.require(project, ProjectPermission.READ);
        return new Page(store.list(project, filter, limit), store.count(project, filter));
    }

    /** How many proposals match the filter: what a closed panel shows. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(ProjectId project, ProposalFilter filter) {
        access.require(project, ProjectPermission.READ);
        return store.count(project, filter);
    }

    /**
     * Whether the project's proposals are being drafted on this instance (a run waiting or running), and if so from how
     * many articles: a view shows that instead of a bare count, which would read as "nothing found". Empty when no run
     * is waiting or running here.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public OptionalInt drafting(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return draftingNow.test(project) ? OptionalInt.of(store.sourceCount(project)) : OptionalInt.empty();
    }

    /** What {@link #drafting} asks: the background lane of {@link ProposalRefresher}, which sets it. */
    private volatile Predicate<ProjectId> draftingNow = project -> false;

    /** The refresher's hook (it runs {@link #refresh} on its lane, so the lane knows whether a run is due). */
    void draftingBy(Predicate<ProjectId> busy) {
        this.draftingNow = busy;
    }

    /** Some proposals of a filter and the filter's total. */
    public record Page(List<Proposal> proposals, int total) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Proposal get(ProjectId project, ProposalId id) {
        access.require(project, ProjectPermission.READ);
        return store.find(project, id, false).orElseThrow(() -> notFound(project, id));
    }

    /**
     * The proposal a selected span probably belongs to: an open one with a passage overlapping the span, else an
     * accepted one (then its event is where a new claim belongs).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Proposal> containing(ProjectId project, SourceId source, int start, int end) {
        access.require(project, ProjectPermission.READ);
        return store.containing(project, source, start, end);
    }

    // Decisions --------------------------------------------------------------------------------

    /**
     * Creates the event (title and date as the editor left them; without a date it follows its claims) and one claim
     * per kept passage, all or nothing. An accepted or dismissed proposal, or one whose sources changed since it was
     * computed, is refused with 409.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Accepted accept(ProjectId project, ProposalId id, Acceptance acceptance) {
        access.require(project, ProjectPermission.EDIT);
        Proposal p = openForDecision(project, id);
        List<ProposedPassage> kept = kept(p, acceptance.passages());
        String title = acceptance.title() == null ? p.title() : acceptance.title();
        List<ClaimId> made = new ArrayList<>();
        for (ProposedPassage x : kept) {
            made.add(claim(project, x, null).id());
        }
        DateValue date = acceptance.date();
        if (date == null && p.date() != null && overlap(kept) == null) {
            // The kept passages disagree, so a date derived from their claims would be none: keep the proposal's.
            date = p.date();
        }
        Event event = events.createFromClaims(project, new EventData(title, null, null, date), made);
        return decided(project, p, event.id(), made, "accept");
    }

    /** Files the kept passages as claims of an existing event (its date follows them if it is derived). */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Accepted mergeInto(ProjectId project, ProposalId id, EventId target, @Nullable List<Integer> passages) {
        access.require(project, ProjectPermission.EDIT);
        Proposal p = openForDecision(project, id);
        if (!events.exists(project, target)) {
            throw new InvalidInputException("No event " + target + " in this project to merge into.");
        }
        List<ClaimId> made = new ArrayList<>();
        for (ProposedPassage x : kept(p, passages)) {
            made.add(claim(project, x, target).id());
        }
        return decided(project, p, target, made, "merge");
    }

    /** Not a real happening, or not one for this timeline: kept with who and why, and never proposed again. */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Proposal dismiss(ProjectId project, ProposalId id, @Nullable String reason) {
        access.require(project, ProjectPermission.EDIT);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 5000) {
            throw new InvalidInputException("Say why it is dismissed (1\u20135000 characters).");
        }
        Proposal before = store.find(project, id, true).orElseThrow(() -> notFound(project, id));
        requireOpen(before);
        store.decide(id, ProposalStatus.DISMISSED, null, CurrentUser.require().userId(), why);
        Proposal after = store.find(project, id, false).orElseThrow();
        audit.record(project.value(), "proposal", id.value(), "dismiss", auditView(before, List.of()), auditView(after, List.of()));
        return after;
    }

    private Proposal openForDecision(ProjectId project, ProposalId id) {
        Proposal p = store.find(project, id, true).orElseThrow(() -> notFound(project, id));
        requireOpen(p);
        Set<Long> sources = new LinkedHashSet<>();
        p.passages().forEach(x -> sources.add(x.sourceId().value()));
        if (!SourceBasis.of(sources, store.facts(project)).equals(store.basis(id))) {
            publisher.publishEvent(new ProposalsOutdated(project));
            throw new ConflictException("stale_proposal", "The sources of this proposal changed after it was computed (a publication"
                    + " date or a wire-copy mark was edited); it is being recomputed. Reload the proposals and decide again.", p);
        }
        return p;
    }

    private static void requireOpen(Proposal p) {
        if (p.status() != ProposalStatus.OPEN) {
            String who = p.decidedBy() == null ? "" : " by " + p.decidedBy();
            throw new ConflictException("already_decided", "This proposal was already " + p.status().dbName() + who + ".", p);
        }
    }

    /** The overlap of the passages' dates, the way an event derives its date from its claims; null when they do not meet. */
    private static @Nullable DateValue overlap(List<ProposedPassage> passages) {
        DateValue d = null;
        boolean first = true;
        for (ProposedPassage x : passages) {
            if (x.date() == null) {
                continue;
            }
            d = first ? x.date() : d == null ? null : d.intersect(x.date());
            first = false;
        }
        return d;
    }

    private static List<ProposedPassage> kept(Proposal p, @Nullable List<Integer> indexes) {
        if (indexes == null) {
            return p.passages();
        }
        Set<Integer> unique = new LinkedHashSet<>(indexes);
        if (unique.isEmpty()) {
            throw new InvalidInputException("Keep at least one passage (or dismiss the proposal).");
        }
        List<ProposedPassage> kept = new ArrayList<>();
        for (Integer i : unique) {
            if (i == null || i < 0 || i >= p.passages().size()) {
                throw new InvalidInputException("There is no passage " + i + "; this proposal has passages 0\u2013"
                        + (p.passages().size() - 1) + ".");
            }
            kept.add(p.passages().get(i));
        }
        return kept;
    }

    private Claim claim(ProjectId project, ProposedPassage x, @Nullable EventId event) {
        ClaimDate date = x.date() == null ? null : new ClaimDate(x.date(), null, x.explanation(), null, null);
        return claims.create(project, new ClaimData(x.sourceId(), x.start(), x.end(), x.quote(), null, date, event, null));
    }

    private Accepted decided(ProjectId project, Proposal before, EventId event, List<ClaimId> made, String action) {
        store.decide(before.id(), ProposalStatus.ACCEPTED, event.value(), CurrentUser.require().userId(), null);
        Proposal after = store.find(project, before.id(), false).orElseThrow();
        audit.record(project.value(), "proposal", before.id().value(), action, auditView(before, List.of()), auditView(after, made));
        return new Accepted(event, made);
    }

    private static NotFoundException notFound(ProjectId project, ProposalId id) {
        return new NotFoundException("No proposal " + id + " in project " + project + ".");
    }

    // Background computation -------------------------------------------------------------------

    /** What a refresh changed. */
    public record Refreshed(int added, int updated, int removed, int open) {
    }

    /**
     * Drafts the project's proposals from all its sources and brings the open ones up to date: new happenings are
     * added, changed ones rewritten, vanished ones removed. A key that was accepted or dismissed is never proposed
     * again, nor is a draft most of whose passages editors already decided (a passage of a decided proposal, or a
     * claim on an event). Runs as the system (the background listener, startup, tests); one writer per project at a
     * time. The drafter runs with no transaction open: the sources are read in one short snapshot, and the outcome is
     * written in a short transaction only if they are still the ones read (else drafted again, at most
     * {@link #MAX_ATTEMPTS} times).
     */
    public Refreshed refresh(ProjectId project) {
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            // Read in one short snapshot; draft with no transaction open (issue #18: the drafter's run held one).
            Read read = readInput.execute(tx -> new Read(store.sourcesVersion(project), store.sources(project)));
            List<ProposalStore.SourceRow> rows = read.rows();
            Map<String, Long> idOf = new HashMap<>();
            Map<Long, String> keyOf = new HashMap<>();
            for (ProposalStore.SourceRow r : rows) {
                idOf.put(r.sha256(), r.id());
                keyOf.put(r.id(), r.sha256());
            }
            // A source is known to the drafter by its text's hash: keys then survive a backup and restore (new ids).
            List<DraftSource> sources = rows.stream()
                    .map(r -> new DraftSource(r.sha256(), r.outlet(), r.republishes() == null ? null : keyOf.get(r.republishes()),
                            r.published(), r.text()))
                    .toList();
            // sentence vectors stored at import (computed and stored now where missing), shared with the discrepancies
            List<DraftEvent> drafts = sources.isEmpty() ? List.of()
                    : drafter.draft(sources, s -> vectors.sentences(idOf.get(s.id()), s.text()));
            Refreshed done = writeOutcome.execute(tx -> write(project, read, idOf, drafts, started));
            if (done != null) {
                return done;
            }
            if (attempt >= MAX_ATTEMPTS) {
                log.info("Project {}: its sources kept changing during {} proposal runs; the next change runs it again", project, attempt);
                Integer open = readInput.execute(tx -> store.allOpen(project).size());
                return new Refreshed(0, 0, 0, open == null ? 0 : open);
            }
        }
    }

    /** How often one refresh drafts again when the project's sources changed while the drafter ran. */
    static final int MAX_ATTEMPTS = 3;

    /** What a run read in one snapshot: the sources' version (see {@link ProposalStore#sourcesVersion}) and rows. */
    record Read(String version, List<ProposalStore.SourceRow> rows) {
    }

    /**
     * Writes a run's drafts in one short transaction under the project's lock (one writer at a time, across
     * instances); null, writing nothing, when the sources are no longer the ones the drafter read.
     */
    @Nullable Refreshed write(ProjectId project, Read read, Map<String, Long> idOf, List<DraftEvent> drafts, long started) {
        store.lockProject(project);
        if (!read.version().equals(store.sourcesVersion(project))) {
            return null;
        }
        List<ProposalStore.SourceRow> rows = read.rows();
        Map<Long, SourceBasis.Facts> facts = store.facts(project);
        Map<String, ProposalStore.Known> known = new HashMap<>();
        store.known(project).forEach(k -> known.put(k.key(), k));
        Decided decided = new Decided(store.decidedSpans(project));
        Map<Long, Proposal> open = new HashMap<>();
        store.allOpen(project).forEach(p -> open.put(p.id().value(), p));
        Map<Long, String> bases = store.openBases(project);

        int added = 0;
        int updated = 0;
        Set<Long> keep = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (DraftEvent d : drafts) {
            if (!seen.add(d.key()) || d.passages().isEmpty() || d.title().isBlank()
                    || d.passages().stream().anyMatch(x -> !idOf.containsKey(x.sourceId()))) {
                continue;
            }
            ProposalStore.Known k = known.get(d.key());
            if (k != null && k.status() != ProposalStatus.OPEN) {
                continue;
            }
            List<Decided.Span> spans = d.passages().stream()
                    .map(x -> new Decided.Span(idOf.get(x.sourceId()), x.start(), x.end())).toList();
            if (decided.alreadyDecided(spans)) {
                continue;
            }
            String basis = SourceBasis.of(spans.stream().map(Decided.Span::sourceId).toList(), facts);
            DraftEvent fitted = fitted(d);
            if (k == null) {
                store.insert(project, fitted, basis, idOf);
                added++;
            } else {
                keep.add(k.id());
                Proposal current = open.get(k.id());
                if (current == null || !ProposalStore.signature(current, bases.getOrDefault(k.id(), ""))
                        .equals(ProposalStore.signature(fitted, basis, idOf))) {
                    store.replace(k.id(), fitted, basis, idOf);
                    updated++;
                }
            }
        }
        List<Long> gone = open.keySet().stream().filter(id -> !keep.contains(id)).sorted().toList();
        int removed = store.deleteOpen(gone);
        Refreshed result = new Refreshed(added, updated, removed, open.size() - removed + added);
        if (added + updated + removed > 0) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("added", added);
            view.put("updated", updated);
            view.put("removed", removed);
            view.put("open", result.open());
            audit.record(project.value(), "proposal", null, "recompute", null, view);
            log.info("Project {}: proposals recomputed from {} sources in {} ms ({} added, {} updated, {} removed)", project,
                    rows.size(), (System.nanoTime() - started) / 1_000_000, added, updated, removed);
        }
        return result;
    }

    /** Projects that have sources but no proposal yet (the demo project on first start, a restored project). */
    @Transactional(readOnly = true)
    List<ProjectId> projectsWithoutProposals() {
        return store.projectsWithoutProposals();
    }

    /** A draft made to fit the table's limits (the drafter's titles fit the column; this only guards). */
    private static DraftEvent fitted(DraftEvent d) {
        String title = d.title().strip();
        if (title.length() > 300) {
            title = title.substring(0, 299) + "\u2026";
        }
        String explanation = d.explanation().length() > 2000 ? d.explanation().substring(0, 1999) + "\u2026" : d.explanation();
        String conflict = d.dateConflict() == null || d.dateConflict().length() <= 2000 ? d.dateConflict()
                : d.dateConflict().substring(0, 1999) + "\u2026";
        List<DraftPassage> passages = d.passages();
        return new DraftEvent(d.key(), title, d.date(), conflict, d.confidence(), d.sourceCount(), passages, explanation);
    }

    /** The proposal as its audit entries show it. */
    static Map<String, Object> auditView(Proposal p, List<ClaimId> claimIds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("status", p.status().dbName());
        m.put("date", p.date() == null ? null : Map.of("earliest", p.date().earliest().toString(), "latest", p.date().latest().toString(),
                "precision", p.date().precisionName(), "edtf", p.date().edtf()));
        m.put("sourceCount", p.sourceCount());
        m.put("passages", p.passages().size());
        m.put("eventId", p.eventId());
        m.put("claimIds", claimIds.stream().map(ClaimId::value).toList());
        m.put("dismissReason", p.dismissReason());
        return m;
    }
}
