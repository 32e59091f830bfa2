package com.factline.discrepancy;

import com.factline.base.BackgroundWork;
import com.factline.collab.ChangeBus;
import com.factline.claim.ClaimChanged;
import com.factline.project.ProjectId;
import com.factline.source.SourceImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes suggestions in the background after an import or a claim change has committed,
 * so neither the UI nor the API waits for the detector: on the {@link BackgroundWork} lane "suggestions", one run per
 * project at a time, a burst of changes coalesced into one follow-up run, spaced further apart the busier requests are.
 */
@Component
class SuggestionRefresher {

    private static final Logger log = LoggerFactory.getLogger(SuggestionRefresher.class);

    private final DiscrepancyService discrepancies;
    private final SuggestionFailures failures;
    private final BackgroundWork.Lane lane;

    SuggestionRefresher(DiscrepancyService discrepancies, SuggestionFailures failures, BackgroundWork background, ChangeBus bus) {
        this.discrepancies = discrepancies;
        this.failures = failures;
        this.lane = background.lane("suggestions", MIN_SPACING_MILLIS, project -> refresh(new ProjectId(project)));
        discrepancies.onOutdated(this::request); // a change made elsewhere may have been missed by a run: run again
        // The queue says "comparing" while a run is due or going, and learns when that starts and ends.
        discrepancies.suggestingBy(project -> lane.busy(project.value()));
        lane.onBusyChange(project -> bus.announceBackgroundWork(project, "discrepancy"));
    }

    /** Heard after the proposals' refresher and before the sentence-vector job (see {@code ProposalRefresher.AFTER_IMPORT}). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @org.springframework.core.annotation.Order(2)
    public void onSourceImported(SourceImported e) {
        request(e.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onClaimChanged(ClaimChanged e) {
        request(e.projectId());
    }

    /**
     * Asks for a run of the project on the background lane: at once when the project is quiet; during a run or its
     * spacing, one follow-up run after it sees every change made meanwhile (issue #18).
     */
    void request(ProjectId project) {
        lane.request(project.value());
    }

    /** Per project, the state the last run left (a run on it changes nothing). One small entry per project refreshed. */
    private final java.util.concurrent.ConcurrentHashMap<Long, String> settled = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The least time from the end of one run of a project to the start of its next: this, or twice the CPU time the
     * last run took if longer (CPU, not wall time: waiting for a lock or for the cores costs nothing here). A single change runs at once; under a stream of edits the changes made during a run and in
     * this time join the next run, which caps the runs at about two a second and the refresh of one project at a
     * third of a core, instead of back to back (on a small server, a refresh that took a second would otherwise
     * take a core from the editors' requests for as long as they edit). The longer the stream lasts, the further
     * apart (see {@link BackgroundWork#MAX_STREAK}: four times this at most, one run in 1.6 s).
     */
    static final long MIN_SPACING_MILLIS = 400;

    /** The most a change waits for the spacing, however long the last run took (a crafted text's can take a minute). */
    static final long MAX_SPACING_MILLIS = BackgroundWork.MAX_SPACING_MILLIS;

    static long spacing(long lastRunMillis) {
        return spacing(lastRunMillis, 0);
    }

    /** See {@link BackgroundWork#spacing}: background work yields to editors. */
    static long spacing(long lastRunMillis, double requestShare) {
        return BackgroundWork.spacing(lastRunMillis, requestShare, MIN_SPACING_MILLIS);
    }

    /** See {@link BackgroundWork#waitMillis}: a single change after a quiet spell runs at once, even under load. */
    static long waitMillis(long lastEnd, long lastRunMillis, double requestShare, long now) {
        return BackgroundWork.waitMillis(lastEnd, lastRunMillis, requestShare, now, MIN_SPACING_MILLIS);
    }

    /**
     * One run now, in this thread, unless the project is as the last run left it; tells whether it ran. The lane
     * calls it one project at a time; tests and tools call it directly.
     */
    boolean refresh(ProjectId project) {
        String before = settled.get(project.value());
        String after = run(project, before);
        if (after == null) {
            settled.remove(project.value());
        } else {
            settled.put(project.value(), after);
        }
        return after == null || !after.equals(before);
    }

    /** One run regardless of what the last one left (the failure bookkeeping still applies). */
    void run(ProjectId project) {
        run(project, null);
    }

    /**
     * One run, never retried on an input it failed on before. Any Throwable is caught: an
     * {@code OutOfMemoryError} or a {@code StackOverflowError} from one crafted text fails this
     * project's run (remembered with the input's fingerprint, logged once), not the thread pool.
     */
    @org.jspecify.annotations.Nullable String run(ProjectId project, @org.jspecify.annotations.Nullable String settled) {
        String input;
        boolean recorded;
        try {
            SuggestionFailures.Check check = failures.check(project);
            input = check.input();
            recorded = check.recorded();
            if (check.failedBefore()) {
                log.debug("Project {}: suggestions failed before on this input; waiting for a source or claim to change", project);
                return null;
            }
        } catch (RuntimeException ex) {
            log.warn("Computing discrepancy suggestions for project {} failed: {}", project, ex.toString());
            return null; // the database is away: the next change runs it again
        }
        try {
            DiscrepancyService.Refresh done = discrepancies.refreshSuggestionsUnlessSettled(project, settled);
            if (done.ran() && recorded) {
                failures.clear(project);
            }
            return done.settled();
        } catch (Throwable ex) {
            if (com.factline.base.DatabaseFailures.isUnavailable(ex)) {
                // not the input's fault: the next change (or start) runs it again
                log.warn("Computing discrepancy suggestions for project {} failed: {}", project, ex.toString());
                return null;
            }
            String message = ex instanceof OutOfMemoryError
                    ? "The texts of this project need more memory than the server has for suggestions (" + ex.getMessage() + ")."
                    : ex instanceof StackOverflowError ? "A text of this project is too deeply nested to analyse (stack overflow)."
                    : ex.toString();
            log.error("Computing discrepancy suggestions for project {} failed; not retried until a source or claim changes: {}",
                    project, message, ex);
            try {
                failures.record(project, input, message);
            } catch (RuntimeException again) {
                log.warn("Could not remember the failed suggestion run of project {}: {}", project, again.toString());
            }
            return null;
        }
    }
}
