package com.factline.discrepancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.discrepancy.Discrepancy;
import com.factline.discrepancy.DiscrepancyId;
import com.factline.discrepancy.DiscrepancyKind;
import com.factline.discrepancy.DiscrepancyStatus;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventId;
import com.factline.timeline.EventStatus;
import com.factline.timeline.EventSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class QueueGroupsTest {

    static Discrepancy item(long id, DiscrepancyKind kind, @Nullable Long event) {
        return item(id, kind, event, "suggested");
    }

    static Discrepancy item(long id, DiscrepancyKind kind, @Nullable Long event, String origin) {
        return new Discrepancy(new DiscrepancyId(id), 1, kind, DiscrepancyStatus.SUGGESTED, origin, "reason " + id, "",
                List.of(), List.of(), event, null, null, null, null, null, null, null, null, null, Instant.EPOCH, 0, 0.5);
    }

    static EventSummary event(long id, String title, int day) {
        return new EventSummary(new EventId(id), title, DateValue.day(LocalDate.of(2023, 3, day)), EventStatus.DRAFT, 1, java.util.List.of(), 0);
    }

    @Test
    void itemsAreGroupedByEventInTimelineOrderThenNoEventThenSpellingAndStyle() {
        EventSummary warrant = event(7, "ICC warrant", 17);
        EventSummary visit = event(3, "Xi visits", 20);
        Discrepancy kiev = item(1, DiscrepancyKind.NAME, 3L);
        Discrepancy visitDate = item(2, DiscrepancyKind.DATE, 3L);
        Discrepancy loose = item(3, DiscrepancyKind.NUMBER, null);
        Discrepancy warrantDate = item(4, DiscrepancyKind.DATE, 7L);
        Discrepancy wording = item(5, DiscrepancyKind.DESCRIPTION, null);
        Discrepancy visitNumber = item(6, DiscrepancyKind.NUMBER, 3L);

        QueueGroups.Grouped g = QueueGroups.of(List.of(kiev, visitDate, loose, warrantDate, wording, visitNumber), List.of(warrant, visit));

        assertThat(g.items()).containsExactly(warrantDate, visitDate, visitNumber, loose, kiev, wording);
        assertThat(g.firstOfGroup()).containsExactlyInAnyOrder(warrantDate, visitDate, loose, kiev);
        assertThat(g.group().get(visitNumber)).isEqualTo(visit.label());
        assertThat(g.group().get(loose)).isEqualTo(QueueGroups.NO_EVENT);
        assertThat(g.quiet(kiev)).isTrue();
        assertThat(g.quiet(wording)).isTrue();
        assertThat(g.quiet(visitDate)).isFalse();
    }

    @Test
    void aWordingItemMarkedByHandStaysWithItsEvent() {
        EventSummary visit = event(3, "Xi visits", 20);
        Discrepancy marked = item(1, DiscrepancyKind.DESCRIPTION, 3L, "manual");
        Discrepancy suggested = item(2, DiscrepancyKind.DESCRIPTION, 3L, "suggested");

        QueueGroups.Grouped g = QueueGroups.of(List.of(suggested, marked), List.of(visit));

        assertThat(g.items()).containsExactly(marked, suggested);
        assertThat(g.group().get(marked)).isEqualTo(visit.label());
        assertThat(g.quiet(marked)).isFalse();
        assertThat(g.quiet(suggested)).isTrue();
    }

    @Test
    void anItemOnAnEventNotInTheListIsNotLost() {
        Discrepancy d = item(1, DiscrepancyKind.DATE, 99L);
        QueueGroups.Grouped g = QueueGroups.of(List.of(d), List.of());
        assertThat(g.items()).containsExactly(d);
        assertThat(g.group().get(d)).isEqualTo(QueueGroups.NO_EVENT);
    }
}
