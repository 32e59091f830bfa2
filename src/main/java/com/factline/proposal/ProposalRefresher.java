package com.factline.proposal;

import com.factline.project.ProjectId;
import com.factline.source.SourceImported;
import com.factline.source.SourcePublicationDateChanged;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes a project's proposals in the background after an import or a publication-date correction has
 * committed, or when an editor met a stale proposal. Runs of one project are coalesced (as the discrepancy
 * suggestions' refresher does): a burst of imports costs one run, and a failed run is logged, not retried, so it
 * cannot loop; the next change runs it again.
 */
@Component
class ProposalRefresher {

    private static final Logger log = LoggerFactory.getLogger(ProposalRefresher.class);

    /** The imports that follow within this time join the run. */
    static final long QUIET_MILLIS = 400;

    private final ProposalService proposals;
    private final ConcurrentHashMap<Long, AtomicBoolean> waiting = new ConcurrentHashMap<>();

    ProposalRefresher(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onSourceImported(SourceImported e) {
        refresh(e.projectId());
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onPublicationDateChanged(SourcePublicationDateChanged e) {
        refresh(e.projectId());
    }

    /** Published while the editor's transaction is rolled back (the 409), so not tied to its commit. */
    @Async
    @EventListener
    public void onOutdated(ProposalsOutdated e) {
        refresh(e.projectId());
    }

    void refresh(ProjectId project) {
        AtomicBoolean queued = waiting.computeIfAbsent(project.value(), k -> new AtomicBoolean());
        if (!queued.compareAndSet(false, true)) {
            return; // a run is already waiting, and it will see this change
        }
        try {
            Thread.sleep(QUIET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (queued) {
            queued.set(false);
            try {
                proposals.refresh(project);
            } catch (RuntimeException ex) {
                log.warn("Computing proposals for project {} failed", project, ex);
            }
        }
    }
}
