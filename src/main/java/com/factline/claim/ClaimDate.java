package com.factline.claim;

import com.factline.temporal.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * A claim's date: the value, and where it came from (the temporal expression in the source and
 * how it was resolved), or nothing but the value when the editor typed it.
 */
public record ClaimDate(DateValue value, @Nullable String expression, @Nullable String explanation,
                        @Nullable Integer expressionStart, @Nullable Integer expressionEnd) {

    public static ClaimDate typed(DateValue value) {
        return new ClaimDate(value, null, null, null, null);
    }
}
