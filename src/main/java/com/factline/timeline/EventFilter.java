package com.factline.timeline;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Timeline filters; null or empty means "any". Dates select events whose interval overlaps [from, to]. */
public record EventFilter(@Nullable String text, @Nullable String outlet, @Nullable Set<EventStatus> statuses,
                          @Nullable LocalDate from, @Nullable LocalDate to, boolean openDiscrepanciesOnly) {

    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, false);
    }

    /** Whether this filter lets every event through (a blank text or an empty status set is "any"). */
    public boolean selectsAll() {
        return (text == null || text.isBlank()) && outlet == null && (statuses == null || statuses.isEmpty())
                && from == null && to == null && !openDiscrepanciesOnly;
    }
}
