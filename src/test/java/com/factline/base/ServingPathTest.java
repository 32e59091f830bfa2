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
}
