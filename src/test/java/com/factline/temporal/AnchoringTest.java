package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The shared anchoring step: weekdays and months without a year placed by the tense of their clause. */
class AnchoringTest {

    private static final LocalDate SAT_18 = LocalDate.of(2023, 3, 18);
    private static final LocalDate OCT_27 = LocalDate.of(1989, 10, 27);

    @Test
    void theWeekdayOfTheReferenceDateIsThatDayWhateverTheTense() {
        assertEquals(SAT_18, Anchoring.weekday(SAT_18, DayOfWeek.SATURDAY, Tense.PAST).date());
        assertEquals(SAT_18, Anchoring.weekday(SAT_18, DayOfWeek.SATURDAY, Tense.FUTURE).date());
    }

    @Test
    void pastTenseGoesBackAndFutureTenseGoesAhead() {
        var past = Anchoring.weekday(SAT_18, DayOfWeek.MONDAY, Tense.PAST);
        assertEquals(LocalDate.of(2023, 3, 13), past.date());
        assertEquals("Monday before the publication date 2023-03-18, past tense", past.explanation());
        assertEquals(LocalDate.of(2023, 3, 24), Anchoring.weekday(SAT_18, DayOfWeek.FRIDAY, Tense.FUTURE).date());
    }

    @Test
    void withoutATenseTheNearestWeekdayWins() {
        assertEquals(LocalDate.of(2023, 3, 17), Anchoring.weekday(SAT_18, DayOfWeek.FRIDAY, Tense.UNKNOWN).date());
        assertEquals(LocalDate.of(2023, 3, 20), Anchoring.weekday(SAT_18, DayOfWeek.MONDAY, Tense.UNKNOWN).date());
    }

    @Test
    void aMonthInThePastTenseIsTheMostRecentOne() {
        assertEquals(YearMonth.of(1988, 12), Anchoring.month(OCT_27, 12, Tense.PAST, true).date(),
                "after 'since' even a month just ahead is in the past");
        assertEquals(YearMonth.of(1989, 4), Anchoring.month(OCT_27, 4, Tense.PAST, false).date());
    }

    @Test
    void aMonthJustAheadIsTheComingOneEvenInThePastTense() {
        var m = Anchoring.month(OCT_27, 12, Tense.PAST, false);
        assertEquals(YearMonth.of(1989, 12), m.date(), m.explanation());
    }

    @Test
    void aMonthInTheFutureTenseIsTheNextOne() {
        assertEquals(YearMonth.of(1990, 1), Anchoring.month(OCT_27, 1, Tense.FUTURE, false).date());
        assertEquals(YearMonth.of(1989, 10), Anchoring.month(OCT_27, 10, Tense.FUTURE, false).date());
    }

    @Test
    void withoutATenseTheNearestMonthWinsAndTiesGoToThePast() {
        assertEquals(YearMonth.of(1990, 2), Anchoring.month(OCT_27, 2, Tense.UNKNOWN, false).date());
        assertEquals(YearMonth.of(1989, 6), Anchoring.month(OCT_27, 6, Tense.UNKNOWN, false).date());
        assertEquals(YearMonth.of(1989, 4), Anchoring.month(OCT_27, 4, Tense.UNKNOWN, false).date(),
                "six months either way: the past one");
    }

    @Test
    void aDayOfMonthWithoutYearFollowsTheTenseWhenFarFromTheReferenceDate() {
        var past = Anchoring.dayOfMonth(OCT_27, 4, 3, Tense.PAST, false);
        assertEquals(LocalDate.of(1989, 4, 3), past.date());
        assertEquals("day and month without year, year chosen by past tense relative to 1989-10-27", past.explanation());
        assertEquals(LocalDate.of(1990, 4, 3), Anchoring.dayOfMonth(OCT_27, 4, 3, Tense.FUTURE, false).date());
        assertEquals(LocalDate.of(1990, 2, 3), Anchoring.dayOfMonth(OCT_27, 2, 3, Tense.UNKNOWN, false).date(),
                "tense unclear: the nearest");
    }

    @Test
    void aDayOfMonthWithinSixtyDaysIsTheNearestWhateverTheTense() {
        // "said it would pay on Dec. 15" in an October article; "was signed Oct. 2" said in the future tense.
        assertEquals(LocalDate.of(1989, 12, 15), Anchoring.dayOfMonth(OCT_27, 12, 15, Tense.PAST, false).date());
        assertEquals(LocalDate.of(1989, 10, 2), Anchoring.dayOfMonth(OCT_27, 10, 2, Tense.FUTURE, false).date());
        assertEquals(LocalDate.of(1989, 10, 27), Anchoring.dayOfMonth(OCT_27, 10, 27, Tense.FUTURE, false).date());
    }

    @Test
    void aDayOfMonthThatNoNearbyYearHasIsRejected() {
        assertEquals(null, Anchoring.dayOfMonth(OCT_27, 2, 30, Tense.PAST, false));
        assertEquals(LocalDate.of(1988, 2, 29), Anchoring.dayOfMonth(OCT_27, 2, 29, Tense.PAST, false).date(),
                "only a leap year has February 29");
    }

    @Test
    void theYearOfARangeEndFollowsTheTenseWithoutTheNearnessRule() {
        assertEquals(1988, Anchoring.yearByTense(OCT_27, 12, 15, Tense.PAST));
        assertEquals(1989, Anchoring.yearByTense(OCT_27, 12, 15, Tense.FUTURE));
        assertEquals(1989, Anchoring.yearByTense(OCT_27, 2, 31, Tense.PAST), "the day is clamped to the month");
    }

    @Test
    void aDayWithoutAYearNearADatedDayTakesTheYearThatPutsItNearest() {
        LocalDate dec28 = LocalDate.of(2021, 12, 28);
        assertEquals(LocalDate.of(2022, 1, 3), Anchoring.nearDatedDay(dec28, 1, 3, 62), "across the new year");
        assertEquals(LocalDate.of(2021, 12, 2), Anchoring.nearDatedDay(dec28, 12, 2, 62), "the same month");
        assertEquals(null, Anchoring.nearDatedDay(dec28, 6, 20, 62), "half a year away: not the same stretch");
        assertEquals(null, Anchoring.nearDatedDay(LocalDate.of(2021, 3, 1), 2, 29, 62), "no 29 February near 2021");
    }
}
