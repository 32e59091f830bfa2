package com.factline.timeline;

import com.factline.temporal.DateValue;
import org.jspecify.annotations.Nullable;

/** An event as pickers and lists show it. */
public record EventSummary(EventId id, String title, @Nullable DateValue date, EventStatus status, int claimCount,
                           int version) {

    public String label() {
        return (date == null ? "undated" : date.display()) + " \u2014 " + title;
    }
}
