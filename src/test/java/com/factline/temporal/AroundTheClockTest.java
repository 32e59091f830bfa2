package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "24 hours a day", "seven days a week": an amount filling the whole period it is counted per means "all the
 * time". It is neither a length of time nor a recurring time, so neither part is a temporal expression.
 */
class AroundTheClockTest {

    private static final LocalDate REF = LocalDate.of(2024, 5, 14);
    private final TemporalResolver resolver = new TemporalResolver();

    private List<String> found(String text) {
        return resolver.resolve(text, REF).stream().map(TemporalExpression::text).toList();
    }

    @Test
    void aWholePeriodCountedPerThatPeriodIsNoTemporalExpression() {
        assertEquals(List.of(), found("Guards watch the gate 24 hours a day."));
        assertEquals(List.of(), found("The clinic is open seven days a week, twenty-four hours a day."));
        assertEquals(List.of(), found("The plant runs 365 days a year."));
    }

    @Test
    void aPartOfThePeriodIsStillALengthAndOtherTimesAroundAreKept() {
        assertTrue(found("Miners worked eight hours a day.").contains("eight hours"));
        assertEquals(List.of("Monday"), found("Since Monday nurses have staffed the ward 24 hours a day."));
        assertEquals(List.of("24 hours"), found("The talks lasted 24 hours."));
    }

    @Test
    void theIdiomIsReadFromTheWordsAroundTheDuration() {
        String text = "staffed 24 hours a day";
        int start = text.indexOf("24");
        assertTrue(Durations.aroundTheClock(text, start, start + "24 hours".length()));
        int a = text.indexOf("a day");
        assertTrue(Durations.aroundTheClock(text, a, a + "a day".length()));
        assertFalse(Durations.aroundTheClock("staffed 12 hours a day", 8, 16));
    }
}
