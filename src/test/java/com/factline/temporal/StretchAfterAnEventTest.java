package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "In the years that followed", "in the months since": the stretch after an event is a span of an unknown number
 * of units (TimeML DURATION PXY, PXM), as "over the years" is. "In the days before the vote" is left out: it
 * points at a time the text does not date.
 */
class StretchAfterAnEventTest {

    private static final LocalDate REF = LocalDate.of(2024, 5, 14);
    private final TemporalResolver resolver = new TemporalResolver();

    private TemporalExpression only(String text) {
        return OnlyExpression.in(resolver, text, REF);
    }

    @Test
    void theYearsThatFollowedOrSinceAnEventAreAnUnknownNumberOfYears() {
        TemporalExpression span = resolver.resolve("The rebels landed in 1956. In the years that followed, they took"
                + " the hills.", REF).get(1);
        assertEquals("the years", span.text());
        assertEquals(TimexType.DURATION, span.type());
        assertEquals("PXY", span.value(), span.explanation());
        assertEquals("PXM", only("In the months since, prices have doubled.").value());
        assertEquals("PXD", only("In the days which followed the mayor said nothing.").value());
    }

    @Test
    void theDaysBeforeAnEventOrABarePluralAfterInStayUnmarked() {
        assertTrue(resolver.resolve("His car was seen in the days before the fire.", REF).isEmpty());
        assertTrue(resolver.resolve("In the years of plenty, the town grew.", REF).isEmpty());
    }
}
