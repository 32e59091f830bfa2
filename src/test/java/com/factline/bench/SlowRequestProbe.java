package com.factline.bench;

import com.factline.base.BackgroundWork;
import com.factline.reliability.LoadDriver;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Why a few requests of a load run are slow while most are fast (issue #18): while the {@code LoadDriver} runs, records
 * in this JVM (which holds the app) its GC pauses, VM operations (safepoints) and contended monitors from JFR, and every
 * 100 ms the connection pool (active, waiting threads), the background work ({@link BackgroundWork#runningNow}), the
 * machine's run queue ({@code procs_running}), the CPU of this JVM, of its browser (Playwright's driver and Chromium,
 * children of this JVM), of its PostgreSQL and of everything else, and what the database's sessions do
 * ({@code pg_stat_activity}: active client sessions, their waits, autovacuum workers, the checkpointer writing). Then,
 * for each burst of slow requests (over 50 ms, within 300 ms of each other), it prints what the probes saw in that
 * window, and for comparison the same over the whole run. A tool for the benchmarks, never a timed test.
 */
final class SlowRequestProbe implements AutoCloseable {

    static final long SLOW_MICROS = 50_000;
    static final long TICK_MILLIS = 100;
    static final double HZ = 100; // clock ticks per second in /proc (USER_HZ)

    /** One 100 ms sample. CPU figures are in cores (ticks in the interval before it, over its length). */
    record Tick(long at, int poolActive, int poolWaiting, int background, int runQueue, double java, double browser, double postgres,
            double other, int pgActive, String pgWaits, boolean autovacuum, boolean checkpointing, List<String> pgWork) {
    }

    /** A JFR pause or VM operation or contended lock: [start, end) epoch ms and what it was. */
    record Pause(long start, long end, String what) {
    }

    private final HikariDataSource pool;
    private final BackgroundWork work;
    private final String jdbcUrl;
    private final List<Tick> ticks = new CopyOnWriteArrayList<>();
    private final List<Pause> pauses = new CopyOnWriteArrayList<>();
    private final RecordingStream jfr;
    private final Thread sampler;
    private volatile boolean stop;

    SlowRequestProbe(ConfigurableApplicationContext ctx) {
        this.pool = (HikariDataSource) ctx.getBean(DataSource.class);
        this.work = ctx.getBean(BackgroundWork.class);
        this.jdbcUrl = pool.getJdbcUrl();
        jfr = new RecordingStream();
        jfr.enable("jdk.GCPhasePause");
        jfr.enable("jdk.ExecuteVMOperation").withThreshold(Duration.ofMillis(2));
        jfr.enable("jdk.SafepointBegin").withThreshold(Duration.ofMillis(2));
        jfr.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ofMillis(10));
        jfr.enable("jdk.Deoptimization");
        jfr.onEvent("jdk.GCPhasePause", e -> pause(e, "GC pause " + e.getString("name")));
        jfr.onEvent("jdk.ExecuteVMOperation", e -> pause(e, "VM op " + e.getString("operation")));
        jfr.onEvent("jdk.SafepointBegin", e -> pause(e, "safepoint sync"));
        jfr.onEvent("jdk.JavaMonitorEnter", e -> pause(e, "monitor " + (e.getClass("monitorClass") == null ? "?" : e.getClass("monitorClass").getName())
                + " in " + e.getThread().getJavaName()));
        jfr.onEvent("jdk.Deoptimization", e -> pause(e, "deopt"));
        jfr.startAsync();
        allocatedAtStart = allocatedByThread();
        sampler = Thread.ofPlatform().daemon().name("slow-request-probe").start(this::sample);
    }

    private final Map<Long, long[]> allocatedAtStart;

    /** Bytes allocated so far per live platform thread (virtual threads count on their carriers), with the thread's group. */
    private static Map<Long, long[]> allocatedByThread() {
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long[] ids = mx.getAllThreadIds();
        long[] bytes = mx.getThreadAllocatedBytes(ids);
        Map<Long, long[]> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                out.put(ids[i], new long[] {bytes[i]});
            }
        }
        return out;
    }

    /** Who allocated during the run, by thread group (what feeds the young collections and, promoted, the marking cycles). */
    String allocation() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<Long, long[]> now = allocatedByThread();
        Map<String, Long> groups = new TreeMap<>();
        long all = 0;
        for (var e : now.entrySet()) {
            long before = allocatedAtStart.getOrDefault(e.getKey(), new long[] {0})[0];
            long delta = e.getValue()[0] - before;
            var info = mx.getThreadInfo(e.getKey());
            String name = info == null ? "?" : info.getThreadName();
            String group = name.startsWith("factline-background") ? "background jobs" : name.startsWith("http-nio") ? "request threads"
                    : name.startsWith("ForkJoinPool") || name.startsWith("HttpClient") ? "driver (virtual threads' carriers, HttpClient)"
                    : name.startsWith("slow-request-probe") || name.startsWith("JFR") ? "this probe" : "other";
            groups.merge(group, delta, Long::sum);
            all += delta;
        }
        StringBuilder b = new StringBuilder(String.format("%d MB allocated by live threads: ", all >> 20));
        for (var g : groups.entrySet()) {
            b.append(g.getKey()).append(' ').append(g.getValue() >> 20).append(" MB (").append(Math.round(100.0 * g.getValue() / Math.max(1, all)))
                    .append(" %); ");
        }
        return b.toString();
    }

    private void pause(RecordedEvent e, String what) {
        pauses.add(new Pause(e.getStartTime().toEpochMilli(), e.getEndTime().toEpochMilli(), what));
    }

    private void sample() {
        long self = ProcessHandle.current().pid();
        Map<Long, Long> last = new HashMap<>();
        long lastTotal = totalTicks();
        long lastAt = System.currentTimeMillis();
        Set<Long> browser = new HashSet<>();
        Set<Long> postgres = new HashSet<>();
        long refreshed = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long postmaster = postmaster(db);
            while (!stop) {
                Thread.sleep(TICK_MILLIS);
                long now = System.currentTimeMillis();
                if (now - refreshed > 1000) {
                    browser = descendants(self);
                    postgres = descendants(postmaster);
                    postgres.add(postmaster);
                    refreshed = now;
                }
                double seconds = (now - lastAt) / 1000.0;
                long total = totalTicks();
                double java = delta(last, self, seconds);
                double br = 0;
                for (long p : browser) {
                    br += delta(last, p, seconds);
                }
                double pg = 0;
                for (long p : postgres) {
                    pg += delta(last, p, seconds);
                }
                double all = (total - lastTotal) / HZ / seconds;
                lastTotal = total;
                lastAt = now;
                int active = 0;
                StringBuilder waits = new StringBuilder();
                boolean autovacuum = false;
                boolean checkpointing = false;
                List<String> seen = new ArrayList<>();
                try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select backend_type, state, wait_event_type, wait_event,"
                        + " left(regexp_replace(query, '\\s+', ' ', 'g'), 200) from pg_stat_activity where pid <> pg_backend_pid()")) {
                    while (r.next()) {
                        String type = r.getString(1);
                        if ("autovacuum worker".equals(type) && r.getString(5) != null) {
                            seen.add(r.getString(5)); // "autovacuum: ANALYZE public.claim": which table
                        }
                        if ("client backend".equals(type) && "active".equals(r.getString(2))) {
                            active++;
                            seen.add(r.getString(5)); // the statement's head: what PostgreSQL is busy with
                            if (r.getString(3) != null && !"Client".equals(r.getString(3))) {
                                waits.append(r.getString(4)).append(' ');
                            }
                        } else if ("autovacuum worker".equals(type)) {
                            autovacuum = true;
                        } else if ("checkpointer".equals(type) && r.getString(4) != null && !"CheckpointerMain".equals(r.getString(4))) {
                            checkpointing = true;
                        }
                    }
                }
                var mx = pool.getHikariPoolMXBean();
                ticks.add(new Tick(now, mx.getActiveConnections(), mx.getThreadsAwaitingConnection(), work.runningNow(), runQueue(), java, br, pg,
                        Math.max(0, all - java - br - pg), active, waits.toString().trim(), autovacuum, checkpointing, seen));
            }
        } catch (Exception e) {
            if (!stop) {
                System.out.println("probe stopped: " + e);
            }
        }
    }

    private static long postmaster(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            return ppid(r.getLong(1));
        }
    }

    private static double delta(Map<Long, Long> last, long pid, double seconds) {
        long t = cpuTicks(pid);
        Long before = last.put(pid, t);
        return before == null || t < 0 ? 0 : (t - before) / HZ / seconds;
    }

    private static String stat(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/stat"));
        } catch (Exception e) {
            return null;
        }
    }

    private static long cpuTicks(long pid) {
        String s = stat(pid);
        if (s == null) {
            return -1;
        }
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }

    private static long ppid(long pid) {
        String s = stat(pid);
        return s == null ? -1 : Long.parseLong(s.substring(s.lastIndexOf(')') + 2).split(" ")[1]);
    }

    private static Set<Long> descendants(long root) {
        Map<Long, List<Long>> children = new HashMap<>();
        ProcessHandle.allProcesses().forEach(p -> p.parent().ifPresent(parent -> children.computeIfAbsent(parent.pid(), k -> new ArrayList<>()).add(p.pid())));
        Set<Long> out = new HashSet<>();
        List<Long> todo = new ArrayList<>(children.getOrDefault(root, List.of()));
        while (!todo.isEmpty()) {
            long p = todo.removeLast();
            if (out.add(p)) {
                todo.addAll(children.getOrDefault(p, List.of()));
            }
        }
        return out;
    }

    private static long totalTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long sum = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    sum += Long.parseLong(f[i]);
                }
            }
            return sum;
        } catch (Exception e) {
            return 0;
        }
    }

    private static int runQueue() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/stat"))) {
                if (l.startsWith("procs_running ")) {
                    return Integer.parseInt(l.substring(14).trim());
                }
            }
        } catch (Exception e) {
            // no /proc
        }
        return -1;
    }

    /** Prints the slow requests' bursts and what the probes saw then, and the run's overall figures beside them. */
    void report(List<LoadDriver.Sample> samples) {
        List<LoadDriver.Sample> slow = samples.stream().filter(s -> s.micros() > SLOW_MICROS || s.status() == 0)
                .sorted(java.util.Comparator.comparingLong(LoadDriver.Sample::startMillis)).toList();
        System.out.printf("slow requests (over %d ms): %d of %d%n", SLOW_MICROS / 1000, slow.size(), samples.size());
        long first = samples.stream().mapToLong(LoadDriver.Sample::startMillis).min().orElse(0);
        long last = samples.stream().mapToLong(s -> s.startMillis() + s.micros() / 1000).max().orElse(0);
        List<Long> gc = pauses.stream().filter(p -> p.what().startsWith("GC pause") && p.end() >= first && p.start() <= last)
                .map(p -> p.end() - p.start()).sorted().toList();
        System.out.printf("  whole run: %d GC pauses, longest %d ms, %d ms in all; %s%n", gc.size(), gc.isEmpty() ? 0 : gc.getLast(),
                gc.stream().mapToLong(Long::longValue).sum(), window(first, last));
        // The test of a cause that stops everything (a GC pause, a safepoint): do slow requests overlap it more often than all do?
        List<Pause> stops = pauses.stream().filter(p -> p.what().startsWith("GC pause") || p.what().startsWith("VM op")
                || p.what().startsWith("safepoint")).toList();
        java.util.function.Predicate<LoadDriver.Sample> overlapsStop = s -> stops.stream()
                .anyMatch(p -> p.end() >= s.startMillis() && p.start() <= s.startMillis() + s.micros() / 1000);
        long slowOverlap = slow.stream().filter(overlapsStop).count();
        long allOverlap = samples.stream().filter(overlapsStop).count();
        long fastOverlap = allOverlap - slowOverlap;
        System.out.printf("  overlapping a GC pause or VM operation (stop-the-world): %d of %d slow requests (%.0f %%), %d of %d others (%.0f %%)%n",
                slowOverlap, slow.size(), 100.0 * slowOverlap / Math.max(1, slow.size()), fastOverlap, samples.size() - slow.size(),
                100.0 * fastOverlap / Math.max(1, samples.size() - slow.size()));
        Map<String, long[]> stopKinds = new TreeMap<>();
        for (Pause p : stops) {
            if (p.end() >= first && p.start() <= last) {
                long[] k = stopKinds.computeIfAbsent(p.what().replaceAll(" \\d.*", ""), x -> new long[2]);
                k[0]++;
                k[1] = Math.max(k[1], p.end() - p.start());
            }
        }
        StringBuilder sk = new StringBuilder();
        stopKinds.forEach((k, v) -> sk.append(k).append(" ×").append(v[0]).append(" (longest ").append(v[1]).append(" ms); "));
        System.out.println("  stops during the run: " + sk);
        System.out.println("  " + allocation());
        List<List<LoadDriver.Sample>> bursts = new ArrayList<>();
        for (LoadDriver.Sample s : slow) {
            if (bursts.isEmpty()) {
                bursts.add(new ArrayList<>(List.of(s)));
                continue;
            }
            List<LoadDriver.Sample> b = bursts.getLast();
            long end = b.stream().mapToLong(x -> x.startMillis() + x.micros() / 1000).max().orElseThrow();
            if (s.startMillis() <= end + 300) {
                b.add(s);
            } else {
                bursts.add(new ArrayList<>(List.of(s)));
            }
        }
        int shown = 0;
        for (List<LoadDriver.Sample> b : bursts) {
            if (shown++ >= 12) {
                System.out.println("  … " + (bursts.size() - 12) + " more bursts");
                break;
            }
            long from = b.getFirst().startMillis();
            long to = b.stream().mapToLong(x -> x.startMillis() + x.micros() / 1000).max().orElseThrow();
            long concurrent = samples.stream().filter(s -> s.startMillis() < to && s.startMillis() + s.micros() / 1000 > from).count();
            Map<String, long[]> kinds = new TreeMap<>();
            b.forEach(s -> {
                long[] k = kinds.computeIfAbsent(s.op().replaceAll(" .*", ""), x -> new long[2]);
                k[0]++;
                k[1] = Math.max(k[1], s.micros() / 1000);
            });
            StringBuilder kb = new StringBuilder();
            kinds.forEach((k, v) -> kb.append(k).append(" ×").append(v[0]).append(" (max ").append(v[1]).append(" ms) "));
            System.out.printf("  burst at %s (+%d ms): %d slow of %d in flight: %s%n", java.time.Instant.ofEpochMilli(from), to - from, b.size(),
                    concurrent, kb.toString().trim());
            System.out.println("    " + window(from, to));
        }
    }

    /** What the probes saw from {@code from} to {@code to} (epoch ms). */
    String window(long from, long to) {
        StringBuilder b = new StringBuilder();
        long pauseMs = 0;
        Map<String, Long> kinds = new TreeMap<>();
        for (Pause p : pauses) {
            if (p.end() >= from && p.start() <= to) {
                String kind = p.what().startsWith("monitor") || p.what().startsWith("deopt") ? p.what() : p.what().replaceAll(" \\d.*", "");
                kinds.merge(kind, Math.max(1, p.end() - p.start()), Long::sum);
                if (p.what().startsWith("GC pause")) {
                    pauseMs += p.end() - p.start();
                }
            }
        }
        List<Tick> in = ticks.stream().filter(t -> t.at() >= from && t.at() - TICK_MILLIS <= to + TICK_MILLIS).toList();
        b.append("GC pauses ").append(pauseMs).append(" ms; events (ms summed) ").append(kinds.size() > 8 ? kinds.size() + " kinds" : kinds).append("; ");
        if (!in.isEmpty()) {
            b.append(String.format("pool active max %d, waiting max %d; background running max %d; run queue max %d (mean %.1f);"
                            + " cores used: java %.2f, browser %.2f, postgres %.2f, other %.2f; PG active max %d, waits [%s]%s%s",
                    in.stream().mapToInt(Tick::poolActive).max().orElse(0), in.stream().mapToInt(Tick::poolWaiting).max().orElse(0),
                    in.stream().mapToInt(Tick::background).max().orElse(0), in.stream().mapToInt(Tick::runQueue).max().orElse(0),
                    in.stream().mapToInt(Tick::runQueue).average().orElse(0),
                    in.stream().mapToDouble(Tick::java).average().orElse(0), in.stream().mapToDouble(Tick::browser).average().orElse(0),
                    in.stream().mapToDouble(Tick::postgres).average().orElse(0), in.stream().mapToDouble(Tick::other).average().orElse(0),
                    in.stream().mapToInt(Tick::pgActive).max().orElse(0),
                    String.join(" ", in.stream().map(Tick::pgWaits).filter(w -> !w.isEmpty()).distinct().limit(6).toList()),
                    in.stream().anyMatch(Tick::autovacuum) ? "; AUTOVACUUM" : "", in.stream().anyMatch(Tick::checkpointing) ? "; CHECKPOINT" : ""));
            // What PostgreSQL's active sessions were running in these samples, the most often seen first (issue #18: which
            // statement a slow burst waits on, not only that PostgreSQL was busy).
            Map<String, Long> work = new TreeMap<>();
            in.forEach(t -> t.pgWork().forEach(q -> work.merge(q, 1L, Long::sum)));
            if (!work.isEmpty()) {
                b.append("; PG sessions seen running: ").append(String.join(" | ", work.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                        .map(e -> e.getValue() + "× " + e.getKey()).toList()));
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        sampler.join(2000);
        jfr.close();
    }
}
