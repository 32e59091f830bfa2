package com.factline.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Modifiers in front of a date: "early", "mid", "late", "the end of", "the beginning of", "the
 * middle of", "the first half of" (or "the first two quarters of"), "the third quarter of". TimeML
 * keeps the value of the modified date and adds {@code mod=START|MID|END}; a half or quarter of a
 * year becomes a value of its own ({@code 1989-H2}, {@code 1989-Q3}), so it has no mod.
 *
 * <p>For the calendar interval the modified period is cut into conventional thirds: a month into
 * days 1–10, 11–20 and 21 to the end; a decade into years 0–3, 4–6 and 7–9; a year, season, quarter,
 * half or century into thirds by whole months; any other span into thirds by days. A single day
 * (or a time on it) is not narrowed.
 */
final class Modifiers {

    /** The shape of the period a modifier narrows. */
    enum Span {
        /** A single day or a time on it: not narrowed. */
        DAY,
        /** A calendar month: thirds of 10, 10 and the rest of the days. */
        MONTH,
        /** A decade: years 0–3, 4–6, 7–9. */
        DECADE,
        /** A year, season, quarter, half or century: thirds by whole months. */
        MONTHS,
        /** Any other span (a week, a weekend): thirds by days. */
        DAYS
    }

    private Modifiers() {
    }

    /**
     * The TimeML modifier of the words found: {@code START}, {@code MID}, {@code END}, or a part of a
     * year {@code H1}, {@code H2}, {@code Q1}…{@code Q4}.
     *
     * @param word    the whole modifier as written ("early", "mid", "late", "the end of", …)
     * @param edge    "end", "beginning", "start" or "middle" when written, else null
     * @param half    the ordinal of "… half of" when written, else null
     * @param quarter the ordinal of "… quarter of" when written, else null
     */
    static String code(String word, String edge, String half, String quarter) {
        if (half != null) {
            return half.startsWith("1") || half.equalsIgnoreCase("first") ? "H1" : "H2";
        }
        if (quarter != null) {
            return switch (quarter.toLowerCase(Locale.ROOT)) {
                case "first", "1st" -> "Q1";
                case "second", "2nd" -> "Q2";
                case "third", "3rd" -> "Q3";
                default -> "Q4";
            };
        }
        if (edge != null) {
            return switch (edge.toLowerCase(Locale.ROOT)) {
                case "end" -> "END";
                case "middle" -> "MID";
                default -> "START";
            };
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "early" -> "START";
            case "mid" -> "MID";
            default -> "END";
        };
    }

    /** True for a modifier that names a part of a year ("H1", "Q3") rather than an edge of a period. */
    static boolean isPartOfYear(String code) {
        return code.startsWith("H") || code.startsWith("Q");
    }

    /**
     * The part of [{@code from}, {@code to}] that {@code mod} (START, MID or END) picks out, as
     * {from, to}.
     */
    static LocalDate[] narrow(Span span, LocalDate from, LocalDate to, String mod) {
        return switch (span) {
            case DAY -> new LocalDate[] {from, to};
            case MONTH -> month(from, to, mod);
            case DECADE -> decade(from.getYear(), mod);
            case MONTHS -> byMonths(from, to, mod);
            case DAYS -> byDays(from, to, mod);
        };
    }

    private static LocalDate[] month(LocalDate a, LocalDate z, String mod) {
        return switch (mod) {
            case "START" -> new LocalDate[] {a, a.withDayOfMonth(10)};
            case "MID" -> new LocalDate[] {a.withDayOfMonth(11), a.withDayOfMonth(20)};
            default -> new LocalDate[] {a.withDayOfMonth(21), a.withDayOfMonth(z.getDayOfMonth())};
        };
    }

    private static LocalDate[] decade(int y0, String mod) {
        int[] years = switch (mod) {
            case "START" -> new int[] {0, 3};
            case "MID" -> new int[] {4, 6};
            default -> new int[] {7, 9};
        };
        return new LocalDate[] {LocalDate.of(y0 + years[0], 1, 1), LocalDate.of(y0 + years[1], 12, 31)};
    }

    private static LocalDate[] byMonths(LocalDate a, LocalDate z, String mod) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(a), YearMonth.from(z)) + 1;
        long third = Math.max(1, months / 3);
        YearMonth ya = YearMonth.from(a);
        YearMonth yz = YearMonth.from(z);
        return switch (mod) {
            case "START" -> new LocalDate[] {a, ya.plusMonths(third - 1).atEndOfMonth()};
            case "MID" -> new LocalDate[] {ya.plusMonths(third).atDay(1),
                    yz.minusMonths(months - 2 * third).atEndOfMonth()};
            default -> new LocalDate[] {yz.minusMonths(months - 2 * third - 1).atDay(1), z};
        };
    }

    private static LocalDate[] byDays(LocalDate a, LocalDate z, String mod) {
        long len = z.toEpochDay() - a.toEpochDay() + 1;
        long third = Math.max(1, len / 3);
        return switch (mod) {
            case "START" -> new LocalDate[] {a, a.plusDays(third - 1)};
            case "MID" -> new LocalDate[] {a.plusDays(third), z.minusDays(third)};
            default -> new LocalDate[] {z.minusDays(third - 1), z};
        };
    }
}
