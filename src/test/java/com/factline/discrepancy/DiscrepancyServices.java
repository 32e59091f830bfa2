package com.factline.discrepancy;

import com.factline.align.SentenceVectorStore;
import com.factline.base.AuditLog;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a {@link DiscrepancyService} of a test's own over the application's real collaborators (database, access
 * checks, audit, events, failures, sentence vectors, transactions), so a test can watch or replace its refresh
 * without repeating the service's constructor.
 */
@Component
class DiscrepancyServices {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final SuggestionFailures failures;
    private final SentenceVectorStore vectors;
    private final PlatformTransactionManager transactions;
    private final com.factline.collab.ChangeBus bus;

    DiscrepancyServices(JdbcClient jdbc, JsonMapper json, ProjectAccess access, AuditLog audit,
            ApplicationEventPublisher publisher, SuggestionFailures failures, SentenceVectorStore vectors,
            PlatformTransactionManager transactions, com.factline.collab.ChangeBus bus) {
        this.bus = bus;
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.audit = audit;
        this.publisher = publisher;
        this.failures = failures;
        this.vectors = vectors;
        this.transactions = transactions;
    }

    /** A refresher of a test's own, on background threads of its own, over {@code service} (never the application's bean: a refresher hooks into its service). */
    SuggestionRefresher refresher(DiscrepancyService service) {
        return new SuggestionRefresher(service, failures, new com.factline.base.BackgroundWork(new com.factline.base.RequestLoad()), bus);
    }

    /** A store of its own on the application's database. */
    DiscrepancyStore store() {
        return new DiscrepancyStore(jdbc, json);
    }

    /** A service over {@code store}, otherwise the application's. */
    DiscrepancyService over(DiscrepancyStore store) {
        return new DiscrepancyService(store, access, audit, publisher, failures, vectors, transactions, bus);
    }

    /** A service over {@code store} and {@code audit}, otherwise the application's. */
    DiscrepancyService over(DiscrepancyStore store, AuditLog audit) {
        return new DiscrepancyService(store, access, audit, publisher, failures, vectors, transactions, bus);
    }

    /** A service whose {@code refreshSuggestionsUnlessSettled} is {@code refresh} (to count, wrap or fail runs). */
    DiscrepancyService refreshingWith(BiFunction<ProjectId, @Nullable String, DiscrepancyService.Refresh> refresh) {
        return new DiscrepancyService(store(), access, audit, publisher, failures, vectors, transactions, bus) {
            @Override
            public Refresh refreshSuggestionsUnlessSettled(ProjectId project, @Nullable String settled) {
                return refresh.apply(project, settled);
            }
        };
    }
}
