package com.factline.timeline;

import org.jspecify.annotations.Nullable;

/** A claim as the timeline shows it under its event. */
public record SupportingClaim(long id, long sourceId, String outlet, String sourceTitle, String quote, String statement,
                              @Nullable String date, @Nullable Long eventId) {
}
