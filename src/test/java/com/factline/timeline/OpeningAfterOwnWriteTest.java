package com.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.TestData;
import com.factline.discrepancy.DiscrepancyData;
import com.factline.discrepancy.DiscrepancyKind;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.factline.temporal.DateValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Opening the timeline right after one's own write shows the write: the opening cache forgets the project when the
 * write commits on this instance, not only when its change notice comes back through PostgreSQL milliseconds later
 * (issue #18). Each round opens at once after the write, with no wait for the notice.
 */
class OpeningAfterOwnWriteTest extends IntegrationTest {

    static final LocalDate DAY = LocalDate.of(2023, 3, 20);

    @Autowired
    EventService events;
    @Autowired
    DiscrepancyService discrepancies;
    @Autowired
    TestData data;

    @Test
    @WithUserDetails("alice")
    void anOpeningRightAfterOnesOwnEventWritesShowsThem() {
        ProjectId p = data.project("Opening after own write");
        for (int i = 1; i <= 10; i++) {
            assertThat(events.openingBands(p, EventFilter.all())).as("kept before round " + i).hasSize(i == 1 ? 0 : 1);
            events.create(p, new EventData("Event " + i, null, null, DateValue.day(DAY)));
            assertThat(events.openingBands(p, EventFilter.all())).as("bands right after creating event " + i)
                    .singleElement().extracting(TimelineBand::count).isEqualTo(i);
            assertThat(events.openingEvents(p, EventFilter.all(), 100)).as("first events right after creating event " + i).hasSize(i);
            assertThat(events.openingAxis(p, EventFilter.all(), 800).marks()).as("axis right after creating event " + i)
                    .singleElement().extracting(AxisMark::count).isEqualTo(i);
        }
    }

    @Test
    @WithUserDetails("alice")
    void anOpeningRightAfterOnesOwnWriteInAnotherModuleShowsIt() {
        ProjectId p = data.project("Opening after own discrepancy");
        Source reuters = data.source(p, "Reuters", "Xi arrived in Moscow on Monday.");
        Source bbc = data.source(p, "BBC News", "Xi arrived in Moscow on Tuesday.");
        EventId event = events.create(p, new EventData("Xi arrives", null, null, DateValue.day(DAY))).id();
        List<Long> claims = List.of(data.claim(p, reuters, "Xi arrived in Moscow", event).id().value(),
                data.claim(p, bbc, "Xi arrived in Moscow", event).id().value());
        assertThat(events.openingAxis(p, EventFilter.all(), 800).marks()).singleElement().extracting(AxisMark::disputed).isEqualTo(0);

        discrepancies.mark(p, new DiscrepancyData(DiscrepancyKind.DESCRIPTION, "Monday or Tuesday?", claims));

        assertThat(events.openingAxis(p, EventFilter.all(), 800).marks()).as("the axis right after marking a discrepancy")
                .singleElement().extracting(AxisMark::disputed).isEqualTo(1);
    }
}
