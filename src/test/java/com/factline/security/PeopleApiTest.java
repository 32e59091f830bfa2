package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** People: accounts created, changed, disabled and reset by an admin; passwords changed by their owner. */
class PeopleApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String STRONG = "copper kettle at dawn";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserService users;
    @Autowired
    SessionRegistry sessions;

    String newName() {
        return "p" + UUID.randomUUID().toString().substring(0, 8);
    }

    HttpResponse<String> as(String user, String password, String path) {
        return send(request(path, null).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    HttpResponse<String> putAs(String user, String password, String path, String json) {
        return send(request(path, null).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
    }

    String create(String name, String password) {
        var res = postJson("/api/v1/users", "dave", JSON.writeValueAsString(java.util.Map.of("username", name, "displayName", "Erin " + name,
                "email", name + "@desk.example", "password", password)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return res.body();
    }

    @Test
    void shouldLetAnAdminCreateAPersonWhoCanThenSignIn() {
        String name = newName();
        JsonNode created = JSON.readTree(create(name, STRONG)).get("user");
        assertThat(created.get("role").asString()).isEqualTo("EDITOR");
        assertThat(created.get("email").asString()).isEqualTo(name + "@desk.example");
        assertThat(created.get("lastSignInAt").isNull()).isTrue();

        assertThat(as(name, STRONG, "/api/v1/me").statusCode()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode u : JSON.readTree(get("/api/v1/users", "dave").body())) {
            if (u.get("username").asString().equals(name)) {
                listed = u;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("lastSignInAt").isNull()).as("last sign-in shown").isFalse();
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'user' and action = 'create' and actor_name = 'dave'"
                + " and after->>'username' = ?").param(name).query(Integer.class).single()).isOne();
    }

    @Test
    void shouldRefuseWeakPasswordsBadInputAndNonAdmins() {
        var weak = postJson("/api/v1/users", "dave", "{\"username\":\"" + newName() + "\",\"displayName\":\"Weak\",\"password\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(weak.body()).get("message").asString()).contains("at least 12 characters");
        assertThat(postJson("/api/v1/users", "dave", "{\"username\":\"" + newName() + "\",\"displayName\":\"X\",\"email\":\"not-mail\"}")
                .statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/users", "dave", "{\"username\":\"" + newName() + "\",\"displayName\":\"X\",\"role\":\"REVIEWER\"}")
                .statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/users", "alice", "{\"username\":\"" + newName() + "\",\"displayName\":\"X\",\"password\":\"" + STRONG + "\"}")
                .statusCode()).isEqualTo(403);
        assertThat(putJson("/api/v1/users/bob", "alice", "{\"enabled\":false}").statusCode()).isEqualTo(403);
        assertThat(postJson("/api/v1/users/bob/password-reset", "alice", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldCreateAPersonWithAOneTimeSetPasswordLink() {
        String name = newName();
        JsonNode created = JSON.readTree(postJson("/api/v1/users", "dave",
                "{\"username\":\"" + name + "\",\"displayName\":\"Linked\"}").body());
        String link = created.get("setPasswordLink").asString();
        assertThat(link).startsWith("/set-password?token=");
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = ?").param(token).query(Integer.class).single())
                .as("only the hash is stored").isZero();

        assertThatInvalid(() -> users.setPasswordWithLink(token, "short"), "12");
        assertThat(users.setPasswordWithLink(token, STRONG)).isEqualTo(name);
        assertThat(as(name, STRONG, "/api/v1/me").statusCode()).isEqualTo(200);
        assertThatInvalid(() -> users.setPasswordWithLink(token, "another long passphrase"), "used");
    }

    @Test
    void shouldChangeOnesOwnPasswordOnlyWithTheCurrentOneAndAStrongNewOne() {
        String name = newName();
        create(name, STRONG);
        var wrong = putAs(name, STRONG, "/api/v1/me/password", "{\"current\":\"not it\",\"password\":\"a brand new passphrase\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).get("message").asString()).contains("current password is wrong");
        var weak = putAs(name, STRONG, "/api/v1/me/password", "{\"current\":\"" + STRONG + "\",\"password\":\"123456789012\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(weak.body()).get("message").asString()).contains("run", "At least 12 characters");
        assertThat(as(name, STRONG, "/api/v1/me").statusCode()).as("nothing changed").isEqualTo(200);

        var ok = putAs(name, STRONG, "/api/v1/me/password", "{\"current\":\"" + STRONG + "\",\"password\":\"a brand new passphrase\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
        assertThat(as(name, STRONG, "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(as(name, "a brand new passphrase", "/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLetAnAdminResetAPasswordToOneTheyChoose() {
        String name = newName();
        create(name, STRONG);
        var reset = postJson("/api/v1/users/" + name + "/password-reset", "dave", "{\"password\":\"temporary but long\"}");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(as(name, STRONG, "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(as(name, "temporary but long", "/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(postJson("/api/v1/users/" + name + "/password-reset", "dave", "{}").body())
                .get("setPasswordLink").asString()).startsWith("/set-password?token=");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'user' and action = 'password-reset' and actor_name = 'dave'"
                + " and after->>'username' = ?").param(name).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void shouldEndSessionsAndTokensOfADisabledUserAtOnce() {
        String name = newName();
        create(name, STRONG);
        String token = JSON.readTree(send(request("/api/v1/me/tokens", null).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((name + ":" + STRONG).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"script\"}")).build()).body()).get("token").asString();
        assertThat(send(request("/api/v1/me", null).header("Authorization", "Bearer " + token).GET().build()).statusCode()).isEqualTo(200);
        // A browser session of theirs, as the form login registers it.
        var principal = users.loadUserByUsername(name);
        String sessionId = "session-" + UUID.randomUUID();
        sessions.registerNewSession(sessionId, principal);

        var disabled = putJson("/api/v1/users/" + name, "dave", "{\"enabled\":false}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(JSON.readTree(disabled.body()).get("enabled").asBoolean()).isFalse();

        assertThat(sessions.getSessionInformation(sessionId).isExpired()).as("browser session ended").isTrue();
        assertThat(send(request("/api/v1/me", null).header("Authorization", "Bearer " + token).GET().build()).statusCode()).isEqualTo(401);
        assertThat(as(name, STRONG, "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'user' and action = 'disable' and actor_name = 'dave'"
                + " and after->>'username' = ?").param(name).query(Integer.class).single()).isOne();

        assertThat(putJson("/api/v1/users/" + name, "dave", "{\"enabled\":true}").statusCode()).isEqualTo(200);
        assertThat(as(name, STRONG, "/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNotLetAnAdminDisableThemselves() {
        var self = putJson("/api/v1/users/dave", "dave", "{\"enabled\":false}");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(as("dave", "demo", "/api/v1/me").statusCode()).isEqualTo(200);
    }

    static void assertThatInvalid(Runnable action, String messagePart) {
        org.assertj.core.api.Assertions.assertThatThrownBy(action::run)
                .isInstanceOf(com.factline.base.InvalidInputException.class).hasMessageContaining(messagePart);
    }
}
