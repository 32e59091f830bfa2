package com.factline.claim;

import com.factline.timeline.EventId;
import org.jspecify.annotations.Nullable;

/** The editable part of a claim; the span itself never moves (delete and re-create instead). */
public record ClaimUpdate(@Nullable String statement, @Nullable ClaimDate date, @Nullable EventId eventId,
                          @Nullable ClaimStatus status) {
}
