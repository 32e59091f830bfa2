package com.factline.temporal;

import java.time.LocalDate;
import java.time.Month;

/**
 * Renders a resolved interval the way an editor would write it ("17 March 2023", "20–22 March 2023",
 * "late March 2023", "c. late March 2023"). Day-month-year order is used because it needs no comma
 * rules and reads unambiguously in every English variety.
 */
public final class DateDisplay {

    private DateDisplay() {
    }

    /** Renders an expression's interval; returns null for expressions without an interval. */
    public static String format(TemporalExpression e) {
        return format(e.earliest(), e.latest(), e.precision(), e.mod());
    }

    /**
     * Renders an inclusive interval.
     *
     * @param precision may be null, then inferred from the interval's shape
     * @param mod       TIMEX3 mod; START/MID/END render as early/mid/late, APPROX as "c."
     */
    public static String format(LocalDate earliest, LocalDate latest, DatePrecision precision, String mod) {
        if (earliest == null || latest == null) {
            return null;
        }
        if (latest.isBefore(earliest)) {
            LocalDate t = earliest;
            earliest = latest;
            latest = t;
        }
        boolean approx = precision == DatePrecision.APPROXIMATE || "APPROX".equals(mod);
        String body = body(earliest, latest, precision, mod);
        return approx ? "c. " + body : body;
    }

    private static String body(LocalDate a, LocalDate b, DatePrecision precision, String mod) {
        String part = partWord(mod);
        if (part != null) {
            if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
                return part + monthName(a.getMonth()) + " " + a.getYear();
            }
            if (a.getYear() == b.getYear()) {
                return part + a.getYear();
            }
        }
        if (precision == DatePrecision.DAY || a.equals(b)) {
            return day(a);
        }
        boolean monthAligned = a.getDayOfMonth() == 1 && b.getDayOfMonth() == b.lengthOfMonth();
        if (monthAligned) {
            boolean yearAligned = a.getMonthValue() == 1 && b.getMonthValue() == 12;
            if (yearAligned) {
                return a.getYear() == b.getYear() ? String.valueOf(a.getYear()) : a.getYear() + "–" + b.getYear();
            }
            if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
                return monthName(a.getMonth()) + " " + a.getYear();
            }
            if (a.getYear() == b.getYear()) {
                return monthName(a.getMonth()) + "–" + monthName(b.getMonth()) + " " + a.getYear();
            }
            return monthName(a.getMonth()) + " " + a.getYear() + " – " + monthName(b.getMonth()) + " " + b.getYear();
        }
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return a.getDayOfMonth() + "–" + b.getDayOfMonth() + " " + monthName(a.getMonth()) + " " + a.getYear();
        }
        if (a.getYear() == b.getYear()) {
            return a.getDayOfMonth() + " " + monthName(a.getMonth()) + " – " + day(b);
        }
        return day(a) + " – " + day(b);
    }

    private static String partWord(String mod) {
        if (mod == null) {
            return null;
        }
        return switch (mod) {
            case "START", "EARLY" -> "early ";
            // House style hyphenates "mid" ("mid-March", "mid-2022").
            case "MID" -> "mid-";
            case "END", "LATE" -> "late ";
            default -> null;
        };
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + monthName(d.getMonth()) + " " + d.getYear();
    }

    /** English month names, January first: {@code Month.getDisplayName} looked them up in the locale data on every call. */
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private static String monthName(Month m) {
        return MONTHS[m.ordinal()];
    }
}
