package com.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Days, weekdays, months, weekends and seasons named relative to the reference date: "yesterday",
 * "tomorrow night", "the day before yesterday", "last Friday", "this Friday", "next April", "the
 * weekend", "last summer". Pure and stateless; the resolver finds the words and builds the result.
 *
 * <p>Rules (R is the reference date):
 * <ul>
 * <li>"last Friday" is the most recent Friday before R, "next Friday" the first after R, "this
 * Friday" the Friday of R's ISO week.</li>
 * <li>"last February" is the most recent February before R's month, skipping the month directly
 * before R (writers say "last month" for that); "next April" mirrors this.</li>
 * <li>"the weekend" on a Saturday or Sunday is that weekend; otherwise the past tense, or an unclear
 * tense early in the week (Monday–Wednesday), gives the weekend just gone, else the coming one.</li>
 * <li>Seasons are meteorological, northern hemisphere; "last summer" is the most recent summer that
 * ended before R, "next summer" the first that starts after R, "this summer" the one containing R
 * or else the one of R's year (winter: the one that began the December before, in January and
 * February).</li>
 * </ul>
 */
final class RelativeDayRule {

    private RelativeDayRule() {
    }

    /** The day offset of "yesterday" (-1), "today"/"tonight" (0), "tomorrow" (1). */
    static int dayOffset(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
    }

    /** The TimeML code of a part of the day: MO, AF, EV, NI. */
    static String partCode(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    /** The direction of "last"/"this past"/"past" (-1), "next"/"coming"/"this coming" (1), "this" (0). */
    static int direction(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "last", "this past", "past" -> -1;
            case "next", "coming", "this coming" -> 1;
            default -> 0;
        };
    }

    /** "last/this/next Friday" for {@code dir} -1/0/1. */
    static LocalDate weekday(LocalDate ref, DayOfWeek dow, int dir) {
        if (dir < 0) {
            return ref.with(TemporalAdjusters.previous(dow));
        }
        if (dir > 0) {
            return ref.with(TemporalAdjusters.next(dow));
        }
        return ref.with(DayOfWeek.MONDAY).plusDays(dow.getValue() - 1);
    }

    /** "last/this/next February" for {@code dir} -1/0/1. */
    static YearMonth month(LocalDate ref, int mo, int dir) {
        YearMonth refYm = YearMonth.from(ref);
        YearMonth ym = YearMonth.of(ref.getYear(), mo);
        if (dir < 0 && !ym.isBefore(refYm.minusMonths(1))) {
            return ym.minusYears(1);
        }
        if (dir > 0 && !ym.isAfter(refYm.plusMonths(1))) {
            return ym.plusYears(1);
        }
        return ym;
    }

    /** The Monday of the week whose weekend "the weekend" is, with the reason. */
    static Anchoring.Anchored<LocalDate> weekend(LocalDate ref, Tense t) {
        int dow = ref.getDayOfWeek().getValue();
        LocalDate monday = ref.with(DayOfWeek.MONDAY);
        if (dow >= 6) {
            return new Anchoring.Anchored<>(monday, "the weekend containing the publication date " + ref);
        }
        if (t == Tense.PAST || (t == Tense.UNKNOWN && dow <= 3)) {
            return new Anchoring.Anchored<>(monday.minusWeeks(1), "the weekend before the publication date " + ref
                    + (t == Tense.PAST ? ", past tense" : ""));
        }
        return new Anchoring.Anchored<>(monday, "the weekend after the publication date " + ref
                + (t == Tense.FUTURE ? ", future tense" : ""));
    }

    /** The days of a season ("spring", "summer", "autumn"/"fall", "winter") of year {@code y}, as {from, to}. */
    static LocalDate[] season(String season, int y) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> new LocalDate[] {LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31)};
            case "summer" -> new LocalDate[] {LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31)};
            case "autumn", "fall" -> new LocalDate[] {LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30)};
            default -> new LocalDate[] {LocalDate.of(y, 12, 1), YearMonth.of(y + 1, 2).atEndOfMonth()};
        };
    }

    /** The TimeML code of a season: SP, SU, FA, WI. */
    static String seasonCode(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            default -> "WI";
        };
    }

    /** The year (the one its first month falls in) of "last/this/next summer" for {@code dir} -1/0/1. */
    static int seasonYear(LocalDate ref, String season, int dir) {
        Integer best = null;
        for (int y = ref.getYear() - 2; y <= ref.getYear() + 1; y++) {
            LocalDate[] s = season(season, y);
            if (dir < 0 && s[1].isBefore(ref)) {
                best = y;
            } else if (dir > 0 && s[0].isAfter(ref) && best == null) {
                best = y;
            } else if (dir == 0 && !ref.isBefore(s[0]) && !ref.isAfter(s[1])) {
                best = y;
            }
        }
        if (best == null) {
            return season.equalsIgnoreCase("winter") && ref.getMonthValue() <= 2 ? ref.getYear() - 1 : ref.getYear();
        }
        return best;
    }
}
