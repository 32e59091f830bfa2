package com.factline.claim;

import com.factline.timeline.EventId;
import com.factline.source.SourceId;
import org.jspecify.annotations.Nullable;

/** A new claim: the span (offsets and exact quote), the editor's statement, a date and an event. */
public record ClaimData(SourceId sourceId, int start, int end, @Nullable String quote, @Nullable String statement,
                        @Nullable ClaimDate date, @Nullable EventId eventId, @Nullable ClaimStatus status) {
}
