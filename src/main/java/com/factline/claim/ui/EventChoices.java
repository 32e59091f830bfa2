package com.factline.claim.ui;

import com.factline.temporal.DateValue;
import com.factline.timeline.EventSummary;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * How the claim panel offers events: closest to the claim's date first (overlapping dates count as
 * 0 days apart; undated events last), each with its date, the outlets already supporting it, and
 * how far its date is from the claim's, so the right event can be told from a similar one.
 */
final class EventChoices {

    private EventChoices() {
    }

    /** Days between the two dates' intervals: 0 when they overlap. */
    static long daysApart(DateValue a, DateValue b) {
        if (a.latest().isBefore(b.earliest())) {
            return ChronoUnit.DAYS.between(a.latest(), b.earliest());
        }
        if (b.latest().isBefore(a.earliest())) {
            return ChronoUnit.DAYS.between(b.latest(), a.earliest());
        }
        return 0;
    }

    /**
     * Closest to {@code claimDate} first, then by the event's own date and title; without a claim
     * date, in date order. Undated events come last either way. The picker pages its events in this
     * order from the database ({@code EventService.choices}); {@code EventPickerPagingTest} checks the two agree.
     */
    static Comparator<EventSummary> closestTo(@Nullable DateValue claimDate) {
        Comparator<EventSummary> byDate = Comparator.comparing((EventSummary e) -> e.date() == null)
                .thenComparing(e -> e.date() == null ? null : e.date().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EventSummary::title).thenComparing(e -> e.id().value());
        if (claimDate == null) {
            return byDate;
        }
        return Comparator.comparing((EventSummary e) -> e.date() == null)
                .thenComparingLong(e -> e.date() == null ? 0 : daysApart(claimDate, e.date()))
                .thenComparing(byDate);
    }

    /**
     * The option's second line, under its label (date and title): "Reuters, BBC News · 2 days from the claim's date",
     * or "no claims yet".
     */
    static String context(EventSummary e, @Nullable DateValue claimDate) {
        StringBuilder s = new StringBuilder(e.outlets().isEmpty() ? (e.claimCount() == 0 ? "no claims yet" : "outlet unknown")
                : String.join(", ", e.outlets()));
        if (claimDate != null && e.date() != null) {
            long d = daysApart(claimDate, e.date());
            s.append(" \u00B7 ").append(d == 0 ? "overlaps the claim\u2019s date" : d + " day" + (d == 1 ? "" : "s") + " from the claim\u2019s date");
        }
        return s.toString();
    }
}
