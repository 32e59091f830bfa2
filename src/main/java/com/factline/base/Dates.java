package com.factline.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;

/** Strict parsing of user-typed ISO dates with messages that say what is wrong. */
public final class Dates {

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** Blank means "no date"; anything else must be a real calendar day as YYYY-MM-DD. */
    public static @Nullable LocalDate parseOptional(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidInputException("invalid_date", field + " must be a date written YYYY-MM-DD, not \u201c" + abbreviate(v) + "\u201d.");
        }
        try {
            LocalDate date = LocalDate.parse(v, STRICT);
            if (date.getYear() < 1000 || date.getYear() > 2999) {
                throw new InvalidInputException("invalid_date", field + " " + v + " is outside the years 1000–2999.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid_date", field + " " + v + " is not a day of the calendar.");
        }
    }

    public static LocalDate parseRequired(String field, @Nullable String value) {
        LocalDate d = parseOptional(field, value);
        if (d == null) {
            throw new InvalidInputException("invalid_date", field + " is required (YYYY-MM-DD).");
        }
        return d;
    }

    static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
