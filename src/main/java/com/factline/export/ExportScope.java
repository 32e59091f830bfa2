package com.factline.export;

import com.factline.base.InvalidInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Which events an export holds: only verified ones (the default, what may be published) or all. */
public enum ExportScope {
    VERIFIED, ALL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportScope parse(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return VERIFIED;
        }
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown status \u201c" + s + "\u201d; use verified or all.");
        }
    }
}
