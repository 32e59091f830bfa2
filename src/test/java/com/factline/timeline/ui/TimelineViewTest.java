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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class TimelineViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    EventService events;

    @Test
    @WithUserDetails("alice")
    void shouldGroupEventsInBandsByPrecisionAndFilterThem() {
        ProjectId p = projects.create(new ProjectData("Timeline " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("ICC issues arrest warrant for Putin", null, "The Hague", DateValue.day(LocalDate.of(2023, 3, 17))));
        events.create(p, new EventData("Xi arrives in Moscow", null, "Moscow", DateValue.day(LocalDate.of(2023, 3, 20))));
        events.create(p, new EventData("Talks on the peace plan", null, null,
                DateValue.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), DatePrecision.MONTH)));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        var roots = view.grid.getTreeData().getRootItems();
        assertThat(roots.stream().map(TimelineView.Row::band).toList())
                .containsExactly("March 2023", "17 March 2023", "20 March 2023");
        test(view.search).setValue("moscow");
        assertThat(view.shown).extracting(e -> e.title()).containsExactly("Xi arrives in Moscow");
    }

    @Test
    @WithUserDetails("alice")
    void shouldEditTheSelectedEvent() {
        ProjectId p = projects.create(new ProjectData("Timeline edit " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("Xi arives", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.select(view.shown.get(0));
        test(view.editor.titleField).setValue("Xi arrives in Moscow");
        test(view.editor.save).click();
        assertThat(view.editor.error.getText()).isEmpty();
        assertThat(events.list(p).get(0).title()).isEqualTo("Xi arrives in Moscow");
        assertThat(view.shown.get(0).title()).isEqualTo("Xi arrives in Moscow");
    }
}
