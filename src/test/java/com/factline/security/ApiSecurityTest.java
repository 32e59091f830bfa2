package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

class ApiSecurityTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void shouldAnswer401JsonWithoutCredentialsAndNeverRedirect() {
        var res = get("/api/v1/projects", null);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(JSON.readTree(res.body()).get("error").asString()).isEqualTo("unauthorized");
        assertThat(res.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void shouldAnswer401ForAWrongPassword() {
        var res = send(request("/api/v1/projects", null)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("carol:wrong".getBytes())).GET().build());
        assertThat(res.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldListTheSampleProjectWithFiveSourcesForAlice() {
        var res = get("/api/v1/projects", "alice");
        assertThat(res.statusCode()).isEqualTo(200);
        var demo = JSON.readTree(res.body()).valueStream().filter(p -> p.get("name").asString().startsWith("Xi")).findFirst().orElseThrow();
        assertThat(demo.get("sourceCount").asInt()).isEqualTo(5);
    }

    @Test
    void shouldAnswer403ForAWrongRole() {
        assertThat(get("/api/v1/users", "alice").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/users", "carol").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/users", "dave").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldHideProjectsTheUserIsNotAMemberOf() {
        var created = postJson("/api/v1/projects", "bob", "{\"name\":\"Bob's private story " + UUID.randomUUID() + "\"}");
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(get("/api/v1/projects/" + id, "bob").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/projects/" + id, "alice").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/projects/" + id + "/sources", "alice").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/projects", "alice").body()).doesNotContain("Bob's private story");
        assertThat(get("/api/v1/projects/" + id, "dave").statusCode()).as("admins see all").isEqualTo(200);
    }

    @Test
    void shouldAcceptAPersonalApiTokenUntilItIsRevoked() {
        var alice = users.loadUserByUsername("alice");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(alice, null, alice.getAuthorities()));
        ApiToken.Created created;
        try {
            created = tokens.create("script");
        } finally {
            SecurityContextHolder.clearContext();
        }
        var me = send(request("/api/v1/me", null).header("Authorization", "Bearer " + created.secret()).GET().build());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo("alice");

        var wrong = send(request("/api/v1/me", null).header("Authorization", "Bearer fl_not-a-token").GET().build());
        assertThat(wrong.statusCode()).isEqualTo(401);

        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(alice, null, alice.getAuthorities()));
        try {
            tokens.revoke(created.token().id());
        } finally {
            SecurityContextHolder.clearContext();
        }
        var revoked = send(request("/api/v1/me", null).header("Authorization", "Bearer " + created.secret()).GET().build());
        assertThat(revoked.statusCode()).isEqualTo(401);
    }

    ApiToken.Created tokenOf(String username, String name) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return tokens.create(name);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    int meWith(ApiToken.Created token) {
        return send(request("/api/v1/me", null).header("Authorization", "Bearer " + token.secret()).GET().build()).statusCode();
    }

    @Test
    void shouldRefuseATokenAtOnceWhenItsAccountIsDisabled() {
        String name = "tok" + UUID.randomUUID().toString().substring(0, 8);
        var dave = users.loadUserByUsername("dave");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(dave, null, dave.getAuthorities()));
        try {
            users.create(name, "Token user", com.factline.base.Role.EDITOR, "a-long-enough-password-1");
        } finally {
            SecurityContextHolder.clearContext();
        }
        var token = tokenOf(name, "script");
        assertThat(meWith(token)).isEqualTo(200);
        assertThat(meWith(token)).as("remembered now").isEqualTo(200);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(dave, null, dave.getAuthorities()));
        try {
            users.update(name, new UserChange(null, null, false));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(meWith(token)).isEqualTo(401);
    }

    @Test
    void shouldForgetRememberedTokensWhenAnotherInstanceSaysAccessChanged() throws Exception {
        var token = tokenOf("alice", "other instance");
        assertThat(meWith(token)).isEqualTo(200);
        // Revoked behind this instance's back (as another instance's revocation looks from here) ...
        jdbc.sql("update api_token set revoked_at = now() where id = ?").param(token.token().id()).update();
        assertThat(meWith(token)).as("still remembered: nothing said access changed").isEqualTo(200);
        // ... and then the notification that instance sends on commit.
        jdbc.sql("select 1 from (select pg_notify(?, '')) n").param(com.factline.base.AccessChanged.CHANNEL).query(Integer.class).single();
        long deadline = System.nanoTime() + 5_000_000_000L;
        int status = meWith(token);
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = meWith(token);
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void shouldRecordATokensLastUseAtMostOnceAMinute() {
        var alice = users.loadUserByUsername("alice");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(alice, null, alice.getAuthorities()));
        ApiToken.Created created;
        try {
            created = tokens.create("last use");
        } finally {
            SecurityContextHolder.clearContext();
        }
        long id = created.token().id();
        String bearer = "Bearer " + created.secret();
        assertThat(send(request("/api/v1/me", null).header("Authorization", bearer).GET().build()).statusCode()).isEqualTo(200);
        var first = lastUsed(id);
        assertThat(first).as("the first use is recorded").isNotNull();

        assertThat(send(request("/api/v1/me", null).header("Authorization", bearer).GET().build()).statusCode()).isEqualTo(200);
        assertThat(lastUsed(id)).as("a second use within the minute writes nothing").isEqualTo(first);

        jdbc.sql("update api_token set last_used_at = last_used_at - interval '2 minutes' where id = ?").param(id).update();
        tokens.forgetRememberedLookups(); // the row changed behind the services' back, as a minute passing would
        var moved = lastUsed(id);
        assertThat(send(request("/api/v1/me", null).header("Authorization", bearer).GET().build()).statusCode()).isEqualTo(200);
        assertThat(lastUsed(id)).as("a use over a minute later is recorded again").isAfter(moved);
    }

    java.time.OffsetDateTime lastUsed(long tokenId) {
        return jdbc.sql("select last_used_at from api_token where id = ?").param(tokenId).query(java.time.OffsetDateTime.class).single();
    }

    @Test
    void shouldReportTheDatabaseInTheHealthEndpointOnlyToAnAdmin() {
        var res = get("/actuator/health", "dave");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(res.body()).get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void shouldShowAnonymousCallersAndNonAdminsOnlyTheHealthStatus() {
        for (String user : new String[] {null, "alice"}) {
            var res = get("/actuator/health", user);
            assertThat(res.statusCode()).as(String.valueOf(user)).isEqualTo(200);
            // Only the overall status (and the names of the probe groups): no components, no details.
            assertThat(JSON.readTree(res.body()).propertyNames()).as(res.body()).contains("status")
                    .doesNotContain("components", "details");
            assertThat(res.body()).doesNotContain("db").doesNotContain("diskSpace");
        }
    }
}
