package com.factline.bench;

import com.factline.FactlineApplication;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live-path benchmark (run by hand, never as a test): starts one app instance in this JVM
 * (embedded PostgreSQL) and a second one in its own JVM on the same database, drives the
 * system's Chromium (never a downloaded one) through Playwright, and prints:
 * <ul>
 * <li>save-to-screen latency: alice creates events through the API with a token while bob
 * watches the timeline, on the same instance and on the other instance;</li>
 * <li>in-app navigation (a router link, as the side navigation does) to the timeline and to the
 * reader: p95 on the sample project (and a generated 10,000-event one with {@code --big});</li>
 * <li>the README's API example (GET the events) with HTTP Basic against a token: medians;</li>
 * <li>with {@code --load SECONDS}: the {@code LoadDriver} at editors' pace (50 clients, 1 s think
 * time), measured twice: from the first request after its set-up, and from the moment the background work settled;
 * then at saturation; {@code --explain} prints, as the settled run starts and after it, the plans of the claim page, the events page and
 * one claim's read on the newest project ({@code ListPagesProbe.explainLoadPages}).</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.factline.bench.LiveBench [--n 20] [--big] [--load 30] [--probe] [--explain]
 * </pre>
 */
public final class LiveBench {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String IDLE = "() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
            + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LiveBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = intArg(args, "--n", 20);
        int loadSeconds = intArg(args, "--load", 0);
        boolean big = List.of(args).contains("--big");
        boolean explain = List.of(args).contains("--explain");
        // Only the navigation figures (with their breakdown): no second instance, no live updates, no API or load runs.
        boolean navOnly = List.of(args).contains("--nav-only");
        WIDGETS = List.of(args).contains("--widgets");
        DUMP_UIDL = List.of(args).contains("--dump-uidl");
        Path chromium = Path.of(System.getenv().getOrDefault("FACTLINE_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            System.err.println("bench: no Chromium at " + chromium + " (set FACTLINE_CHROMIUM)");
            System.exit(2);
        }
        long initialHeap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit() >> 20;
        if (initialHeap < 1000) {
            // Issue #18: this JVM holds the app, the load driver and Playwright; on G1's default initial heap (1/64 of the
            // memory) it stayed near 280 MB with 100-150 MB live and ran a marking cycle, with its Remark pause, every ~10 s.
            System.out.println("bench: initial heap " + initialHeap + " MB; start the bench with -Xms1g as the README does,"
                    + " or its GC pauses show in the editors'-pace figures");
        }
        String data = "target/bench-data/" + UUID.randomUUID();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FactlineApplication.class).logStartupInfo(false)
                .run("--server.port=0", "--factline.data-dir=" + data, "--logging.level.root=WARN",
                        "--logging.level.com.factline.collab.LiveTrace=INFO",
                        // when each background run started and what it took, to set beside the slow requests' instants
                        "--logging.level.com.factline.base.BackgroundWork=" + (List.of(args).contains("--probe") ? "DEBUG" : "WARN"))) {
            String base1 = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
            String jdbcUrl = ((HikariDataSource) ctx.getBean(DataSource.class)).getJdbcUrl();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            int port2;
            try (ServerSocket s = new ServerSocket(0)) {
                port2 = s.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Process second = navOnly ? null : new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    FactlineApplication.class.getName(), "--server.port=" + port2, "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres",
                    // demo mode like the first: started without it, an instance disables the demo accounts the bench signs in with
                    "--factline.demo=true", "--factline.data-dir=" + data + "-2")
                    .redirectErrorStream(true).redirectOutput(new File("target/bench-second-instance.log")).start();
            try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                         .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic")))) {
                String base2 = "http://localhost:" + port2;
                if (!navOnly) {
                    waitUntilUp(base2, 120);
                }
                String token = JSON.readTree(post(base1, "/api/v1/me/tokens", basic("alice"), "{\"name\":\"bench\"}").body())
                        .get("token").asString();
                System.out.println("bench live (" + Runtime.getRuntime().availableProcessors() + " cores; other work on the machine shows in these figures)");
                for (String[] where : navOnly ? new String[0][] : new String[][] {{"one instance", base1}, {"two instances", base2}}) {
                    List<Long> ms = new ArrayList<>();
                    try (BrowserContext bob = signedIn(browser, where[1], "bob")) {
                        Page page = bob.pages().getFirst();
                        // New events go to the end of their band: a fresh project every few events keeps
                        // them on bob's screen (the grid renders only the rows in sight).
                        for (int round = 0; ms.size() < n; round++) {
                            long project = JSON.readTree(post(base1, "/api/v1/projects", "Bearer " + token,
                                    "{\"name\":\"Bench " + where[0] + " " + UUID.randomUUID() + "\"}").body()).get("id").asLong();
                            jdbc.sql("insert into project_member (project_id, user_id) select ?, id from app_user where username = 'bob' on conflict do nothing")
                                    .param(project).update();
                            page.navigate(where[1] + "/projects/" + project + "/timeline");
                            page.locator("vaadin-grid").waitFor();
                            page.waitForFunction(IDLE);
                            for (int i = 0; i < 4 && ms.size() < n; i++) { // a row takes two lines: 4 stay in sight
                                String title = "Bench event " + i + " " + System.nanoTime();
                                long start = System.nanoTime();
                                var created = post(base1, "/api/v1/projects/" + project + "/events", "Bearer " + token, "{\"title\":\"" + title + "\"}");
                                if (created.statusCode() != 201) {
                                    throw new IllegalStateException("create event: " + created.statusCode() + " " + created.body());
                                }
                                page.waitForFunction("t => [...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.includes(t))",
                                        title);
                                if (round > 0 || i >= 3) { // the first few warm the JIT and the connections
                                    ms.add((System.nanoTime() - start) / 1_000_000);
                                }
                                Thread.sleep(150);
                            }
                        }
                    }
                    System.out.println("live update, " + where[0] + ": " + stats(ms));
                }
                try (BrowserContext bob = signedIn(browser, base1, "bob")) {
                    Page page = bob.pages().getFirst();
                    // The sample project of demo mode ("Xi Jinping's visit…"), bob made a member as an admin would.
                    long sample = jdbc.sql("select id from project where name like 'Xi%' order by id limit 1").query(Long.class).single();
                    jdbc.sql("insert into project_member (project_id, user_id) select ?, id from app_user where username = 'bob' on conflict do nothing")
                            .param(sample).update();
                    navigation(page, base1, jdbc, sample, "sample project", n);
                    if (big) {
                        long generated = generate(ctx);
                        jdbc.sql("insert into project_member (project_id, user_id) select ?, id from app_user where username = 'bob' on conflict do nothing")
                                .param(generated).update();
                        navigation(page, base1, jdbc, generated, "10,000-event project", n);
                    }
                }
                if (!navOnly) {
                    apiBasicVersusToken(base1, token, jdbc);
                }
                if (loadSeconds > 0 && !navOnly) {
                    // The load runs against one instance, as LoadDriver does on its own: the second instance, needed
                    // only for the live update across two, stops first so that it takes no CPU from the measured one.
                    if (second != null) {
                        second.destroy();
                        if (!second.waitFor(20, TimeUnit.SECONDS)) {
                            second.destroyForcibly();
                        }
                    }
                    // Both ways (issue #18): from the first request after the driver's set-up, while the background work
                    // of its imports (and of the set-up above) still runs, as before; then, with a new set-up, from the
                    // moment no background job waits or runs.
                    System.out.println("LoadDriver at editors' pace (50 clients, think time 1000 ms), from the first request after its set-up:");
                    try (SlowRequestProbe probe = new SlowRequestProbe(ctx)) {
                        probe.report(com.factline.reliability.LoadDriver.drive(
                                new String[] {base1, String.valueOf(loadSeconds), "alice:demo", "dave:demo", "1000"}, () -> { }, () -> { }).samples());
                    }
                    System.out.println("LoadDriver at editors' pace (50 clients, think time 1000 ms), from settled (no background job waiting or running):");
                    try (SlowRequestProbe probe = new SlowRequestProbe(ctx)) {
                        probe.report(com.factline.reliability.LoadDriver.drive(
                                new String[] {base1, String.valueOf(loadSeconds), "alice:demo", "dave:demo", "1000"},
                                null, () -> {
                                    LoadProbe.settle(ctx);
                                    if (explain) {
                                        // the plans on the set-up's new project, before its load (statistics not yet taken of it)
                                        explainNewest(jdbc, "settled, before the load");
                                    }
                                }, () -> { }).samples());
                    }
                    if (explain) {
                        // the plans of the reads the probe saw, on the project the settled run left
                        explainNewest(jdbc, "after the settled run");
                    }
                    heapAfterLoad();
                    System.out.println("LoadDriver at saturation (50 clients, no think time):");
                    com.factline.reliability.LoadDriver.main(new String[] {base1, String.valueOf(loadSeconds), "alice:demo", "dave:demo"});
                }
            } finally {
                if (second != null) {
                    second.destroy();
                }
                if (second != null && !second.waitFor(20, TimeUnit.SECONDS)) {
                    second.destroyForcibly();
                }
            }
        }
        System.exit(0);
    }

    /** In-app navigation, as a click in the side navigation: a router link, timed until the view is shown and the client idle. */
    static void navigation(Page page, String base, JdbcClient jdbc, long project, String label, int n) {
        long source = jdbc.sql("select id from source where project_id = ? order by id limit 1").param(project).query(Long.class).single();
        String timeline = "projects/" + project + "/timeline";
        String reader = "projects/" + project + "/sources/" + source;
        String sources = "projects/" + project + "/sources";
        page.navigate(base + "/" + sources);
        page.waitForFunction(IDLE);
        List<Long> toTimeline = new ArrayList<>();
        List<Long> toReader = new ArrayList<>();
        List<Trips> timelineTrips = new ArrayList<>();
        List<Long> toAxis = new ArrayList<>();
        List<Trips> readerTrips = new ArrayList<>();
        List<Work> timelineWork = new ArrayList<>();
        List<Work> readerWork = new ArrayList<>();
        String[] lastTags = {"", ""};
        List<Object[]> each = new ArrayList<>(); // per navigation to the timeline: its time and what it spent
        // Push goes over a WebSocket: the page records each message it sends and receives (time, size).
        page.context().addInitScript(RECORDER);
        // The browser's own work per navigation: Chrome's counters (script, layout, style) and the UIDL responses' bodies.
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Performance.enable");
        List<Response> uidl = new ArrayList<>();
        page.onResponse(r -> {
            if (r.url().contains("v-r=uidl")) {
                uidl.add(r);
            }
        });
        for (int i = 0; i < n + 2; i++) {
            long t = go(page, sources, "vaadin-grid");
            long started = System.nanoTime();
            uidl.clear();
            Map<String, Double> before = metrics(cdp);
            long gcBefore = serverGcMillis();
            long a = go(page, timeline, "vaadin-grid");
            long gc = serverGcMillis() - gcBefore;
            Map<String, Double> after = metrics(cdp);
            Work wa = Work.of(page, before, after, uidl);
            dumpUidl(uidl, label, "timeline");
            String timelineTags = Work.LAST_TAGS.toString();
            Trips ta = Trips.of(page, a);
            if (i >= 2) {
                each.add(new Object[] {a, String.format("%d ms: %s; browser script %d, layout %d, style %d, all tasks %d ms, JS heap %+.1f MB;"
                        + " server GC %d ms", a, ta, wa.scriptMs(), wa.layoutMs(), wa.styleMs(), wa.taskMs(),
                        (after.getOrDefault("JSHeapUsedSize", 0.0) - before.getOrDefault("JSHeapUsedSize", 0.0)) / 1048576, gc)});
            }
            // A big axis is drawn after the first paint, in a round trip of its own: timed apart.
            page.waitForFunction("() => !(document.querySelector('.fl-axis-track')?.textContent ?? '').includes('Drawing the time axis')");
            page.waitForFunction(IDLE);
            long axisDrawn = (System.nanoTime() - started) / 1_000_000;
            go(page, sources, "vaadin-grid");
            uidl.clear();
            Map<String, Double> beforeReader = metrics(cdp);
            long b = go(page, reader, "vaadin-split-layout, .fl-reader, main");
            Work wb = Work.of(page, beforeReader, metrics(cdp), uidl);
            dumpUidl(uidl, label, "reader");
            lastTags[0] = timelineTags;
            lastTags[1] = Work.LAST_TAGS.toString();
            Trips tb = Trips.of(page, b);
            if (i >= 2) {
                timelineWork.add(wa);
                readerWork.add(wb);
                toTimeline.add(a);
                toReader.add(b);
                timelineTrips.add(ta);
                toAxis.add(axisDrawn);
                readerTrips.add(tb);
            }
        }
        System.out.println("navigation to the timeline, " + label + ": " + stats(toTimeline));
        System.out.println("  breakdown (medians): " + Trips.medians(timelineTrips));
        System.out.println("  browser's work (medians): " + Work.medians(timelineWork));
        System.out.println("  the last navigation's server calls, and the elements its UIDL made by tag: " + lastTags[0]);
        // The tail decides a p95 of few navigations: what the slowest spent, beside the median one.
        each.sort(java.util.Comparator.comparingLong(o -> (Long) o[0]));
        System.out.println("  median: " + each.get(each.size() / 2)[1]);
        for (int k = each.size() - 1; k >= Math.max(0, each.size() - 3); k--) {
            System.out.println("  slow:   " + each.get(k)[1]);
        }
        System.out.println("  until the time axis is drawn too: " + stats(toAxis));
        System.out.println("navigation to the reader, " + label + ": " + stats(toReader));
        System.out.println("  breakdown (medians): " + Trips.medians(readerTrips));
        System.out.println("  browser's work (medians): " + Work.medians(readerWork));
        System.out.println("  the last navigation's server calls, and the elements its UIDL made by tag: " + lastTags[1]);
        if (WIDGETS) {
            go(page, timeline, "vaadin-grid");
            widgets(page, cdp, label);
        }
    }

    /**
     * With {@code --dump-uidl}: the UIDL responses of the latest navigation to a view, one file each in target/bench-uidl/
     * (overwritten by the next), to read what the first response carries and what of it grows with the project.
     */
    static void dumpUidl(List<Response> uidl, String label, String view) {
        if (!DUMP_UIDL) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target/bench-uidl"));
            List<Response> all = List.copyOf(uidl);
            for (int k = 0; k < all.size(); k++) {
                String body;
                try {
                    body = all.get(k).text();
                } catch (RuntimeException gone) {
                    continue;
                }
                Files.writeString(dir.resolve(label.replaceAll("[^A-Za-z0-9]+", "-") + "-" + view + "-" + k + ".json"), body);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean DUMP_UIDL;

    /** With {@code --widgets}: after the navigations, what each part of the timeline costs the browser ({@link #widgets}). */
    static boolean WIDGETS;

    /** Finds a part of the timeline: the element matching the selector, or (with "top ") its ancestor that is a child of the view. */
    static final String FIND = "sel => { const top = sel.startsWith('top '); let e = document.querySelector(top ? sel.substring(4) : sel);"
            + " if (top) { while (e && e.parentElement && !e.parentElement.querySelector(':scope > vaadin-split-layout')) e = e.parentElement; } return e; }";

    /**
     * Per part of the timeline (issue #18: which widgets the browser's time goes to), on the page as the last
     * navigation left it: its elements (shadow roots included), and Chrome's style and layout time to show it again
     * after hiding it (median of 5: its share of a first render's style and layout, script aside). Then per widget
     * kind, what one fresh instance costs to start (script, style, layout: the mean of 4 made side by side).
     */
    static void widgets(Page page, CDPSession cdp, String label) {
        System.out.println("  parts of the timeline, " + label + " (elements; style + layout ms to show again, median of 5):");
        String[][] parts = {{"whole view", "top vaadin-split-layout"}, {"  heading (title, new event, presence)", "top h2"},
                {"  filter bar", "top vaadin-text-field"}, {"    one date picker", "vaadin-date-picker"},
                {"    outlet combo box", "vaadin-combo-box"}, {"    status multi-select", "vaadin-multi-select-combo-box"},
                {"    search field", "vaadin-text-field"}, {"  time axis", "top .fl-axis-track"},
                {"  proposed-events section", "top .fl-proposals"}, {"  split layout (grid + editor)", "vaadin-split-layout"},
                {"    grid", "vaadin-grid"}, {"    editor strip", ".fl-panel"}, {"side navigation", "vaadin-side-nav"},
                {"app layout (everything)", "vaadin-app-layout"}};
        for (String[] part : parts) {
            Object found = page.evaluate("sel => { const e = (" + FIND + ")(sel); if (!e) return -1; let n = 1; const walk = r => {"
                    + " for (const x of r.querySelectorAll('*')) { n++; if (x.shadowRoot) walk(x.shadowRoot); } }; walk(e);"
                    + " if (e.shadowRoot) walk(e.shadowRoot); return n; }", part[1]);
            long elements = ((Number) found).longValue();
            if (elements < 0) {
                System.out.println("    " + part[0] + ": not in the page");
                continue;
            }
            List<Long> style = new ArrayList<>();
            List<Long> layout = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                page.evaluate("sel => { const e = (" + FIND + ")(sel); e.style.display = 'none'; document.body.offsetHeight; }", part[1]);
                Map<String, Double> before = metrics(cdp);
                page.evaluate("sel => { const e = (" + FIND + ")(sel); e.style.display = ''; document.body.offsetHeight; }", part[1]);
                Map<String, Double> after = metrics(cdp);
                style.add(Math.round((after.get("RecalcStyleDuration") - before.get("RecalcStyleDuration")) * 10_000) / 10);
                layout.add(Math.round((after.get("LayoutDuration") - before.get("LayoutDuration")) * 10_000) / 10);
            }
            Collections.sort(style);
            Collections.sort(layout);
            System.out.println("    " + part[0] + ": " + elements + " elements, style " + style.get(2) / 10.0 + " ms, layout " + layout.get(2) / 10.0 + " ms");
        }
        System.out.println("  one fresh widget, started in the filter bar (script / style / layout ms, elements; mean of 4):");
        for (String tag : List.of("vaadin-date-picker", "vaadin-combo-box", "vaadin-multi-select-combo-box", "vaadin-text-field",
                "vaadin-checkbox", "vaadin-button", "vaadin-grid", "vaadin-split-layout")) {
            Map<String, Double> before = metrics(cdp);
            Object elements = page.evaluate("async tag => { const bar = (" + FIND + ")('top vaadin-text-field'); const box = document.createElement('div');"
                    + " box.id = 'fl-bench-widgets'; for (let i = 0; i < 4; i++) { const w = document.createElement(tag); w.setAttribute('label', 'Bench');"
                    + " box.appendChild(w); } bar.appendChild(box); await new Promise(r => requestAnimationFrame(() => setTimeout(r)));"
                    + " document.body.offsetHeight; let n = 0; const walk = r => { for (const x of r.querySelectorAll('*')) { n++;"
                    + " if (x.shadowRoot) walk(x.shadowRoot); } }; walk(box); return n / 4; }", tag);
            Map<String, Double> after = metrics(cdp);
            page.evaluate("() => document.getElementById('fl-bench-widgets').remove()");
            System.out.printf("    %s: %.1f / %.1f / %.1f ms, %s elements%n", tag,
                    (after.get("ScriptDuration") - before.get("ScriptDuration")) * 250, (after.get("RecalcStyleDuration") - before.get("RecalcStyleDuration")) * 250,
                    (after.get("LayoutDuration") - before.get("LayoutDuration")) * 250, elements);
        }
    }

    /**
     * After the editors'-pace runs: this JVM's heap (committed, and what the JVM was started with) and the classes
     * holding the most of it after a full collection (the live set G1 marks in each concurrent cycle).
     */
    static void heapAfterLoad() {
        var heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("bench JVM heap: committed %d MB, initial %d MB, max %d MB (%s)%n", heap.getCommitted() >> 20, heap.getInit() >> 20,
                heap.getMax() >> 20, java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X") && !a.startsWith("-Xlog")).toList());
        try {
            String histogram = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            System.out.println("  live heap after a full collection, the largest classes:");
            histogram.lines().skip(2).limit(12).forEach(l -> System.out.println("  " + l));
            histogram.lines().filter(l -> l.startsWith("Total")).forEach(l -> System.out.println("  " + l));
        } catch (Exception e) {
            System.out.println("  (no class histogram: " + e + ")");
        }
    }

    /** This JVM's (the server's) GC time so far: its collectors' pauses, concurrent cycles left out. */
    static long serverGcMillis() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("Concurrent")) {
                ms += Math.max(0, gc.getCollectionTime());
            }
        }
        return ms;
    }

    /** Chrome's performance counters now (durations in seconds, counts as they are). */
    static Map<String, Double> metrics(CDPSession cdp) {
        Map<String, Double> out = new java.util.HashMap<>();
        for (var m : cdp.send("Performance.getMetrics").getAsJsonArray("metrics")) {
            out.put(m.getAsJsonObject().get("name").getAsString(), m.getAsJsonObject().get("value").getAsDouble());
        }
        return out;
    }

    /**
     * What the browser did during one navigation: script, layout and style-recalculation time (Chrome's
     * counters, which include the bench's own polling), the elements in the page afterwards (shadow roots
     * included), and what the UIDL responses carried: state nodes attached (server-side components and
     * elements) and changes in all.
     */
    record Work(long scriptMs, long layoutMs, long styleMs, long taskMs, long elements, long attached, long changes) {

        /** The elements the last navigation's UIDL created, by tag (what the server-side components are). */
        static final Map<String, Integer> LAST_TAGS = new java.util.TreeMap<>();

        static Work of(Page page, Map<String, Double> before, Map<String, Double> after, List<Response> uidl) {
            LAST_TAGS.clear();
            long attached = 0;
            long changes = 0;
            for (Response r : List.copyOf(uidl)) {
                String body;
                try {
                    body = r.text();
                } catch (RuntimeException gone) {
                    continue;
                }
                attached += count(body, "\"type\":\"attach\"");
                String sent = r.request().postData();
                var call = java.util.regex.Pattern.compile("\"templateEventMethodName\":\"([^\"]+)\",\"templateEventMethodArgs\":(\\[[^\\]]*\\])")
                        .matcher(sent == null ? "" : sent);
                while (call.find()) {
                    LAST_TAGS.merge("call " + call.group(1) + call.group(2), 1, Integer::sum);
                }
                var tag = java.util.regex.Pattern.compile("\"key\":\"tag\"[^}]*?\"value\":\"([^\"]+)\"").matcher(body);
                while (tag.find()) {
                    LAST_TAGS.merge(tag.group(1), 1, Integer::sum);
                }
                changes += count(body, "\"node\":");
            }
            long elements = ((Number) page.evaluate("() => { let n = 0; const walk = r => { for (const e of r.querySelectorAll('*')) {"
                    + " n++; if (e.shadowRoot) walk(e.shadowRoot); } }; walk(document); return n; }")).longValue();
            return new Work(ms(before, after, "ScriptDuration"), ms(before, after, "LayoutDuration"), ms(before, after, "RecalcStyleDuration"),
                    ms(before, after, "TaskDuration"), elements, attached, changes);
        }

        private static long ms(Map<String, Double> before, Map<String, Double> after, String name) {
            return Math.round((after.getOrDefault(name, 0.0) - before.getOrDefault(name, 0.0)) * 1000);
        }

        private static long count(String s, String what) {
            long n = 0;
            for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
                n++;
            }
            return n;
        }

        static String medians(List<Work> all) {
            return "script " + Trips.median(all.stream().map(Work::scriptMs).toList()) + " ms, layout "
                    + Trips.median(all.stream().map(Work::layoutMs).toList()) + " ms, style "
                    + Trips.median(all.stream().map(Work::styleMs).toList()) + " ms, all tasks "
                    + Trips.median(all.stream().map(Work::taskMs).toList()) + " ms; elements in the page "
                    + Trips.median(all.stream().map(Work::elements).toList()) + "; UIDL: nodes attached "
                    + Trips.median(all.stream().map(Work::attached).toList()) + ", node changes "
                    + Trips.median(all.stream().map(Work::changes).toList());
        }
    }

    /** Records, in the page, every push message received over the WebSocket since the last navigation: [time, size]. */
    static final String RECORDER = """
            (() => { if (window.__flRecording) return; window.__flRecording = true; const W = window.WebSocket; window.__flPushed = [];
              window.WebSocket = class extends W {
                constructor(...a) { super(...a); this.addEventListener('message', e => window.__flPushed.push(
                    [performance.now(), typeof e.data === 'string' ? e.data.length : (e.data.size || e.data.byteLength || 0)])); } }; })()""";

    /**
     * The server round trips of one navigation (the client's UIDL requests, from the page's resource
     * timings, and any push message): how many requests, the bytes of their responses and pushes
     * (decoded), the server's share (request sent to the first response byte, summed) and, as
     * {@code tail}, the time from the last response or push to the view being shown and the client
     * idle (rendering, plus the bench's own polling).
     */
    record Trips(int count, long bytes, long server, long tail) {

        static Trips of(Page page, long total) {
            var r = JSON.readTree(String.valueOf(page.evaluate("() => JSON.stringify({start: window.__flStart, pushed: window.__flPushed || [],"
                    + " uidl: performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))"
                    + ".map(e => [e.startTime, e.responseStart, e.responseEnd, e.decodedBodySize])})")));
            double start = r.get("start").asDouble();
            int sent = 0;
            long bytes = 0;
            double server = 0;
            double last = start;
            for (var t : r.get("uidl")) {
                if (t.get(0).asDouble() >= start) {
                    sent++;
                    server += t.get(1).asDouble() - t.get(0).asDouble();
                    bytes += t.get(3).asLong();
                    last = Math.max(last, t.get(2).asDouble());
                }
            }
            for (var t : r.get("pushed")) {
                if (t.get(0).asDouble() >= start) {
                    bytes += t.get(1).asLong();
                    last = Math.max(last, t.get(0).asDouble());
                }
            }
            return new Trips(sent, bytes, Math.round(server), Math.round(total - (last - start)));
        }

        static String medians(List<Trips> all) {
            return "requests " + median(all.stream().map(t -> (long) t.count()).toList()) + ", bytes received "
                    + median(all.stream().map(Trips::bytes).toList()) + ", server " + median(all.stream().map(Trips::server).toList())
                    + " ms (sent to first byte, summed), after the last byte " + median(all.stream().map(Trips::tail).toList()) + " ms";
        }

        static long median(List<Long> values) {
            List<Long> s = new ArrayList<>(values);
            Collections.sort(s);
            return s.get(s.size() / 2);
        }
    }

    static long go(Page page, String path, String selector) {
        long start = System.nanoTime();
        page.evaluate("p => { window.__flPushed = []; performance.clearResourceTimings(); window.__flStart = performance.now(); const a = document.createElement('a'); a.href = p; a.setAttribute('router-link', '');"
                + " document.body.appendChild(a); a.click(); a.remove(); }", path);
        try {
            page.waitForURL(u -> u.endsWith("/" + path));
            page.waitForFunction(IDLE);
            page.locator(selector).first().waitFor();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/bench-failure.png")).setFullPage(true));
            throw new IllegalStateException("navigation to " + path + " stuck at " + page.url() + " (screenshot: target/bench-failure.png)", e);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The README's curl example: GET the events of a project, with HTTP Basic and with a token (medians of 40 after a warm-up). */
    static void apiBasicVersusToken(String base, String token, JdbcClient jdbc) throws Exception {
        long project = jdbc.sql("select p.id from project p join project_member m on m.project_id = p.id join app_user u on u.id = m.user_id"
                + " where u.username = 'alice' order by (select count(*) from event e where e.project_id = p.id) desc limit 1").query(Long.class).single();
        String path = "/api/v1/projects/" + project + "/events";
        for (String[] auth : new String[][] {{"HTTP Basic", basic("alice")}, {"token", "Bearer " + token}}) {
            List<Long> ms = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                long s = System.nanoTime();
                var r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth[1]).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(path + ": " + r.statusCode());
                }
                if (i >= 5) {
                    ms.add((System.nanoTime() - s) / 1_000_000);
                }
            }
            System.out.println("API GET " + path + " with " + auth[0] + ": " + stats(ms));
        }
    }

    /** {@code --explain}: the plans of the claim page, the events page and one claim's read on the newest project. */
    static void explainNewest(JdbcClient jdbc, String when) {
        System.out.println("EXPLAIN, " + when + ":");
        try {
            ListPagesProbe.explainLoadPages(jdbc, jdbc.sql("select max(id) from project").query(Long.class).single());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long generate(ConfigurableApplicationContext ctx) {
        var users = ctx.getBean(com.factline.security.UserService.class);
        var details = users.loadUserByUsername("dave");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        var r = ctx.getBean(com.factline.demo.Generator.class).generate("Bench 10k " + UUID.randomUUID(), 1000, 10000, 50000, 42);
        return r.projectId();
    }

    static BrowserContext signedIn(Browser browser, String base, String user) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setBaseURL(base).setViewportSize(1280, 900).setLocale("en-GB"));
        c.setDefaultTimeout(30_000);
        Page p = c.newPage();
        p.navigate(base + "/login");
        p.locator("input[name=username]").fill(user);
        p.locator("input[name=password]").fill("demo");
        p.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        p.waitForURL(url -> !url.contains("/login"));
        p.locator("vaadin-app-layout").waitFor();
        p.waitForFunction(IDLE);
        return c;
    }

    static String stats(List<Long> ms) {
        List<Long> s = new ArrayList<>(ms);
        Collections.sort(s);
        return "n=" + s.size() + " median=" + s.get(s.size() / 2) + " ms p95=" + s.get((int) Math.ceil(s.size() * 0.95) - 1)
                + " ms max=" + s.getLast() + " ms";
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String base, String path, String auth, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void waitUntilUp(String base, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("second instance not up after " + seconds + " s: see target/bench-second-instance.log");
    }

    static int intArg(String[] args, String name, int dflt) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }
}
