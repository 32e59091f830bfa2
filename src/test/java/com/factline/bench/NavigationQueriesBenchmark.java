package com.factline.bench;

import com.factline.claim.ClaimFilter;
import com.factline.claim.ClaimService;
import com.factline.claim.SuggestionService;
import com.factline.demo.Generator;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import com.factline.project.ProjectService;
import com.factline.proposal.ProposalFilter;
import com.factline.proposal.ProposalService;
import com.factline.proposal.ProposalStatus;
import com.factline.source.SourceId;
import com.factline.source.SourceService;
import com.factline.timeline.EventFilter;
import com.factline.timeline.EventService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Where the server time of a navigation to the timeline and to the reader goes on a generated
 * 10,000-event project (issue #18): each service call the two views make when they are entered,
 * timed on its own (median of 20 after 5 warm-up calls). The timeline's opening calls are the
 * plain ones (what a filter or a live change reads), not the ones that keep their results.
 * Not part of the suite (no timed assertions): run with
 * {@code ./mvnw test -Dtest=NavigationQueriesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class NavigationQueriesBenchmark {

    @Autowired
    Generator generator;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectAccess access;
    @Autowired
    EventService events;
    @Autowired
    ProposalService proposals;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimService claims;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("dave")
    void printsTheServerTimeOfEachCallOfTheNavigations() {
        var generated = generator.generate("Queries bench " + UUID.randomUUID(), 1000, 10_000, 50_000, 42);
        ProjectId p = new ProjectId(generated.projectId());
        SourceId first = new SourceId(jdbc.sql("select min(id) from source where project_id = ?").param(p.value()).query(Long.class).single());
        EventFilter all = EventFilter.all();
        ProposalFilter open = new ProposalFilter(ProposalStatus.OPEN, null, null, null);
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put("timeline: project name", () -> projects.get(p));
        calls.put("timeline: may edit", () -> access.allows(p, ProjectPermission.EDIT));
        calls.put("timeline: bands", () -> events.bands(p, all));
        calls.put("timeline: first 100 events", () -> events.firstEvents(p, all, 100));
        calls.put("timeline: axis (800 dates)", () -> events.axis(p, all, 800));
        // The axis's "corroborated" ring alone, as it was (count(distinct outlet) per event) and as it is (min < max).
        calls.put("axis ring, count(distinct)", () -> jdbc.sql("""
                select count(*) from (select c.event_id, count(distinct s.outlet) filter (where s.outlet <> '') as outlets
                from claim c join source s on s.id = c.source_id where c.project_id = :p and c.event_id is not null group by c.event_id) oc
                where oc.outlets >= 2""").param("p", p.value()).query(Long.class).single());
        // (the second is EventStore.CORROBORATED, repeated here: the store is the timeline module's own)
        calls.put("axis ring, min < max", () -> jdbc.sql("""
                select count(*) from (select c.event_id from claim c join source s on s.id = c.source_id
                where c.project_id = :p and c.event_id is not null and s.outlet <> ''
                group by c.event_id having min(s.outlet) < max(s.outlet)) oc""").param("p", p.value()).query(Long.class).single());
        calls.put("timeline: proposals count", () -> proposals.count(p, open));
        calls.put("reader: source", () -> sources.get(p, first));
        calls.put("reader: date suggestions", () -> suggestions.suggestions(sources.get(p, first)));
        calls.put("reader: the article's claims", () -> claims.list(p, ClaimFilter.ofSource(first.value())));
        System.out.println("BENCH navigation calls on " + generated.events() + " events, " + generated.claims() + " claims, "
                + events.bands(p, all).size() + " bands:");
        calls.forEach((name, call) -> {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                long t = System.nanoTime();
                call.get();
                if (i >= 5) {
                    micros.add((System.nanoTime() - t) / 1000);
                }
            }
            Collections.sort(micros);
            System.out.printf("BENCH   %-32s median %7.2f ms  p95 %7.2f ms%n", name, micros.get(micros.size() / 2) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0);
        });
    }
}
