package com.factline.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.project.ProjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Proposals through the API on the real database: computed from the sample story, accepted, merged, dismissed. */
class ProposalApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcClient jdbc;

    /** The ICC warrant: dated Friday 17 March 2023, its passages speak of the warrant. */
    static final Predicate<JsonNode> ICC_WARRANT = p -> "2023-03-17".equals(p.path("date").path("earliest").asString(""))
            && "2023-03-17".equals(p.path("date").path("latest").asString(""))
            && quotes(p).contains("warrant");
    /** Xi's arrival in Moscow: Monday 20 March 2023, a passage naming Xi and his arrival, visit or meeting. */
    static final Predicate<JsonNode> XI_ARRIVES = p -> "2023-03-20".equals(p.path("date").path("earliest").asString(""))
            && "2023-03-20".equals(p.path("date").path("latest").asString(""))
            && anyPassage(p, q -> q.contains("xi") && (q.contains("arriv") || q.contains("visit") || q.contains("met")));

    @Test
    void aFreshStartProposesTheIccWarrantAndXisArrivalWithoutAnyEditing() throws Exception {
        long demo = demoProjectId();
        JsonNode open = waitForProposals(demo, ICC_WARRANT.or(XI_ARRIVES), 2);
        JsonNode icc = best(open, ICC_WARRANT);
        JsonNode xi = best(open, XI_ARRIVES);
        assertThat(outlets(icc)).as("outlets reporting the warrant: %s", icc).hasSizeGreaterThanOrEqualTo(4);
        assertThat(outlets(xi)).as("outlets reporting the arrival: %s", xi).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode p : List.of(icc, xi)) {
            assertThat(p.get("status").asString()).isEqualTo("open");
            assertThat(p.get("title").asString()).isNotBlank();
            assertThat(p.get("date").get("display").asString()).isIn("17 March 2023", "20 March 2023");
            for (JsonNode x : p.get("passages")) {
                assertThat(x.get("explanation").asString()).isNotBlank();
                assertThat(x.get("end").asInt()).isGreaterThan(x.get("start").asInt());
            }
        }
    }

    @Test
    void recomputingTheSameSourcesGivesTheSameProposals() throws Exception {
        long p = sampleProject();
        List<JsonNode> before = list(p, "open");
        ProposalService.Refreshed again = proposals.refresh(new ProjectId(p));
        assertThat(again).as("nothing to add, rewrite or remove").isEqualTo(new ProposalService.Refreshed(0, 0, 0, before.size()));
        assertThat(list(p, "open")).isEqualTo(before);
    }

    @Test
    void acceptingWithAnEditedTitlePutsTheEventOnTheTimelineWithOneClaimPerPassageAndASecondAcceptIsAConflict() throws Exception {
        long p = sampleProject();
        JsonNode icc = best(list(p, "open"), ICC_WARRANT);
        var res = postJson(path(p) + "/" + icc.get("id").asLong() + "/accept", "alice",
                "{\"title\":\"ICC issues arrest warrant for Putin\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode accepted = JSON.readTree(res.body());
        long eventId = accepted.get("eventId").asLong();
        assertThat(accepted.get("claimIds")).hasSize(icc.get("passages").size());

        JsonNode event = JSON.readTree(get("/api/v1/projects/" + p + "/events/" + eventId, "alice").body());
        assertThat(event.get("title").asString()).isEqualTo("ICC issues arrest warrant for Putin");
        assertThat(event.get("claimIds")).hasSize(icc.get("passages").size());
        assertThat(event.get("outlets").size()).as("the proposal's outlets").isEqualTo(outlets(icc).size());
        assertThat(event.get("date").get("earliest").asString()).isEqualTo("2023-03-17");
        JsonNode claims = JSON.readTree(get("/api/v1/projects/" + p + "/claims?eventId=" + eventId, "alice").body());
        for (JsonNode c : claims) {
            JsonNode passage = passageAt(icc, c.get("sourceId").asLong(), c.get("start").asInt());
            assertThat(passage).as("a claim for each passage, at its offsets").isNotNull();
            assertThat(c.get("quote").asString()).isEqualTo(passage.get("quote").asString());
        }

        var again = postJson(path(p) + "/" + icc.get("id").asLong() + "/accept", "alice", "{}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(count(p, "claim")).isEqualTo(icc.get("passages").size());
        assertThat(list(p, "open")).noneMatch(x -> x.get("id").asLong() == icc.get("id").asLong());
        JsonNode done = first(list(p, "accepted"), x -> x.get("id").asLong() == icc.get("id").asLong());
        assertThat(done.get("eventId").asLong()).isEqualTo(eventId);

        // A recompute does not propose what is already on the timeline.
        proposals.refresh(new ProjectId(p));
        assertThat(list(p, "open")).noneMatch(x -> mostlyTheSame(x, icc));
    }

    @Test
    void droppedPassagesAreNotFiledAndABadIndexChangesNothing() throws Exception {
        long p = sampleProject();
        JsonNode xi = best(list(p, "open"), x -> x.get("passages").size() >= 2);
        long id = xi.get("id").asLong();
        var bad = postJson(path(p) + "/" + id + "/accept", "alice", "{\"passages\":[0, 99]}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(count(p, "claim")).isZero();
        assertThat(count(p, "event")).isZero();

        var res = postJson(path(p) + "/" + id + "/accept", "alice",
                "{\"title\":\"Edited title\",\"date\":{\"earliest\":\"2023-03-20\",\"precision\":\"day\"},\"passages\":[0, 1]}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode accepted = JSON.readTree(res.body());
        assertThat(accepted.get("claimIds")).hasSize(2);
        assertThat(count(p, "claim")).isEqualTo(2);
        JsonNode event = JSON.readTree(get("/api/v1/projects/" + p + "/events/" + accepted.get("eventId").asLong(), "alice").body());
        assertThat(event.get("title").asString()).isEqualTo("Edited title");
        assertThat(event.get("date").get("display").asString()).as("the date the editor gave").isEqualTo("20 March 2023");
        assertThat(event.get("dateMode").asString()).isEqualTo("manual");
    }

    @Test
    void aDismissedProposalStaysDismissedAfterARecompute() throws Exception {
        long p = sampleProject();
        JsonNode xi = best(list(p, "open"), XI_ARRIVES);
        long id = xi.get("id").asLong();
        var noReason = postJson(path(p) + "/" + id + "/dismiss", "alice", "{\"reason\":\"  \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);

        var res = postJson(path(p) + "/" + id + "/dismiss", "alice", "{\"reason\":\"Not part of this timeline\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(JSON.readTree(res.body()).get("status").asString()).isEqualTo("dismissed");

        proposals.refresh(new ProjectId(p));
        assertThat(list(p, "open")).noneMatch(x -> x.get("id").asLong() == id).noneMatch(x -> mostlyTheSame(x, xi));
        JsonNode dismissed = first(list(p, "dismissed"), x -> x.get("id").asLong() == id);
        assertThat(dismissed.get("dismissReason").asString()).isEqualTo("Not part of this timeline");
        assertThat(dismissed.get("decidedBy").asString()).isEqualTo("alice");
        var accept = postJson(path(p) + "/" + id + "/accept", "alice", "{}");
        assertThat(accept.statusCode()).as(accept.body()).isEqualTo(409);
    }

    @Test
    void aProposalWhoseSourcesChangedIsStaleAndCannotBeAccepted() throws Exception {
        long p = sampleProject();
        JsonNode icc = best(list(p, "open"), ICC_WARRANT);
        long source = icc.get("passages").get(0).get("sourceId").asLong();
        long other = jdbc.sql("select id from source where project_id = ? and id <> ? order by id limit 1").params(p, source)
                .query(Long.class).single();
        int version = jdbc.sql("select version from source where id = ?").param(source).query(Integer.class).single();
        var mark = putJson("/api/v1/projects/" + p + "/sources/" + source + "/republishes", "alice",
                "{\"originalId\":" + other + ",\"version\":" + version + "}");
        assertThat(mark.statusCode()).as(mark.body()).isEqualTo(200);

        var res = postJson(path(p) + "/" + icc.get("id").asLong() + "/accept", "alice", "{}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(409);
        assertThat(JSON.readTree(res.body()).get("error").asString()).isEqualTo("stale_proposal");
        assertThat(count(p, "claim")).isZero();
        assertThat(count(p, "event")).isZero();
    }

    @Test
    void mergingFilesThePassagesAsClaimsOfAnExistingEvent() throws Exception {
        long p = sampleProject();
        var made = postJson("/api/v1/projects/" + p + "/events", "alice", "{\"title\":\"Xi in Moscow\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long event = JSON.readTree(made.body()).get("id").asLong();
        JsonNode xi = best(list(p, "open"), XI_ARRIVES);
        var res = postJson(path(p) + "/" + xi.get("id").asLong() + "/merge", "alice", "{\"eventId\":" + event + "}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode ev = JSON.readTree(get("/api/v1/projects/" + p + "/events/" + event, "alice").body());
        assertThat(ev.get("claimIds")).hasSize(xi.get("passages").size());
        assertThat(count(p, "event")).isEqualTo(1);
    }

    @Test
    void anotherProjectsProposalIsNotFoundAndOnlySignedInMembersSeeProposals() throws Exception {
        long p = sampleProject();
        JsonNode any = list(p, "open").get(0);
        long other = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Other " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
        assertThat(postJson("/api/v1/projects/" + other + "/proposals/" + any.get("id").asLong() + "/accept", "alice", "{}")
                .statusCode()).isEqualTo(404);
        assertThat(postJson("/api/v1/projects/" + other + "/proposals/" + any.get("id").asLong() + "/dismiss", "alice",
                "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(get(path(p), null).statusCode()).isEqualTo(401);
        assertThat(get(path(p), "bob").statusCode()).as("bob is not a member").isEqualTo(404);
        assertThat(postJson(path(p) + "/" + any.get("id").asLong() + "/accept", "bob", "{}").statusCode()).isEqualTo(404);
        assertThat(get(path(p) + "?status=nonsense", "alice").statusCode()).isEqualTo(400);
        assertThat(count(p, "claim")).isZero();
    }

    // Helpers -----------------------------------------------------------------------------------

    /** A new project holding the five sample articles, its proposals computed. */
    long sampleProject() {
        long p = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Proposals " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
        for (SampleStory.Article a : SampleStory.articles()) {
            var res = postJson("/api/v1/projects/" + p + "/sources", "alice", JSON.writeValueAsString(Map.of(
                    "title", a.title(), "outlet", a.outlet(), "publishedOn", a.published().toString(), "text", a.text())));
            assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        }
        // Let the background work the imports queued (vectors, suggestions, proposal runs that wait QUIET_MILLIS)
        // finish first, so no late background run changes the proposals under a test: a fixed sleep lost that race
        // when the executor was still busy with earlier work.
        awaitBackgroundIdle();
        proposals.refresh(new ProjectId(p));
        return p;
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
    org.springframework.core.task.TaskExecutor background;

    /** Waits (at most 60 s) until the application's background executor runs and holds nothing. */
    void awaitBackgroundIdle() {
        if (!(background instanceof org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor pool)) {
            throw new IllegalStateException("expected the thread-pool executor, found " + background.getClass());
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        int idleChecks = 0;
        while (idleChecks < 3) { // idle three times in a row: a task finishing may just have queued another
            boolean idle = pool.getActiveCount() == 0 && pool.getThreadPoolExecutor().getQueue().isEmpty();
            idleChecks = idle ? idleChecks + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("background work still running after 60 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String path(long project) {
        return "/api/v1/projects/" + project + "/proposals";
    }

    List<JsonNode> list(long project, String status) {
        var res = get(path(project) + "?status=" + status, "alice");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(res.body()).forEach(out::add);
        return out;
    }

    JsonNode waitForProposals(long project, Predicate<JsonNode> wanted, int atLeast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        List<JsonNode> open = List.of();
        while (System.currentTimeMillis() < deadline) {
            open = list(project, "open");
            if (open.stream().filter(wanted).count() >= atLeast) {
                return JSON.valueToTree(open);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("proposals not computed in time: " + open);
    }

    static JsonNode first(Iterable<JsonNode> proposals, Predicate<JsonNode> p) {
        for (JsonNode x : proposals) {
            if (p.test(x)) {
                return x;
            }
        }
        throw new AssertionError("no such proposal among " + proposals);
    }

    /** The proposal reported by the most outlets among those matching. */
    static JsonNode best(Iterable<JsonNode> proposals, Predicate<JsonNode> p) {
        JsonNode best = null;
        for (JsonNode x : proposals) {
            if (p.test(x) && (best == null || outlets(x).size() > outlets(best).size())) {
                best = x;
            }
        }
        if (best == null) {
            throw new AssertionError("no such proposal among " + proposals);
        }
        return best;
    }

    /** At least half of the passages of {@code x} are passages of {@code decided}: the same happening again. */
    static boolean mostlyTheSame(JsonNode x, JsonNode decided) {
        int shared = 0;
        for (JsonNode y : x.get("passages")) {
            if (passageAt(decided, y.get("sourceId").asLong(), y.get("start").asInt()) != null) {
                shared++;
            }
        }
        return shared > 0 && shared * 2 >= x.get("passages").size();
    }

    static boolean anyPassage(JsonNode p, Predicate<String> quote) {
        for (JsonNode x : p.path("passages")) {
            if (quote.test(x.path("quote").asString("").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static String quotes(JsonNode p) {
        StringBuilder s = new StringBuilder();
        p.path("passages").forEach(x -> s.append(x.path("quote").asString("").toLowerCase(Locale.ROOT)).append('\n'));
        return s.toString();
    }

    static List<String> outlets(JsonNode p) {
        List<String> out = new ArrayList<>();
        p.path("passages").forEach(x -> {
            if (!out.contains(x.get("outlet").asString())) {
                out.add(x.get("outlet").asString());
            }
        });
        return out;
    }

    static JsonNode passageAt(JsonNode proposal, long sourceId, int start) {
        for (JsonNode x : proposal.get("passages")) {
            if (x.get("sourceId").asLong() == sourceId && x.get("start").asInt() == start) {
                return x;
            }
        }
        return null;
    }

    int count(long project, String table) {
        return jdbc.sql("select count(*) from " + table + " where project_id = ?").param(project).query(Integer.class).single();
    }
}
