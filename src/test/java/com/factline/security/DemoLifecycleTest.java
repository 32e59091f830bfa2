package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.base.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo accounts outside demo mode, and the first admin of an instance without FACTLINE_ADMIN_PASSWORD. */
class DemoLifecycleTest extends IntegrationTest {

    @Autowired
    UserBootstrap bootstrap;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    int me(String user, String password) {
        return send(request("/api/v1/me", null).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build()).statusCode();
    }

    @Test
    void shouldDisableLeftoverDemoAccountsThatStillHaveTheDemoPassword() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String leftover = "demo-a-" + suffix;
        String renamed = "demo-b-" + suffix;
        users.createUnchecked(leftover, "Left over", Role.ADMIN, "demo");
        users.createUnchecked(renamed, "Took it over", Role.EDITOR, "a real password now");
        assertThat(me(leftover, "demo")).isEqualTo(200);

        assertThat(bootstrap.retireDemoAccounts(List.of(leftover, renamed, "no-such-" + suffix))).containsExactly(leftover);

        assertThat(me(leftover, "demo")).isEqualTo(401);
        assertThat(me(renamed, "a real password now")).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'user' and action = 'disable' and after->>'username' = ?")
                .param(leftover).query(Integer.class).single()).isOne();
        assertThat(bootstrap.retireDemoAccounts(List.of(leftover))).as("once is enough").isEmpty();
    }

    @Test
    void shouldLetTheFirstAdminChooseTheirPasswordThroughAOneTimeLink() {
        String name = "first-" + UUID.randomUUID().toString().substring(0, 6);
        AppUser admin = users.createFirstAdminAwaitingPassword(name, "First Admin");
        assertThat(users.mustSetPassword(admin)).isTrue();
        SetPasswordLink stale = users.issueFirstAdminLink(admin);
        SetPasswordLink link = users.issueFirstAdminLink(admin);
        String staleToken = stale.path().substring(stale.path().indexOf('=') + 1);
        String token = link.path().substring(link.path().indexOf('=') + 1);

        PeopleApiTest.assertThatInvalid(() -> users.setPasswordWithLink(staleToken, "copper kettle at dawn"), "used, expired or unknown");
        assertThat(users.setPasswordWithLink(token, "copper kettle at dawn")).isEqualTo(name);
        assertThat(users.mustSetPassword(admin)).isFalse();
        assertThat(me(name, "copper kettle at dawn")).isEqualTo(200);
    }
}
