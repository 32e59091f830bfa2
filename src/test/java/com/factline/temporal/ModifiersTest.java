package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Modifier words and the part of a period they pick out, without the resolver around them. */
class ModifiersTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static void assertPart(Modifiers.Span span, String from, String to, String mod, String partFrom,
            String partTo) {
        assertArrayEquals(new LocalDate[] {d(partFrom), d(partTo)}, Modifiers.narrow(span, d(from), d(to), mod),
                mod + " of " + from + "/" + to);
    }

    @Test
    void edgeWordsGiveTheTimemlMod() {
        assertEquals("START", Modifiers.code("early", null, null, null));
        assertEquals("MID", Modifiers.code("mid", null, null, null));
        assertEquals("END", Modifiers.code("late", null, null, null));
        assertEquals("END", Modifiers.code("the end of", "end", null, null));
        assertEquals("START", Modifiers.code("the beginning of", "beginning", null, null));
        assertEquals("START", Modifiers.code("the start of", "start", null, null));
        assertEquals("MID", Modifiers.code("the middle of", "Middle", null, null));
    }

    @Test
    void halvesAndQuartersOfAYearAreValuesNotMods() {
        assertEquals("H1", Modifiers.code("the first half of", null, "first", null));
        assertEquals("H1", Modifiers.code("The First half of", null, "First", null));
        assertEquals("H2", Modifiers.code("the second half of", null, "2nd", null));
        assertEquals("Q3", Modifiers.code("the third quarter of", null, null, "Third"));
        assertEquals("Q4", Modifiers.code("the final quarter of", null, null, "final"));
        assertTrue(Modifiers.isPartOfYear("H2"));
        assertTrue(Modifiers.isPartOfYear("Q1"));
        assertFalse(Modifiers.isPartOfYear("MID"));
    }

    @Test
    void aMonthIsCutIntoTenTenAndTheRestOfItsDays() {
        assertPart(Modifiers.Span.MONTH, "2023-02-01", "2023-02-28", "START", "2023-02-01", "2023-02-10");
        assertPart(Modifiers.Span.MONTH, "2023-02-01", "2023-02-28", "MID", "2023-02-11", "2023-02-20");
        assertPart(Modifiers.Span.MONTH, "2023-02-01", "2023-02-28", "END", "2023-02-21", "2023-02-28");
        assertPart(Modifiers.Span.MONTH, "2023-03-01", "2023-03-31", "END", "2023-03-21", "2023-03-31");
    }

    @Test
    void aYearIsCutIntoThirdsByWholeMonths() {
        assertPart(Modifiers.Span.MONTHS, "2022-01-01", "2022-12-31", "START", "2022-01-01", "2022-04-30");
        assertPart(Modifiers.Span.MONTHS, "2022-01-01", "2022-12-31", "MID", "2022-05-01", "2022-08-31");
        assertPart(Modifiers.Span.MONTHS, "2022-01-01", "2022-12-31", "END", "2022-09-01", "2022-12-31");
        // A winter runs across the new year: late winter 2022 is February 2023.
        assertPart(Modifiers.Span.MONTHS, "2022-12-01", "2023-02-28", "END", "2023-02-01", "2023-02-28");
    }

    @Test
    void aDecadeIsCutIntoItsFirstFourMiddleThreeAndLastThreeYears() {
        assertPart(Modifiers.Span.DECADE, "1990-01-01", "1999-12-31", "START", "1990-01-01", "1993-12-31");
        assertPart(Modifiers.Span.DECADE, "1990-01-01", "1999-12-31", "MID", "1994-01-01", "1996-12-31");
        assertPart(Modifiers.Span.DECADE, "1990-01-01", "1999-12-31", "END", "1997-01-01", "1999-12-31");
    }

    @Test
    void aDayIsNotNarrowedAndAWeekIsCutByDays() {
        assertPart(Modifiers.Span.DAY, "2023-03-17", "2023-03-17", "END", "2023-03-17", "2023-03-17");
        assertPart(Modifiers.Span.DAYS, "2023-03-13", "2023-03-19", "START", "2023-03-13", "2023-03-14");
        assertPart(Modifiers.Span.DAYS, "2023-03-13", "2023-03-19", "MID", "2023-03-15", "2023-03-17");
        assertPart(Modifiers.Span.DAYS, "2023-03-13", "2023-03-19", "END", "2023-03-18", "2023-03-19");
    }
}
