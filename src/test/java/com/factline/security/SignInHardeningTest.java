package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in hardening seen from outside, over real HTTP: the Vaadin login form (with its CSRF
 * token, as the browser's login form sends it) and HTTP Basic on the API.
 */
class SignInHardeningTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    /** A fresh editor per test, so that locking it out disturbs no other test. */
    private String newUser() {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, ?, ?, 'EDITOR')")
                .params(name, "Test " + name, passwordEncoder.encode("right-password")).update();
        return name;
    }

    /** The login page's session and CSRF token, as the browser gets them. */
    record LoginPage(String session, String csrf, HttpResponse<String> response) {
    }

    private LoginPage loginPage() {
        var res = send(request("/login", null).GET().build());
        assertThat(res.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(res.body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        return new LoginPage(sessionCookie(res), csrf.group(1), res);
    }

    private HttpResponse<String> submitLoginForm(LoginPage page, String user, String password) {
        String form = Map.of("username", user, "password", password, "_csrf", page.csrf()).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request("/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + page.session())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> basic(String path, String user, String password) {
        return send(request(path, null).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    /** HTTP Basic from another client address (any 127.x address is this machine's loopback). */
    private int basicStatusFrom(String localAddress, String path, String user, String password) throws Exception {
        try (var socket = new java.net.Socket()) {
            socket.setSoTimeout(30_000);
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
            String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static String sessionCookie(HttpResponse<?> res) {
        String cookie = res.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + res.headers().map()));
        Matcher m = SESSION.matcher(cookie);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String location(HttpResponse<?> res) {
        return res.headers().firstValue("Location").orElse("");
    }

    @Test
    void shouldSignInThroughTheLoginFormWithANewSessionId() {
        String user = newUser();
        LoginPage page = loginPage();
        var res = submitLoginForm(page, user, "right-password");

        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(location(res)).doesNotContain("error");
        String after = sessionCookie(res);
        assertThat(after).as("session fixation: the id changes on sign-in").isNotEqualTo(page.session());

        var withNew = send(request("/projects", null).header("Cookie", "JSESSIONID=" + after).GET().build());
        assertThat(withNew.statusCode()).isEqualTo(200);
        var withOld = send(request("/projects", null).header("Cookie", "JSESSIONID=" + page.session()).GET().build());
        assertThat(withOld.statusCode()).as("the pre-login session id is not signed in").isEqualTo(302);
        assertThat(location(withOld)).endsWith("/login");
    }

    @Test
    void shouldLockAUserNameForTheFailingAddressAfterFiveFailedFormSignInsEvenWithTheRightPassword() {
        String user = newUser();
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            var res = submitLoginForm(loginPage(), user, "wrong-" + i);
            assertThat(location(res)).endsWith("/login?error");
        }
        var locked = submitLoginForm(loginPage(), user, "right-password");
        assertThat(locked.statusCode()).isEqualTo(302);
        assertThat(location(locked)).as("locked: the right password is refused too").endsWith("/login?error");

        String other = newUser();
        assertThat(location(submitLoginForm(loginPage(), other, "right-password")))
                .as("only that user name is locked").doesNotContain("error");
    }

    @Test
    void shouldLockAUserNameForTheFailingAddressAfterFiveFailedBasicSignInsOnTheApi() {
        String user = newUser();
        assertThat(basic("/api/v1/me", user, "right-password").statusCode()).isEqualTo(200);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            assertThat(basic("/api/v1/me", user, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(basic("/api/v1/me", user, "right-password").statusCode())
                .as("a success before the limit resets the count").isEqualTo(200);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(basic("/api/v1/me", user, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        var locked = basic("/api/v1/me", user, "right-password");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(locked.body()).get("message").asString()).contains("Too many failed sign-in attempts");

        var lockedForm = submitLoginForm(loginPage(), user, "right-password");
        assertThat(location(lockedForm)).as("the lock holds for the login form too").endsWith("/login?error");
    }

    @Test
    void shouldKeepALockedNameOpenToOtherAddressesSoNoOneCanLockTheOwnerOut() throws Exception {
        String user = newUser();
        for (int i = 0; i < LoginAttempts.MAX_FAILURES + 2; i++) {
            assertThat(basicStatusFrom("127.0.0.3", "/api/v1/me", user, "wrong-" + i)).isEqualTo(401);
        }
        assertThat(basicStatusFrom("127.0.0.3", "/api/v1/me", user, "right-password")).as("locked for the guesser").isEqualTo(401);
        assertThat(basic("/api/v1/me", user, "right-password").statusCode()).as("open for the owner elsewhere").isEqualTo(200);
    }

    @Test
    void shouldLetAnAdminLiftALockAndOnlyAnAdmin() {
        String user = newUser();
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(basic("/api/v1/me", user, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(basic("/api/v1/me", user, "right-password").statusCode()).isEqualTo(401);

        var byEditor = postJson("/api/v1/users/" + user + "/unlock", "alice", "{}");
        assertThat(byEditor.statusCode()).isEqualTo(403);
        assertThat(basic("/api/v1/me", user, "right-password").statusCode()).as("still locked").isEqualTo(401);
        assertThat(postJson("/api/v1/users/nobody-" + UUID.randomUUID().toString().substring(0, 8) + "/unlock", "dave", "{}")
                .statusCode()).isEqualTo(404);

        var unlocked = postJson("/api/v1/users/" + user + "/unlock", "dave", "{}");
        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(basic("/api/v1/me", user, "right-password").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'user' and action = 'unlock' and after::text like ?")
                .param("%" + user + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldSetTheSessionCookieHttpOnlyAndSameSiteLax() {
        LoginPage page = loginPage();
        String cookie = page.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(cookie).as("Secure only with FACTLINE_SECURE_COOKIES=true (behind HTTPS)").doesNotContain("Secure");
    }

    @Test
    void shouldSendTheSecurityHeadersOnViewsAndStaticAssets() {
        LoginPage page = loginPage();
        Matcher bundle = Pattern.compile("(VAADIN/build/[^\"']+\\.js)").matcher(page.response().body());
        assertThat(bundle.find()).as("the page loads Vaadin's bundle").isTrue();
        String user = newUser();
        String session = sessionCookie(submitLoginForm(loginPage(), user, "right-password"));

        List<HttpResponse<String>> responses = List.of(
                page.response(),
                send(request("/projects", null).header("Cookie", "JSESSIONID=" + session).GET().build()),
                get("/assets/factline.css", null),
                get("/" + bundle.group(1), null));
        for (var res : responses) {
            String what = res.uri().getPath();
            assertThat(res.statusCode()).as(what).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Security-Policy")).as(what).hasValue(SecurityConfig.CSP);
            assertThat(res.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(res.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(res.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        }
    }

    @Test
    void shouldSendTheSecurityHeadersOnApiResponses() {
        for (var res : List.of(get("/api/v1/projects", "alice"), get("/api/v1/projects", null), get("/v3/api-docs", "alice"))) {
            String what = res.uri().getPath() + " " + res.statusCode();
            assertThat(res.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(res.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(res.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
            assertThat(res.headers().firstValue("Cache-Control")).as(what).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
    }
}
