package com.factline.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An event's review state. */
public record Verification(long eventId, String status, @Nullable String verifiedBy, @Nullable Instant verifiedAt,
                           @Nullable String reverifyReason, int version) {
}
