package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Amounts in words and ISO 8601 durations, as TimeML writes them (P2W, PT1H30M, PXY). */
class DurationsTest {

    @Test
    void amountsInDigitsAndWords() {
        assertEquals(3.0, Durations.amount("3"));
        assertEquals(2.5, Durations.amount("2.5"));
        assertEquals(25.0, Durations.amount("twenty-five"));
        assertEquals(2.0, Durations.amount("a couple of"));
        assertEquals(12.0, Durations.amount("a dozen"));
        assertEquals(0.5, Durations.amount("half an"));
        assertNull(Durations.amount("several"), "a vague amount has no number");
    }

    @Test
    void isoDurationsUseTheTimeDesignatorAndSplitHalves() {
        assertEquals("P2W", Durations.isoDuration(2.0, "week"));
        assertEquals("PT3H", Durations.isoDuration(3.0, "hour"));
        assertEquals("PT1H30M", Durations.isoDuration(1.5, "hour"));
        assertEquals("P2Y6M", Durations.isoDuration(2.5, "year"));
        assertEquals("P4W", Durations.isoDuration(2.0, "fortnight"));
        assertEquals("P20Y", Durations.isoDuration(2.0, "decade"));
    }

    @Test
    void anUnknownAmountIsWrittenWithX() {
        assertEquals("PXY", Durations.isoDuration(null, "year"));
        assertEquals("PTXH", Durations.isoDuration(null, "hour"));
        assertEquals("PXDE", Durations.isoDuration(null, "decade"));
    }

    @Test
    void numberWords() {
        assertTrue(Durations.isNumberWord("twenty"));
        assertTrue(Durations.isNumberWord("a"));
        assertFalse(Durations.isNumberWord("several"));
    }
}
