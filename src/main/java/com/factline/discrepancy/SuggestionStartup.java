package com.factline.discrepancy;

import com.factline.project.ProjectId;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Computes suggestions once at startup for projects that have sources but never had any (the
 * demo project on first start, a restored or generated project), on the background lane (see
 * {@link SuggestionRefresher}), and switches on {@code @Async} (the app's own background jobs no longer use it). It runs in the background: on a generated project of 50,000
 * claims the detectors take a while, and the app should be up meanwhile.
 */
@Configuration
@EnableAsync(proxyTargetClass = true)
class SuggestionStartup implements ApplicationRunner {

    private final DiscrepancyService discrepancies;
    private final SuggestionRefresher refresher;

    SuggestionStartup(DiscrepancyService discrepancies, SuggestionRefresher refresher) {
        this.discrepancies = discrepancies;
        this.refresher = refresher;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofPlatform().daemon().name("factline-suggestions-at-start").start(() -> {
            try {
                for (ProjectId p : discrepancies.projectsWithoutSuggestions()) {
                    refresher.request(p);
                }
            } catch (Throwable e) {
                // Nothing is lost: the next import or claim change of a project computes them.
                LoggerFactory.getLogger(SuggestionStartup.class).warn("Computing suggestions at start failed: {}", e.toString());
            }
        });
    }
}
