package com.factline.discrepancy;

import com.factline.project.ProjectId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Computes suggestions once at startup for projects that have sources but never had any (the
 * demo project on first start), and switches on {@code @Async} for the background listener.
 */
@Configuration
@EnableAsync(proxyTargetClass = true)
@Order(30) // after the demo project is seeded (20)
class SuggestionStartup implements ApplicationRunner {

    private final DiscrepancyService discrepancies;
    private final SuggestionRefresher refresher;

    SuggestionStartup(DiscrepancyService discrepancies, SuggestionRefresher refresher) {
        this.discrepancies = discrepancies;
        this.refresher = refresher;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ProjectId p : discrepancies.projectsWithoutSuggestions()) {
            refresher.refresh(p);
        }
    }
}
