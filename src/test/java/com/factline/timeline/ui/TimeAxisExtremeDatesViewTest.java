package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventData;
import com.factline.timeline.EventService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Through the real path (service, database, view): an event dated 1000-01-01/2999-12-31 once made
 * the axis draw one tick per day, about 45 MB of markup per open view, rebuilt on every change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class TimeAxisExtremeDatesViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    EventService events;

    @Test
    @Timeout(60)
    @WithUserDetails("alice")
    void shouldDrawABoundedAxisForAnEventSpanningTwoThousandYears() {
        ProjectId p = projects.create(new ProjectData("Axis extremes " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("Everything, ever", null, null,
                DateValue.of(LocalDate.of(1000, 1, 1), LocalDate.of(2999, 12, 31), DatePrecision.RANGE)));
        events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));

        String markup = view.axis.markup();
        assertThat(view.axis.marks()).hasSize(2);
        assertThat(markup.length()).as("markup of the axis").isLessThan(60_000);
        assertThat(markup.split("fl-axis-tick", -1).length - 1).isLessThanOrEqualTo(TimeAxis.MAX_TICKS + 1);
        // a later change rebuilds the axis with the same bound, and the view still works
        events.create(p, new EventData("Putin meets Xi", null, null, DateValue.day(LocalDate.of(2023, 3, 21))));
        // opened right after the write: the opening cache forgot the project when the write committed
        view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.axis.marks()).hasSize(3);
        assertThat(view.axis.markup().length()).isLessThan(60_000);
    }
}
