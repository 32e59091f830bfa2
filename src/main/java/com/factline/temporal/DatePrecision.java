package com.factline.temporal;

/**
 * How precisely an expression pins down the calendar. Sub-intervals that are not a whole
 * day, month or year (weeks, seasons, "late March", explicit ranges) are {@link #RANGE}.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR, RANGE, APPROXIMATE;

    /** The claim-level vocabulary used elsewhere in Factline: day, month, year or range. */
    public String claimPrecision() {
        return switch (this) {
            case DAY -> "day";
            case MONTH -> "month";
            case YEAR -> "year";
            // An approximate date is only trustworthy as the interval it was widened to.
            case RANGE, APPROXIMATE -> "range";
        };
    }
}
