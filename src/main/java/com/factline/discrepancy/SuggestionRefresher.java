package com.factline.discrepancy;

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

    SuggestionRefresher(DiscrepancyService discrepancies, SuggestionFailures failures) {
        this.discrepancies = discrepancies;
        this.failures = failures;
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

    /** Per project: a run is already waiting, and it will see every change made before it starts. */
    private final java.util.concurrent.ConcurrentHashMap<Long, java.util.concurrent.atomic.AtomicBoolean> waiting =
            new java.util.concurrent.ConcurrentHashMap<>();

    static final long QUIET_MILLIS = 400;

    void refresh(ProjectId project) {
        var queued = waiting.computeIfAbsent(project.value(), k -> new java.util.concurrent.atomic.AtomicBoolean());
        if (!queued.compareAndSet(false, true)) {
            return; // coalesced: a burst of edits costs one run, not one per edit
        }
        try {
            // A short quiet period: the edits that follow within it join this run. Under a steady
            // stream of edits this caps the runs at about two a second instead of back to back.
            Thread.sleep(QUIET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (queued) {
            queued.set(false);
            run(project);
        }
    }

    /**
     * One run, never retried on an input it failed on before. Any Throwable is caught: an
     * {@code OutOfMemoryError} or a {@code StackOverflowError} from one crafted text fails this
     * project's run (remembered with the input's fingerprint, logged once), not the thread pool.
     */
    void run(ProjectId project) {
        String input;
        try {
            input = failures.inputFingerprint(project);
            if (failures.failedBefore(project, input)) {
                log.debug("Project {}: suggestions failed before on this input; waiting for a source or claim to change", project);
                return;
            }
        } catch (RuntimeException ex) {
            log.warn("Computing discrepancy suggestions for project {} failed: {}", project, ex.toString());
            return; // the database is away: the next change runs it again
        }
        try {
            discrepancies.refreshSuggestions(project);
            failures.clear(project);
        } catch (Throwable ex) {
            if (com.factline.base.DatabaseFailures.isUnavailable(ex)) {
                // not the input's fault: the next change (or start) runs it again
                log.warn("Computing discrepancy suggestions for project {} failed: {}", project, ex.toString());
                return;
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
        }
    }
}
