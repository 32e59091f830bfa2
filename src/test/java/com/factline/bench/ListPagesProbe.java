package com.factline.bench;

import com.factline.FactlineApplication;
import com.factline.demo.Generator;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two list reads of issue #18 on a generated project (default 100 sources, 300 events, 5,000 claims): the bytes of
 * a default page of {@code GET …/claims} and {@code GET …/events}, the CPU per request of each (this JVM, app and
 * client, and PostgreSQL) over {@code --requests} requests from two clients, and {@code EXPLAIN (ANALYZE, BUFFERS)} of
 * the pages' statements as the stores write them (read from their SQL constants), first page and after a cursor, and
 * the claim list's filters. Run under {@code flock /tmp/factline-bench.lock}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.factline.bench.ListPagesProbe [--requests 600] [--no-plans]}
 */
public final class ListPagesProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ListPagesProbe() {
    }

    public static void main(String[] args) throws Exception {
        int requests = LiveBench.intArg(args, "--requests", 600);
        int claims = LiveBench.intArg(args, "--claims", 5000);
        int events = LiveBench.intArg(args, "--events", 300);
        int sources = LiveBench.intArg(args, "--sources", 100);
        boolean plans = !java.util.Arrays.asList(args).contains("--no-plans");
        String data = "target/bench-data/" + UUID.randomUUID();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FactlineApplication.class).logStartupInfo(false)
                .run("--server.port=0", "--factline.data-dir=" + data, "--logging.level.root=WARN")) {
            String base = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
            String jdbcUrl = ctx.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            var g = ctx.getBean(Generator.class).generate("List pages " + UUID.randomUUID(), sources, events, claims, 42);
            long p = g.projectId();
            System.out.printf("generated project %d: %d sources, %d events, %d claims%n", p, g.sources(), g.events(), g.claims());
            LoadProbe.settle(ctx);
            String basic = "Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8));
            var t = send(base + "/api/v1/me/tokens", basic, "{\"name\":\"list pages\"}");
            String auth = "Bearer " + JSON.readTree(t.body()).get("token").asString();
            Map<String, String> urls = new LinkedHashMap<>();
            urls.put("GET /claims (default page)", base + "/api/v1/projects/" + p + "/claims");
            urls.put("GET /events (default page)", base + "/api/v1/projects/" + p + "/events");
            long postmaster = LoadProbe.postmaster(jdbcUrl);
            for (var u : urls.entrySet()) {
                var res = send(u.getValue(), auth, null);
                System.out.printf("%n%s: status %d, %d bytes, %d items%n", u.getKey(), res.statusCode(),
                        res.body().getBytes(StandardCharsets.UTF_8).length, JSON.readTree(res.body()).size());
                run(u.getValue(), auth, requests / 2); // warm-up
                long cpu0 = LoadProbe.processCpuNanos();
                long pg0 = LoadProbe.postgresCpuNanos(postmaster);
                long t0 = System.nanoTime();
                run(u.getValue(), auth, requests);
                double wall = (System.nanoTime() - t0) / 1e9;
                System.out.printf("  %d requests, 2 clients: this JVM %.2f ms CPU per request, PostgreSQL %.2f ms; %.0f requests/s"
                                + " (load average %.1f)%n", requests, (LoadProbe.processCpuNanos() - cpu0) / 1e6 / requests,
                        (LoadProbe.postgresCpuNanos(postmaster) - pg0) / 1e6 / requests, requests / wall,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            if (plans) {
                explainAll(jdbc, p);
            }
        }
        System.exit(0);
    }

    private static void run(String url, String auth, int n) throws Exception {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < 2; c++) {
                pool.submit(() -> {
                    for (int i = 0; i < n / 2; i++) {
                        var res = send(url, auth, null);
                        if (res.statusCode() != 200) {
                            throw new IllegalStateException(res.statusCode() + " " + res.body());
                        }
                    }
                    return null;
                });
            }
        }
    }

    private static HttpResponse<String> send(String url, String auth, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth);
        if (body != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String constant(String type, String name) throws Exception {
        var f = Class.forName(type).getDeclaredField(name);
        f.setAccessible(true);
        return (String) f.get(null);
    }

    /** The pages' statements as the stores build them (see ClaimStore.query, EventStore.timelineAfter). */
    private static void explainAll(JdbcClient jdbc, long p) throws Exception {
        String claimSelect = constant("com.factline.claim.ClaimStore", "SELECT");
        String orderKey = constant("com.factline.claim.ClaimStore", "ORDER_KEY");
        boolean kept = orderKey.contains("source_published_on");
        long cursorClaim = jdbc.sql("select id from claim where project_id = ? order by id limit 1 offset 2500").param(p)
                .query(Long.class).optional().orElse(0L);
        long source = jdbc.sql("select min(id) from source where project_id = ?").param(p).query(Long.class).single();
        long event = jdbc.sql("select min(id) from event where project_id = ?").param(p).query(Long.class).single();
        String after = " and (" + orderKey + ") > (select " + orderKey.replace("c.", "c2.").replace("s.", "s2.") + " from claim c2"
                + (kept ? "" : " join source s2 on s2.id = c2.source_id") + " where c2.id = " + cursorClaim + ")";
        String order = " order by " + orderKey + " limit 201 offset 0";
        Map<String, String> claimPages = new LinkedHashMap<>();
        String where = " where c.project_id = " + p;
        claimPages.put("claims: first page", where);
        claimPages.put("claims: page after a cursor (2,500th claim by id)", where + after);
        claimPages.put("claims: by source", where + " and c.source_id = " + source);
        claimPages.put("claims: by event", where + " and c.event_id = " + event);
        claimPages.put("claims: by status (checked)", where + " and c.status = 'checked'");
        claimPages.put("claims: date range (one month)", where
                + " and c.date_latest >= date '2023-06-01' and " + (kept ? "coalesce(c.date_earliest, 'infinity'::date)" : "c.date_earliest")
                + " <= date '2023-06-30'");
        claimPages.put("claims: text", where + " and (c.quote ilike '%Peskov%' or c.statement ilike '%Peskov%')");
        String page = null;
        try {
            // session 9: the page's claims chosen first, then joined
            page = constant("com.factline.claim.ClaimStore", "PAGE").replace(":p", String.valueOf(p));
        } catch (NoSuchFieldException ex) {
            // before: joined, then ordered and limited
        }
        for (var e : claimPages.entrySet()) {
            e.setValue(page == null ? claimSelect + e.getValue() + order
                    : page.replace("$WHERE", e.getValue()).replace("$ORDER", order) + " order by " + orderKey);
        }
        for (var e : claimPages.entrySet()) {
            explain(jdbc, e.getKey(), e.getValue());
        }
        String full = constant("com.factline.timeline.EventStore", "FULL");
        String group = constant("com.factline.timeline.EventStore", "GROUP");
        String key = constant("com.factline.timeline.EventStore", "KEY");
        String pageSql;
        try {
            // after issue #18's change: the page's events are chosen first, then joined
            pageSql = constant("com.factline.timeline.EventStore", "PAGE") + " $ORDER";
        } catch (NoSuchFieldException ex) {
            pageSql = null;
        }
        List<Object[]> mid = jdbc.sql("select date_earliest, date_latest, date_precision, date_edtf, id from event where project_id = ?"
                + " order by date_earliest nulls last, date_latest desc, id limit 1 offset 150").param(p)
                .query((rs, n) -> new Object[] {rs.getDate(1), rs.getDate(2), rs.getString(3), rs.getString(4), rs.getLong(5)}).list();
        String afterEvent = mid.isEmpty() ? "" : " and " + key + " > (date '" + mid.getFirst()[0] + "' is null, date '" + mid.getFirst()[0]
                + "', date '9999-12-31' - date '" + mid.getFirst()[1] + "', false, '" + mid.getFirst()[2] + "', false, '"
                + mid.getFirst()[3] + "', " + mid.getFirst()[4] + "::bigint)";
        String evWhere = " where e.project_id = " + p;
        String evOrder = " order by " + key.substring(1, key.length() - 1) + " limit 201";
        if (pageSql == null) {
            explain(jdbc, "events: first page", full + evWhere + group + evOrder);
            explain(jdbc, "events: page after a cursor (151st event)", full + evWhere + afterEvent + group + evOrder);
        } else {
            explain(jdbc, "events: first page", pageSql.replace("$WHERE", evWhere).replace("$ORDER", evOrder));
            explain(jdbc, "events: page after a cursor (151st event)", pageSql.replace("$WHERE", evWhere + afterEvent).replace("$ORDER", evOrder));
        }
    }

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS)} of the two pages the load reads (the first claim page and the first events
     * page, as the API asks for them: 201 rows) on project {@code p} as it is now ({@code LoadProbe --explain}: after a
     * run, on the project the load left).
     */
    static void explainLoadPages(JdbcClient jdbc, long p) throws Exception {
        String orderKey = constant("com.factline.claim.ClaimStore", "ORDER_KEY");
        String claimPage;
        try {
            // after session 9's change: the page's claims are chosen first, then joined
            claimPage = constant("com.factline.claim.ClaimStore", "PAGE").replace(":p", String.valueOf(p))
                    .replace("$WHERE", " where c.project_id = " + p)
                    .replace("$ORDER", " order by " + orderKey + " limit 201 offset 0") + " order by " + orderKey;
        } catch (NoSuchFieldException ex) {
            claimPage = constant("com.factline.claim.ClaimStore", "SELECT") + " where c.project_id = " + p + " order by " + orderKey
                    + " limit 201 offset 0";
        }
        explain(jdbc, "claims: first page (project " + p + ")", claimPage);
        String key = constant("com.factline.timeline.EventStore", "KEY");
        String order = " order by " + key.substring(1, key.length() - 1);
        String pageSql = constant("com.factline.timeline.EventStore", "PAGE");
        explain(jdbc, "events: first page (project " + p + ")", pageSql.replace("$WHERE", " where e.project_id = " + p)
                .replace("$ORDER", order + " limit 201") + order);
        // one claim's read (GET …/claims/{id}, and the columns an edit's returning read answers), on the project's
        // claim with the most discrepancy links (suggestions link claims too)
        List<Long> most = jdbc.sql("select dc.claim_id from discrepancy_claim dc join claim c on c.id = dc.claim_id where c.project_id = ?"
                + " group by dc.claim_id order by count(*) desc limit 1").param(p).query(Long.class).list();
        if (!most.isEmpty()) {
            explain(jdbc, "one claim's read (claim " + most.getFirst() + ", the most linked)", constant("com.factline.claim.ClaimStore", "SELECT")
                    + " where c.id = " + most.getFirst() + " and c.project_id = " + p);
        }
        System.out.printf("%nstatistics: %s%n", jdbc.sql("select string_agg(relname || ' ' || n_live_tup || ' live, ' || n_mod_since_analyze"
                + " || ' changed since analyze, analysed ' || coalesce(greatest(last_analyze, last_autoanalyze)::text, 'never'), '; ' order by relname)"
                + " from pg_stat_user_tables where relname in ('claim', 'event', 'discrepancy', 'discrepancy_claim')").query(String.class).single());
    }

    private static void explain(JdbcClient jdbc, String name, String sql) {
        jdbc.sql(sql).query((rs, n) -> 0).list(); // warm
        System.out.printf("%n----- %s -----%n", name);
        jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list().forEach(System.out::println);
    }
}
