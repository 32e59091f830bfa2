package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Browser sessions signed in through the login form: listed, ended by their owner, ended by disabling the user. */
class SessionEndingTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    static final String PASSWORD = "copper kettle at dawn";

    String newUser() {
        String name = "s" + UUID.randomUUID().toString().substring(0, 8);
        var res = postJson("/api/v1/users", "dave", "{\"username\":\"" + name + "\",\"displayName\":\"Session " + name
                + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return name;
    }

    /** Signs in through the login form; returns the signed-in session id. */
    String signIn(String user) {
        var page = send(request("/login", null).GET().build());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = Map.of("username", user, "password", PASSWORD, "_csrf", csrf.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var res = send(request("/login", null).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session(page)).POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(res.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session(res);
    }

    HttpResponse<String> view(String session) {
        return send(request("/projects", null).header("Cookie", "JSESSIONID=" + session).GET().build());
    }

    HttpRequest.Builder basic(String path, String user) {
        return request(path, null).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    static String session(HttpResponse<?> res) {
        String cookie = res.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        Matcher m = SESSION.matcher(cookie);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static boolean signedOut(HttpResponse<?> res) {
        return res.statusCode() == 302 && res.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    @Test
    void shouldEndEveryBrowserSessionOfAUserAnAdminDisables() {
        String user = newUser();
        String first = signIn(user);
        String second = signIn(user);
        assertThat(view(first).statusCode()).isEqualTo(200);
        assertThat(view(second).statusCode()).isEqualTo(200);

        assertThat(putJson("/api/v1/users/" + user, "dave", "{\"enabled\":false}").statusCode()).isEqualTo(200);

        assertThat(signedOut(view(first))).as("first browser signed out at its next request").isTrue();
        assertThat(signedOut(view(second))).isTrue();
    }

    @Test
    void shouldListAUsersSessionsAndLetThemEndOne() {
        String user = newUser();
        String kept = signIn(user);
        String ended = signIn(user);
        JsonNode sessions = JSON.readTree(send(basic("/api/v1/me/sessions", user).GET().build()).body());
        assertThat(sessions).hasSize(2);

        String id = SessionService.handle(ended);
        assertThat(sessions.findValuesAsString("id")).contains(id, SessionService.handle(kept));
        assertThat(send(basic("/api/v1/me/sessions/" + id, user).DELETE().build()).statusCode()).isEqualTo(204);

        assertThat(signedOut(view(ended))).isTrue();
        assertThat(view(kept).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/v1/me/sessions/" + SessionService.handle(kept), "alice").DELETE().build()).statusCode())
                .as("alice cannot end another user's session").isEqualTo(404);
        assertThat(view(kept).statusCode()).isEqualTo(200);
    }
}
