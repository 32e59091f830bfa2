package com.factline.timeline;

import com.factline.temporal.DateValue;

/**
 * One mark on the time axis: the events sharing a date, how many, the status most of them have,
 * the first of them (opened when the mark is clicked) and its title, how many of them have an open
 * discrepancy ({@code disputed}) and how many are supported by two or more outlets without one
 * ({@code corroborated}).
 */
public record AxisMark(DateValue date, int count, EventStatus status, EventId first, String title, int disputed,
                       int corroborated) {

    /** A mark without title or dispute counts (tests of the axis's geometry). */
    public AxisMark(DateValue date, int count, EventStatus status, EventId first) {
        this(date, count, status, first, "", 0, 0);
    }
}
