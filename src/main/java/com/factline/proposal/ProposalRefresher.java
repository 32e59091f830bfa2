package com.factline.proposal;

import com.factline.base.BackgroundWork;
import com.factline.collab.ChangeBus;
import com.factline.project.ProjectId;
import com.factline.source.SourceImported;
import com.factline.source.SourcePublicationDateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes a project's proposals in the background after an import or a publication-date correction has
 * committed, or when an editor met a stale proposal. It runs on the {@link BackgroundWork} lane "proposals", as the
 * discrepancy suggestions do (issue #18): one run per project at a time, at once when the project is quiet, and a
 * burst of changes during a run or its spacing costs one follow-up run, which sees the latest sources; runs are
 * spaced by twice the CPU time the last one took, further apart while requests keep the cores busy. A failed run is
 * logged, not retried, so it cannot loop; the next change runs it again.
 */
@Component
class ProposalRefresher {

    private static final Logger log = LoggerFactory.getLogger(ProposalRefresher.class);

    /**
     * The order of this refresher among the listeners of an import: first. Runs asked for at the same moment start in
     * the order asked; with two background threads, the third waits for one of the first two to end. The suggestions
     * come next ({@code SuggestionRefresher}), the sentence vectors of the source last (unordered).
     */
    static final int AFTER_IMPORT = 1;

    /** The least time between the end of one run of a project and the start of its next. */
    static final long MIN_SPACING_MILLIS = 400;

    private final ProposalService proposals;
    private final BackgroundWork.Lane lane;

    ProposalRefresher(ProposalService proposals, BackgroundWork background, ChangeBus bus) {
        this.proposals = proposals;
        this.lane = background.lane("proposals", MIN_SPACING_MILLIS, project -> refresh(new ProjectId(project)));
        // The timeline says "drafting" while a run is due or going, and learns when that starts and ends.
        proposals.draftingBy(project -> lane.busy(project.value()));
        lane.onBusyChange(project -> bus.announceBackgroundWork(project, "proposal"));
    }

    /**
     * Heard before the other listeners of an import (see {@link #AFTER_IMPORT}): on the shared background threads a
     * project's proposals, what the timeline shows a newcomer first, start before the sentence-vector job of the
     * source, which their run computes anyway.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(AFTER_IMPORT)
    public void onSourceImported(SourceImported e) {
        request(e.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onPublicationDateChanged(SourcePublicationDateChanged e) {
        request(e.projectId());
    }

    /** Published while the editor's transaction is rolled back (the 409), so not tied to its commit. */
    @EventListener
    public void onOutdated(ProposalsOutdated e) {
        request(e.projectId());
    }

    /** Asks for a run of the project on the background lane (see the class comment). */
    void request(ProjectId project) {
        lane.request(project.value());
    }

    /** One run now, in this thread; false when it failed. */
    boolean refresh(ProjectId project) {
        try {
            proposals.refresh(project);
            return true;
        } catch (RuntimeException ex) {
            log.warn("Computing proposals for project {} failed", project, ex);
            return false;
        }
    }
}
