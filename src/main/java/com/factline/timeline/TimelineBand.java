package com.factline.timeline;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * One band of the timeline: the events that share a date (an exact day, a month, a range…), or
 * the undated ones, with how many of them match the filter. The view keeps only these and pages
 * the events of a band from the database when they scroll into sight.
 */
public record TimelineBand(@Nullable DateValue date, int count) {

    /** The band's heading: the date as people write it; an approximate date says so. */
    public String label() {
        if (date == null) {
            return "Undated";
        }
        return date.display() + (date.precision() == DatePrecision.APPROXIMATE ? " (approximate)" : "");
    }

    /** Bands are the same band when their dates are, whatever the count. */
    public boolean sameBand(TimelineBand other) {
        return java.util.Objects.equals(date, other.date);
    }
}
