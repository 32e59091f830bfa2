package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateDisplayTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void shouldRenderDayMonthYear() {
        assertEquals("17 March 2023", DateDisplay.format(d("2023-03-17"), d("2023-03-17"), DatePrecision.DAY, null));
        assertEquals("March 2023", DateDisplay.format(d("2023-03-01"), d("2023-03-31"), DatePrecision.MONTH, null));
        assertEquals("2023", DateDisplay.format(d("2023-01-01"), d("2023-12-31"), DatePrecision.YEAR, null));
    }

    @Test
    void shouldRenderRanges() {
        assertEquals("20–22 March 2023", DateDisplay.format(d("2023-03-20"), d("2023-03-22"), DatePrecision.RANGE, null));
        assertEquals("17 March – 2 April 2023",
                DateDisplay.format(d("2023-03-17"), d("2023-04-02"), DatePrecision.RANGE, null));
        assertEquals("28 December 2022 – 3 January 2023",
                DateDisplay.format(d("2022-12-28"), d("2023-01-03"), DatePrecision.RANGE, null));
        assertEquals("July–December 2022",
                DateDisplay.format(d("2022-07-01"), d("2022-12-31"), DatePrecision.RANGE, null));
        assertEquals("2019–2022", DateDisplay.format(d("2019-01-01"), d("2022-12-31"), DatePrecision.RANGE, null));
    }

    @Test
    void shouldRenderPartsOfMonthAndApproximation() {
        assertEquals("late March 2023", DateDisplay.format(d("2023-03-21"), d("2023-03-31"), DatePrecision.RANGE, "END"));
        assertEquals("c. late March 2023",
                DateDisplay.format(d("2023-03-21"), d("2023-03-31"), DatePrecision.APPROXIMATE, "END"));
        assertEquals("early March 2023", DateDisplay.format(d("2023-03-01"), d("2023-03-10"), DatePrecision.RANGE, "START"));
        assertEquals("mid-March 2023", DateDisplay.format(d("2023-03-11"), d("2023-03-20"), DatePrecision.RANGE, "MID"));
        assertEquals("c. March 2023", DateDisplay.format(d("2023-03-01"), d("2023-03-31"), DatePrecision.APPROXIMATE, "APPROX"));
        assertEquals("late 2022", DateDisplay.format(d("2022-09-01"), d("2022-12-31"), DatePrecision.RANGE, "END"));
    }

    @Test
    void shouldRenderResolvedExpression() {
        TemporalExpression e = new TemporalResolver().resolve("in late December", LocalDate.of(2023, 3, 17)).get(0);
        assertEquals("late December 2022", DateDisplay.format(e));
        assertNull(DateDisplay.format(null, null, null, null));
    }

    @Test
    void shouldNameEveryMonthInEnglish() {
        for (java.time.Month m : java.time.Month.values()) {
            LocalDate first = LocalDate.of(2023, m, 1);
            assertEquals(m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " 2023",
                    DateDisplay.format(first, first.withDayOfMonth(first.lengthOfMonth()), DatePrecision.MONTH, null));
        }
    }
}
