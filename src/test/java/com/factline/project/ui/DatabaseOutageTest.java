package com.factline.project.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.factline.project.ProjectService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An external PostgreSQL goes away and comes back while the app runs: changes made during the
 * outage get "database unavailable, your change was not saved" (503 JSON on the API, a
 * notification in the UI), never a stack trace, and the first change after PostgreSQL is back
 * succeeds without restarting the app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factline.admin-password=" + DatabaseOutageTest.ADMIN_PASSWORD,
        // Keeps the outage requests short; the app's default is 5 s.
        "spring.datasource.hikari.connection-timeout=1500"})
class DatabaseOutageTest extends SpringBrowserlessTest {

    static final String ADMIN_PASSWORD = "outage-test-password";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static Path dataDir;
    static int dbPort;
    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createDirectories(Path.of("target", "test-data", "outage-" + UUID.randomUUID())).toAbsolutePath();
        try (ServerSocket s = new ServerSocket(0)) {
            dbPort = s.getLocalPort();
        }
        postgres = startPostgres();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + dbPort + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(dbPort)
                .setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ProjectService projects;

    private HttpResponse<String> createProjectOverApi(String name) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a project through the view's dialog; what went wrong is handled as Vaadin would. */
    private void createProjectInTheView(ProjectsView view, String name) {
        view.openCreateDialog();
        test($(TextField.class).withCaption("Name").single()).setValue(name);
        Throwable thrown = catchThrowable(() -> test($(Button.class).withText("Create").single()).click());
        if (thrown != null) {
            // A listener's exception goes to the session's error handler in a running app.
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
            runPendingAccessTasks();
        }
    }

    private void runPendingAccessTasks() {
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
    }

    @Test
    @WithUserDetails("admin")
    void shouldSayTheChangeWasNotSavedWhileTheDatabaseIsDownAndRecoverByItself() throws IOException {
        assertThat(createProjectOverApi("Before the outage").statusCode()).isEqualTo(201);
        createProjectInTheView(navigate(ProjectsView.class), "Before the outage, in the view");
        assertThat($(Notification.class).all()).isEmpty();
        assertThat(projects.listVisible()).extracting(p -> p.name()).contains("Before the outage, in the view");
        // The view is open before the outage; only the change fails.
        ProjectsView view = navigate(ProjectsView.class);

        postgres.close();

        HttpResponse<String> api = createProjectOverApi("During the outage");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(api.body());
        assertThat(body.get("error").asString()).isEqualTo("database_unavailable");
        assertThat(body.get("message").asString()).contains("database is unavailable", "your change was not saved");
        assertThat(api.body()).doesNotContain("Exception", "at com.", "org.postgresql");

        createProjectInTheView(view, "During the outage, in the view");
        Notification shown = $(Notification.class).last();
        assertThat(test(shown).getText()).contains("database is unavailable", "your change was not saved")
                .doesNotContain("Exception");
        test($(Button.class).withText("Cancel").single()).click();

        postgres = startPostgres();

        assertThat(createProjectOverApi("After the outage").statusCode()).isEqualTo(201);
        createProjectInTheView(navigate(ProjectsView.class), "After the outage, in the view");
        assertThat(projects.listVisible()).extracting(p -> p.name())
                .contains("Before the outage", "After the outage", "After the outage, in the view")
                .doesNotContain("During the outage", "During the outage, in the view");
    }
}
