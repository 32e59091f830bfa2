package com.factline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kills the app with SIGKILL while it is inserting a large restore and starts it again on the
 * same data directory: the project is then absent (a restore is one transaction), never half
 * there, and the database is consistent. A restore that was answered 201 survives a kill of the
 * app and its PostgreSQL right after.
 */
class RestoreCrashTest {

    static final String DAVE = "Basic " + Base64.getEncoder().encodeToString("dave:demo".getBytes(StandardCharsets.UTF_8));
    static final int SOURCES = 200;
    static final int CLAIMS = 60_000;
    static final int EVENTS = 2_000;
    static final int HISTORY = 20_000;

    final Path dataDir = Path.of("target", "restore-crash-" + UUID.randomUUID()).toAbsolutePath();
    final String name = "Restore crash " + UUID.randomUUID();

    @Test
    void shouldLeaveNoHalfRestoredProjectAfterAKillMidRestore() throws Exception {
        byte[] file = largeBackup();
        System.out.println("RESTORE CRASH: backup file of " + file.length + " bytes, " + SOURCES + " sources, " + CLAIMS + " claims");

        CrashRestartTest.App app = CrashRestartTest.App.start(dataDir, "1");
        CompletableFuture<Integer> answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> post(app, file));
            String seen = waitForInsertInto(answer, "claim");
            System.out.println("RESTORE CRASH: killing the app while PostgreSQL runs: " + seen);
            assertThat(seen).as("the kill came while the restore was inserting claims").startsWith("insert into \"claim\"");
        } finally {
            app.kill(false);
        }
        assertThat(answer.handle((status, error) -> status == null ? -1 : status).get()).as("no answer from a killed app").isNotEqualTo(201);

        CrashRestartTest.App second = CrashRestartTest.App.start(dataDir, "2");
        try {
            Map<String, Long> state = check();
            System.out.println("RESTORE CRASH after restart: " + state);
            assertThat(state.get("projects named so")).as("the killed restore left nothing").isZero();
            assertThat(state.get("sources with the backup's titles")).isZero();

            assertThat(post(second, file)).as("a restore on the restarted app").isEqualTo(201);
        } finally {
            second.kill(true);
        }

        CrashRestartTest.App third = CrashRestartTest.App.start(dataDir, "3");
        try {
            Map<String, Long> state = check();
            System.out.println("RESTORE CRASH after an acknowledged restore and a kill of app and PostgreSQL: " + state);
            assertThat(state.get("projects named so")).isEqualTo(1);
            assertThat(state.get("sources")).isEqualTo(SOURCES);
            assertThat(state.get("claims")).isEqualTo(CLAIMS);
            assertThat(state.get("events")).isEqualTo(EVENTS);
            assertThat(state.get("history")).isEqualTo(HISTORY + 1);
        } finally {
            third.stop();
        }
    }

    private int post(CrashRestartTest.App app, byte[] file) {
        try {
            return CrashRestartTest.HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/projects/restore"))
                            .timeout(Duration.ofMinutes(3)).header("Authorization", DAVE).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException("no answer: " + e, e);
        }
    }

    /** Watches PostgreSQL until the restore's transaction runs an insert into {@code table}; answers that statement. */
    private String waitForInsertInto(CompletableFuture<Integer> answer, String table) throws Exception {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement("""
                select left(query, 60) from pg_stat_activity
                where state = 'active' and pid <> pg_backend_pid() and query like ?""")) {
            st.setString(1, "insert into \"" + table + "\"%");
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline && !answer.isDone()) {
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
        }
        return "not seen (restore answered " + (answer.isDone() ? answer.handle((s, e) -> String.valueOf(s)).get() : "nothing") + ")";
    }

    private Map<String, Long> check() throws Exception {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("projects named so", "select count(*) from project where name = ?");
        checks.put("sources", "select count(*) from source s join project p on p.id = s.project_id where p.name = ?");
        checks.put("claims", "select count(*) from claim c join project p on p.id = c.project_id where p.name = ?");
        checks.put("events", "select count(*) from event e join project p on p.id = e.project_id where p.name = ?");
        checks.put("history", "select count(*) from audit_log a join project p on p.id = a.project_id where p.name = ?");
        checks.put("sources with the backup's titles", "select (select count(*) from source where title like ?)");
        checks.put("claims without their source's project", "select count(*) from claim c join source s on s.id = c.source_id "
                + "where s.project_id <> c.project_id and ? is not null");
        checks.put("claims whose quote is not the text at their offsets", "select count(*) from claim c join source s on s.id = c.source_id "
                + "where substr(s.body, c.start_offset + 1, c.end_offset - c.start_offset) <> c.quote and ? is not null");
        checks.put("sources whose sha256 is wrong", "select count(*) from source "
                + "where sha256 <> encode(sha256(convert_to(body, 'UTF8')), 'hex') and ? is not null");
        checks.put("restored projects without a restore entry", "select count(*) from project p where p.name = ? and not exists "
                + "(select 1 from audit_log a where a.project_id = p.id and a.action = 'restore')");
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = connect()) {
            for (var e : checks.entrySet()) {
                try (PreparedStatement st = c.prepareStatement(e.getValue())) {
                    st.setString(1, e.getKey().equals("sources with the backup's titles") ? name + " / %" : name);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        out.put(e.getKey(), rs.getLong(1));
                    }
                }
            }
        }
        for (String invariant : List.of("claims without their source's project", "claims whose quote is not the text at their offsets",
                "sources whose sha256 is wrong", "restored projects without a restore entry")) {
            assertThat(out.get(invariant)).as(invariant).isZero();
        }
        if (out.get("projects named so") == 0) {
            assertThat(out.get("sources") + out.get("claims") + out.get("events") + out.get("history")).isZero();
        }
        return out;
    }

    private Connection connect() throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "");
    }

    /** A generated project: ~100 KB articles, claims on their first words, events, a long history. */
    private byte[] largeBackup() {
        var json = CrashRestartTest.JSON;
        ObjectNode root = json.createObjectNode();
        root.put("format", "factline-backup").put("version", 1);
        root.putObject("project").put("id", 1).put("name", name).put("description", "generated for a crash test");
        root.putArray("members").addObject().put("project_id", 1).put("user_id", "alice").put("added_at", "2023-03-20T10:00:00Z");
        ArrayNode sources = root.putArray("sources");
        String[] quotes = new String[SOURCES];
        for (int i = 0; i < SOURCES; i++) {
            String text = CrashRestartTest.article(i);
            quotes[i] = text.substring(0, text.indexOf(' ', 10));
            sources.addObject().put("id", 1000 + i).put("project_id", 1).put("title", name + " / " + i).put("outlet", "Crash wire")
                    .put("body", text).put("sha256", CrashRestartTest.sha256(text)).put("char_count", text.codePointCount(0, text.length()))
                    .put("imported_by", "alice");
        }
        ArrayNode events = root.putArray("events");
        for (int i = 0; i < EVENTS; i++) {
            events.addObject().put("id", 5000 + i).put("project_id", 1).put("title", "Event " + i).put("created_by", "bob");
        }
        ArrayNode claims = root.putArray("claims");
        for (int i = 0; i < CLAIMS; i++) {
            int s = i % SOURCES;
            claims.addObject().put("id", 100_000 + i).put("project_id", 1).put("source_id", 1000 + s).put("start_offset", 0)
                    .put("end_offset", quotes[s].length()).put("quote", quotes[s]).put("statement", "claim " + i)
                    .put("event_id", 5000 + i % EVENTS).put("created_by", "alice");
        }
        // One suggestion already made, as in any project that has been open: otherwise the next start
        // runs the suggestion detectors over all 60,000 claims first (see the report on SuggestionStartup).
        root.putArray("discrepancies").addObject().put("id", 1).put("project_id", 1).put("kind", "quote").put("status", "dismissed")
                .put("origin", "suggested").put("fingerprint", "crash-test").putArray("spans").addObject()
                .put("sourceId", 1000).put("start", 0).put("end", quotes[0].length()).put("text", quotes[0]);
        root.putArray("discrepancyClaims");
        root.putArray("comments");
        ArrayNode history = root.putArray("history");
        for (int i = 0; i < HISTORY; i++) {
            history.addObject().put("id", 900_000 + i).put("project_id", 1).put("actor_id", "alice").put("actor_name", "alice")
                    .put("at", "2023-03-20T10:00:00Z").put("entity_type", "claim").put("entity_id", 100_000 + i).put("action", "create");
        }
        return json.writeValueAsBytes(root);
    }
}
