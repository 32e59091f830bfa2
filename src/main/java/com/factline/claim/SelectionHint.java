package com.factline.claim;

import com.factline.temporal.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * What another feature knows about a selected span: the event it probably belongs to ("Looks like: ICC issues
 * arrest warrant for Putin — 4 sources", with the event's id once there is one) and a date from the span's
 * context, with why, for a selection that has no date of its own.
 */
public record SelectionHint(@Nullable String looksLike, @Nullable Long eventId, @Nullable DateValue date,
                            @Nullable String dateExplanation) {
}
