package com.factline.bench;

import com.factline.FactlineApplication;
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
 * {@code --think 0} drives it at saturation.
 */
public final class LoadProbe {

    private LoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = LiveBench.intArg(args, "--seconds", 20);
        int think = LiveBench.intArg(args, "--think", 1000);
        String data = "target/bench-data/" + UUID.randomUUID();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FactlineApplication.class).logStartupInfo(false)
                .run("--server.port=0", "--factline.data-dir=" + data, "--logging.level.root=WARN",
                        "--management.metrics.distribution.percentiles.http.server.requests=0.5,0.95")) {
            String base = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
            String jdbcUrl = ((HikariDataSource) ctx.getBean(DataSource.class)).getJdbcUrl();
            Map<String, LongAdder> waits = new ConcurrentHashMap<>();
            Map<String, LongAdder> statements = new ConcurrentHashMap<>();
            LongAdder samples = new LongAdder();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement st = c.createStatement()) {
                    while (running.get()) {
                        try (ResultSet rs = st.executeQuery("""
                                select coalesce(wait_event_type || ':' || wait_event, 'working') as w, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as q
                                from pg_stat_activity
                                where backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid()""")) {
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
            List<String> driver = new java.util.ArrayList<>(List.of(base, String.valueOf(seconds), "alice:demo", "dave:demo"));
            if (think > 0) {
                driver.add(String.valueOf(think));
            }
            com.factline.reliability.LoadDriver.main(driver.toArray(String[]::new));
            running.set(false);
            sampler.join(2000);
            long n = Math.max(1, samples.sum());
            System.out.printf("%nbusy database sessions by what they wait on (average over %d samples, 10 ms apart):%n", n);
            waits.entrySet().stream().sorted(Map.Entry.<String, LongAdder>comparingByValue(Comparator.comparingLong(LongAdder::sum)).reversed())
                    .forEach(e -> System.out.printf("  %-40s %6.2f%n", e.getKey(), e.getValue().sum() / (double) n));
            System.out.println("statements most often seen (wait, statement):");
            statements.entrySet().stream().sorted(Map.Entry.<String, LongAdder>comparingByValue(Comparator.comparingLong(LongAdder::sum)).reversed())
                    .limit(15).forEach(e -> System.out.printf("  %6.2f  %s%n", e.getValue().sum() / (double) n, e.getKey()));
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
