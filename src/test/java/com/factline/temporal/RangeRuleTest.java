package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The words that join two dates into a range and the rules for its ends, without the resolver. */
class RangeRuleTest {

    @Test
    void aRangeOpensWithFromOrBetween() {
        assertEquals(5, RangeRule.afterOpening("from 1990 to 1994", 0));
        assertEquals(8, RangeRule.afterOpening("Between March and May", 0));
        assertEquals(-1, RangeRule.afterOpening("fromage", 0));
        assertEquals(-1, RangeRule.afterOpening("since 1990", 0));
    }

    @Test
    void separatorsAreWordsOrDashes() {
        assertEquals(8, RangeRule.afterSeparator("1990 to 1994", 4), "the second date starts after \" to \"");
        assertEquals(" through ".length(), RangeRule.afterSeparator(" through June", 0));
        assertEquals(" and ".length(), RangeRule.afterSeparator(" and May", 0));
        assertEquals(1, RangeRule.afterSeparator("–94", 0));
        assertEquals(-1, RangeRule.afterSeparator(" towards May", 0));
    }

    @Test
    void aBareDashStaysOnItsLine() {
        assertEquals(3, RangeRule.afterDash(" - 1994", 0));
        assertEquals(1, RangeRule.afterDash("–1994", 0));
        assertEquals(-1, RangeRule.afterDash("\n- 1994", 0));
        assertEquals(-1, RangeRule.afterDash(" to 1994", 0));
    }

    @Test
    void aTwoDigitSecondYearTakesTheFirstYearsCenturyWithinTenYears() {
        assertArrayEquals(new int[] {1994, 2}, RangeRule.twoDigitEndYear("94 were", 0, 1990));
        assertArrayEquals(new int[] {2003, 2}, RangeRule.twoDigitEndYear("03", 0, 1998));
        assertNull(RangeRule.twoDigitEndYear("20", 0, 1990), "thirty years on is no range");
        assertNull(RangeRule.twoDigitEndYear("940", 0, 1990));
        assertNull(RangeRule.twoDigitEndYear("9", 0, 1990));
    }

    @Test
    void aWeekdayRangeRunsForwardFromItsFirstDay() {
        LocalDate fri = LocalDate.of(2023, 3, 17);
        assertEquals(LocalDate.of(2023, 3, 20), RangeRule.weekdayEnd(fri, DayOfWeek.FRIDAY, DayOfWeek.MONDAY));
        LocalDate mon = LocalDate.of(2023, 3, 13);
        assertEquals(LocalDate.of(2023, 3, 15), RangeRule.weekdayEnd(mon, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        assertEquals(mon, RangeRule.weekdayEnd(mon, DayOfWeek.MONDAY, DayOfWeek.MONDAY));
    }
}
