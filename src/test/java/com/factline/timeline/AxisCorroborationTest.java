package com.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.TestData;
import com.factline.discrepancy.DiscrepancyData;
import com.factline.discrepancy.DiscrepancyKind;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.temporal.DateValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The axis's "corroborated" count: an event counts when claims from two or more different named outlets support
 * it and it has no open discrepancy. Two claims from one outlet, or a second claim from a source without an
 * outlet, do not corroborate.
 */
class AxisCorroborationTest extends IntegrationTest {

    static final LocalDate DAY = LocalDate.of(2023, 3, 20);
    static final String TEXT = "Xi arrived in Moscow on Monday for talks with Putin.";
    static final String QUOTE = "Xi arrived in Moscow";

    @Autowired
    EventService events;
    @Autowired
    SourceService sources;
    @Autowired
    DiscrepancyService discrepancies;
    @Autowired
    TestData data;

    @Test
    @WithUserDetails("alice")
    void anEventIsCorroboratedByTwoDistinctNamedOutletsAndNotByOneOutletTwiceOrAnUnnamedSource() {
        ProjectId p = data.project("Axis corroboration");
        Source reuters = data.source(p, "Reuters", TEXT);
        Source reutersAgain = data.source(p, "Reuters", TEXT + " An update.");
        Source ap = data.source(p, "Associated Press", TEXT + " (AP)");
        Source bbc = data.source(p, "BBC News", TEXT + " (BBC)");
        Source unnamed = sources.importText(p, new SourceData("A blog post", "", DAY, null, null, null, TEXT + " (blog)"));

        // Five events on one day (one mark): two of them corroborated.
        event(p, "Two outlets", DAY, reuters, ap);
        event(p, "Three outlets, one twice", DAY, reuters, reutersAgain, ap, bbc);
        event(p, "One outlet twice", DAY, reuters, reutersAgain);
        event(p, "One outlet and an unnamed source", DAY, bbc, unnamed);
        event(p, "No claims", DAY);
        // The next day: two outlets but an open discrepancy between them: disputed, not corroborated.
        EventId disputed = event(p, "Disputed", DAY.plusDays(1));
        List<Long> claimIds = List.of(data.claim(p, reuters, QUOTE, disputed).id().value(), data.claim(p, bbc, QUOTE, disputed).id().value());
        discrepancies.mark(p, new DiscrepancyData(DiscrepancyKind.DESCRIPTION, "Monday or Tuesday?", claimIds));

        AxisMarks axis = events.axis(p, EventFilter.all(), 800);
        assertThat(axis.marks()).extracting(AxisMark::count, AxisMark::disputed, AxisMark::corroborated).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, 0, 2),
                org.assertj.core.groups.Tuple.tuple(1, 1, 0));
        // A filter keeps the rule: only the corroborated event with three outlets is left on the first day.
        AxisMarks filtered = events.axis(p, new EventFilter("Three outlets", null, null, null, null, false), 800);
        assertThat(filtered.marks()).extracting(AxisMark::count, AxisMark::corroborated).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1));
    }

    private EventId event(ProjectId p, String title, LocalDate day, Source... supporting) {
        EventId id = events.create(p, new EventData(title, null, null, DateValue.day(day))).id();
        for (Source s : supporting) {
            data.claim(p, s, QUOTE, id);
        }
        // (a typed date is set by hand: the claims do not move it)
        return id;
    }
}
