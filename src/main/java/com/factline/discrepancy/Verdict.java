package com.factline.discrepancy;

import com.factline.base.InvalidInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

public enum Verdict {
    A_RIGHT, B_RIGHT, BOTH_WRONG, UNRESOLVABLE, NOT_REAL;

    @com.fasterxml.jackson.annotation.JsonValue
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict parse(@Nullable String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidInputException("A verdict is needed: a_right, b_right, both_wrong, unresolvable or not_real.");
        }
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown verdict \u201c" + s + "\u201d; use a_right, b_right, both_wrong, unresolvable or not_real.");
        }
    }
}
