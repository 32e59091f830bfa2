package com.factline.base;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The HTTP request metrics ({@code http.server.requests}: a timer per method, route, status, outcome and exception, as
 * Spring's observation filter tagged them), recorded straight into a cached timer (issue #18). Spring's
 * {@code ServerHttpObservationFilter} built an observation, its context, its tags and an "active requests" long-task
 * timer for every request, a large share of a cheap request's CPU under load; it is switched off
 * ({@code spring.autoconfigure.exclude} in application.properties). The route is the handler's pattern
 * ({@code /api/v1/projects/{projectId}/claims}), so the number of timers is bounded by the routes, never by the ids.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HttpRequestMetrics extends OncePerRequestFilter {

    static final String NAME = "http.server.requests";

    private record Key(String method, String uri, int status, String exception) {
    }

    private final MeterRegistry registry;
    private final ConcurrentHashMap<Key, Timer> timers = new ConcurrentHashMap<>();

    HttpRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        Throwable failed = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failed = e;
            throw e;
        } finally {
            int status = failed != null && response.getStatus() < 400 ? 500 : response.getStatus();
            Object error = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION);
            Throwable cause = failed != null ? failed : error instanceof Throwable t ? t : null;
            Key key = new Key(method(request.getMethod()), uri(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE), status),
                    status, cause == null ? "none" : cause.getClass().getSimpleName());
            timers.computeIfAbsent(key, this::timer).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** The route's pattern, or what Spring's convention names a request no handler matched. */
    static String uri(@Nullable Object pattern, int status) {
        if (pattern != null) {
            String p = pattern.toString();
            return p.isEmpty() || p.equals("/") ? "root" : p;
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        return status == 404 ? "NOT_FOUND" : "UNKNOWN";
    }

    /** The standard methods by name; anything else a client sends is one "UNKNOWN" (bounded, as Spring's convention). */
    static String method(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE" -> method;
            default -> "UNKNOWN";
        };
    }

    static String outcome(int status) {
        return status < 200 ? "INFORMATIONAL" : status < 300 ? "SUCCESS" : status < 400 ? "REDIRECTION"
                : status < 500 ? "CLIENT_ERROR" : status < 600 ? "SERVER_ERROR" : "UNKNOWN";
    }

    private Timer timer(Key k) {
        return Timer.builder(NAME).description("Duration of HTTP server request handling")
                .tag("method", k.method()).tag("uri", k.uri()).tag("status", String.valueOf(k.status()))
                .tag("outcome", outcome(k.status())).tag("exception", k.exception()).register(registry);
    }
}
