package com.factline.timeline;

import com.factline.temporal.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of an event. With {@code dateMode} DERIVED the date is computed from the
 * claims (the intersection of their intervals) and {@code date} is ignored.
 */
public record EventUpdate(@Nullable String title, @Nullable String summary, @Nullable String location,
                          @Nullable DateValue date, Event.@Nullable DateMode dateMode) {
}
