package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.factline.security.oidc.TestAuthorizationServer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in with the newsroom's identity provider, end to end, against a real OpenID provider
 * (Spring Authorization Server, {@link TestAuthorizationServer}) in a JVM of its own, and two
 * Factline instances in JVMs of their own on this test's database (a second Spring context in the
 * test JVM would break the shared one): one where invitations are required and password sign-in is
 * off, one that creates accounts at the first sign-in. Chromium signs in at the provider's form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInFlowTest extends BrowserTest {

    private static final String PROVIDER = "Test ID";
    private static final Path LOGS = Path.of("target", "oidc");

    @Autowired
    DataSource dataSource;

    private final List<Process> processes = new ArrayList<>();
    private String provider;
    private String invite;
    private String create;
    private String adminToken;

    @BeforeAll
    void startProviderAndInstances() throws Exception {
        Files.createDirectories(LOGS);
        int providerPort = freePort();
        int invitePort = freePort();
        int createPort = freePort();
        provider = "http://localhost:" + providerPort;
        invite = "http://127.0.0.1:" + invitePort;
        create = "http://127.0.0.1:" + createPort;
        // All three start at once; each needs a JVM start, so together they take about as long as one.
        processes.add(javaProcess(List.of(TestAuthorizationServer.class.getName(), String.valueOf(providerPort),
                String.valueOf(invitePort), String.valueOf(createPort)), Map.of(), "provider.log"));
        processes.add(factline(invitePort, Map.of("FACTLINE_OIDC_PROVISIONING", "invite", "FACTLINE_PASSWORD_SIGNIN", "false"), "invite.log"));
        processes.add(factline(createPort, Map.of("FACTLINE_OIDC_PROVISIONING", "create"), "create.log"));
        waitFor(provider + "/.well-known/openid-configuration", processes.get(0), "provider.log");
        waitFor(invite + "/actuator/health", processes.get(1), "invite.log");
        waitFor(create + "/actuator/health", processes.get(2), "create.log");
    }

    @AfterAll
    void stopProviderAndInstances() throws Exception {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void anInvitedUserSignsInAtTheProviderLandsAsThemselvesAndSignsOut() {
        // alice (a demo account, never bound to an identity) is the invitation; the provider calls her alice-idp.
        signInAtProvider(invite, "alice-idp");
        page.waitForURL(url -> url.startsWith(invite) && !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        assertThat(page.locator("vaadin-menu-bar")).containsText("Alice Editor");
        Assertions.assertThat(jdbc.sql("select oidc_subject from app_user where username = 'alice'").query(String.class).single())
                .isEqualTo("alice-idp");
        Assertions.assertThat(jdbc.sql("select last_sign_in_at is not null from app_user where username = 'alice'").query(Boolean.class).single())
                .isTrue();
        Assertions.assertThat(jdbc.sql("select count(*) from audit_log where action = 'identity-link' and after ->> 'subject' = 'alice-idp'")
                .query(Long.class).single()).isEqualTo(1);

        page.locator("vaadin-menu-bar").getByText("Alice Editor").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        // Signed out at the provider too (its end_session_endpoint), then back on Factline's sign-in page.
        page.waitForURL(url -> url.startsWith(invite + "/login"));
        assertThat(page.locator("#provider-sign-in")).isVisible();
        page.navigate(invite + "/projects");
        page.waitForURL(url -> url.startsWith(invite + "/login"));
        // The provider's session ended as well: signing in again asks for the password.
        page.locator("#provider-sign-in").click();
        page.waitForURL(url -> url.startsWith(provider + "/login"));
    }

    @Test
    void anUnknownUserIsRefusedWithAMessageWhenInvitationsAreRequired() {
        signInAtProvider(invite, "stranger");
        page.waitForURL(url -> url.startsWith(invite + "/login?oidc-refused"));
        assertThat(page.locator("#sign-in-refused")).containsText("There is no Factline account \u201cstranger\u201d");
        Assertions.assertThat(jdbc.sql("select count(*) from app_user where username = 'stranger'").query(Long.class).single()).isZero();
        Assertions.assertThat(jdbc.sql("select count(*) from audit_log where action = 'sign-in-refused' and after ->> 'code' = 'not_invited'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aNewcomerGetsAnEditorAccountAtTheFirstSignInInCreateMode() {
        signInAtProvider(create, "newcomer");
        page.waitForURL(url -> url.startsWith(create) && !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        assertThat(page.locator("vaadin-menu-bar")).containsText("Nora Newcomer");
        var row = jdbc.sql("select role, email, oidc_subject, oidc_issuer from app_user where username = 'newcomer'").query().singleRow();
        Assertions.assertThat(row).containsEntry("role", "EDITOR").containsEntry("email", "nora@example.org")
                .containsEntry("oidc_subject", "newcomer").containsEntry("oidc_issuer", provider);
        // The password form stays on this instance (FACTLINE_PASSWORD_SIGNIN unset).
        page.navigate(create + "/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void disablingAUserEndsTheirProviderSessionAndRefusesTheirNextSignIn() throws Exception {
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values ('leaver', 'Lee Leaver', '{noop}x', 'EDITOR')"
                + " on conflict do nothing").update();
        signInAtProvider(invite, "leaver");
        page.waitForURL(url -> url.startsWith(invite) && !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();

        // An admin disables leaver through the invite instance's API, with a token (password sign-in is off there).
        String token = adminToken();
        HttpResponse<String> off = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(invite + "/api/v1/users/leaver"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")).build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(off.statusCode()).as(off.body()).isEqualTo(200);

        page.navigate(invite + "/projects");
        page.waitForURL(url -> url.startsWith(invite + "/login"));
        // Still signed in at the provider, so the next sign-in comes straight back: refused.
        page.locator("#provider-sign-in").click();
        page.waitForURL(url -> url.startsWith(invite + "/login?oidc-refused"));
        assertThat(page.locator("#sign-in-refused")).containsText("\u201cleaver\u201d is disabled");
    }

    @Test
    void withPasswordSignInOffTheFormIsGoneAndBasicIsRefusedButTokensWork() throws Exception {
        page.navigate(invite + "/login");
        assertThat(page.locator("#provider-sign-in")).containsText("Sign in with " + PROVIDER);
        assertThat(page.locator("vaadin-login-form")).hasCount(0);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create(invite + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dave:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(basic.statusCode()).isEqualTo(401);
        Assertions.assertThat(basic.body()).contains("Password sign-in is switched off");
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(invite + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=dave&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(form.statusCode()).isEqualTo(302);
        Assertions.assertThat(form.headers().firstValue("Location").orElse("")).contains("/login?password-off").doesNotContain("error");
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(invite + "/api/v1/me"))
                .header("Authorization", "Bearer " + adminToken()).build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(token.statusCode()).isEqualTo(200);
        Assertions.assertThat(token.body()).contains("\"dave\"");
    }

    /** Opens Factline at {@code base}, follows "Sign in with …" to the provider and signs in there. */
    private void signInAtProvider(String base, String user) {
        page.navigate(base + "/login");
        page.locator("#provider-sign-in").click();
        page.waitForURL(url -> url.startsWith(provider + "/login"));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(TestAuthorizationServer.PASSWORD);
        page.locator("button[type=submit]").click();
    }

    /** An API token of dave (an admin), made through the main test instance where password sign-in is on. */
    private String adminToken() {
        if (adminToken != null) {
            return adminToken;
        }
        var res = postJson("/api/v1/me/tokens", "dave", "{\"name\":\"oidc test " + System.nanoTime() + "\"}");
        Assertions.assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        var m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(res.body());
        Assertions.assertThat(m.find()).as(res.body()).isTrue();
        adminToken = m.group(1);
        return adminToken;
    }

    private Process factline(int port, Map<String, String> env, String log) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("FACTLINE_OIDC_ISSUER_URI", provider);
        all.put("FACTLINE_OIDC_CLIENT_ID", TestAuthorizationServer.CLIENT_ID);
        all.put("FACTLINE_OIDC_CLIENT_SECRET", TestAuthorizationServer.CLIENT_SECRET);
        all.put("FACTLINE_OIDC_PROVIDER_NAME", PROVIDER);
        return javaProcess(List.of("com.factline.FactlineApplication", "--server.port=" + port,
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(), "--spring.datasource.username=postgres",
                // Demo mode like this test's instance: the demo accounts exist already and stay enabled.
                "--factline.demo=true"), all, log);
    }

    private static Process javaProcess(List<String> mainAndArgs, Map<String, String> env, String log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOGS.resolve(log).toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    private static void waitFor(String url, Process process, String log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 150_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Exited while starting (" + process.exitValue() + "); see " + LOGS.resolve(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError(url + " did not answer; see " + LOGS.resolve(log));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
