package com.factline.bench;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

/**
 * Counts the database round trips per request kind for the load tools (issue #18): wraps the
 * application's {@link DataSource} so that every statement prepared or created, every connection
 * taken from the pool and every commit is counted against the request the thread is serving (a
 * servlet filter names it, before the security filters, so the sign-in counts too) or, on any
 * other thread, against that thread's kind (background jobs). Not a bean found by the component
 * scan: {@link LoadProbe} adds it as an initializer, so no test context ever sees it.
 */
final class StatementCounter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Per kind: requests, connections, statements, commits. */
    record Counts(LongAdder requests, LongAdder connections, LongAdder statements, LongAdder commits) {
        Counts() {
            this(new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder());
        }
    }

    private static final Pattern ID = Pattern.compile("/\\d+");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    final Map<String, Counts> counts = new ConcurrentHashMap<>();
    /** The statements of one request of each kind (the tenth seen, so the caches are warm), as prepared. */
    final Map<String, java.util.List<String>> sample = new ConcurrentHashMap<>();
    private static final ThreadLocal<java.util.List<String>> RECORDING = new ThreadLocal<>();
    volatile boolean on;
    /** False: only requests are counted, the pool is not wrapped (the tool's own overhead off, {@code --no-sql-count}). */
    private final boolean countStatements;

    StatementCounter(boolean countStatements) {
        this.countStatements = countStatements;
    }

    /** Forgets what was counted, for the next of several runs in one JVM. */
    void reset() {
        counts.clear();
        sample.clear();
    }

    @Override
    public void initialize(ConfigurableApplicationContext ctx) {
        ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return countStatements && bean instanceof DataSource ds && !(bean instanceof Proxy) ? wrap(ds) : bean;
            }
        });
        ((GenericApplicationContext) ctx).registerBean("statementCounterFilter", FilterRegistrationBean.class, () -> {
            Filter f = (req, res, chain) -> {
                var http = (jakarta.servlet.http.HttpServletRequest) req;
                String kind = http.getMethod() + " " + ID.matcher(http.getRequestURI()).replaceAll("/{id}");
                CURRENT.set(kind);
                if (on) {
                    counts(kind).requests.increment();
                    if (counts(kind).requests.sum() == 10) {
                        RECORDING.set(new java.util.ArrayList<>());
                    }
                }
                try {
                    chain.doFilter(req, res);
                } finally {
                    CURRENT.remove();
                    if (RECORDING.get() != null) {
                        sample.put(kind, RECORDING.get());
                        RECORDING.remove();
                    }
                }
            };
            var reg = new FilterRegistrationBean<>(f);
            reg.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return reg;
        });
    }

    private Counts counts(String kind) {
        return counts.computeIfAbsent(kind, k -> new Counts());
    }

    private Counts here() {
        String kind = CURRENT.get();
        if (kind == null) {
            kind = "(background) " + Thread.currentThread().getName().replaceAll("[-#]?\\d+$", "");
        }
        return counts(kind);
    }

    private DataSource wrap(DataSource target) {
        InvocationHandler h = (proxy, m, args) -> {
            Object r = call(target, m, args);
            if (on && m.getName().equals("getConnection")) {
                here().connections.increment();
                Connection c = (Connection) r;
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p2, m2, a2) -> {
                    if (on) {
                        var rec = RECORDING.get();
                        if (rec != null && (m2.getName().startsWith("prepare") || m2.getName().equals("commit"))) {
                            rec.add(m2.getName().equals("commit") ? "COMMIT" : String.valueOf(a2[0]).replaceAll("\\s+", " "));
                        }
                        switch (m2.getName()) {
                            case "prepareStatement", "createStatement", "prepareCall" -> here().statements.increment();
                            case "commit" -> here().commits.increment();
                            default -> {
                            }
                        }
                    }
                    return call(c, m2, a2);
                });
            }
            return r;
        };
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, h);
    }

    private static Object call(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Per request kind: connections, statements and commits per request; background work per API request. */
    String report() {
        StringBuilder b = new StringBuilder(String.format("database round trips (counted in the app):%n  %-58s %7s %6s %6s %6s%n",
                "kind", "count", "conn", "stmts", "commit"));
        long apiRequests = 0;
        for (var e : new TreeMap<>(counts).entrySet()) {
            Counts c = e.getValue();
            long n = c.requests.sum();
            if (n > 0) {
                apiRequests += n;
                b.append(String.format("  %-58s %7d %6.2f %6.2f %6.2f%n", e.getKey(), n, c.connections.sum() / (double) n,
                        c.statements.sum() / (double) n, c.commits.sum() / (double) n));
            }
        }
        for (var e : new TreeMap<>(counts).entrySet()) {
            Counts c = e.getValue();
            if (c.requests.sum() == 0) {
                b.append(String.format("  %-58s %7s conn %d, statements %d, commits %d (%.2f statements per request)%n", e.getKey(), "",
                        c.connections.sum(), c.statements.sum(), c.commits.sum(), c.statements.sum() / (double) Math.max(1, apiRequests)));
            }
        }
        return b.toString();
    }

    /** The statements of one request of each kind, abbreviated. */
    String samples() {
        StringBuilder b = new StringBuilder("statements of one request of each kind:\n");
        new TreeMap<>(sample).forEach((kind, list) -> {
            b.append("  ").append(kind).append('\n');
            list.forEach(q -> b.append("      ").append(q, 0, Math.min(q.length(), 150)).append('\n'));
        });
        return b.toString();
    }
}
