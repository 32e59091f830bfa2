package com.factline.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date written at the head of an article ("MOSCOW, March 17, 2023 (Reuters) -",
 * "The Hague, 17 March 2023 –", "Published 2023-03-17"): the first full date (day, month and
 * year) in its first lines. Only the head is read, so a date quoted further down is never taken
 * for the publication date.
 */
final class Dateline {

    /** How much of the text's start counts as its head. */
    static final int HEAD = 300;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:" + MONTH + " (\\d{1,2}),? (\\d{4})"       // March 17, 2023
                    + "|(\\d{1,2}) " + MONTH + ",? (\\d{4})"     // 17 March 2023
                    + "|(\\d{4})-(\\d{2})-(\\d{2}))\\b",          // 2023-03-17
            Pattern.CASE_INSENSITIVE);

    private Dateline() {
    }

    static Optional<LocalDate> find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        Matcher m = DATE.matcher(head);
        while (m.find()) {
            try {
                if (m.group(1) != null) {
                    return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
                }
                if (m.group(4) != null) {
                    return Optional.of(LocalDate.of(year(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4))));
                }
                return Optional.of(LocalDate.of(year(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9))));
            } catch (DateTimeException | IllegalArgumentException e) {
                // "February 30, 2023" is no date: look on
            }
        }
        return Optional.empty();
    }

    /** The date part of an ISO date or date-time as the publisher wrote it ("2023-03-17T23:10:00+03:00" is 17 March). */
    static Optional<LocalDate> isoDate(String value) {
        String v = value.strip();
        if (v.length() < 10 || !v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.substring(0, 10)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (m == null) {
            throw new IllegalArgumentException(name);
        }
        return m;
    }

    private static int year(String y) {
        int year = Integer.parseInt(y);
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException(y);
        }
        return year;
    }
}
