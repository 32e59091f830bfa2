package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An external PostgreSQL goes away and comes back while an app instance (its own JVM) runs:
 * changes made during the outage get "database unavailable, your change was not saved" (503 JSON
 * on the API, a notification in the browser), never a stack trace, and the first change after
 * PostgreSQL is back on the same port and data directory succeeds without restarting the app.
 */
class DatabaseOutageFlowTest extends BrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8));

    private Path pgDir;
    private int pgPort;

    private EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(pgPort)
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    @Test
    void aChangeDuringAnOutageIsRefusedPlainlyAndTheNextOneAfterItSucceeds() throws Exception {
        pgDir = Files.createDirectories(Path.of("target", "test-data", "outage-" + UUID.randomUUID(), "pg")).toAbsolutePath();
        pgPort = freePort();
        EmbeddedPostgres postgres = startPostgres();
        int appPort = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "com.factline.FactlineApplication", "--server.port=" + appPort,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "--spring.datasource.username=postgres", "--factline.demo=true",
                // Keeps the refused requests short; the default is 5 s.
                "--spring.datasource.hikari.connection-timeout=1500")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/outage-instance.log"))
                .start();
        try {
            String base = "http://localhost:" + appPort;
            waitUntilUp(base, 120, "target/outage-instance.log");
            assertStatus(createProjectOverApi(base, "Before the outage"), 201);
            Page alice = secondEditor("alice", base);
            alice.navigate(base + "/projects");
            assertThat(alice.locator("vaadin-grid")).containsText("Before the outage");

            postgres.close();

            HttpResponse<String> refused = createProjectOverApi(base, "During the outage");
            assertStatus(refused, 503);
            org.assertj.core.api.Assertions.assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> org.assertj.core.api.Assertions.assertThat(v).startsWith("application/json"));
            JsonNode body = JSON.readTree(refused.body());
            org.assertj.core.api.Assertions.assertThat(body.get("error").asString()).isEqualTo("database_unavailable");
            org.assertj.core.api.Assertions.assertThat(body.get("message").asString())
                    .contains("database is unavailable", "your change was not saved");

            createProjectInTheBrowser(alice, "During the outage, in the browser");
            Locator notification = alice.locator("vaadin-notification-card");
            assertThat(notification).containsText("database is unavailable");
            assertThat(notification).containsText("your change was not saved");
            org.assertj.core.api.Assertions.assertThat(notification.textContent()).doesNotContain("Exception");
            alice.locator("vaadin-button", new Page.LocatorOptions().setHasText("Cancel")).click();

            postgres = startPostgres();

            // The pool notices the restart on its own; on a busy machine the first reconnect may take
            // longer than the app's connection timeout, and that request gets the same plain 503.
            HttpResponse<String> after = createProjectOverApi(base, "After the outage");
            for (int i = 0; i < 20 && after.statusCode() == 503; i++) {
                Thread.sleep(1000);
                after = createProjectOverApi(base, "After the outage");
            }
            assertStatus(after, 201);
            createProjectInTheBrowser(alice, "After the outage, in the browser");
            alice.waitForURL(Pattern.compile(".*/projects/\\d+/sources$"));

            String names = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects")).header("Authorization", BASIC).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            org.assertj.core.api.Assertions.assertThat(names)
                    .contains("Before the outage", "After the outage", "After the outage, in the browser")
                    .doesNotContain("During the outage");
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            postgres.close();
        }
    }

    private static void createProjectInTheBrowser(Page page, String name) {
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New project")).click();
        // Exact: the projects filter is labelled "Filter projects by name", and it is there before the dialog opens.
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create")).click();
    }

    private static void assertStatus(HttpResponse<String> res, int status) {
        org.assertj.core.api.Assertions.assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
    }

    private HttpResponse<String> createProjectOverApi(String base, String name) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects"))
                .header("Authorization", BASIC).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":" + json(name) + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
