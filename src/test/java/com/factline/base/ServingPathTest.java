package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.support.RequestHandledEvent;

/** What the serving path does on every request beside the work itself (issue #18). */
class ServingPathTest extends IntegrationTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void anApiRequestPublishesNoRequestHandledEvent() {
        List<RequestHandledEvent> seen = new CopyOnWriteArrayList<>();
        ApplicationListener<RequestHandledEvent> listener = seen::add;
        context.addApplicationListener(listener);
        try {
            assertThat(get("/api/v1/projects", "alice").statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/projects", null).statusCode()).isEqualTo(401);
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(seen).as("nothing listens to it, and multicasting it costs CPU on every request").isEmpty();
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry registry;

    @Test
    void anApiRequestIsTimedByItsRouteMethodStatusAndOutcome() {
        long project = demoProjectId();
        double before = count("GET", "/api/v1/projects/{id}", "200", "SUCCESS");
        assertThat(get("/api/v1/projects/" + project, "alice").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/projects/" + project, "alice").statusCode()).isEqualTo(200);
        assertThat(count("GET", "/api/v1/projects/{id}", "200", "SUCCESS") - before).isEqualTo(2);

        double missing = count("GET", "/api/v1/projects/{id}", "404", "CLIENT_ERROR");
        assertThat(get("/api/v1/projects/987654321", "alice").statusCode()).isEqualTo(404);
        assertThat(count("GET", "/api/v1/projects/{id}", "404", "CLIENT_ERROR") - missing).as("the route, never the id").isEqualTo(1);
        assertThat(registry.find(HttpRequestMetrics.NAME).tag("uri", "/api/v1/projects/987654321").timers()).isEmpty();
    }

    @Test
    void aRequestNoRouteMatchedOrWithAnOddMethodGetsABoundedTag() {
        assertThat(HttpRequestMetrics.uri(null, 404)).isEqualTo("NOT_FOUND");
        assertThat(HttpRequestMetrics.uri(null, 302)).isEqualTo("REDIRECTION");
        assertThat(HttpRequestMetrics.uri(null, 200)).isEqualTo("UNKNOWN");
        assertThat(HttpRequestMetrics.uri("/", 200)).isEqualTo("root");
        assertThat(HttpRequestMetrics.method("GET")).isEqualTo("GET");
        assertThat(HttpRequestMetrics.method("FOO42")).isEqualTo("UNKNOWN");
        assertThat(HttpRequestMetrics.outcome(503)).isEqualTo("SERVER_ERROR");
    }

    private double count(String method, String uri, String status, String outcome) {
        var t = registry.find(HttpRequestMetrics.NAME).tag("method", method).tag("uri", uri).tag("status", status)
                .tag("outcome", outcome).timer();
        return t == null ? 0 : t.count();
    }
}
