package com.factline.discrepancy;

import com.factline.base.InvalidInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

public enum DiscrepancyKind {
    DATE, NUMBER, NAME, QUOTE, ATTRIBUTION, DESCRIPTION, OTHER;

    @com.fasterxml.jackson.annotation.JsonValue
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DiscrepancyKind parse(@Nullable String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidInputException("A kind is needed: date, number, name, quote, attribution, description or other.");
        }
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown kind \u201c" + s + "\u201d; use date, number, name, quote, attribution, description or other.");
        }
    }
}
