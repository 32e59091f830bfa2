package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.project.ProjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background refresh of suggestions skips a run whose outcome it already knows (issue #18): the detectors'
 * input (the texts and the claims' anchors, events and dates) and the project's discrepancies are what the last
 * run left. A changed statement is no input; a new claim, a claim moved to an event, a new text, or a suggestion
 * dismissed by an editor each make the next change run it again.
 */
class SuggestionRefreshSkipTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String WIRE = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday. "
            + "Officials said 12 soldiers were killed near the border. The talks lasted three hours.";
    static final String COPY = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday. "
            + "Officials said 40 soldiers were killed near the border. The talks lasted five hours.";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DiscrepancyService discrepancies;
    @Autowired
    SuggestionFailures failures;
    @Autowired
    com.factline.align.SentenceVectorStore vectors;
    @Autowired
    DiscrepancyServices services;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    long project;
    long source;
    /** Whether each refresh the refresher under test asked for ran the detectors. */
    final List<Boolean> ran = new ArrayList<>();
    SuggestionRefresher refresher;

    @BeforeEach
    void setUp() {
        var res = postJson("/api/v1/projects", "alice", "{\"name\":\"Skip " + UUID.randomUUID() + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        project = JSON.readTree(res.body()).get("id").asLong();
        source = importSource("Wire", WIRE);
        importSource("Copy", COPY);
        // The real service (its transaction and lock) behind a refresher of its own, counting what ran.
        DiscrepancyService counting = services.refreshingWith((p, settled) -> {
            DiscrepancyService.Refresh r = discrepancies.refreshSuggestionsUnlessSettled(p, settled);
            ran.add(r.ran());
            return r;
        });
        refresher = services.refresher(counting);
    }

    long importSource(String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(Map.of(
                "title", outlet + " report", "outlet", outlet, "publishedOn", "2023-03-21", "text", text)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    boolean refresh() {
        refresher.refresh(new ProjectId(project));
        return ran.getLast();
    }

    JsonNode createClaim(String quote) {
        int start = WIRE.indexOf(quote);
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", JSON.writeValueAsString(Map.of("sourceId", source,
                "start", start, "end", start + quote.length(), "quote", quote, "statement", "first wording")));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body());
    }

    @Test
    @Timeout(120)
    void shouldSkipTheRefreshWhenOnlyAStatementChangedAndRunItWhenAClaimOrATextChanged() {
        assertThat(refresh()).as("the first run of this refresher").isTrue();
        assertThat(refresh()).as("nothing changed since").isFalse();

        JsonNode claim = createClaim("Officials said 12 soldiers were killed near the border.");
        assertThat(refresh()).as("a new claim is new input").isTrue();

        var edited = putJson("/api/v1/projects/" + project + "/claims/" + claim.get("id").asLong(), "alice",
                JSON.writeValueAsString(Map.of("statement", "second wording", "version", claim.get("version").asInt())));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(refresh()).as("only the statement changed, which no detector reads").isFalse();

        var event = postJson("/api/v1/projects/" + project + "/events", "alice", "{\"title\":\"Border clash\"}");
        assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
        var attached = postJson("/api/v1/projects/" + project + "/events/" + JSON.readTree(event.body()).get("id").asLong() + "/claims",
                "alice", "{\"claimIds\":[" + claim.get("id").asLong() + "]}");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        assertThat(refresh()).as("the claim moved to an event, which the detectors read").isTrue();

        importSource("Third", COPY.replace("40 soldiers", "35 soldiers"));
        assertThat(refresh()).as("a new text").isTrue();
        assertThat(refresh()).isFalse();
    }

    @Test
    @Timeout(120)
    void shouldRunAgainWhenAnEditorChangedASuggestionSinceTheLastRun() {
        assertThat(refresh()).isTrue();
        assertThat(refresh()).isFalse();
        var list = get("/api/v1/projects/" + project + "/discrepancies", "alice");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode first = null;
        for (JsonNode d : JSON.readTree(list.body())) {
            if (d.get("status").asString().equals("suggested")) {
                first = d;
                break;
            }
        }
        assertThat(first).as("the two texts differ: " + list.body()).isNotNull();

        var dismissed = postJson("/api/v1/projects/" + project + "/discrepancies/" + first.get("id").asLong() + "/dismiss", "alice",
                JSON.writeValueAsString(Map.of("version", first.get("version").asInt(), "reason", "the same thing")));
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);

        assertThat(refresh()).as("the discrepancies are not as the last run left them").isTrue();
        assertThat(jdbc.sql("select status from discrepancy where id = ?").param(first.get("id").asLong()).query(String.class).single())
                .as("a dismissal stands").isEqualTo("dismissed");
        assertThat(refresh()).isFalse();
    }

    @Test
    @Timeout(120)
    void anOutcomeComputedOnInputThatChangedMeanwhileIsNotWrittenAndOneOnTheCurrentInputIs() {
        ProjectId p = new ProjectId(project);
        DiscrepancyStore store = services.store();
        DiscrepancyService service = services.over(store);
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        // Every statement of the check sees one snapshot, so a background run's commit cannot blur the count.
        tx.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // What a run reads and finds, as the service's read phase and detectors do.
        DetectorInput input = new DetectorInput();
        String version = tx.execute(s -> store.detectorInput(p));
        var docs = tx.execute(s -> store.detectDocuments(p, DiscrepancyService.MAX_DETECT_CHARS, DiscrepancyService.MAX_DETECT_TOTAL, input));
        var claims = tx.execute(s -> store.detectClaims(p));
        var read = new DiscrepancyService.Read(version, input.with(claims), docs, claims);
        var found = new com.factline.discrepancy.detect.DiscrepancyDetector(
                d -> vectors.sentences(Long.parseLong(d.id()), d.text())).detect(docs, claims);
        assertThat(found).as("the two texts differ").isNotEmpty();

        createClaim("Officials said 12 soldiers were killed near the border."); // the input changes while "the detectors run"
        String counted = "select count(*) from audit_log where project_id = ? and entity_type = 'discrepancy'";
        tx.executeWithoutResult(s -> {
            int before = jdbc.sql(counted).param(project).query(Integer.class).single();
            assertThat(service.write(p, read, found)).as("stale input: nothing written").isEmpty();
            assertThat(jdbc.sql(counted).param(project).query(Integer.class).single()).isEqualTo(before);
        });

        var current = new DiscrepancyService.Read(tx.execute(s -> store.detectorInput(p)), read.input(), docs, claims);
        // As the service writes (read committed): the background run of the new claim may have written meanwhile.
        var written = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(s -> service.write(p, current, found));
        assertThat(written).as("the input the outcome is written against is the current one").isPresent();
        assertThat(written.get().ran()).isTrue();
    }

    @Test
    @Timeout(120)
    void shouldRunAgainOnceTheNoticeOfAChangeMadeByAnotherInstanceArrives() throws Exception {
        assertThat(refresh()).isTrue();
        assertThat(refresh()).isFalse();
        long suggestion = jdbc.sql("select min(id) from discrepancy where project_id = ? and status = 'suggested'").param(project)
                .query(Long.class).single();
        // another instance dismisses it: its own transaction, with the change notice its audit entry sends
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("update discrepancy set status = 'dismissed', dismiss_reason = 'elsewhere', version = version + 1 where id = ?")
                    .param(suggestion).update();
            jdbc.sql("select 1 from (select pg_notify(?, ?)) n").params(com.factline.base.AuditLog.CHANNEL,
                    "{\"p\":" + project + ",\"t\":\"discrepancy\",\"i\":" + suggestion + ",\"a\":\"dismiss\",\"u\":\"bob\"}")
                    .query(Integer.class).single();
        });
        long deadline = System.currentTimeMillis() + 20_000;
        boolean ranAgain = false;
        while (!ranAgain && System.currentTimeMillis() < deadline) {
            ranAgain = refresh(); // skipped until the notice has arrived and the kept state is forgotten
            Thread.sleep(50);
        }
        assertThat(ranAgain).as("the discrepancies are not as the last run left them").isTrue();
        assertThat(jdbc.sql("select status from discrepancy where id = ?").param(suggestion).query(String.class).single())
                .as("the dismissal stands").isEqualTo("dismissed");
        assertThat(refresh()).isFalse();
    }

    @Test
    @Timeout(120)
    void shouldNeverSkipAnExplicitRefresh() {
        var settled = discrepancies.refreshSuggestionsUnlessSettled(new ProjectId(project), null);
        assertThat(settled.ran()).isTrue();
        assertThat(settled.settled()).isNotNull();
        assertThat(discrepancies.refreshSuggestionsUnlessSettled(new ProjectId(project), settled.settled()).ran()).isFalse();
        assertThat(discrepancies.refreshSuggestionsUnlessSettled(new ProjectId(project), null).ran())
                .as("no memory of an earlier run: the detectors run").isTrue();
    }
}
