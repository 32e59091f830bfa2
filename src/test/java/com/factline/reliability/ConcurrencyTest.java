package com.factline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many clients writing at once: optimistic locking lets exactly one of a set of same-version
 * edits through, and edits to different claims of one event never swallow each other.
 */
class ConcurrencyTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    String token;
    long project;
    long source;
    String text;

    @BeforeEach
    void fixtures() {
        var t = postJson("/api/v1/me/tokens", "alice", "{\"name\":\"concurrency " + UUID.randomUUID() + "\"}");
        assertThat(t.statusCode()).as(t.body()).isEqualTo(201);
        token = JSON.readTree(t.body()).get("token").asString();
        project = JSON.readTree(bearer("POST", "/api/v1/projects", "{\"name\":\"Concurrency " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append("Sentence number ").append(i).append(" says the talks began on Monday. ");
        }
        text = b.toString().strip();
        var s = bearer("POST", "/api/v1/projects/" + project + "/sources", JSON.writeValueAsString(Map.of(
                "title", "Many sentences", "outlet", "Wire", "publishedOn", "2023-03-21", "text", text)));
        assertThat(s.statusCode()).as(s.body()).isEqualTo(201);
        source = JSON.readTree(s.body()).get("id").asLong();
    }

    HttpResponse<String> bearer(String method, String path, String body) {
        HttpRequest.Builder b = request(path, null).header("Authorization", "Bearer " + token);
        if (body == null && method.equals("DELETE")) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body == null) {
            // State-changing API calls say they send JSON, even when there is nothing to send.
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return send(b.build());
    }

    JsonNode createClaim(int sentence, Long eventId) {
        String quote = "Sentence number " + sentence + " says";
        int start = text.indexOf(quote);
        var r = bearer("POST", "/api/v1/projects/" + project + "/claims", JSON.writeValueAsString(new java.util.LinkedHashMap<>(Map.of(
                "sourceId", source, "start", start, "end", start + quote.length(), "quote", quote, "statement", "initial " + sentence))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode claim = JSON.readTree(r.body());
        return claim;
    }

    @Test
    void shouldLetExactlyOneOfTwentySameVersionEditsThrough() throws Exception {
        JsonNode claim = createClaim(0, null);
        long id = claim.get("id").asLong();
        int version = claim.get("version").asInt();
        int threads = 20;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                String body = "{\"statement\":\"edit by thread " + i + "\",\"version\":" + version + "}";
                results.add(pool.submit(() -> {
                    start.await();
                    return bearer("PUT", "/api/v1/projects/" + project + "/claims/" + id, body);
                }));
            }
        }
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (var f : results) {
            HttpResponse<String> r = f.get();
            byStatus.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 409) {
                assertThat(JSON.readTree(r.body()).has("error")).as(r.body()).isTrue();
            }
        }
        System.out.println("CONCURRENCY 20 same-version PUTs on one claim: " + byStatus);
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1, 409, 19));
        int updates = jdbc.sql("select count(*) from audit_log where entity_type = 'claim' and entity_id = ? and action = 'update'")
                .param(id).query(Integer.class).single();
        assertThat(updates).isEqualTo(1);
        int finalVersion = jdbc.sql("select version from claim where id = ?").param(id).query(Integer.class).single();
        assertThat(finalVersion).isEqualTo(version + 1);
    }

    @Test
    void shouldLoseNothingWhenThreadsEditDifferentClaimsOfOneEvent() throws Exception {
        int threads = 8;
        int rounds = 15;
        List<JsonNode> claims = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            claims.add(createClaim(i + 1, null));
        }
        var ev = bearer("POST", "/api/v1/projects/" + project + "/events", JSON.writeValueAsString(Map.of(
                "title", "Talks", "claimIds", claims.stream().map(c -> c.get("id").asLong()).toList())));
        assertThat(ev.statusCode()).as(ev.body()).isEqualTo(201);
        long event = JSON.readTree(ev.body()).get("id").asLong();

        Map<Long, String> lastStatement = new ConcurrentHashMap<>();
        Map<Long, Integer> updatesDone = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (JsonNode c : claims) {
                long id = c.get("id").asLong();
                pool.submit(() -> {
                    go.await();
                    // The version the claim has now (attaching it to the event bumped it).
                    int version = JSON.readTree(bearer("GET", "/api/v1/projects/" + project + "/claims/" + id, null).body())
                            .get("version").asInt();
                    for (int r = 0; r < rounds; r++) {
                        String statement = "claim " + id + " round " + r;
                        var res = bearer("PUT", "/api/v1/projects/" + project + "/claims/" + id, JSON.writeValueAsString(Map.of(
                                "statement", statement, "eventId", event, "version", version)));
                        if (res.statusCode() != 200) {
                            failures.add(id + " round " + r + ": " + res.statusCode() + " " + res.body());
                            return null;
                        }
                        version = JSON.readTree(res.body()).get("version").asInt();
                        lastStatement.put(id, statement);
                        updatesDone.merge(id, 1, Integer::sum);
                    }
                    return null;
                });
            }
            go.countDown();
        }
        assertThat(failures).isEmpty();
        for (JsonNode c : claims) {
            long id = c.get("id").asLong();
            JsonNode now = JSON.readTree(bearer("GET", "/api/v1/projects/" + project + "/claims/" + id, null).body());
            assertThat(now.get("statement").asString()).isEqualTo("claim " + id + " round " + (rounds - 1));
            assertThat(now.get("eventId").asLong()).isEqualTo(event);
            int auditedUpdates = jdbc.sql("select count(*) from audit_log where entity_type = 'claim' and entity_id = ? and action = 'update'")
                    .param(id).query(Integer.class).single();
            int versionBeforeRounds = now.get("version").asInt() - rounds;
            assertThat(updatesDone.get(id)).isEqualTo(rounds);
            assertThat(auditedUpdates).as("audited updates of claim %d", id).isEqualTo(rounds);
            // Created at version 0 or 1, moved once onto the event: exactly `rounds` versions since.
            assertThat(versionBeforeRounds).isBetween(c.get("version").asInt(), c.get("version").asInt() + 1);
        }
        JsonNode e = JSON.readTree(bearer("GET", "/api/v1/projects/" + project + "/events/" + event, null).body());
        assertThat(e.get("claimIds")).hasSize(threads);
        System.out.println("CONCURRENCY " + threads + " threads x " + rounds + " edits on claims of one event: all "
                + threads * rounds + " applied, event version " + e.get("version").asInt());
    }

    @Test
    void shouldMoveClaimsBetweenEventsConcurrentlyWithoutDeadlocks() throws Exception {
        int threads = 8;
        int rounds = 20;
        List<Long> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            claims.add(createClaim(20 + i, null).get("id").asLong());
        }
        List<Long> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var ev = bearer("POST", "/api/v1/projects/" + project + "/events", "{\"title\":\"Event " + i + "\"}");
            assertThat(ev.statusCode()).as(ev.body()).isEqualTo(201);
            events.add(JSON.readTree(ev.body()).get("id").asLong());
        }
        // Every thread moves the same few claims between the same few events: a claim is often moved by another
        // request between the moment its event is locked and the moment the claim itself is.
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(threads);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                java.util.Random random = new java.util.Random(t);
                pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        long event = events.get(random.nextInt(events.size()));
                        long claim = claims.get(random.nextInt(claims.size()));
                        var res = bearer("POST", "/api/v1/projects/" + project + "/events/" + event + "/claims",
                                "{\"claimIds\":[" + claim + "]}");
                        if (res.statusCode() != 200) {
                            failures.add("claim " + claim + " to event " + event + ": " + res.statusCode() + " " + res.body());
                        }
                    }
                    return null;
                });
            }
        }
        long deadlocks = jdbc.sql("select deadlocks from pg_stat_database where datname = current_database()").query(Long.class).single();
        System.out.println("CONCURRENCY " + threads + " threads x " + rounds + " attaches of 4 claims to 4 events: refused "
                + failures.size() + "; deadlocks in this database so far (statistics may lag): " + deadlocks);
        assertThat(failures).as("attaches refused (a deadlock answers 409)").isEmpty();
        int attaches = jdbc.sql("select count(*) from audit_log where project_id = ? and entity_type = 'event' and action = 'attach'")
                .param(project).query(Integer.class).single();
        assertThat(attaches).isEqualTo(threads * rounds);
        List<Long> onEvents = new ArrayList<>();
        for (long event : events) {
            JSON.readTree(bearer("GET", "/api/v1/projects/" + project + "/events/" + event, null).body()).get("claimIds")
                    .forEach(c -> onEvents.add(c.asLong()));
        }
        assertThat(onEvents).containsExactlyInAnyOrderElementsOf(claims);
    }
}
