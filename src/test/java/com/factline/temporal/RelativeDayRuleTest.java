package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Days, weekdays, months, weekends and seasons named relative to the reference date, without the resolver. */
class RelativeDayRuleTest {

    private static final LocalDate SAT_18 = LocalDate.of(2023, 3, 18);
    private static final LocalDate TUE_14 = LocalDate.of(2023, 3, 14);
    private static final LocalDate FRI_17 = LocalDate.of(2023, 3, 17);

    @Test
    void relativeDayWordsAndPartsOfTheDay() {
        assertEquals(-1, RelativeDayRule.dayOffset("Yesterday"));
        assertEquals(0, RelativeDayRule.dayOffset("tonight"));
        assertEquals(1, RelativeDayRule.dayOffset("tomorrow"));
        assertEquals("MO", RelativeDayRule.partCode("Morning"));
        assertEquals("AF", RelativeDayRule.partCode("afternoon"));
        assertEquals("EV", RelativeDayRule.partCode("evening"));
        assertEquals("NI", RelativeDayRule.partCode("night"));
    }

    @Test
    void lastThisAndNextGiveADirection() {
        assertEquals(-1, RelativeDayRule.direction("last"));
        assertEquals(-1, RelativeDayRule.direction("this  past"));
        assertEquals(1, RelativeDayRule.direction("this coming"));
        assertEquals(1, RelativeDayRule.direction("Next"));
        assertEquals(0, RelativeDayRule.direction("this"));
    }

    @Test
    void lastNextAndThisWeekday() {
        assertEquals(LocalDate.of(2023, 3, 10), RelativeDayRule.weekday(FRI_17, DayOfWeek.FRIDAY, -1),
                "last Friday on a Friday is a week back");
        assertEquals(LocalDate.of(2023, 3, 24), RelativeDayRule.weekday(FRI_17, DayOfWeek.FRIDAY, 1));
        assertEquals(LocalDate.of(2023, 3, 16), RelativeDayRule.weekday(SAT_18, DayOfWeek.THURSDAY, 0),
                "this Thursday is the one of the reference date's ISO week");
        assertEquals(LocalDate.of(2023, 3, 19), RelativeDayRule.weekday(TUE_14, DayOfWeek.SUNDAY, 0));
    }

    @Test
    void lastAndNextMonthSkipTheNeighbouringMonth() {
        assertEquals(YearMonth.of(2022, 2), RelativeDayRule.month(SAT_18, 2, -1),
                "February right before March is 'last month', so 'last February' is a year earlier");
        assertEquals(YearMonth.of(2023, 1), RelativeDayRule.month(SAT_18, 1, -1));
        assertEquals(YearMonth.of(2024, 4), RelativeDayRule.month(SAT_18, 4, 1));
        assertEquals(YearMonth.of(2023, 5), RelativeDayRule.month(SAT_18, 5, 1));
        assertEquals(YearMonth.of(2023, 7), RelativeDayRule.month(SAT_18, 7, 0));
    }

    @Test
    void theWeekendDependsOnTheDayOfTheWeekAndTheTense() {
        assertEquals(LocalDate.of(2023, 3, 13), RelativeDayRule.weekend(SAT_18, Tense.PAST).date(),
                "on a Saturday it is that weekend");
        assertEquals(LocalDate.of(2023, 3, 6), RelativeDayRule.weekend(TUE_14, Tense.UNKNOWN).date(),
                "early in the week, unclear tense: the weekend just gone");
        assertEquals(LocalDate.of(2023, 3, 13), RelativeDayRule.weekend(TUE_14, Tense.FUTURE).date());
        assertEquals(LocalDate.of(2023, 3, 13), RelativeDayRule.weekend(FRI_17, Tense.UNKNOWN).date());
        assertEquals(LocalDate.of(2023, 3, 6), RelativeDayRule.weekend(FRI_17, Tense.PAST).date());
    }

    @Test
    void seasonsAreMeteorologicalAndWinterCrossesTheYear() {
        assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31)},
                RelativeDayRule.season("summer", 2023));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29)},
                RelativeDayRule.season("winter", 2023));
        assertEquals("FA", RelativeDayRule.seasonCode("fall"));
        assertEquals("FA", RelativeDayRule.seasonCode("autumn"));
    }

    @Test
    void lastThisAndNextSeason() {
        assertEquals(2022, RelativeDayRule.seasonYear(SAT_18, "summer", -1));
        assertEquals(2023, RelativeDayRule.seasonYear(SAT_18, "summer", 1));
        assertEquals(2023, RelativeDayRule.seasonYear(SAT_18, "spring", 0), "March 18 is in spring");
        assertEquals(2022, RelativeDayRule.seasonYear(SAT_18, "winter", -1), "winter 2022 ended on Feb 28, 2023");
        assertEquals(2023, RelativeDayRule.seasonYear(SAT_18, "summer", 0));
        assertEquals(2022, RelativeDayRule.seasonYear(LocalDate.of(2023, 1, 10), "winter", 0));
    }
}
