package com.factline.proposal;

import com.factline.project.ProjectId;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Computes proposals at startup, in the background, for projects that have sources but none yet: the sample
 * project on a fresh start shows its proposed events without anyone editing.
 */
@Component
@Order(31) // after the demo project is seeded (20)
class ProposalStartup implements ApplicationRunner {

    private final ProposalService proposals;
    private final ProposalRefresher refresher;

    ProposalStartup(ProposalService proposals, ProposalRefresher refresher) {
        this.proposals = proposals;
        this.refresher = refresher;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofPlatform().daemon().name("factline-proposals-at-start").start(() -> {
            try {
                for (ProjectId p : proposals.projectsWithoutProposals()) {
                    refresher.request(p);
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ProposalStartup.class).warn("Computing proposals at start failed: {}", e.toString());
            }
        });
    }
}
