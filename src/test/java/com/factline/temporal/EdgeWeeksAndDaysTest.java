package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "The last week of March", "the first days of 2020": an edge of a named period is one expression (TimeML marks
 * the whole phrase, with {@code mod} START or END, as "the end of March"), not "the last week" before the
 * publication date followed by "March"; so are "the weekend of May 5",
 * "the spring of last year" and "the first day of 2020" (that day).
 */
class EdgeWeeksAndDaysTest {

    private static final LocalDate REF = LocalDate.of(2023, 3, 18);
    private final TemporalResolver resolver = new TemporalResolver();

    private TemporalExpression only(String text) {
        return OnlyExpression.in(resolver, text, REF);
    }

    @Test
    void theLastOrFirstWeekOfAMonthIsThatMonthWithItsEdge() {
        TemporalExpression last = only("Prices rose in the last week of February.");
        assertEquals("the last week of February", last.text());
        assertEquals("2023-02", last.value(), last.explanation());
        assertEquals("END", last.mod());
        TemporalExpression first = only("The vote is due in the first week of April.");
        assertEquals("the first week of April", first.text());
        assertEquals("START", first.mod());
    }

    @Test
    void theFinalDaysOfAYearAreThatYearsEnd() {
        TemporalExpression end = only("He quit in the final days of 2019.");
        assertEquals("the final days of 2019", end.text());
        assertEquals("2019", end.value());
        assertEquals("END", end.mod());
    }

    @Test
    void withoutANamedPeriodAfterItTheLastWeekIsStillTheWeekBefore() {
        TemporalExpression week = only("Shares fell in the last week of trading.");
        assertEquals("the last week", week.text());
        assertEquals("2023-W10", week.value(), week.explanation());
    }

    @Test
    void theWeekendOfADayIsTheWeekendOfThatDaysWeekAsOneExpression() {
        TemporalExpression weekend = only("The fair opened on the weekend of May 6.");
        assertEquals("the weekend of May 6", weekend.text());
        assertEquals("2023-W18-WE", weekend.value(), weekend.explanation());
        assertEquals(LocalDate.of(2023, 5, 6), weekend.earliest());
        assertEquals(LocalDate.of(2023, 5, 7), weekend.latest());
    }

    @Test
    void aSeasonOfARelativeYearIsThatYearsSeasonAsOneExpression() {
        TemporalExpression spring = only("They met in the spring of last year.");
        assertEquals("the spring of last year", spring.text());
        assertEquals("2022-SP", spring.value(), spring.explanation());
        assertEquals("2024-SU", only("The plant opens in the summer of next year.").value());
    }

    @Test
    void theFirstOrLastDayOfAMonthOrYearIsThatDay() {
        TemporalExpression first = only("The law took effect on the first day of 2020.");
        assertEquals("the first day of 2020", first.text());
        assertEquals("2020-01-01", first.value(), first.explanation());
        assertEquals("2023-02-28", only("Bids close on the last day of February.").value());
        assertEquals("2023-02-28", only("Bids closed on the last day of last month.").value());
    }
}
