package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.TestData;
import com.factline.project.ProjectId;
import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventData;
import com.factline.timeline.EventService;
import com.factline.timeline.EventSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The reader's event picker pages its events from the database ({@link EventService#choices}) in the order
 * {@link EventChoices#closestTo} defines: the same order as sorting every event in memory, page by page, and
 * filtered by what is typed.
 */
class EventPickerPagingTest extends IntegrationTest {

    static final LocalDate MARCH_17 = LocalDate.of(2023, 3, 17);

    @Autowired
    EventService events;
    @Autowired
    TestData data;

    @Test
    @WithUserDetails("alice")
    void thePickersPagesFromTheDatabaseFollowTheClosestFirstOrderAndTheTypedFilter() {
        ProjectId p = data.project("Event picker paging");
        events.create(p, new EventData("Talks in January", null, null, DateValue.day(LocalDate.of(2023, 1, 10))));
        events.create(p, new EventData("ICC warrant", null, null, DateValue.day(MARCH_17)));
        events.create(p, new EventData("icc reaction", null, null, DateValue.day(MARCH_17)));
        events.create(p, new EventData("Xi arrives", null, null, DateValue.day(MARCH_17.plusDays(3))));
        events.create(p, new EventData("Talks in March", null, null,
                DateValue.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), DatePrecision.MONTH)));
        events.create(p, new EventData("Visit ends", null, null,
                DateValue.of(MARCH_17.plusDays(4), MARCH_17.plusDays(6), DatePrecision.RANGE)));
        events.create(p, new EventData("Background", null, null, null));
        events.create(p, new EventData("Aftermath", null, null, null));
        List<EventSummary> all = events.list(p);

        for (DateValue near : Arrays.asList(null, DateValue.day(MARCH_17.plusDays(4)), DateValue.day(LocalDate.of(2023, 1, 12)),
                DateValue.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28), DatePrecision.MONTH))) {
            List<String> expected = sorted(all, near);
            assertThat(titles(events.choices(p, null, near, 0, 100))).as("near %s", near).isEqualTo(expected);
            assertThat(titles(events.choices(p, null, near, 2, 3))).as("a page near %s", near).isEqualTo(expected.subList(2, 5));
        }
        assertThat(titles(events.choices(p, "ICC", DateValue.day(MARCH_17), 0, 100))).containsExactly("ICC warrant", "icc reaction");
        assertThat(titles(events.choices(p, "talks", null, 0, 1))).containsExactly("Talks in January");
        assertThat(titles(events.choices(p, "january", null, 0, 100))).as("a month typed finds its events, as the label shows the date")
                .containsExactly("Talks in January");
        assertThat(titles(events.choices(p, "20 March", null, 0, 100))).containsExactly("Xi arrives");
        assertThat(titles(events.choices(p, "undated", null, 0, 100))).containsExactly("Aftermath", "Background");
        assertThat(events.summary(p, all.getFirst().id())).isEqualTo(all.getFirst());
    }

    private static List<String> sorted(List<EventSummary> all, @Nullable DateValue near) {
        List<EventSummary> s = new ArrayList<>(all);
        s.sort(EventChoices.closestTo(near));
        return titles(s);
    }

    private static List<String> titles(List<EventSummary> list) {
        return list.stream().map(EventSummary::title).toList();
    }
}
