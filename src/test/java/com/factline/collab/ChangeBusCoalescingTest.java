package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.factline.project.ProjectData;
import com.factline.project.ProjectService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A view hears a burst of changes that arrive while its UI is busy in one turn, in order, and each change exactly once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ChangeBusCoalescingTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ChangeBus bus;

    @Test
    @WithUserDetails("alice")
    void shouldHandABurstThatArrivesWhileTheUiIsBusyToTheViewInOneTurn() {
        long project = settled(projects.create(new ProjectData("Burst " + UUID.randomUUID(), "")).id().value());
        List<List<Long>> turns = new ArrayList<>();
        Div view = new Div();
        bus.bindBatch(view, project, batch -> turns.add(batch.stream().map(ChangeNotice::entityId).toList()));
        UI.getCurrent().add(view);

        // The test holds the session, as a request being handled would: the notices wait for it.
        for (long i = 1; i <= 3; i++) {
            bus.publish(new ChangeNotice(project, "event", i, "update", "bob"));
        }
        runPushedChanges();
        assertThat(turns).containsExactly(List.of(1L, 2L, 3L));

        bus.publish(new ChangeNotice(project, "event", 4L, "update", "bob"));
        runPushedChanges();
        assertThat(turns).as("a later change gets a turn of its own").containsExactly(List.of(1L, 2L, 3L), List.of(4L));
    }

    @Test
    @WithUserDetails("alice")
    void shouldRefreshASimpleViewOncePerBurstAndNotForPresence() {
        long project = settled(projects.create(new ProjectData("Refresh " + UUID.randomUUID(), "")).id().value());
        int[] refreshes = {0};
        Div view = new Div();
        bus.bindRefresh(view, project, () -> refreshes[0]++);
        UI.getCurrent().add(view);

        bus.publish(new ChangeNotice(project, "presence", null, "join", "bob"));
        runPushedChanges();
        assertThat(refreshes[0]).as("presence alone reloads nothing").isZero();
        for (long i = 1; i <= 5; i++) {
            bus.publish(new ChangeNotice(project, "claim", i, "create", "bob"));
        }
        runPushedChanges();
        assertThat(refreshes[0]).isEqualTo(1);
    }

    /**
     * Creating the project writes audit entries whose notices come back from PostgreSQL on the
     * listener's thread a moment later; the test's own notices must not share a turn with them.
     * Waits until none has arrived for half a second.
     */
    long settled(long project) {
        long[] last = {System.nanoTime()};
        var reg = bus.subscribe(project, n -> last[0] = System.nanoTime());
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> System.nanoTime() - last[0] > 500_000_000L);
        } finally {
            reg.remove();
        }
        return project;
    }

    static void runPushedChanges() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
