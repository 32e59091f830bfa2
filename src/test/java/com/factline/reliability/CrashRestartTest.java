package com.factline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the app with SIGKILL in the middle of a bulk import and starts it again on the same
 * data directory: every article is then either wholly there (text and hash as sent) or absent,
 * every acknowledged one is there, and nothing dangles. Twice: once with only the JVM killed (its
 * PostgreSQL lives on as an orphan holding the directory), once with PostgreSQL killed as well,
 * as in a power cut.
 *
 * <p>The app runs in its own JVM with its own embedded database, as in production.
 */
class CrashRestartTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8));

    final Path dataDir = Path.of("target", "crash-" + UUID.randomUUID()).toAbsolutePath();
    /** title → sha256 of every text sent, and those the server acknowledged with 201. */
    final Map<String, String> sent = new ConcurrentHashMap<>();
    final Map<String, Integer> sentChars = new ConcurrentHashMap<>();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final Map<String, Long> claimsAcknowledged = new ConcurrentHashMap<>();

    @Test
    void shouldKeepEachImportWholeOrAbsentAcrossAKillAndRestart() throws Exception {
        App app = App.start(dataDir, "1");
        long project;
        try {
            project = JSON.readTree(app.post("/api/v1/projects", BASIC, "{\"name\":\"Crash " + UUID.randomUUID() + "\"}").body())
                    .get("id").asLong();
            runImportsThenKill(app, project, 0, false);
        } finally {
            app.kill(false);
        }
        System.out.println("CRASH round 1 (JVM SIGKILLed, PostgreSQL left running): sent " + sent.size() + ", acknowledged "
                + acknowledged.size() + "; orphan postmaster alive after the kill: " + postmaster().map(ProcessHandle::isAlive).orElse(false));

        app = App.start(dataDir, "2");
        try {
            verify(app, project, "after round 1");
            runImportsThenKill(app, project, 10_000, true);
        } finally {
            app.kill(true);
        }
        System.out.println("CRASH round 2 (JVM and PostgreSQL SIGKILLed): sent " + sent.size() + ", acknowledged " + acknowledged.size()
                + "; postmaster alive after the kill: " + postmaster().map(ProcessHandle::isAlive).orElse(false));

        app = App.start(dataDir, "3");
        try {
            verify(app, project, "after round 2");
        } finally {
            app.stop();
        }
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    /** Imports ~100 KB articles (and a claim on each) from a thread until enough are in, then kills mid-request. */
    private void runImportsThenKill(App app, long project, int firstIndex, boolean killPostgresToo) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        String token = JSON.readTree(app.post("/api/v1/me/tokens", BASIC, "{\"name\":\"crash\"}").body()).get("token").asString();
        Thread importer = Thread.ofPlatform().start(() -> {
            for (int i = firstIndex; !stop.get(); i++) {
                String title = "Bulk #" + i;
                String text = article(i);
                sent.put(title, sha256(text));
                sentChars.put(title, text.codePointCount(0, text.length()));
                try {
                    var r = app.post("/api/v1/projects/" + project + "/sources", "Bearer " + token,
                            JSON.writeValueAsString(Map.of("title", title, "outlet", "Crash wire", "text", text)));
                    if (r.statusCode() != 201) {
                        continue;
                    }
                    acknowledged.add(title);
                    long source = JSON.readTree(r.body()).get("id").asLong();
                    String quote = text.substring(0, text.indexOf(' ', 20));
                    var c = app.post("/api/v1/projects/" + project + "/claims", "Bearer " + token, JSON.writeValueAsString(Map.of(
                            "sourceId", source, "start", 0, "end", quote.length(), "quote", quote, "statement", "claim on " + title)));
                    if (c.statusCode() == 201) {
                        claimsAcknowledged.put(title, JSON.readTree(c.body()).get("id").asLong());
                    }
                } catch (IOException | RuntimeException e) {
                    return; // the server died under us
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        int before = acknowledged.size();
        long deadline = System.currentTimeMillis() + 60_000;
        while (acknowledged.size() < before + 25 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        // Kill while an import is on the wire: sent but not yet answered, somewhere inside the request.
        while (sent.size() <= acknowledged.size() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        Thread.sleep(new Random().nextInt(30));
        app.kill(killPostgresToo);
        stop.set(true);
        importer.join(30_000);
    }

    private void verify(App app, long project, String when) throws Exception {
        var list = app.get("/api/v1/projects/" + project + "/sources", BASIC);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        int present = 0;
        List<String> problems = new ArrayList<>();
        Set<String> presentTitles = new java.util.HashSet<>();
        for (JsonNode row : JSON.readTree(list.body())) {
            String title = row.get("title").asString();
            presentTitles.add(title);
            present++;
            JsonNode s = JSON.readTree(app.get("/api/v1/projects/" + project + "/sources/" + row.get("id").asLong(), BASIC).body());
            String text = s.get("text").asString();
            if (!sent.containsKey(title)) {
                problems.add(title + " was never sent");
            } else if (!sha256(text).equals(sent.get(title)) || !s.get("sha256").asString().equals(sent.get(title))) {
                problems.add(title + ": text or hash differs from what was sent");
            } else if (s.get("length").asInt() != sentChars.get(title)) {
                problems.add(title + ": char count " + s.get("length").asInt() + ", sent " + sentChars.get(title));
            }
        }
        for (String title : acknowledged) {
            if (!presentTitles.contains(title)) {
                problems.add(title + " was acknowledged (201) but is gone");
            }
        }
        var claims = JSON.readTree(app.get("/api/v1/projects/" + project + "/claims", BASIC).body());
        Set<Long> claimIds = new java.util.HashSet<>();
        claims.forEach(c -> claimIds.add(c.get("id").asLong()));
        claimsAcknowledged.forEach((title, id) -> {
            if (!claimIds.contains(id)) {
                problems.add("claim " + id + " on " + title + " was acknowledged but is gone");
            }
        });
        Map<String, Long> db = databaseChecks(project);
        System.out.println("CRASH " + when + ": " + present + " sources present of " + sent.size() + " sent (" + acknowledged.size()
                + " acknowledged, so " + (present - acknowledged.size()) + " committed without an answer), " + claims.size()
                + " claims; consistency " + db);
        assertThat(problems).isEmpty();
        db.forEach((check, n) -> assertThat(n).as(check).isZero());
    }

    /** Straight to the app's PostgreSQL (its port is in postmaster.pid), for rules the API cannot show. */
    private Map<String, Long> databaseChecks(long project) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            Map<String, String> checks = new java.util.LinkedHashMap<>();
            checks.put("claims without source", "select count(*) from claim c where not exists (select 1 from source s where s.id = c.source_id)");
            checks.put("claims in another project than their source",
                    "select count(*) from claim c join source s on s.id = c.source_id where s.project_id <> c.project_id");
            checks.put("sources whose char_count is wrong", "select count(*) from source where char_count <> char_length(body)");
            checks.put("sources whose sha256 is wrong",
                    "select count(*) from source where sha256 <> encode(sha256(convert_to(body, 'UTF8')), 'hex')");
            checks.put("sources without their import audit entry", "select count(*) from source s where not exists "
                    + "(select 1 from audit_log a where a.entity_type = 'source' and a.entity_id = s.id and a.action = 'import')");
            checks.put("import audit entries without source", "select count(*) from audit_log a where a.entity_type = 'source' "
                    + "and a.action = 'import' and a.project_id = " + project + " and not exists (select 1 from source s where s.id = a.entity_id)");
            checks.put("claims whose quote is not the text at their offsets", "select count(*) from claim c join source s on s.id = c.source_id "
                    + "where substr(s.body, c.start_offset + 1, c.end_offset - c.start_offset) <> c.quote");
            checks.put("duplicate demo projects", "select count(*) - count(distinct name) from project");
            for (var e : checks.entrySet()) {
                try (ResultSet rs = c.createStatement().executeQuery(e.getValue())) {
                    rs.next();
                    out.put(e.getKey(), rs.getLong(1));
                }
            }
        }
        return out;
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = dataDir.resolve("postgres/postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A ~100 KB article, different for each index. */
    static String article(int i) {
        Random r = new Random(i);
        String[] words = {"court", "warrant", "Moscow", "visit", "Kremlin", "spokesman", "said", "on", "Friday", "Monday", "the",
                "talks", "president", "state", "deportation", "children", "Hague", "judges", "\u00E9t\u00E9", "\uD83D\uDCF0", "na\u00EFve"};
        StringBuilder b = new StringBuilder("Article " + i + ". ");
        while (b.length() < 100_000) {
            b.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? ".\n" : " ");
        }
        return b.toString().strip();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One app JVM on the data directory. */
    record App(Process process, String base, Path dataDir, Path log) {

        static App start(Path dataDir, String run) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Path log = Path.of(dataDir + "-run" + run + ".log");
            Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    "com.factline.FactlineApplication", "--server.port=" + port, "--factline.data-dir=" + dataDir)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            App app = new App(p, "http://localhost:" + port, dataDir, log);
            try {
                app.waitUntilUp();
            } catch (AssertionError | Exception e) {
                app.kill(true); // leave no app or PostgreSQL running after a failed start
                throw e;
            }
            return app;
        }

        void waitUntilUp() throws Exception {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("The app exited with " + process.exitValue() + " while starting; log " + log + ":\n"
                            + tail(log));
                }
                try {
                    if (get("/actuator/health", null).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not up yet
                }
                Thread.sleep(300);
            }
            throw new AssertionError("The app did not start; log " + log + ":\n" + tail(log));
        }

        /** SIGKILL, as in a crash; with {@code postgresToo}, its PostgreSQL (all of its processes) as well. */
        void kill(boolean postgresToo) throws Exception {
            List<ProcessHandle> pg = new ArrayList<>();
            if (postgresToo) {
                Path pidFile = dataDir.resolve("postgres/postmaster.pid");
                if (Files.exists(pidFile)) {
                    ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).ifPresent(pm -> {
                        pg.add(pm);
                        pm.descendants().forEach(pg::add);
                    });
                }
                process.descendants().forEach(pg::add);
            }
            process.destroyForcibly();
            pg.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(20, TimeUnit.SECONDS);
            for (ProcessHandle h : pg) {
                h.onExit().get(20, TimeUnit.SECONDS);
            }
        }

        void stop() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill(true);
            }
        }

        HttpResponse<String> get(String path, String auth) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (auth != null) {
                b.header("Authorization", auth);
            }
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String auth, String json) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log)";
            }
        }
    }
}
