package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventId;
import com.factline.timeline.EventStatus;
import com.factline.timeline.EventSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventChoicesTest {

    static final LocalDate MARCH_17 = LocalDate.of(2023, 3, 17);

    private static EventSummary event(long id, String title, @Nullable DateValue date, String... outlets) {
        return new EventSummary(new EventId(id), title, date, EventStatus.DRAFT, outlets.length, List.of(outlets), 0);
    }

    private static List<String> sorted(@Nullable DateValue claimDate, EventSummary... events) {
        List<EventSummary> list = new ArrayList<>(List.of(events));
        list.sort(EventChoices.closestTo(claimDate));
        return list.stream().map(EventSummary::title).toList();
    }

    @Test
    void shouldOfferTheEventsClosestToTheClaimsDateFirstAndUndatedOnesLast() {
        EventSummary early = event(1, "Talks in January", DateValue.day(LocalDate.of(2023, 1, 10)));
        EventSummary icc = event(2, "ICC warrant", DateValue.day(MARCH_17));
        EventSummary xi = event(3, "Xi arrives", DateValue.day(MARCH_17.plusDays(3)));
        EventSummary undated = event(4, "Background", null);
        assertThat(sorted(DateValue.day(MARCH_17.plusDays(4)), early, icc, undated, xi))
                .containsExactly("Xi arrives", "ICC warrant", "Talks in January", "Background");
        assertThat(sorted(DateValue.day(LocalDate.of(2023, 1, 12)), xi, undated, icc, early))
                .containsExactly("Talks in January", "ICC warrant", "Xi arrives", "Background");
    }

    @Test
    void shouldCountAnOverlappingRangeAsNoDaysApartAndKeepDateOrderWithoutAClaimDate() {
        DateValue march = DateValue.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), DatePrecision.MONTH);
        assertThat(EventChoices.daysApart(march, DateValue.day(MARCH_17))).isZero();
        assertThat(EventChoices.daysApart(DateValue.day(MARCH_17), DateValue.day(MARCH_17.plusDays(3)))).isEqualTo(3);
        assertThat(EventChoices.daysApart(DateValue.day(MARCH_17.plusDays(3)), DateValue.day(MARCH_17))).isEqualTo(3);
        EventSummary b = event(1, "B", DateValue.day(MARCH_17.plusDays(3)));
        EventSummary a = event(2, "A", DateValue.day(MARCH_17));
        assertThat(sorted(null, b, event(3, "Undated", null), a)).containsExactly("A", "B", "Undated");
    }

    @Test
    void shouldDescribeAnOptionByItsDateItsOutletsAndItsDistanceFromTheClaimsDate() {
        EventSummary icc = event(2, "ICC warrant", DateValue.day(MARCH_17), "BBC News", "Reuters");
        assertThat(EventChoices.context(icc, DateValue.day(MARCH_17.plusDays(2))))
                .isEqualTo("BBC News, Reuters \u00B7 2 days from the claim\u2019s date");
        assertThat(EventChoices.context(icc, DateValue.day(MARCH_17))).endsWith("overlaps the claim\u2019s date");
        assertThat(EventChoices.context(event(3, "New", null), null)).isEqualTo("no claims yet");
    }
}
