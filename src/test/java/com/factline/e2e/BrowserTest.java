package com.factline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Base for end-to-end tests that drive the whole app (see {@link IntegrationTest}) in a real,
 * headless Chromium through Playwright.
 *
 * <p>The browser is the system's Chromium ({@code /usr/bin/chromium}, or {@code FACTLINE_CHROMIUM});
 * Playwright never downloads one. Without it the tests are skipped, except on CI ({@code CI=true}),
 * where they must run and a missing browser fails them.
 *
 * <p>One Playwright and one browser per test class; every test gets a fresh context (no cookies,
 * no session) and page. When a test fails, a full-page screenshot goes to
 * {@code target/e2e-failures/<TestClass>-<method>.png}.
 */
@Tag("browser")
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest extends IntegrationTest {

    static final Path FAILURE_DIR = Paths.get("target", "e2e-failures");

    /** Waits until no Vaadin client has a request or a round trip in flight. */
    private static final String VAADIN_IDLE = "() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
            + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    /** The Chromium executable: {@code FACTLINE_CHROMIUM}, else Debian's {@code /usr/bin/chromium}. */
    static Path chromium() {
        return Paths.get(System.getenv().getOrDefault("FACTLINE_CHROMIUM", "/usr/bin/chromium"));
    }

    /** Launches the browser for this class, if there is one; {@link #openPage()} skips or fails each test if not. */
    @BeforeAll
    static void launchBrowser() {
        Path executable = chromium();
        if (!Files.isExecutable(executable)) {
            System.err.println(missingChromiumMessage(executable));
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static String missingChromiumMessage(Path executable) {
        return onCi()
                ? "Chromium not found at " + executable + "; browser tests are required on CI (CI=true): "
                        + "install Debian's chromium or set FACTLINE_CHROMIUM"
                : "Chromium not found at " + executable + "; browser tests skipped";
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        if (browser == null) {
            String message = missingChromiumMessage(chromium());
            if (onCi()) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setViewportSize(1280, 900)
                .setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @org.springframework.beans.factory.annotation.Autowired
    protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationEventPublisher publisher;

    /** Gives a member another role in the project (as its owner would). */
    protected void jdbcSetRole(long project, String username, String role) {
        jdbc.sql("update project_member set role = ? where project_id = ? and user_id = (select id from app_user where username = ?)")
                .params(role, project, username).update();
        // the remembered roles forget, here at once and on another instance through the notice, as after setMember
        publisher.publishEvent(new com.factline.base.AccessChanged());
        jdbc.sql("select 1 from (select pg_notify(?, '')) n").param(com.factline.base.AccessChanged.CHANNEL).query(Integer.class).single();
    }

    /** Makes {@code username} a member of the project (as an admin would). */
    protected void jdbcAddMember(long project, String username) {
        jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, case username when 'carol' then 'reviewer' else 'editor' end from app_user where username = ? on conflict do nothing")
                .params(project, username).update();
    }

    private final java.util.List<BrowserContext> extraContexts = new java.util.ArrayList<>();

    /** A second editor in a browser context of their own, signed in at {@code base} (another instance, maybe). */
    protected Page secondEditor(String user, String base) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setBaseURL(base).setViewportSize(1280, 900).setLocale("en-GB"));
        c.setDefaultTimeout(15_000);
        extraContexts.add(c);
        Page p = c.newPage();
        p.navigate(base + "/login");
        p.locator("input[name=username]").fill(user);
        p.locator("input[name=password]").fill("demo");
        p.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        p.waitForURL(url -> !url.contains("/login"));
        p.locator("vaadin-app-layout").waitFor();
        p.waitForFunction(VAADIN_IDLE);
        return p;
    }

    @AfterEach
    void closePage() {
        extraContexts.forEach(BrowserContext::close);
        extraContexts.clear();
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }

    /** The app's root URL, without a trailing slash. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens {@code path} (e.g. "/projects") and waits for Vaadin to settle. */
    protected Page open(String path) {
        page.navigate(baseUrl() + path);
        waitForVaadin();
        return page;
    }

    /** Signs {@code user} in with the demo password through the login form, and waits for the app. */
    protected Page signIn(String user) {
        submitLogin(user, "demo");
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        waitForVaadin();
        return page;
    }

    /** Opens /login and submits the form; does not wait for the outcome. */
    protected void submitLogin(String user, String password) {
        open("/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    /** Waits until the Vaadin client has no server round trip in flight. */
    protected void waitForVaadin() {
        page.waitForFunction(VAADIN_IDLE);
    }

    /** Creates a project through the API as {@code user} and returns its id. */
    protected long createProject(String user, String name) {
        var response = postJson("/api/v1/projects", user, "{\"name\":" + json(name) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return idOf(response.body());
    }

    /** Opens a vaadin-select and clicks the option with exactly this label. */
    protected void chooseInSelect(Locator select, String label) {
        select.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        waitForVaadin();
    }

    /** In a claim picker, picks the claim whose option starts with "{outlet}:" and closes the list. */
    protected void pickClaim(Locator combo, String outlet) {
        combo.locator("input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(outlet + ":")).click();
        waitForVaadin();
        page.keyboard().press("Escape");
        waitForVaadin();
    }

    /** The visible grid cells that contain {@code text}. */
    protected Locator visibleCell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    @org.springframework.beans.factory.annotation.Autowired
    private com.factline.proposal.ProposalService proposalService;

    /**
     * Opens, as alice at {@code width} × {@code height}, the timeline of a new project holding the sample story's
     * articles and their proposals (drafted here, as the background run does after imports) but no event yet.
     */
    protected void openSampleTimelineWithoutEvents(int width, int height) throws IOException {
        long project = createProject("alice", "Sample timeline " + System.nanoTime());
        apiSampleSources(project);
        proposalService.refresh(new com.factline.project.ProjectId(project));
        page.setViewportSize(width, height);
        signIn("alice");
        open("/projects/" + project + "/timeline");
    }

    /** The element's box in the viewport: left, right, top, bottom. */
    protected static Map<String, Double> box(Locator element) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) element.evaluate(
                "el => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }");
        Map<String, Double> box = new java.util.HashMap<>();
        r.forEach((k, v) -> box.put(k, ((Number) v).doubleValue()));
        return box;
    }

    /** Imports the sample story's five articles (the seeds) into the project through the API, as alice. */
    protected void apiSampleSources(long project) throws IOException {
        String[] lines = seed("sources.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            var res = postJson("/api/v1/projects/" + project + "/sources", "alice", "{\"title\":" + json(f[3]) + ",\"outlet\":"
                    + json(f[1]) + ",\"publishedOn\":" + json(f[2].strip()) + ",\"text\":" + json(seed(f[0])) + "}");
            assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        }
    }

    private static String seed(String name) throws IOException {
        try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource("seeds/" + name).getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** An article by alice through the API: "{outlet} report", published 21 March 2023, the text with the outlet appended. */
    protected long apiSource(long project, String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", "{\"title\":" + json(outlet + " report")
                + ",\"outlet\":" + json(outlet) + ",\"publishedOn\":\"2023-03-21\",\"text\":" + json(text + " (" + outlet + ")") + "}");
        Assertions.assertEquals(201, res.statusCode(), res.body());
        return idOf(res.body());
    }

    /** A claim by alice on {@code quote}, which must stand at {@code start} of the article's {@code text}, dated that day. */
    protected long apiClaim(long project, long source, String text, int start, String quote, String date) {
        Assertions.assertEquals(quote, text.substring(start, start + quote.length()));
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", "{\"sourceId\":" + source + ",\"start\":" + start
                + ",\"end\":" + (start + quote.length()) + ",\"quote\":" + json(quote) + ",\"date\":{\"earliest\":\"" + date + "\"}}");
        Assertions.assertEquals(201, res.statusCode(), res.body());
        return idOf(res.body());
    }

    /** An event by alice made from the claims. */
    protected long apiEvent(long project, String title, long... claimIds) {
        StringBuilder ids = new StringBuilder();
        for (long id : claimIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        var res = postJson("/api/v1/projects/" + project + "/events", "alice",
                "{\"title\":" + json(title) + ",\"claimIds\":[" + ids + "]}");
        Assertions.assertEquals(201, res.statusCode(), res.body());
        return idOf(res.body());
    }

    /** The first {@code "id": N} in a JSON body. */
    protected static long idOf(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** A JSON string literal. */
    protected static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Saves a full-page screenshot of a failed test's page before the page is closed. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext ctx) {
            if (ctx.getExecutionException().isEmpty()) {
                return;
            }
            if (!(ctx.getTestInstance().orElse(null) instanceof BrowserTest test) || test.page == null) {
                return;
            }
            Path file = FAILURE_DIR.resolve(ctx.getRequiredTestClass().getSimpleName() + "-"
                    + ctx.getRequiredTestMethod().getName() + ".png");
            try {
                Files.createDirectories(FAILURE_DIR);
                test.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                System.err.println("Browser test failed at " + test.page.url() + "; screenshot: " + file.toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not save a screenshot of the failed browser test to " + file + ": " + e);
            }
        }
    }
}
