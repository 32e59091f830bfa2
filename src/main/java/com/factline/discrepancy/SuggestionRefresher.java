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

    SuggestionRefresher(DiscrepancyService discrepancies) {
        this.discrepancies = discrepancies;
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

    private void run(ProjectId project) {
        try {
            discrepancies.refreshSuggestions(project);
        } catch (RuntimeException ex) {
            // A failed background run loses nothing: the next import or claim change runs it again.
            log.warn("Computing discrepancy suggestions for project {} failed", project, ex);
        }
    }
}
