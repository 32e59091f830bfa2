package com.factline.bench;

import com.factline.FactlineApplication;
import com.factline.base.BackgroundWork;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the server's time goes under the {@code LoadDriver}'s load (issue #18), to compare
 * before and after a change on the same machine: starts one instance in this JVM, drives it with
 * the {@code LoadDriver} (at editors' pace by default) and meanwhile samples, every 10 ms, what
 * the database's busy sessions wait on ({@code pg_stat_activity}: a row lock, the commit's WAL
 * flush, the lock that serialises commits that send a {@code NOTIFY}, or nothing: working). It
 * then prints the wait histogram, the statements most often seen waiting, and the server's own
 * time per request kind (Spring's {@code http.server.requests} timers, so the driver's share is
 * not in it). A tool run by hand, never a timed test:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.factline.bench.LoadProbe [--seconds 20] [--think 1000]
 * </pre>
 *
 * {@code --think 0} drives it at saturation; {@code --explain} prints, after each kind's run, {@code EXPLAIN (ANALYZE, BUFFERS)}
 * of the first claim page and the first events page and both answers' bytes, on the project the load left; {@code --only health,project,mix} measures kinds one after another;
 * {@code --set name=value} (repeatable) runs the app with that setting (to switch parts of the stack off one at a time);
 * {@code --off-filter beanName} (repeatable) leaves that servlet filter out; {@code --no-percentiles} leaves out the
 * server-side percentiles (means only); {@code --no-sql-count} leaves the connection pool unwrapped (the tool's own cost off; no round trips are counted). It also prints the CPU time per API request of this JVM (server and
 * driver) and of PostgreSQL during the run (after the set-up's background work has settled), and the database round
 * trips per request kind ({@link StatementCounter}).
 */
public final class LoadProbe {

    private LoadProbe() {
    }

    /**
     * Waits (at most two minutes) until the set-up's background work (sentence vectors, suggestions, proposals of the
     * new sources) is done: no background job waiting or running ({@link BackgroundWork#idle}) for half a second, so
     * the run measures the load alone. A CPU check alone passed while the set-up's first suggestion run was waiting out
     * its spacing. Returns how long it waited, in milliseconds.
     */
    static long settle(ConfigurableApplicationContext ctx) {
        BackgroundWork work = ctx.getBean(BackgroundWork.class);
        long started = System.nanoTime();
        long deadline = started + 120_000_000_000L;
        long quietSince = -1;
        try {
            while (System.nanoTime() < deadline) {
                if (!work.idle()) {
                    quietSince = -1;
                } else if (quietSince < 0) {
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince >= 500_000_000L) {
                    break;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long waited = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("background work settled after %d ms (%s)%n", waited, work.idle() ? "idle" : "STILL BUSY: gave up waiting");
        return waited;
    }

    /**
     * {@code --off-filter beanName} (repeatable): the servlet filter bean of that name is not registered, for one run
     * (bisection only: a disabled registration of the bean stands in for Spring Boot's automatic one).
     */
    private static org.springframework.context.ApplicationContextInitializer<ConfigurableApplicationContext> offFilters(String[] args) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--off-filter")) {
                names.add(args[i + 1]);
            }
        }
        return ctx -> {
            for (String name : names) {
                ((org.springframework.context.support.GenericApplicationContext) ctx).registerBean("off-" + name,
                        org.springframework.boot.web.servlet.FilterRegistrationBean.class, () -> {
                            var reg = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                                    ctx.getBean(name, jakarta.servlet.Filter.class));
                            reg.setEnabled(false);
                            return reg;
                        });
            }
        };
    }

    /** The wait sampler's own backend, left out of PostgreSQL's CPU. */
    private static volatile long samplerPid = -1;

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The embedded server's process (the parent of a backend), to read its CPU time from /proc; -1 when unknown. */
    static long postmaster(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return Long.parseLong(stat(rs.getLong(1))[3]);
        } catch (Exception e) {
            return -1;
        }
    }

    /** CPU of the PostgreSQL server and its live processes, plus what its exited children used (cutime, cstime). */
    static long postgresCpuNanos(long postmaster) {
        if (postmaster < 0) {
            return 0;
        }
        long ticks = 0;
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var d : (Iterable<java.nio.file.Path>) dirs::iterator) {
                String name = d.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] f = stat(Long.parseLong(name));
                if (f == null) {
                    continue;
                }
                long pid = Long.parseLong(name);
                if (pid == postmaster) {
                    ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]) + Long.parseLong(f[15]) + Long.parseLong(f[16]);
                } else if (Long.parseLong(f[3]) == postmaster && pid != samplerPid) {
                    ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                }
            }
        } catch (java.io.IOException e) {
            return 0;
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    /**
     * CPU time of this JVM's live platform threads by what they do: the driver (its virtual threads' carriers and the
     * HTTP client's threads), Tomcat's request threads, Tomcat's poller and acceptor, and the rest of the app
     * (background jobs, the pool's housekeeping, GC and JIT threads are not Java threads and fall in none).
     */
    static Map<String, Long> threadCpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        for (ThreadInfoLite t : threads(mx)) {
            String n = t.name();
            String group = n.startsWith("ForkJoinPool") || n.startsWith("HttpClient") ? "driver (client carriers, HTTP client)"
                    : n.matches("http-nio-.*-exec-\\d+") ? "app: Tomcat request threads"
                    : n.startsWith("http-nio") ? "app: Tomcat poller/acceptor"
                    : n.startsWith("factline-background") ? "app: background jobs"
                    : "app: other threads";
            byGroup.merge(group, t.cpu(), Long::sum);
        }
        return byGroup;
    }

    /** CPU time of the JVM's own threads (not Java threads) by kind, from /proc/self/task: GC, JIT compilers, the rest. */
    static Map<String, Long> nativeCpu() {
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var d : (Iterable<java.nio.file.Path>) dirs::iterator) {
                try {
                    String comm = java.nio.file.Files.readString(d.resolve("comm")).strip();
                    String st = java.nio.file.Files.readString(d.resolve("stat"));
                    String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
                    long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                    String group = comm.startsWith("GC Thread") || comm.startsWith("G1 ") ? "JVM: garbage collector"
                            : comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "JVM: JIT compilers"
                            : comm.startsWith("JFR") ? "JVM: flight recorder" : null;
                    if (group != null) {
                        byGroup.merge(group, nanos, Long::sum);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return byGroup;
        }
        return byGroup;
    }

    /**
     * This JVM's user and system CPU (nanoseconds, /proc/self/stat) and its live threads' voluntary and involuntary
     * context switches (/proc/self/task/N/status): the kernel's share and the lock and pool hand-offs of a request.
     */
    static long[] kernelFigures() {
        long[] out = new long[4];
        String[] f = stat(ProcessHandle.current().pid());
        if (f != null) {
            out[0] = Long.parseLong(f[13]) * 10_000_000L;
            out[1] = Long.parseLong(f[14]) * 10_000_000L;
        }
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var d : (Iterable<java.nio.file.Path>) dirs::iterator) {
                try {
                    for (String line : java.nio.file.Files.readAllLines(d.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            out[2] += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                            out[3] += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        }
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return out;
        }
        return out;
    }

    /** Bytes allocated so far by this JVM's live platform threads (Tomcat's pool threads live through a run). */
    static long allocatedBytes() {
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long b = mx.getThreadAllocatedBytes(t.threadId());
            sum += Math.max(0, b);
        }
        return sum;
    }

    static long gcCollections() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
    }

    static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private record ThreadInfoLite(String name, long cpu) {
    }

    private static List<ThreadInfoLite> threads(java.lang.management.ThreadMXBean mx) {
        List<ThreadInfoLite> out = new java.util.ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = mx.getThreadCpuTime(t.threadId());
            if (cpu > 0) {
                out.add(new ThreadInfoLite(t.getName(), cpu));
            }
        }
        return out;
    }

    private static String[] stat(long pid) {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            // the name (field 2) may hold spaces: split what follows its closing parenthesis
            String rest = s.substring(s.lastIndexOf(')') + 2);
            String[] tail = rest.trim().split(" ");
            String[] f = new String[tail.length + 2];
            f[0] = String.valueOf(pid);
            f[1] = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
            System.arraycopy(tail, 0, f, 2, tail.length);
            return f;
        } catch (Exception e) {
            return null;
        }
    }

    private static @org.jspecify.annotations.Nullable String stringArg(String[] args, String name) {
        int i = java.util.Arrays.asList(args).indexOf(name);
        return i >= 0 && i + 1 < args.length ? args[i + 1] : null;
    }

    public static void main(String[] args) throws Exception {
        int seconds = LiveBench.intArg(args, "--seconds", 20);
        int think = LiveBench.intArg(args, "--think", 1000);
        String data = "target/bench-data/" + UUID.randomUUID();
        StatementCounter counter = new StatementCounter(!java.util.Arrays.asList(args).contains("--no-sql-count"));
        List<String> appArgs = new java.util.ArrayList<>(List.of("--server.port=0", "--factline.data-dir=" + data, "--logging.level.root=WARN"));
        if (!java.util.Arrays.asList(args).contains("--no-percentiles")) {
            // the server-side p50/p95 per kind below; the app computes them on every request (the tool's own cost)
            appArgs.add("--management.metrics.distribution.percentiles.http.server.requests=0.5,0.95");
        }
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--set")) {
                appArgs.add("--" + args[i + 1]); // an application setting for this run (bisection of the serving stack)
            }
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FactlineApplication.class).logStartupInfo(false)
                .initializers(counter, offFilters(args)).run(appArgs.toArray(String[]::new))) {
            String base = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
            String jdbcUrl = ctx.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
            long postmaster = postmaster(jdbcUrl);
            long[] cpu = new long[4];
            long[] os = new long[4];
            long[] memory = new long[3]; // bytes allocated by live threads, GC collections, GC milliseconds
            List<Map<String, Long>> threadCpu = new java.util.ArrayList<>();
            Map<String, LongAdder> waits = new ConcurrentHashMap<>();
            Map<String, LongAdder> statements = new ConcurrentHashMap<>();
            LongAdder samples = new LongAdder();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicBoolean measuring = new AtomicBoolean(false); // sampled only while a kind's load runs
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
                        rs.next();
                        samplerPid = rs.getLong(1);
                    }
                    while (running.get()) {
                        if (!measuring.get()) {
                            Thread.sleep(10);
                            continue;
                        }
                        try (ResultSet rs = st.executeQuery("""
                                select case when state = 'active' then coalesce(wait_event_type || ':' || wait_event, 'working')
                                            else 'in transaction, waiting for the app' end as w,
                                       left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as q
                                from pg_stat_activity
                                where backend_type = 'client backend' and state in ('active', 'idle in transaction')
                                  and pid <> pg_backend_pid()""")) {
                            while (rs.next()) {
                                waits.computeIfAbsent(rs.getString(1), k -> new LongAdder()).increment();
                                statements.computeIfAbsent(rs.getString(1) + "  " + rs.getString(2), k -> new LongAdder()).increment();
                            }
                        }
                        samples.increment();
                        Thread.sleep(10);
                    }
                } catch (Exception e) {
                    System.err.println("probe: sampling stopped: " + e);
                }
            });
            List<String> kinds = new java.util.ArrayList<>();
            String only = stringArg(args, "--only");
            if (only == null) {
                kinds.add(null);
            } else {
                for (String k : only.split(",")) {
                    kinds.add(k.equals("mix") ? null : k); // "mix": the LoadDriver's own mix
                }
            }
            for (String kind : kinds) {
                List<String> driver = new java.util.ArrayList<>(List.of(base, String.valueOf(seconds), "alice:demo", "dave:demo"));
                if (think > 0) {
                    driver.add(String.valueOf(think));
                }
                System.out.printf("%n===== %s =====%n", kind == null ? "the LoadDriver mix" : "only: " + kind);
                com.factline.reliability.LoadDriver.drive(driver.toArray(String[]::new), kind, () -> {
                    settle(ctx); // every kind: each LoadDriver set-up imports its own sources
                    counter.reset();
                    waits.clear(); // the waits of this kind's run alone
                    statements.clear();
                    samples.reset();
                    measuring.set(true);
                    System.out.println("load starts at " + java.time.Instant.now());
                    counter.on = true;
                    cpu[0] = processCpuNanos();
                    cpu[1] = postgresCpuNanos(postmaster);
                    threadCpu.clear();
                    threadCpu.add(threadCpu());
                    threadCpu.add(nativeCpu());
                    long[] k = kernelFigures();
                    System.arraycopy(k, 0, os, 0, 4);
                    memory[0] = allocatedBytes();
                    memory[1] = gcCollections();
                    memory[2] = gcMillis();
                }, () -> {
                    measuring.set(false);
                    memory[0] = allocatedBytes() - memory[0];
                    memory[1] = gcCollections() - memory[1];
                    memory[2] = gcMillis() - memory[2];
                    long[] k = kernelFigures();
                    for (int i = 0; i < 4; i++) {
                        os[i] = k[i] - os[i];
                    }
                    counter.on = false;
                    cpu[2] = processCpuNanos();
                    cpu[3] = postgresCpuNanos(postmaster);
                    Map<String, Long> javaThreads = threadCpu();
                    Map<String, Long> jvmThreads = nativeCpu();
                    threadCpu.add(1, javaThreads);
                    threadCpu.add(jvmThreads);
                    System.out.println("load ends at " + java.time.Instant.now());
                });
                long requests = counter.counts.entrySet().stream()
                        .mapToLong(e -> e.getValue().requests().sum()).sum();
                System.out.printf("%nCPU per API request during the run (%d requests): this JVM (app and driver) %.2f ms, PostgreSQL %.2f ms"
                        + " (load average at the end %.1f)%n", requests, (cpu[2] - cpu[0]) / 1e6 / Math.max(1, requests),
                        (cpu[3] - cpu[1]) / 1e6 / Math.max(1, requests),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                long perRequest = Math.max(1, requests);
                long attributed = 0;
                System.out.println("CPU per API request by thread group (live platform threads; the rest is GC, JIT and threads that ended):");
                for (String g : threadCpu.get(1).keySet()) {
                    long d = threadCpu.get(1).get(g) - threadCpu.get(0).getOrDefault(g, 0L);
                    attributed += d;
                    System.out.printf("  %-44s %6.2f ms%n", g, d / 1e6 / perRequest);
                }
                for (String g : threadCpu.get(3).keySet()) {
                    long d = threadCpu.get(3).get(g) - threadCpu.get(2).getOrDefault(g, 0L);
                    attributed += d;
                    System.out.printf("  %-44s %6.2f ms%n", g, d / 1e6 / perRequest);
                }
                System.out.printf("  %-44s %6.2f ms%n", "the rest (other JVM threads, threads that ended)", (cpu[2] - cpu[0] - attributed) / 1e6 / perRequest);
                System.out.printf("this JVM per API request: user %.2f ms, system %.2f ms; context switches %.1f voluntary, %.1f involuntary"
                        + " (live threads)%n", os[0] / 1e6 / perRequest, os[1] / 1e6 / perRequest, os[2] / (double) perRequest,
                        os[3] / (double) perRequest);
                System.out.printf("allocated per API request: %.0f KB (live threads, app and driver); %d collections, %d ms of GC pauses"
                        + " and cycles in the run; heap used now %d MB%n", memory[0] / 1024.0 / perRequest, memory[1], memory[2],
                        java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576);
                System.out.print(counter.report());
                if (java.util.Arrays.asList(args).contains("--sql")) {
                    System.out.print(counter.samples());
                }
                if (java.util.Arrays.asList(args).contains("--explain")) {
                    // the pages as this kind's load left its project (the newest one): plans, and the bytes one answer carries
                    long p = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("select max(id) from project")
                            .query(Long.class).single();
                    ListPagesProbe.explainLoadPages(ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class), p);
                    System.out.printf("%nproject %d now: %s%n", p, ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                            .sql("select (select count(*) from claim where project_id = :p) || ' claims, '"
                                    + " || (select count(*) from claim where project_id = :p and event_id is not null) || ' on events, '"
                                    + " || (select count(*) from discrepancy where project_id = :p) || ' discrepancies, '"
                                    + " || (select count(*) from discrepancy_claim dc join claim c on c.id = dc.claim_id where c.project_id = :p)"
                                    + " || ' discrepancy-claim links'").param("p", p).query(String.class).single());
                    var http = java.net.http.HttpClient.newHttpClient();
                    for (String page : List.of("claims", "events")) {
                        var res = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/projects/" + p + "/" + page))
                                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("alice:demo".getBytes()))
                                .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                        System.out.printf("GET …/%s: status %d, %d bytes%n", page, res.statusCode(), res.body().length);
                    }
                }
                long n = Math.max(1, samples.sum());
                System.out.printf("busy database sessions by what they wait on, this run (average over %d samples, 10 ms apart):%n", n);
                waits.entrySet().stream().sorted(Map.Entry.<String, LongAdder>comparingByValue(Comparator.comparingLong(LongAdder::sum)).reversed())
                        .forEach(e -> System.out.printf("  %-40s %6.2f%n", e.getKey(), e.getValue().sum() / (double) n));
                System.out.println("statements most often seen (wait, statement):");
                statements.entrySet().stream().sorted(Map.Entry.<String, LongAdder>comparingByValue(Comparator.comparingLong(LongAdder::sum)).reversed())
                        .limit(15).forEach(e -> System.out.printf("  %6.2f  %s%n", e.getValue().sum() / (double) n, e.getKey()));
            }
            running.set(false);
            sampler.join(2000);
            System.out.println("server time per request kind (http.server.requests; ms):");
            System.out.printf("  %-62s %6s %7s %7s %7s%n", "request", "count", "mean", "p50", "p95");
            for (Timer t : ctx.getBean(MeterRegistry.class).find("http.server.requests").timers()) {
                if (t.count() < 20) {
                    continue;
                }
                double p50 = 0;
                double p95 = 0;
                for (ValueAtPercentile v : t.takeSnapshot().percentileValues()) {
                    if (v.percentile() == 0.5) {
                        p50 = v.value(TimeUnit.MILLISECONDS);
                    } else if (v.percentile() == 0.95) {
                        p95 = v.value(TimeUnit.MILLISECONDS);
                    }
                }
                System.out.printf("  %-62s %6d %7.1f %7.1f %7.1f%n", t.getId().getTag("method") + " " + t.getId().getTag("uri"), t.count(),
                        t.mean(TimeUnit.MILLISECONDS), p50, p95);
            }
        }
        System.exit(0);
    }
}
