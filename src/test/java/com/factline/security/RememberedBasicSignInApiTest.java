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
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic on the API remembers a sign-in for a few minutes, yet a password change or a
 * disabled account made behind its back (here: straight in the database, as any other code path
 * might) takes effect on the very next request.
 */
class RememberedBasicSignInApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    private String newUser(String password) {
        String name = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, ?, ?, 'EDITOR')")
                .params(name, "Test " + name, passwordEncoder.encode(password)).update();
        return name;
    }

    private HttpResponse<String> me(String user, String password) {
        return send(request("/api/v1/me", null).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    @Test
    void shouldRefuseTheOldPasswordOnTheNextRequestAfterAPasswordChange() {
        String user = newUser("first-password");
        assertThat(me(user, "first-password").statusCode()).isEqualTo(200);
        assertThat(me(user, "first-password").statusCode()).as("remembered").isEqualTo(200);
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(passwordEncoder.encode("second-password"), user).update();
        assertThat(me(user, "first-password").statusCode()).isEqualTo(401);
        assertThat(me(user, "second-password").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseADisabledAccountOnTheNextRequest() {
        String user = newUser("a-password");
        assertThat(me(user, "a-password").statusCode()).isEqualTo(200);
        assertThat(me(user, "a-password").statusCode()).isEqualTo(200);
        jdbc.sql("update app_user set enabled = false where username = ?").param(user).update();
        assertThat(me(user, "a-password").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldNotLetAWrongPasswordRideOnARememberedSignIn() {
        String user = newUser("a-password");
        assertThat(me(user, "a-password").statusCode()).isEqualTo(200);
        assertThat(me(user, "a-passwordX").statusCode()).isEqualTo(401);
        assertThat(me(user.toUpperCase(), "a-password").statusCode()).as("names are case-insensitive as before").isEqualTo(200);
    }
}
