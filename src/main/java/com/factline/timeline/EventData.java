package com.factline.timeline;

import com.factline.temporal.DateValue;
import org.jspecify.annotations.Nullable;

/** What an editor types for a new event. */
public record EventData(@Nullable String title, @Nullable String summary, @Nullable String location,
                        @Nullable DateValue date) {
}
