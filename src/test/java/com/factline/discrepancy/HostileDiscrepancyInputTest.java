package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.project.ProjectId;
import com.factline.reliability.HostileTexts;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input for discrepancy suggestions and claims, through the real API on the real database:
 * crafted articles that made a refresh quadratic or exhaust memory, a failing refresh that was
 * retried at every change, and a claim quoting a whole text. Each case checks the documented
 * outcome, that nothing was half-written, and that others are still served afterwards. The
 * timeouts guard against a quadratic blow-up; they are not speed goals.
 */
class HostileDiscrepancyInputTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String NORMAL = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. "
            + "“Our partnership is boundless,” Putin said. Officials said 12 soldiers were killed near the border.";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DiscrepancyService discrepancies;
    @Autowired
    SuggestionFailures failures;
    @Autowired
    DiscrepancyServices services;

    long project(String user) {
        var res = postJson("/api/v1/projects", user, "{\"name\":\"Hostile " + UUID.randomUUID() + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    long importSource(long project, String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(Map.of(
                "title", outlet + " report", "outlet", outlet, "publishedOn", "2023-03-21", "text", text)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    int count(String sql, long project) {
        return jdbc.sql(sql).param(project).query(Integer.class).single();
    }

    void anotherUserIsStillServed() {
        long other = project("bob");
        assertThat(get("/api/v1/projects/" + other + "/discrepancies", "bob").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/projects", "bob").statusCode()).isEqualTo(200);
    }

    @Test
    @Timeout(180)
    void shouldComputeSuggestionsForCraftedArticlesWithinBudgetsAndKeepServingOthers() {
        long p = project("alice");
        importSource(p, "Names", HostileTexts.giantSentence(600_000));
        importSource(p, "Numbers", HostileTexts.manyNumbersOneNoun(600_000));
        importSource(p, "Token", HostileTexts.megabyteTokens(1_000_000));
        importSource(p, "Wire", NORMAL);
        importSource(p, "Wire copy", NORMAL.replace("boundless", "limitless").replace("12 soldiers", "40 soldiers"));

        int added = discrepancies.refreshSuggestions(new ProjectId(p));

        assertThat(added).isLessThanOrEqualTo(DiscrepancyService.MAX_NEW_SUGGESTIONS);
        assertThat(count("select count(*) from suggestion_failure where project_id = ?", p)).isZero();
        assertThat(count("select count(*) from discrepancy where project_id = ? and origin = 'suggested'", p)).isPositive();
        // every suggestion is whole: its spans, and its audit entry
        assertThat(count("select count(*) from discrepancy where project_id = ? and jsonb_array_length(spans) = 0", p)).isZero();
        assertThat(count("""
                select count(*) from discrepancy d where d.project_id = ? and d.origin = 'suggested' and not exists
                (select 1 from audit_log a where a.entity_type = 'discrepancy' and a.entity_id = d.id and a.action = 'suggest')""", p))
                .isZero();
        var list = get("/api/v1/projects/" + p + "/discrepancies?kind=description", "alice");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("limitless");
        anotherUserIsStillServed();
    }

    @Test
    @Timeout(120)
    void shouldNotRetryAFailedRefreshUntilASourceOrClaimChanges() throws Exception {
        long p = project("alice");
        long source = importSource(p, "Wire", NORMAL);
        Thread.sleep(3 * SuggestionRefresher.MIN_SPACING_MILLIS);
        discrepancies.refreshSuggestions(new ProjectId(p)); // waits for the background run of the import
        AtomicInteger runs = new AtomicInteger();
        DiscrepancyService outOfMemory = services.refreshingWith((project, settled) -> {
            runs.incrementAndGet();
            throw new OutOfMemoryError("Java heap space");
        });
        SuggestionRefresher refresher = services.refresher(outOfMemory);

        refresher.run(new ProjectId(p));
        refresher.run(new ProjectId(p)); // a change elsewhere, or the next start: same input
        refresher.run(new ProjectId(p));

        assertThat(runs.get()).as("the failed input is tried once").isEqualTo(1);
        assertThat(failures.find(new ProjectId(p))).hasValueSatisfying(f -> assertThat(f.message()).contains("memory"));
        assertThat(discrepancies.projectsWithoutSuggestions()).contains(new ProjectId(p)); // so a start would try ...
        refresher.run(new ProjectId(p)); // ... and skip it
        assertThat(runs.get()).isEqualTo(1);

        String quote = "Officials said 12 soldiers were killed";
        int start = NORMAL.indexOf(quote);
        var claim = postJson("/api/v1/projects/" + p + "/claims", "alice", "{\"sourceId\":" + source + ",\"start\":" + start
                + ",\"end\":" + (start + quote.length()) + ",\"quote\":" + JSON.writeValueAsString(quote) + "}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);
        refresher.run(new ProjectId(p));
        assertThat(runs.get()).as("a changed input is tried again").isEqualTo(2);

        String quote2 = "Putin met Chinese President Xi Jinping";
        int start2 = NORMAL.indexOf(quote2);
        var claim2 = postJson("/api/v1/projects/" + p + "/claims", "alice", "{\"sourceId\":" + source + ",\"start\":" + start2
                + ",\"end\":" + (start2 + quote2.length()) + ",\"quote\":" + JSON.writeValueAsString(quote2) + "}");
        assertThat(claim2.statusCode()).as(claim2.body()).isEqualTo(201);
        services.refresher(services.refreshingWith(discrepancies::refreshSuggestionsUnlessSettled)).run(new ProjectId(p));
        assertThat(failures.find(new ProjectId(p))).as("a successful run on a changed input clears the failure").isEmpty();
        anotherUserIsStillServed();
    }

    @Test
    @Timeout(60)
    void shouldRefuseAClaimQuotingMoreThanTheCapWithAClearMessageAndWriteNothing() {
        long p = project("alice");
        String text = "The court said the warrant was valid. ".repeat(200);
        long source = importSource(p, "Court", text);
        int claims = count("select count(*) from claim where project_id = ?", p);
        int history = count("select count(*) from audit_log where project_id = ?", p);

        var res = postJson("/api/v1/projects/" + p + "/claims", "alice", "{\"sourceId\":" + source + ",\"start\":0,\"end\":2500,"
                + "\"quote\":" + JSON.writeValueAsString(text.substring(0, 2500)) + "}");

        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("quote_too_long").contains("at most 2,000 characters").contains("has 2,500");
        assertThat(count("select count(*) from claim where project_id = ?", p)).isEqualTo(claims);
        assertThat(count("select count(*) from audit_log where project_id = ?", p)).isEqualTo(history);
        var ok = postJson("/api/v1/projects/" + p + "/claims", "alice", "{\"sourceId\":" + source + ",\"start\":0,\"end\":2000,"
                + "\"quote\":" + JSON.writeValueAsString(text.substring(0, 2000)) + "}");
        assertThat(ok.statusCode()).as("exactly the cap is fine: " + ok.body()).isEqualTo(201);
        anotherUserIsStillServed();
    }
}
