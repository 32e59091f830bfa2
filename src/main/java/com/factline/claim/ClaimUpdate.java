package com.factline.claim;

import org.jspecify.annotations.Nullable;

/** The editable part of a claim; the span itself never moves (delete and re-create instead). */
public record ClaimUpdate(@Nullable String statement, @Nullable ClaimDate date, @Nullable Long eventId,
                          @Nullable ClaimStatus status) {
}
