package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.demo.Generator;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Server memory of open timeline views on a generated project of 10,000 events (50,000 claims):
 * opens the view several times, keeps every instance attached with its grid having fetched a
 * screenful, and prints the heap each one retains (used heap after GC, before and after).
 * Not part of the suite (no timed assertions; figures are printed): run with
 * {@code ./mvnw test -Dtest=TimelineViewMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class TimelineViewMemoryBenchmark extends SpringBrowserlessTest {

    static final int VIEWS = 8;

    @Autowired
    Generator generator;

    @Test
    @WithUserDetails("dave")
    void printsTheServerMemoryEachOpenTimelineViewHolds() {
        var generated = generator.generate("Scale " + UUID.randomUUID(), 1000, 10_000, 50_000, 42);
        Map<String, String> params = Map.of("projectId", String.valueOf(generated.projectId()));
        open(params); // warm-up: classes, caches, pools
        UI.getCurrent().navigate("profile");
        long before = usedAfterGc();
        List<TimelineView> held = new ArrayList<>();
        long millis = 0;
        for (int i = 0; i < VIEWS; i++) {
            long t = System.nanoTime();
            TimelineView view = open(params);
            millis += (System.nanoTime() - t) / 1_000_000;
            held.add(view);
            UI.getCurrent().navigate("profile");
            UI.getCurrent().add(view); // keep it attached, as an open view in another tab would be
            roundTrip();
        }
        long perView = (usedAfterGc() - before) / VIEWS;
        assertThat(held).allSatisfy(v -> assertThat(v.isAttached()).isTrue());
        System.out.printf("BENCH timeline view memory: events=%d views=%d retained_per_view_kb=%d open_ms_avg=%d%n",
                generated.events(), VIEWS, perView / 1024, millis / VIEWS);
    }

    private TimelineView open(Map<String, String> params) {
        TimelineView view = navigate(TimelineView.class, params);
        view.grid.getDataCommunicator().setViewportRange(0, 50);
        roundTrip();
        return view;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
