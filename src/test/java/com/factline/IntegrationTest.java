package com.factline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests against the whole app on a real (embedded) PostgreSQL. All subclasses share
 * one Spring context, hence one database server per test JVM, in a fresh directory.
 */
@FactlineIntegrationTest
public abstract class IntegrationTest {

    protected static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    protected HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    protected HttpResponse<String> postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    protected HttpResponse<String> putJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code user} null: no credentials; "alice": HTTP Basic with the demo password. */
    protected HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    protected long demoProjectId() {
        var body = get("/api/v1/projects", "alice").body();
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+),\"name\":\"Xi").matcher(body);
        if (!m.find()) {
            throw new AssertionError("demo project not listed: " + body);
        }
        return Long.parseLong(m.group(1));
    }

    /** Waits for an app started in its own JVM to answer its health check; fails pointing at its log. */
    protected static void waitUntilUp(String base, int seconds, String log) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(java.time.Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The app at " + base + " did not start; see " + log);
    }
}
