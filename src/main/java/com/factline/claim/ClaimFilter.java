package com.factline.claim;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the claims list; null means "any". Dates select claims whose interval overlaps [from, to]. */
public record ClaimFilter(@Nullable Long sourceId, @Nullable LocalDate from, @Nullable LocalDate to,
                          @Nullable ClaimStatus status, @Nullable String text, @Nullable Long eventId) {

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null, null, null);
    }

    public static ClaimFilter ofSource(long sourceId) {
        return new ClaimFilter(sourceId, null, null, null, null, null);
    }
}
