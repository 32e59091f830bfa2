package com.factline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fresh app in its own JVM: the very first answer it gives already lists the sample project, and so does the moment
 * its readiness probe says UP; the "Started" line comes after the seeding. (The seeding used to run after the server
 * answered, so scripts and the projects view saw an empty list for a moment.)
 */
class ReadyMeansSeededTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldServeNothingBeforeTheSampleProjectIsThere() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dataDir = Path.of("target/test-data/ready-" + UUID.randomUUID()).toAbsolutePath();
        Path log = Path.of(dataDir + ".log");
        Files.createDirectories(dataDir.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(java, "-Xmx512m", "-Dfactline.test.log=INFO", "-cp", System.getProperty("java.class.path"),
                "com.factline.FactlineApplication", "--server.port=" + port, "--factline.data-dir=" + dataDir)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://localhost:" + port;
        try {
            HttpResponse<String> first = null;
            long deadline = System.currentTimeMillis() + 180_000;
            while (first == null && System.currentTimeMillis() < deadline) {
                assertThat(app.isAlive()).as("the app exited while starting; see " + log).isTrue();
                try {
                    first = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects"))
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException notListeningYet) {
                    Thread.sleep(10);
                }
            }
            assertThat(first).as("the app did not answer within 3 minutes; see " + log).isNotNull();
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).as("the first answer the app gives").contains("Xi\u2013Putin Moscow summit").contains("\"sourceCount\":5");

            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long readyBy = System.currentTimeMillis() + 30_000;
            while (ready.statusCode() != 200 && System.currentTimeMillis() < readyBy) {
                Thread.sleep(50);
                ready = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
            }
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"UP\"");

            String out = Files.readString(log);
            int seeded = out.indexOf("imported 5 sample articles");
            int started = out.indexOf("Started FactlineApplication");
            assertThat(seeded).as("the seeding's log line").isNotNegative();
            assertThat(started).as("Spring's \"Started\" line comes after the seeding").isGreaterThan(seeded);
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
