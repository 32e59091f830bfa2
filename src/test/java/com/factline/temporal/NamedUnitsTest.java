package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "the past year", "the following year": one calendar unit next to a date, not a span of time. */
class NamedUnitsTest {

    private final TemporalResolver resolver = new TemporalResolver();
    private static final LocalDate REF = LocalDate.of(2023, 3, 18);

    private TemporalExpression find(String text, String expression) {
        return resolver.resolve(text, REF).stream().filter(e -> e.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + expression + "\" not found in: " + text));
    }

    @Test
    void thePastOrLastUnitIsTheOneBeforeThePublicationDates() {
        TemporalExpression year = find("Prices rose sharply over the past year.", "the past year");
        assertEquals(TimexType.DATE, year.type());
        assertEquals("2022", year.value(), year.explanation());
        assertEquals("201", find("Output doubled during the last decade.", "the last decade").value());
        assertEquals("2023-02", find("Sales fell in the past month.", "the past month").value());
    }

    @Test
    void theNextOrComingUnitIsTheOneAfterThePublicationDates() {
        assertEquals("2024", find("The plant will open in the next year or so.", "the next year").value());
        assertEquals("2023-04", find("A decision is due in the coming month.", "the coming month").value());
    }

    @Test
    void theFollowingOrPreviousUnitCountsFromTheDateGivenBefore() {
        TemporalExpression following = find("She was promoted on May 22, 2015, and the following year she moved"
                + " to Paris.", "the following year");
        assertEquals("2016", following.value(), following.explanation());
        assertEquals("2014", find("The firm was sold in 2015; the previous year it had lost money.",
                "the previous year").value());
        assertEquals("2024", find("Nothing was said; the following year the plan resumed.", "the following year")
                .value(), "without a date before it counts from the publication date");
    }

    @Test
    void aNumberOrAPluralKeepsItADuration() {
        TemporalExpression two = find("Prices rose over the past two years.", "the past two years");
        assertEquals(TimexType.DURATION, two.type());
        assertEquals("P2Y", two.value());
        assertEquals(TimexType.DURATION, find("It rained for the past three days.", "the past three days").type());
    }

    @Test
    void theWeekOfADayIsTheMondayToSundayWeekContainingIt() {
        TemporalExpression w = find("The hearing may come the week of April 3.", "the week of April 3");
        assertEquals("2023-W14", w.value(), w.explanation());
        assertEquals(LocalDate.of(2023, 4, 3), w.earliest());
        assertEquals(LocalDate.of(2023, 4, 9), w.latest());
        assertEquals("2021-W52", find("Stores closed the week of Jan. 1, 2022.", "the week of Jan. 1, 2022").value(),
                "1 January 2022 was a Saturday: ISO week 52 of 2021");
    }
}
