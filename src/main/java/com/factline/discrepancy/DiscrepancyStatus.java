package com.factline.discrepancy;

import com.factline.base.InvalidInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

public enum DiscrepancyStatus {
    SUGGESTED, OPEN, RESOLVED, DISMISSED;

    @com.fasterxml.jackson.annotation.JsonValue
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DiscrepancyStatus parse(@Nullable String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidInputException("A status is needed: suggested, open, resolved or dismissed.");
        }
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown status \u201c" + s + "\u201d; use suggested, open, resolved or dismissed.");
        }
    }
}
