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

    /**
     * The provenance a saved date keeps, the one rule for it: unchanged from the claim's date, that
     * date (with its expression); else the first offered date with the same value, that one; else
     * a typed date. Null value: no date.
     */
    public static @Nullable ClaimDate chosen(@Nullable DateValue value, @Nullable ClaimDate before,
                                             java.util.List<ClaimDate> offered) {
        if (value == null) {
            return null;
        }
        if (before != null && before.value().equals(value)) {
            return before;
        }
        return offered.stream().filter(o -> o.value().equals(value)).findFirst().orElseGet(() -> typed(value));
    }
}
