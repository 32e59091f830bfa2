package com.factline.timeline;

import com.factline.temporal.DateValue;

/**
 * One mark on the time axis: the events sharing a date, how many, the status most of them have,
 * and the first of them (opened when the mark is clicked).
 */
public record AxisMark(DateValue date, int count, EventStatus status, EventId first) {
}
