package com.factline.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date as fact-checkers know it: an inclusive interval with a precision, and its EDTF form.
 * Claims and events both carry one.
 */
public record DateValue(LocalDate earliest, LocalDate latest, DatePrecision precision, String edtf) {

    public DateValue {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(precision, "precision");
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("The date range is reversed: " + earliest + " is after " + latest + ".");
        }
        if (edtf == null || edtf.isBlank()) {
            edtf = edtfOf(earliest, latest, precision);
        }
    }

    /** Builds a value and checks that the interval fits the precision (a "month" is a whole month). */
    public static DateValue of(LocalDate earliest, LocalDate latest, DatePrecision precision) {
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("The date range is reversed: " + earliest + " is after " + latest + ".");
        }
        switch (precision) {
            case DAY -> {
                if (!earliest.equals(latest)) {
                    throw new IllegalArgumentException("A day-precise date has the same first and last day.");
                }
            }
            case MONTH -> {
                if (earliest.getDayOfMonth() != 1 || !latest.equals(YearMonth.from(earliest).atEndOfMonth())) {
                    throw new IllegalArgumentException("A month-precise date covers a whole calendar month.");
                }
            }
            case YEAR -> {
                if (earliest.getDayOfYear() != 1 || !latest.equals(LocalDate.of(earliest.getYear(), 12, 31))) {
                    throw new IllegalArgumentException("A year-precise date covers a whole calendar year.");
                }
            }
            default -> {
            }
        }
        return new DateValue(earliest, latest, precision, edtfOf(earliest, latest, precision));
    }

    /**
     * A date as an editor or an API client enters it, the one "fields → DateValue" mapping of
     * every form and request: no last day means the first; no precision means the one the
     * interval has (day, whole month, whole year, else range); the interval must fit the
     * precision ({@link #of}). Throws IllegalArgumentException with a message for the user.
     */
    public static DateValue entered(LocalDate earliest, @org.jspecify.annotations.Nullable LocalDate latest,
                                    @org.jspecify.annotations.Nullable DatePrecision precision) {
        LocalDate l = latest == null ? earliest : latest;
        return of(earliest, l, precision == null ? guessPrecision(earliest, l) : precision);
    }

    public static DateValue day(LocalDate day) {
        return of(day, day, DatePrecision.DAY);
    }

    public static DateValue from(TemporalExpression e) {
        if (e.earliest() == null || e.latest() == null) {
            throw new IllegalArgumentException("The expression \u201c" + e.text() + "\u201d has no calendar date.");
        }
        return new DateValue(e.earliest(), e.latest(), e.precision() == null ? DatePrecision.RANGE : e.precision(),
                e.edtf() == null ? edtfOf(e.earliest(), e.latest(), e.precision()) : e.edtf());
    }

    /** As people write it: "17 March 2023", "March 2023", "20–22 March 2023", "c. March 2023". */
    public String display() {
        return DateDisplay.format(earliest, latest, precision, null);
    }

    /** The lower-case precision name stored in the database and used in the API. */
    public String precisionName() {
        return precision.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DatePrecision parsePrecision(String name) {
        try {
            return DatePrecision.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown date precision \u201c" + name + "\u201d; use day, month, year, range or approximate.");
        }
    }

    /** The overlap of two intervals, or null when they do not overlap. */
    public DateValue intersect(DateValue other) {
        LocalDate e = earliest.isAfter(other.earliest) ? earliest : other.earliest;
        LocalDate l = latest.isBefore(other.latest) ? latest : other.latest;
        if (e.isAfter(l)) {
            return null;
        }
        return new DateValue(e, l, e.equals(l) ? DatePrecision.DAY : guessPrecision(e, l), null);
    }

    public static DatePrecision guessPrecision(LocalDate e, LocalDate l) {
        if (e.equals(l)) {
            return DatePrecision.DAY;
        }
        if (e.getDayOfMonth() == 1 && l.equals(YearMonth.from(e).atEndOfMonth())) {
            return DatePrecision.MONTH;
        }
        if (e.getDayOfYear() == 1 && l.equals(LocalDate.of(e.getYear(), 12, 31))) {
            return DatePrecision.YEAR;
        }
        return DatePrecision.RANGE;
    }

    static String edtfOf(LocalDate e, LocalDate l, DatePrecision p) {
        DatePrecision shape = p == DatePrecision.APPROXIMATE ? guessPrecision(e, l) : p;
        String base = switch (shape) {
            case DAY -> e.toString();
            case MONTH -> e.getDayOfMonth() == 1 && l.equals(YearMonth.from(e).atEndOfMonth()) ? e.toString().substring(0, 7) : e + "/" + l;
            case YEAR -> e.getDayOfYear() == 1 && l.equals(LocalDate.of(e.getYear(), 12, 31)) ? String.valueOf(e.getYear()) : e + "/" + l;
            default -> e.equals(l) ? e.toString() : e + "/" + l;
        };
        if (p != DatePrecision.APPROXIMATE) {
            return base;
        }
        return base.contains("/") ? base.replace("/", "~/") + "~" : base + "~";
    }
}
