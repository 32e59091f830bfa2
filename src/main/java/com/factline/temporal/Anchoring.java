package com.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The shared anchoring step: where a weekday or a month named without a year falls relative to the
 * reference date, given the tense of its clause. Every rule family that places such a name calls it,
 * so the choice and its one-sentence explanation are the same everywhere. Pure and stateless.
 */
final class Anchoring {

    /** A month this close ahead of the reference month is the coming one, even in a past-tense clause. */
    static final int NEAR_MONTHS = 2;

    /** A day this close to the reference date is taken as the nearest one, whatever the tense. */
    static final int NEAR_DAYS = 60;

    /** A date and the sentence that explains why it was chosen. */
    record Anchored<T>(T date, String explanation) {
    }

    private Anchoring() {
    }

    /**
     * The weekday {@code dow} near {@code ref}: the reference date itself when it is that weekday; the
     * one before it in the past tense, the one after it in the future tense, otherwise the nearest
     * (always within three days, as the week has seven).
     */
    static Anchored<LocalDate> weekday(LocalDate ref, DayOfWeek dow, Tense t) {
        int back = (ref.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        String name = dayName(dow);
        if (back == 0) {
            return new Anchored<>(ref, name + " = the reference date " + ref + " itself (same weekday)");
        }
        if (t == Tense.PAST) {
            return new Anchored<>(ref.minusDays(back), name + " before the publication date " + ref + ", past tense");
        }
        if (t == Tense.FUTURE) {
            return new Anchored<>(ref.plusDays(7 - back), name + " after the publication date " + ref
                    + ", future tense");
        }
        if (back <= 3) {
            return new Anchored<>(ref.minusDays(back), "nearest " + name + " to the publication date " + ref
                    + " (before it), tense unclear");
        }
        return new Anchored<>(ref.plusDays(7 - back), "nearest " + name + " to the publication date " + ref
                + " (after it), tense unclear");
    }

    /**
     * The month {@code mo} (1–12) named without a year. Past tense gives the most recent such month not
     * after the reference month, except that one at most {@link #NEAR_MONTHS} ahead is the coming one
     * (unless {@code firmPast}: "since" precedes it, or a past-tense verb governs it in its own clause,
     * "changed its policy in December"); future tense the first not before it; otherwise the nearest,
     * ties going to the past.
     */
    static Anchored<YearMonth> month(LocalDate ref, int mo, Tense t, boolean firmPast) {
        YearMonth refYm = YearMonth.from(ref);
        String name = java.time.Month.of(mo).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int ahead = Math.floorMod(mo - ref.getMonthValue(), 12);
        if (t == Tense.PAST && ahead > 0 && ahead <= NEAR_MONTHS && !firmPast) {
            YearMonth chosen = YearMonth.of(ref.getYear(), mo).plusYears(mo < ref.getMonthValue() ? 1 : 0);
            return new Anchored<>(chosen, "month without year, the coming " + name + " (within " + NEAR_MONTHS
                    + " months of the publication date " + ref + "), whatever the tense");
        }
        YearMonth chosen;
        if (t == Tense.PAST) {
            chosen = YearMonth.of(ref.getYear(), mo);
            if (chosen.isAfter(refYm)) {
                chosen = chosen.minusYears(1);
            }
        } else if (t == Tense.FUTURE) {
            chosen = YearMonth.of(ref.getYear(), mo);
            if (chosen.isBefore(refYm)) {
                chosen = chosen.plusYears(1);
            }
        } else {
            YearMonth same = YearMonth.of(ref.getYear(), mo);
            int diff = mo - ref.getMonthValue();
            if (diff >= 6) {
                chosen = same.minusYears(1);
            } else if (diff < -6) {
                chosen = same.plusYears(1);
            } else {
                chosen = same;
            }
        }
        return new Anchored<>(chosen, "month without year, " + tenseWord(t) + " relative to " + ref);
    }

    /**
     * The day {@code d} of month {@code mo} named without a year ("March 3"), or null when no year
     * within one of the reference year has that day (February 30). The tense picks among the
     * reference year and its neighbours as for a weekday: the most recent such day not after the
     * reference date in the past tense, the first not before it in the future tense, otherwise the
     * nearest (ties to the past). A day within {@link #NEAR_DAYS} days of the reference date is that
     * nearest one whatever the tense ("said it would pay on Dec. 15" in a November article), unless
     * {@code firmPast} (a past-tense verb right before "on" governs it: "was arrested on May 3") and the
     * tense is past.
     */
    static Anchored<LocalDate> dayOfMonth(LocalDate ref, int mo, int d, Tense t, boolean firmPast) {
        LocalDate best = null;
        LocalDate near = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (d > YearMonth.of(y, mo).lengthOfMonth()) {
                continue;
            }
            LocalDate cand = LocalDate.of(y, mo, d);
            best = pick(ref, best, cand, t);
            near = pick(ref, near, cand, Tense.UNKNOWN);
        }
        if (best == null) {
            return null;
        }
        if (!(firmPast && t == Tense.PAST) && !near.equals(best) && Math.abs(near.toEpochDay() - ref.toEpochDay()) <= NEAR_DAYS) {
            return new Anchored<>(near, "day and month without year, the nearest such day (within " + NEAR_DAYS
                    + " days of the publication date " + ref + ")");
        }
        return new Anchored<>(best, "day and month without year, year chosen by " + tenseWord(t) + " relative to "
                + ref);
    }

    /**
     * Day {@code d} of month {@code mo} in the year that puts it nearest {@code dated}, a day written with its year
     * in the same sentence ("was killed June 24, 2005 while investigating a June 20 shooting": 2005-06-20), or null
     * when that day lies more than {@code maxDays} days from it (the sentence then speaks of two times: "born on
     * March 3, 1950, he died on June 20") or no such day exists.
     */
    static LocalDate nearDatedDay(LocalDate dated, int mo, int d, int maxDays) {
        LocalDate best = null;
        for (int y = dated.getYear() - 1; y <= dated.getYear() + 1; y++) {
            if (d > YearMonth.of(y, mo).lengthOfMonth()) {
                continue;
            }
            LocalDate cand = LocalDate.of(y, mo, d);
            if (best == null || Math.abs(cand.toEpochDay() - dated.toEpochDay())
                    < Math.abs(best.toEpochDay() - dated.toEpochDay())) {
                best = cand;
            }
        }
        return best != null && Math.abs(best.toEpochDay() - dated.toEpochDay()) <= maxDays ? best : null;
    }

    /**
     * The year of the last day of a range written without a year ("March 20-22"): the year the tense
     * gives to day {@code d} of month {@code mo} (clamped to the month's length), without the
     * nearness rule of {@link #dayOfMonth}.
     */
    static int yearByTense(LocalDate ref, int mo, int d, Tense t) {
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate cand = LocalDate.of(y, mo, Math.min(d, YearMonth.of(y, mo).lengthOfMonth()));
            best = pick(ref, best, cand, t);
        }
        return best.getYear();
    }

    /** Keeps the better of two candidate days for the tense (best may be null). */
    private static LocalDate pick(LocalDate ref, LocalDate best, LocalDate cand, Tense t) {
        long diff = cand.toEpochDay() - ref.toEpochDay();
        long bestDiff = best == null ? 0 : best.toEpochDay() - ref.toEpochDay();
        return switch (t) {
            case PAST -> diff <= 0 && (best == null || bestDiff > 0 || diff > bestDiff) ? cand
                    : (best == null ? cand : (bestDiff > 0 && diff < bestDiff ? cand : best));
            case FUTURE -> diff >= 0 && (best == null || bestDiff < 0 || diff < bestDiff) ? cand
                    : (best == null ? cand : (bestDiff < 0 && diff > bestDiff ? cand : best));
            default -> best == null || Math.abs(diff) < Math.abs(bestDiff)
                    || (Math.abs(diff) == Math.abs(bestDiff) && diff < 0) ? cand : best;
        };
    }

    static String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String tenseWord(Tense t) {
        return switch (t) {
            case PAST -> "past tense";
            case FUTURE -> "future tense";
            default -> "nearest (tense unclear)";
        };
    }
}
