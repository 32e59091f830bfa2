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
import java.util.ArrayList;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class DiscrepancyService {

    private static final Logger log = LoggerFactory.getLogger(DiscrepancyService.class);

    private final DiscrepancyStore store;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final DiscrepancyDetector detector;
    private final SuggestionFailures failures;

    /** A refresh's read: read-only, one snapshot for all its statements. */
    private final TransactionTemplate readInput;
    /** A refresh's write. */
    private final TransactionTemplate writeOutcome;

    /** The projects' discrepancy fingerprints as the last runs here left them (issue #18). */
    private final KeptFingerprints fingerprints;

    /** Told of a project whose kept fingerprints a change made elsewhere made stale (the refresher asks for a run). */
    private volatile java.util.function.Consumer<ProjectId> outdated = project -> { };

    DiscrepancyService(DiscrepancyStore store, ProjectAccess access, AuditLog audit, ApplicationEventPublisher publisher,
                       SuggestionFailures failures, SentenceVectorStore vectors, PlatformTransactionManager transactions,
                       com.factline.collab.ChangeBus bus) {
        this.failures = failures;
        this.fingerprints = new KeptFingerprints(bus::subscribe, project -> outdated.accept(new ProjectId(project)));
        this.readInput = new TransactionTemplate(transactions);
        this.readInput.setReadOnly(true);
        this.readInput.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writeOutcome = new TransactionTemplate(transactions);
        // sentence vectors stored per source at import; computed (and stored) here when missing
        this.detector = new DiscrepancyDetector(d -> vectors.sentences(Long.parseLong(d.id()), d.text()));
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.publisher = publisher;
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

    /** {@code limit} 0: all. */
    private List<Discrepancy> query(ProjectId project, DiscrepancyFilter f, @Nullable Long after, int limit) {
        return store.query(project, f, after, limit);
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
        return store.countsByStatus(project);
    }

    /** Open discrepancies per event id (events without any are absent): the flag on the timeline. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> openCountByEvent(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return store.openCountByEvent(project);
    }

    /** Open discrepancies on one event or its claims. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int openCount(ProjectId project, EventId event) {
        access.require(project, ProjectPermission.READ);
        return store.openCount(project, event);
    }

    /**
     * Another event was merged into {@code target}: the discrepancies that named the merged event
     * name the target now. Runs inside the merge's transaction, before the merged row is deleted.
     */
    @EventListener
    void on(EventsMerged e) {
        store.repointEvent(e.projectId(), e.merged(), e.target());
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
        Map<Long, String[]> texts = store.sourceTexts(project, spans.stream().map(DiscrepancySpan::sourceId).distinct().toList());
        List<Passage> out = new ArrayList<>();
        String first = spans.getFirst().text();
        for (int i = 0; i < spans.size(); i++) {
            DiscrepancySpan s = spans.get(i);
            String[] src = texts.get(s.sourceId());
            String[] ctx = src == null ? new String[] {"", ""} : PassageBuilder.context(src[2], s.start(), s.end());
            List<DiffToken> diff = i == 0
                    ? (spans.size() > 1 ? WordDiff.diff(first, spans.get(1).text()) : List.of())
                    : WordDiff.diff(first, s.text());
            out.add(new Passage(s, src == null ? "(source deleted)" : src[0], src == null ? "" : src[1],
                    src == null || src[3] == null ? null : java.time.LocalDate.parse(src[3]), ctx[0],
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
        List<DiscrepancyStore.ClaimAnchor> rows = store.claimAnchors(project, List.copyOf(ids));
        if (rows.size() != ids.size()) {
            Set<Long> missing = new LinkedHashSet<>(ids);
            rows.forEach(r -> missing.remove(r.id()));
            throw new InvalidInputException("No claim " + missing + " in this project.");
        }
        Map<Long, DiscrepancyStore.ClaimAnchor> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        List<DiscrepancySpan> spans = ids.stream().map(byId::get)
                .map(r -> new DiscrepancySpan(r.sourceId(), r.start(), r.end(), r.quote())).toList();
        Set<@Nullable Long> events = new HashSet<>();
        rows.forEach(r -> events.add(r.eventId()));
        Long event = events.size() == 1 ? events.iterator().next() : null;
        long id = store.insertManual(project, data.kind(), note, spans, event, CurrentUser.require().userId());
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
        return transition(project, id, version, "accept", List.of(DiscrepancyStatus.SUGGESTED), DiscrepancyStore.Change.ACCEPT, Map.of());
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
                DiscrepancyStore.Change.DISMISS, Map.of("why", why));
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
        return transition(project, id, version, "resolve", List.of(DiscrepancyStatus.OPEN), DiscrepancyStore.Change.RESOLVE, params);
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
                DiscrepancyStore.Change.REOPEN, Map.of());
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
        if (!store.revert(project, id, version, status, verdict, correctValue, evidence, dismissReason,
                CurrentUser.require().userId())) {
            throw stale(get(project, id), version);
        }
        Discrepancy after = find(project, id).orElseThrow();
        audit.record(project.value(), "discrepancy", id.value(), action, auditView(before), auditView(after));
        publisher.publishEvent(new DiscrepancyChanged(project, id, after.status(), action));
        return after;
    }

    private Discrepancy transition(ProjectId project, DiscrepancyId id, int version, String action, List<DiscrepancyStatus> from,
                                   DiscrepancyStore.Change change, Map<String, Object> extra) {
        Discrepancy before = get(project, id);
        if (before.version() != version) {
            throw stale(before, version);
        }
        if (!from.contains(before.status())) {
            throw new ConflictException("invalid_transition", "A " + before.status().dbName() + " discrepancy cannot be "
                    + pastTense(action) + ".", before);
        }
        if (!store.change(project, id, version, from, change, CurrentUser.require().userId(), extra)) {
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
    public int refreshSuggestionsNow(ProjectId project) {
        access.require(project, ProjectPermission.EDIT);
        return refreshSuggestions(project);
    }

    /** A refresh now, whatever the last one left; its own short transactions (see {@link #refreshSuggestionsUnlessSettled}). */
    public int refreshSuggestions(ProjectId project) {
        return refreshSuggestionsUnlessSettled(project, null).added();
    }

    /**
     * What a refresh did: the suggestions it added, whether it ran at all, and the project's state once it was done
     * (its input and its discrepancies, see {@link #refreshSuggestionsUnlessSettled}); null when a run now would not
     * be a no-op (it stopped at {@link #MAX_NEW_SUGGESTIONS}).
     */
    public record Refresh(int added, boolean ran, @Nullable String settled) {
    }

    /**
     * Refreshes the suggestions unless the project is still exactly as {@code settled} (from this method's last
     * result) describes it: the same detector input (sources and the claims' anchors, events and dates — a changed
     * statement is not an input) and the same discrepancies (none added, withdrawn, deleted or changed in status, by
     * anyone), in which state a run would find the same suggestions and change nothing.
     *
     * <p>No transaction is open while the detectors run (issue #18): the input is read in one short read-only
     * transaction (one snapshot), the detectors run without a connection, and the outcome is written in a second
     * short transaction under the project's refresh lock (so it holds across instances), only if the detectors' input
     * is still the one they read. When it changed meanwhile, the run computes again (at most {@link #MAX_ATTEMPTS}
     * times; after that the change's own refresh runs it).
     */
    public Refresh refreshSuggestionsUnlessSettled(ProjectId project, @Nullable String settled) {
        for (int attempt = 1; ; attempt++) {
            Read read = readInput.execute(tx -> {
                String current = store.detectorInput(project);
                // the discrepancies' state is read only when the input is the settled one (under a stream of edits it
                // is not, and that read scans every discrepancy of the project)
                if (settled != null && settled.startsWith(current + "/") && settled.equals(current + "/" + state(project))) {
                    return null;
                }
                List<DetectClaim> claims = store.detectClaims(project);
                // The texts are as the kept analysis read them: only the claims are read (issue #18).
                KeptAnalyses.Kept kept = analyses.get(project.value(), DetectorInput.sourcesPart(current));
                if (kept != null) {
                    return new Read(current, kept.sourcesInput() + DetectorInput.claimsPart(claims), List.of(), claims, kept);
                }
                // Bounded input: the first MAX_DETECT_CHARS of each text, and texts up to MAX_DETECT_TOTAL in all (the
                // earliest first); the database cuts the texts, so a 5 MB article never reaches this heap whole.
                DetectorInput input = new DetectorInput();
                List<DetectDocument> docs = store.detectDocuments(project, MAX_DETECT_CHARS, MAX_DETECT_TOTAL, input);
                return new Read(current, input.with(claims), docs, claims, null);
            });
            if (read == null) {
                return new Refresh(0, false, settled);
            }
            List<Suggestion> found = detect(project, read);
            Optional<Refresh> done;
            // One write of the project at a time on this instance, from its read of the kept fingerprints to keeping
            // them after its commit (the database's lock ends at the commit).
            synchronized (writeLocks[(int) Math.floorMod(project.value(), (long) writeLocks.length)]) {
                done = writeOutcome.execute(tx -> write(project, read, found));
            }
            if (done != null && done.isPresent()) {
                return done.get();
            }
            if (attempt >= MAX_ATTEMPTS) {
                log.info("Project {}: its texts or claims kept changing during {} suggestion runs; the next change runs it again",
                        project, attempt);
                return new Refresh(0, false, null);
            }
        }
    }

    private final Object[] writeLocks = java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    /** The kept fingerprints' token of the project's discrepancies, else the database's fingerprint of them. */
    private String state(ProjectId project) {
        String token = fingerprints.token(project.value());
        return token != null ? token : store.suggestionState(project);
    }

    /**
     * Whether the project's suggestions are being computed on this instance (a run waiting or running): the queue says
     * so instead of "no discrepancies yet", which would read as "nothing found".
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean suggesting(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return suggestingNow.test(project);
    }

    /** What {@link #suggesting} asks: the background lane of {@link SuggestionRefresher}, which sets it. */
    private volatile java.util.function.Predicate<ProjectId> suggestingNow = project -> false;

    /** The refresher's hook (it runs the suggestions on its lane, so the lane knows whether a run is due). */
    void suggestingBy(java.util.function.Predicate<ProjectId> busy) {
        this.suggestingNow = busy;
    }

    /** The refresher's hook: told of a project whose kept state a change made elsewhere made stale. */
    void onOutdated(java.util.function.Consumer<ProjectId> listener) {
        this.outdated = listener;
    }

    /** A discrepancy changed on this instance: the kept fingerprints of its project are stale once it commits. */
    @org.springframework.transaction.event.TransactionalEventListener(
            phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DiscrepancyChanged e) {
        fingerprints.forget(e.projectId().value());
    }

    /** The change listener (re)connected, and notices sent meanwhile are lost: nothing kept can be trusted. */
    @EventListener
    void on(com.factline.base.AccessChanged e) {
        fingerprints.forgetAll();
    }

    /** How often one refresh computes again when the project changed while the detectors ran. */
    static final int MAX_ATTEMPTS = 3;

    /**
     * What one run read, in one snapshot: the database's fingerprint of the detectors' input (the version the
     * outcome is written against), the same fingerprint from the rows read (what {@code settled} holds), the texts and
     * the claims; or, instead of the texts, the kept analysis of exactly those texts.
     */
    record Read(String version, String input, List<DetectDocument> docs, List<DetectClaim> claims,
                KeptAnalyses.@Nullable Kept kept) {

        Read(String version, String input, List<DetectDocument> docs, List<DetectClaim> claims) {
            this(version, input, docs, claims, null);
        }

        /** The project has no text to detect in. */
        boolean noTexts() {
            return kept != null ? kept.analysis().isEmpty() : docs.isEmpty();
        }
    }

    /** The analysis of the project's texts, kept while they stay the same. */
    private final KeptAnalyses analyses = new KeptAnalyses();

    /**
     * The detectors' findings on what a run read, with no transaction open: the texts' own findings from the kept
     * analysis when the texts are the ones it read (identical to analysing them again), else analysed now and kept.
     * A run writes one suggestion per fingerprint, the first found ({@link #write}, {@link #withdrawGone}), so the
     * analysis kept and used is the first of each fingerprint: the same rows written, without the repeats (issue #18:
     * 28 findings per fingerprint in the load's project, 100,000 of them kept and linked to claims on every run).
     */
    private List<Suggestion> detect(ProjectId project, Read read) {
        if (read.noTexts()) {
            return List.of();
        }
        DiscrepancyDetector.Analysis analysis;
        if (read.kept() != null) {
            analysis = read.kept().analysis();
        } else {
            analysis = detector.analyse(read.docs()).firstOfEachFingerprint();
            analyses.put(project.value(), new KeptAnalyses.Kept(DetectorInput.sourcesPart(read.version()),
                    DetectorInput.sourcesPart(read.input()), analysis));
        }
        return detector.detect(analysis, read.claims());
    }

    /**
     * Writes a run's outcome in one short transaction, under the project's refresh lock: new suggestions (with their
     * audit entries) and the withdrawal of those no longer found; empty, writing nothing, when the detectors' input is
     * no longer the one the run read.
     */
    Optional<Refresh> write(ProjectId project, Read read, List<Suggestion> found) {
        // One refresh per project at a time: imports in quick succession each trigger one.
        store.lockSuggestions(project);
        if (!read.version().equals(store.detectorInput(project))) {
            return Optional.empty();
        }
        if (read.noTexts()) {
            return Optional.of(new Refresh(0, true, read.input() + "/" + store.suggestionState(project)));
        }
        // The project's fingerprints, each marked when found again (issue #18: one read, and no set of all findings);
        // kept from the last run here while nothing else changed a discrepancy of the project (no read at all).
        long generation = fingerprints.begin(project.value());
        KeptFingerprints.Snapshot snapshot = fingerprints.get(project.value());
        Map<String, DiscrepancyStore.Fingerprinted> rowsBefore;
        if (snapshot != null && snapshot.generation() == generation) {
            rowsBefore = snapshot.byFingerprint();
        } else {
            rowsBefore = new HashMap<>();
            for (DiscrepancyStore.Fingerprinted k : store.fingerprinted(project)) {
                rowsBefore.put(k.fingerprint(), k);
            }
        }
        Map<String, Known> known = new HashMap<>();
        rowsBefore.forEach((fp, k) -> known.put(fp, new Known(k)));
        Set<Long> eventIds = null; // read only when a suggestion naming an event is added
        boolean complete = true;
        // Set-based (issue #18): the withdrawals in one statement, the new suggestions in one and their claim links in
        // one (per few thousand rows), and all their audit entries with their change notices in one; the rows, ids,
        // links and entries are those one statement per row wrote (the withdrawals' entries first).
        List<Long> withdrawn = new ArrayList<>();
        boolean[] actedOn = {false};
        List<AuditLog.Entry> entries = new ArrayList<>(withdrawGone(project, found, known, withdrawn, actedOn));
        Set<String> adding = new HashSet<>(); // a fingerprint found twice is written once
        List<DiscrepancyStore.NewSuggestion> rows = new ArrayList<>();
        List<Suggestion> written = new ArrayList<>(); // rows' suggestions, in the same order
        for (Suggestion s : found) {
            if (rows.size() >= MAX_NEW_SUGGESTIONS) {
                log.info("Project {}: more than {} new suggestions; the others come with the next refresh", project, MAX_NEW_SUGGESTIONS);
                complete = false;
                break;
            }
            if (known.containsKey(s.fingerprint()) || !adding.add(s.fingerprint())) {
                continue;
            }
            List<DiscrepancySpan> spans = s.spans().stream()
                    .map(sp -> new DiscrepancySpan(Long.parseLong(sp.documentId()), sp.start(), sp.end(), sp.text())).toList();
            Long event = s.eventId() == null ? null : Long.valueOf(s.eventId());
            if (event != null && eventIds == null) {
                eventIds = store.eventIds(project);
            }
            rows.add(new DiscrepancyStore.NewSuggestion(DiscrepancyKind.valueOf(s.kind().name()), s.reason() == null ? "" : s.reason(),
                    spans, s.fingerprint(), (float) Math.max(0, Math.min(1, s.confidence())),
                    event != null && eventIds.contains(event) ? event : null, s.claimIds().stream().map(Long::valueOf).toList()));
            written.add(s);
        }
        Map<String, Long> ids = rows.isEmpty() ? Map.of() : store.insertSuggestions(project, rows);
        int added = 0;
        for (int i = 0; i < rows.size(); i++) {
            DiscrepancyStore.NewSuggestion r = rows.get(i);
            Long id = ids.get(r.fingerprint());
            if (id == null) {
                continue;
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", written.get(i).kind().name().toLowerCase());
            view.put("reason", written.get(i).reason());
            view.put("fingerprint", r.fingerprint());
            view.put("spans", r.spans());
            entries.add(new AuditLog.Entry(id, "suggest", null, view));
            added++;
        }
        // The fingerprints as this run leaves them, kept after the commit; the notices of its own rows forget nothing.
        Map<String, DiscrepancyStore.Fingerprinted> rowsAfter = rowsBefore;
        List<Long> own = new ArrayList<>(withdrawn);
        own.addAll(ids.values());
        if (!own.isEmpty()) {
            rowsAfter = new HashMap<>(rowsBefore);
            Set<Long> gone = new HashSet<>(withdrawn);
            for (Known k : known.values()) {
                if (gone.contains(k.row.id())) {
                    rowsAfter.remove(k.row.fingerprint());
                }
            }
            for (Map.Entry<String, Long> e : ids.entrySet()) {
                rowsAfter.put(e.getKey(), new DiscrepancyStore.Fingerprinted(e.getValue(), e.getKey(), true));
            }
            fingerprints.expectOwn(project.value(), own);
        }
        if (!entries.isEmpty()) {
            audit.recordAll(project.value(), "discrepancy", entries);
        }
        if (added > 0) {
            log.info("Project {}: {} new discrepancy suggestion(s)", project, added);
        }
        // The state this run leaves behind (its own inserts and withdrawals included): the same input on it finds
        // nothing to add or withdraw. Kept here when it can be (not when a row changed that this run did not write: a
        // suggestion acted on during the run, a fingerprint another run inserted; read again next time), else the
        // database's fingerprint of it.
        boolean keep = !actedOn[0] && ids.size() == rows.size() && fingerprints.keeps(rowsAfter.size());
        String state;
        if (keep) {
            Map<String, DiscrepancyStore.Fingerprinted> toKeep = rowsAfter;
            afterCommit(() -> fingerprints.put(project.value(), generation, toKeep));
            state = KeptFingerprints.tokenOf(generation);
        } else {
            fingerprints.forget(project.value());
            state = store.suggestionState(project);
        }
        return Optional.of(new Refresh(added, true, complete ? read.input() + "/" + state : null));
    }

    /** Runs {@code action} once the current transaction has committed (at once without one). */
    private static void afterCommit(Runnable action) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            action.run();
                        }
                    });
        } else {
            action.run();
        }
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
     * still keeps its fingerprint from coming back. Deleted in one statement; their audit entries are returned, for
     * the caller to write with its own.
     */
    private List<AuditLog.Entry> withdrawGone(ProjectId project, List<Suggestion> current, Map<String, Known> known,
                                              List<Long> withdrawn, boolean[] actedOn) {
        for (Suggestion s : current) {
            Known k = known.get(s.fingerprint());
            if (k != null) {
                k.found = true;
            }
        }
        List<DiscrepancyStore.Fingerprinted> gone = new ArrayList<>();
        for (Known k : known.values()) {
            if (k.row.withdrawable() && !k.found) {
                gone.add(k.row);
            }
        }
        if (gone.isEmpty()) {
            return List.of();
        }
        gone.sort(java.util.Comparator.comparing(DiscrepancyStore.Fingerprinted::fingerprint)); // entries in a stable order
        Map<Long, DiscrepancyStore.Suggested> deleted = store.deleteSuggestedReturning(project,
                gone.stream().map(DiscrepancyStore.Fingerprinted::id).toList());
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (DiscrepancyStore.Fingerprinted row : gone) {
            DiscrepancyStore.Suggested g = deleted.get(row.id());
            if (g == null) {
                actedOn[0] = true;
                continue; // acted on meanwhile: not withdrawn
            }
            withdrawn.add(g.id());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", g.kind());
            view.put("reason", g.reason());
            view.put("fingerprint", g.fingerprint());
            entries.add(new AuditLog.Entry(g.id(), "withdraw", view, null));
        }
        log.info("Project {}: {} suggestion(s) withdrawn, their passages no longer differ", project, entries.size());
        return entries;
    }

    /** A fingerprint already in the project, and whether this run found it again. */
    private static final class Known {
        final DiscrepancyStore.Fingerprinted row;
        boolean found;

        Known(DiscrepancyStore.Fingerprinted row) {
            this.row = row;
        }
    }

    /** Projects that have sources but have never had suggestions computed (or found none). */
    @Transactional(readOnly = true)
    List<ProjectId> projectsWithoutSuggestions() {
        return store.projectsWithoutSuggestions();
    }

    // Mapping -----------------------------------------------------------------------------------

    private void linkClaims(ProjectId project, long discrepancyId, List<Long> claimIds) {
        store.linkClaims(project, discrepancyId, claimIds);
    }

    private Optional<Discrepancy> find(ProjectId project, DiscrepancyId id) {
        return store.find(project, id);
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

}
