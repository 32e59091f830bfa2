package com.factline.timeline;

import com.factline.temporal.DateValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An event as pickers and lists show it, with the outlets its claims come from (alphabetical). */
public record EventSummary(EventId id, String title, @Nullable DateValue date, EventStatus status, int claimCount,
                           List<String> outlets, int version) {

    public String label() {
        return (date == null ? "undated" : date.display()) + " \u2014 " + title;
    }
}
