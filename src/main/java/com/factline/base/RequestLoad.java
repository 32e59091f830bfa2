package com.factline.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How busy the server is with requests (issue #18): the CPU time the threads serving HTTP requests (API and UI) spent
 * inside them, as a share of the machine's cores over the last second or so. Background jobs read it to yield to
 * editors under load. Two reads of the thread's CPU clock per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLoad extends OncePerRequestFilter {

    /** The shortest window a share is measured over; a longer gap since the last reading averages over it. */
    static final long WINDOW_NANOS = 1_000_000_000L;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean measured = threads.isCurrentThreadCpuTimeSupported();
    private final LongAdder cpuNanos = new LongAdder();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private long windowStart = System.nanoTime();
    private long windowCpu;
    private double share;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!measured) {
            chain.doFilter(request, response);
            return;
        }
        long before = threads.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
        } finally {
            cpuNanos.add(Math.max(0, threads.getCurrentThreadCpuTime() - before));
        }
    }

    /**
     * The share (0 to 1) of the machine's cores that requests used in the last window: the window since the previous
     * reading, once it is at least a second long (until then, that reading's share).
     */
    public synchronized double recentShare() {
        long now = System.nanoTime();
        long elapsed = now - windowStart;
        if (elapsed >= WINDOW_NANOS) {
            long cpu = cpuNanos.sum();
            share = share(cpu - windowCpu, elapsed, cores);
            windowStart = now;
            windowCpu = cpu;
        }
        return share;
    }

    /** CPU time over wall time times cores, within 0 and 1. */
    static double share(long cpuNanos, long wallNanos, int cores) {
        if (wallNanos <= 0 || cores <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, cpuNanos / ((double) wallNanos * cores)));
    }
}
