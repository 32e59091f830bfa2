package com.factline.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load driver against a running instance (not a test; run by hand):
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.factline.reliability.LoadDriver http://localhost:8099 30 alice:demo [dave:demo]
 * </pre>
 *
 * 50 concurrent API clients on virtual threads, each looping over a newsroom-like mix: read the
 * timeline, list claims, create a claim, edit a claim with its version, attach claims to an
 * event. Reports throughput, latency percentiles per operation, errors and conflicts, and the
 * server's heap afterwards (from the actuator, with the admin credentials).
 *
 * <p>The clients authenticate with a personal API token (SHA-256 lookup), as integrations do;
 * HTTP Basic would put a BCrypt check (tens of milliseconds of CPU) on every request. The clients
 * have no think time by default, so on a small machine the latencies mostly measure the queue:
 * with N clients, mean latency is N divided by the throughput (a saturation test). A fifth
 * argument gives each client a think time (milliseconds, uniformly 0.5–1.5 times it between
 * requests), as editors clicking through the app have: then the latencies measure the server
 * under that offered load rather than the length of the queue.
 */
public final class LoadDriver {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int CLIENTS = 50;

    record Span(long sourceId, int start, int end, String quote) {
    }

    private final String base;
    private int thinkMs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String auth;
    private long project;
    private final List<Span> spans = new ArrayList<>();
    private final List<Long> claims = new CopyOnWriteArrayList<>();
    private final List<Long> events = new CopyOnWriteArrayList<>();
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder conflicts = new LongAdder();
    private final List<String> errorSamples = new CopyOnWriteArrayList<>();
    /** Every timed request, with its wall-clock instant (for correlating the slow ones with probes; one small record each). */
    private final java.util.Queue<Sample> samples = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * One timed request: its kind, when it was sent (epoch milliseconds, {@link System#currentTimeMillis}), how long
     * the answer took in microseconds, and its status (0: no answer).
     */
    public record Sample(String op, long startMillis, long micros, int status) {
    }

    LoadDriver(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        drive(args, () -> { }, () -> { });
    }

    /** As {@link #main}, calling {@code onStart} after the set-up and {@code onEnd} when the clients stop (for probes). */
    public static LoadDriver drive(String[] args, Runnable onStart, Runnable onEnd) throws Exception {
        return drive(args, System.getProperty("factline.load.only"), onStart, onEnd);
    }

    /** The timed requests of the run, in the order they ended. */
    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** As {@link #drive(String[], Runnable, Runnable)}, with one kind alone ({@link #one}) instead of the mix when not null. */
    public static LoadDriver drive(String[] args, @org.jspecify.annotations.Nullable String only, Runnable onStart, Runnable onEnd) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadDriver baseUrl seconds user:password [admin:password] [thinkMs]");
            System.exit(2);
        }
        LoadDriver d = new LoadDriver(args[0]);
        d.only = only;
        d.thinkMs = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        d.setUp(args[2]);
        onStart.run();
        d.run(Integer.parseInt(args[1]), onEnd);
        d.reportHeap(args.length > 3 ? args[3] : "dave:demo");
        return d;
    }

    void setUp(String userPassword) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
        var t = send("POST", "/api/v1/me/tokens", basic, "{\"name\":\"load driver\"}");
        check(t, 201);
        auth = "Bearer " + JSON.readTree(t.body()).get("token").asString();
        var p = send("POST", "/api/v1/projects", auth, "{\"name\":\"Load " + UUID.randomUUID() + "\"}");
        check(p, 201);
        project = JSON.readTree(p.body()).get("id").asLong();
        Random r = new Random(1);
        for (int s = 0; s < 8; s++) {
            SyntheticSource source = SyntheticSource.next(r, s);
            String text = source.text();
            List<int[]> sentences = source.lines();
            var res = send("POST", path("/sources"), auth, JSON.writeValueAsString(Map.of("title", "Load source " + s,
                    "outlet", "Outlet " + s, "publishedOn", "2023-03-" + (10 + s), "text", text + UUID.randomUUID().toString())));
            check(res, 201);
            long id = JSON.readTree(res.body()).get("id").asLong();
            for (int[] se : sentences) {
                spans.add(new Span(id, se[0], se[1], text.substring(se[0], se[1])));
            }
        }
        for (int e = 0; e < 10; e++) {
            var res = send("POST", path("/events"), auth, "{\"title\":\"Load event " + e + "\"}");
            check(res, 201);
            events.add(JSON.readTree(res.body()).get("id").asLong());
        }
        for (int c = 0; c < 20; c++) {
            createClaim();
        }
        System.out.printf("setup: project %d, %d sources, %d events, %d claims%n", project, 8, events.size(), claims.size());
    }

    void run(int seconds, Runnable onEnd) throws Exception {
        // The set-up's own claims (timed by the same createClaim) were made before the measured window, while its
        // imports' background work ran, and before any wait for it to settle: they are not part of the run's figures.
        latencies.clear();
        samples.clear();
        errors.clear();
        errorSamples.clear();
        conflicts.reset();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        if (thinkMs > 0) {
                            Thread.sleep(thinkMs / 2 + ThreadLocalRandom.current().nextInt(thinkMs + 1));
                        }
                        int roll = ThreadLocalRandom.current().nextInt(100);
                        try {
                            if (only != null) {
                                one(only);
                            } else if (roll < 35) {
                                timed("timeline GET /events", () -> send("GET", path("/events"), auth, null), 200);
                            } else if (roll < 60) {
                                timed("list claims", () -> send("GET", path("/claims"), auth, null), 200);
                            } else if (roll < 75) {
                                createClaim();
                            } else if (roll < 90) {
                                editClaim();
                            } else {
                                attach();
                            }
                        } catch (Exception e) {
                            errors.computeIfAbsent("exception", k -> new LongAdder()).increment();
                            if (errorSamples.size() < 10) {
                                errorSamples.add(e.toString());
                            }
                        }
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        onEnd.run();
        report(elapsed);
    }

    /**
     * One kind alone instead of the mix, to measure what each costs ({@code -Dfactline.load.only=}timeline, list,
     * create, edit, get, attach, project: the cheapest authenticated read, or health: an unauthenticated one); null:
     * the mix.
     */
    private @org.jspecify.annotations.Nullable String only = System.getProperty("factline.load.only");

    void one(String kind) throws Exception {
        switch (kind) {
            case "timeline" -> timed("timeline GET /events", () -> send("GET", path("/events"), auth, null), 200);
            case "list" -> timed("list claims", () -> send("GET", path("/claims"), auth, null), 200);
            case "create" -> createClaim();
            case "edit" -> editClaim();
            case "get" -> {
                long id = claims.get(ThreadLocalRandom.current().nextInt(claims.size()));
                timed("get claim", () -> send("GET", path("/claims/" + id), auth, null), 200);
            }
            case "attach" -> attach();
            case "project" -> timed("get project", () -> send("GET", "/api/v1/projects/" + project, auth, null), 200);
            case "health" -> timed("health (no sign-in)", () -> send("GET", "/actuator/health", null, null), 200);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    void createClaim() throws Exception {
        Span s = spans.get(ThreadLocalRandom.current().nextInt(spans.size()));
        var res = timed("create claim", () -> send("POST", path("/claims"), auth, JSON.writeValueAsString(Map.of(
                "sourceId", s.sourceId(), "start", s.start(), "end", s.end(), "quote", s.quote(), "statement", "Load claim"))), 201);
        if (res != null && res.statusCode() == 201) {
            claims.add(JSON.readTree(res.body()).get("id").asLong());
        }
    }

    void editClaim() throws Exception {
        long id = claims.get(ThreadLocalRandom.current().nextInt(claims.size()));
        var current = timed("get claim", () -> send("GET", path("/claims/" + id), auth, null), 200);
        if (current == null || current.statusCode() != 200) {
            return;
        }
        JsonNode c = JSON.readTree(current.body());
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("statement", "Edited " + System.nanoTime());
        body.put("version", c.get("version").asInt());
        body.put("eventId", c.get("eventId").isNull() ? null : c.get("eventId").asLong());
        timed("edit claim (PUT with version)", () -> send("PUT", path("/claims/" + id), auth, JSON.writeValueAsString(body)), 200);
    }

    void attach() throws Exception {
        long event = events.get(ThreadLocalRandom.current().nextInt(events.size()));
        long claim = claims.get(ThreadLocalRandom.current().nextInt(claims.size()));
        timed("attach claim to event", () -> send("POST", path("/events/" + event + "/claims"), auth, "{\"claimIds\":[" + claim + "]}"), 200);
    }

    interface Call {
        HttpResponse<String> call() throws Exception;
    }

    HttpResponse<String> timed(String op, Call call, int expected) throws Exception {
        long wall = System.currentTimeMillis();
        long t0 = System.nanoTime();
        HttpResponse<String> res;
        try {
            res = call.call();
        } catch (Exception e) {
            samples.add(new Sample(op, wall, (System.nanoTime() - t0) / 1000, 0));
            errors.computeIfAbsent(op, k -> new LongAdder()).increment();
            if (errorSamples.size() < 10) {
                errorSamples.add(op + ": " + e);
            }
            return null;
        }
        long micros = (System.nanoTime() - t0) / 1000;
        latencies.computeIfAbsent(op, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(micros);
        samples.add(new Sample(op, wall, micros, res.statusCode()));
        if (res.statusCode() == 409) {
            conflicts.increment(); // someone else edited it first: expected under load, not an error
        } else if (res.statusCode() != expected) {
            errors.computeIfAbsent(op, k -> new LongAdder()).increment();
            if (errorSamples.size() < 10) {
                errorSamples.add(op + ": " + res.statusCode() + " " + res.body().substring(0, Math.min(200, res.body().length())));
            }
        }
        return res;
    }

    void report(double elapsed) {
        List<Long> all = new ArrayList<>();
        StringBuilder b = new StringBuilder(String.format("%nLOAD %d clients for %.1f s, think time %s%n%-32s %8s %9s %9s %9s %9s%n", CLIENTS, elapsed,
                thinkMs == 0 ? "none" : thinkMs / 2 + "–" + (thinkMs * 3 / 2) + " ms",
                "operation", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        for (var e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l;
            synchronized (e.getValue()) {
                l = new ArrayList<>(e.getValue());
            }
            all.addAll(l);
            b.append(line(e.getKey(), l));
        }
        b.append(line("ALL", all));
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        b.append(String.format("throughput %.0f requests/s; errors %d %s; conflicts (409) %d%n", all.size() / elapsed, errorCount,
                errors.isEmpty() ? "" : errors.toString(), conflicts.sum()));
        errorSamples.forEach(s -> b.append("  error sample: ").append(s).append('\n'));
        System.out.print(b);
    }

    static String line(String op, List<Long> micros) {
        if (micros.isEmpty()) {
            return String.format("%-32s %8d%n", op, 0);
        }
        List<Long> l = new ArrayList<>(micros);
        java.util.Collections.sort(l);
        return String.format("%-32s %8d %9.1f %9.1f %9.1f %9.1f%n", op, l.size(), pct(l, 50), pct(l, 95), pct(l, 99), l.get(l.size() - 1) / 1000.0);
    }

    static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }

    void reportHeap(String admin) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
        var res = send("GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", basic, null);
        if (res.statusCode() != 200) {
            System.out.println("server heap: not available (" + res.statusCode() + " " + res.body() + ")");
            return;
        }
        double bytes = JSON.readTree(res.body()).get("measurements").get(0).get("value").asDouble();
        var max = send("GET", "/actuator/metrics/jvm.memory.max?tag=area:heap", basic, null);
        String maxText = max.statusCode() == 200
                ? String.format(" of %.0f MB max", JSON.readTree(max.body()).get("measurements").get(0).get("value").asDouble() / 1048576) : "";
        System.out.printf("server heap used after the run: %.0f MB%s%n", bytes / 1048576, maxText);
    }

    String path(String rest) {
        return "/api/v1/projects/" + project + rest;
    }

    HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (json == null && (method.equals("DELETE") || authorization == null)) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (json == null) {
            // State-changing API calls say they send JSON, even when there is nothing to send.
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void check(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("setup failed: " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * One of the load's synthetic sources: 60 numbered lines of 12 words drawn from {@code r} (the same words and draws
     * for the same seed, so the load's project and {@code SuggestionRefreshBenchmark}'s are alike), and each line's span.
     */
    public record SyntheticSource(String text, List<int[]> lines) {

        private static final String[] WORDS = {"court", "warrant", "Moscow", "visit", "Kremlin", "spokesman", "said", "talks",
                "president", "state", "children", "judges", "arrived", "announced", "Beijing", "delegation", "agreement", "Tuesday",
                "officials"};

        public static SyntheticSource next(Random r, int s) {
            StringBuilder text = new StringBuilder();
            List<int[]> lines = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int start = text.length();
                text.append("Report ").append(s).append(" line ").append(i).append(':');
                for (int w = 0; w < 12; w++) {
                    text.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
                }
                lines.add(new int[] {start, text.length()});
                text.append(".\n");
            }
            return new SyntheticSource(text.toString(), lines);
        }
    }
}
