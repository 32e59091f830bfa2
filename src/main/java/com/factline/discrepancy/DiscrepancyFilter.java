package com.factline.discrepancy;

import org.jspecify.annotations.Nullable;

/** Queue filters; null means any. */
public record DiscrepancyFilter(@Nullable DiscrepancyStatus status, @Nullable DiscrepancyKind kind, @Nullable Long eventId,
                                @Nullable Long sourceId) {

    public static DiscrepancyFilter all() {
        return new DiscrepancyFilter(null, null, null, null);
    }

    public static DiscrepancyFilter ofStatus(@Nullable DiscrepancyStatus status) {
        return new DiscrepancyFilter(status, null, null, null);
    }
}
