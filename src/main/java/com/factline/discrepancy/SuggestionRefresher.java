package com.factline.discrepancy;

import com.factline.base.RequestLoad;
import com.factline.claim.ClaimChanged;
import com.factline.project.ProjectId;
import com.factline.source.SourceImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes suggestions in the background after an import or a claim change has committed,
 * so neither the UI nor the API waits for the detector.
 */
@Component
class SuggestionRefresher {

    private static final Logger log = LoggerFactory.getLogger(SuggestionRefresher.class);

    private final DiscrepancyService discrepancies;
    private final SuggestionFailures failures;
    private final RequestLoad load;

    SuggestionRefresher(DiscrepancyService discrepancies, SuggestionFailures failures, RequestLoad load) {
        this.discrepancies = discrepancies;
        this.failures = failures;
        this.load = load;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onSourceImported(SourceImported e) {
        refresh(e.projectId());
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onClaimChanged(ClaimChanged e) {
        refresh(e.projectId());
    }

    /**
     * Per project: whether a run is waiting to start (it will see every change made before it starts), when the last
     * run ended, and the state that run left (a run on it changes nothing). One small entry per project refreshed.
     */
    private static final class Lane {
        /** Lets one run of the project at a time through (the lane itself guards the fields). */
        final Object running = new Object();
        boolean waiting;
        long lastEnd = Long.MIN_VALUE / 2;
        long lastMillis;
        @org.jspecify.annotations.Nullable String settled;
    }

    private final java.util.concurrent.ConcurrentHashMap<Long, Lane> lanes = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The least time from the end of one run of a project to the start of its next: this, or twice the CPU time the
     * last run took if longer (CPU, not wall time: waiting for a lock or for the cores costs nothing here). A single change runs at once; under a stream of edits the changes made during a run and in
     * this time join the next run, which caps the runs at about two a second and the refresh of one project at a
     * third of a core, instead of back to back (on a small server, a refresh that took a second would otherwise
     * take a core from the editors' requests for as long as they edit).
     */
    static final long MIN_SPACING_MILLIS = 400;

    /** The most a change waits for the spacing, however long the last run took (a crafted text's can take a minute). */
    static final long MAX_SPACING_MILLIS = 10_000;

    static long spacing(long lastRunMillis) {
        return spacing(lastRunMillis, 0);
    }

    /** The most of the cores requests are taken to use when spacing runs (so the spacing stays finite). */
    static final double MAX_REQUEST_SHARE = 0.9;

    /**
     * The spacing when requests used {@code requestShare} (0 to 1) of the cores lately (issue #18): background work
     * yields to editors. Idle, twice the last run's CPU time (a third of a core at most); as requests take a share u
     * of the cores, {@code 2 / (1 - u)} times it (at u = 0.5 four times, at 0.9 twenty times), within the same bounds.
     */
    static long spacing(long lastRunMillis, double requestShare) {
        double u = Math.max(0, Math.min(MAX_REQUEST_SHARE, requestShare));
        double factor = 2 / (1 - u);
        return Math.min(MAX_SPACING_MILLIS, Math.max(MIN_SPACING_MILLIS, Math.round(factor * lastRunMillis)));
    }

    /**
     * How long a change waits before its run: nothing when the last run ended at least the spacing ago (a single change,
     * even under load, runs at once), else the rest of the spacing. Never more than {@link #MAX_SPACING_MILLIS}.
     */
    static long waitMillis(long lastEnd, long lastRunMillis, double requestShare, long now) {
        return Math.max(0, Math.min(MAX_SPACING_MILLIS, lastEnd + spacing(lastRunMillis, requestShare) - now));
    }

    void refresh(ProjectId project) {
        Lane lane = lanes.computeIfAbsent(project.value(), k -> new Lane());
        synchronized (lane) {
            if (lane.waiting) {
                return; // coalesced: a burst of edits costs one run, not one per edit
            }
            lane.waiting = true;
        }
        // At most two threads per project: one running, one waiting here for it.
        synchronized (lane.running) {
            long wait;
            synchronized (lane) {
                wait = waitMillis(lane.lastEnd, lane.lastMillis, lane.lastEnd < 0 ? 0 : load.recentShare(), System.currentTimeMillis());
            }
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String settled;
            synchronized (lane) {
                lane.waiting = false;
                settled = lane.settled;
            }
            long cpu = cpuNanos();
            String after = run(project, settled);
            synchronized (lane) {
                lane.settled = after;
                lane.lastEnd = System.currentTimeMillis();
                if (after == null || !after.equals(settled)) {
                    lane.lastMillis = (cpuNanos() - cpu) / 1_000_000; // it ran (a skipped run leaves the state it was given)
                }
            }
        }
    }

    private static long cpuNanos() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
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
        try {
            input = failures.inputFingerprint(project);
            if (failures.failedBefore(project, input)) {
                log.debug("Project {}: suggestions failed before on this input; waiting for a source or claim to change", project);
                return null;
            }
        } catch (RuntimeException ex) {
            log.warn("Computing discrepancy suggestions for project {} failed: {}", project, ex.toString());
            return null; // the database is away: the next change runs it again
        }
        try {
            DiscrepancyService.Refresh done = discrepancies.refreshSuggestionsUnlessSettled(project, settled);
            if (done.ran()) {
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
