package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every path under /api/ that no endpoint maps: 404 JSON for every method when signed in, 401 JSON before that. */
class UnknownApiPathTest extends IntegrationTest {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    List<String> unknownPaths() {
        long demo = demoProjectId();
        return List.of("/api/v1/nope", "/api/nope", "/api/v1/projects/" + demo + "/nope",
                "/api/v1/projects/" + demo + "/sources/1/nope/deeper", "/api/v2/projects");
    }

    HttpResponse<String> call(String method, String path, String user) {
        HttpRequest.Builder b = request(path, user).header("Content-Type", "application/json").header("Accept", "application/json");
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        b.method(method, body ? HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8) : HttpRequest.BodyPublishers.noBody());
        return send(b.build());
    }

    @Test
    void shouldAnswerNotFoundAsJsonForEveryMethodOnAnUnknownApiPath() {
        for (String path : unknownPaths()) {
            for (String method : METHODS) {
                HttpResponse<String> r = call(method, path, "alice");
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(404);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(method + " " + path).startsWith("application/json");
                if (!method.equals("HEAD")) {
                    assertThat(r.body()).as(method + " " + path).contains("\"error\":\"not_found\"").doesNotContain("<html");
                }
            }
        }
    }

    @Test
    void shouldAskForSignInFirstOnAnUnknownApiPath() {
        for (String path : unknownPaths()) {
            for (String method : METHODS) {
                HttpResponse<String> r = call(method, path, null);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(401);
                if (!method.equals("HEAD")) {
                    assertThat(r.body()).as(method + " " + path).contains("\"error\":\"unauthorized\"");
                }
            }
        }
    }

    @Test
    void shouldStillAnswerKnownPathsAndRefuseAWrongMethodOnThemWith405() {
        assertThat(get("/api/v1/me", "alice").statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = call("DELETE", "/api/v1/me", "alice");
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.body()).contains("\"error\":\"method_not_allowed\"");
    }

    @Test
    void shouldLeaveTheAppsPagesToVaadin() {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
    }
}
