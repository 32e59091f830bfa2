package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
        assertEquals("2024", find("The plant will open in the next year.", "the next year").value());
        TemporalExpression approx = find("The plant will open in the next year or so.", "the next year or so");
        assertEquals("2024", approx.value(), approx.explanation());
        assertEquals("APPROX", approx.mod());
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
    void thatMonthOrSeasonIsOneOfTheYearGivenBefore() {
        TemporalExpression march = find("The mill reopened in 2011 and closed again that March.", "that March");
        assertEquals("2011-03", march.value(), march.explanation());
        assertEquals("2012-SU", find("They married in 2012; that summer they moved to Oslo.", "that summer").value());
        TemporalExpression day = find("He spoke in 2008 at that March 2 rally.", "March 2");
        assertEquals("2008-03-02", day.value(), day.explanation());
        // Without a year before it, or as the subject of a clause after "that", the month is left alone.
        assertEquals(List.of(), resolver.resolve("She left the firm that March.", REF));
        assertEquals(List.of("2011"), resolver.resolve("In 2011 he said that March was the worst month.", REF).stream()
                .map(TemporalExpression::text).toList());
    }

    @Test
    void yearsLaterCountFromTheYearGivenBefore() {
        TemporalExpression later = find("The bakery opened in 2004. A year later it burned down.", "A year later");
        assertEquals(TimexType.DATE, later.type());
        assertEquals("2005", later.value(), later.explanation());
        assertEquals("\"A year later\": 1 year after the year of the date given before, 2004", later.explanation());
        assertEquals("2009", find("The bridge was closed in March 2006 and three years later it was torn down.",
                "three years later").value());
        // Without a year given before it stays a length of time; "later than" compares, and other units stay lengths.
        assertEquals("P1Y", find("A year later the firm was gone.", "A year").value());
        assertEquals("P1Y", find("The line opened in 2004, a year later than planned.", "a year").value());
        assertEquals("P3D", find("The dam broke in 2004. Three days later the town was empty.", "Three days").value());
    }

    @Test
    void aNumberOrAPluralKeepsItADuration() {
        TemporalExpression two = find("Prices rose over the past two years.", "the past two years");
        assertEquals(TimexType.DURATION, two.type());
        assertEquals("P2Y", two.value());
        assertEquals(TimexType.DURATION, find("It rained for the past three days.", "the past three days").type());
    }

    @Test
    void thatYearIsTheYearOfTheDateGivenBefore() {
        String text = "She moved to Lyon in June 2019 and returned later that year. Sales that year doubled.";
        TemporalExpression later = find(text, "later that year");
        assertEquals("2019", later.value(), later.explanation());
        assertEquals("2019", find(text, "that year").value());
    }

    @Test
    void thatQuarterIsTheQuarterMentionedBefore() {
        String text = "Profit fell in the third quarter of 2021. Results for that quarter included a charge.";
        TemporalExpression q = find(text, "that quarter");
        assertEquals("2021-Q3", q.value(), q.explanation());
    }

    @Test
    void thatYearWithoutADateBeforeItIsNotGuessed() {
        assertEquals(java.util.List.of(), resolver.resolve("Nobody knows what happened that year.", REF));
    }

    @Test
    void aSeasonWithoutAYearIsTheLastOneOrTheCurrentOneOrTheNextInTheFuture() {
        LocalDate oct20 = LocalDate.of(2023, 10, 20);
        TemporalExpression past = ResolverChecks.find("Sales slowed over the summer.", oct20, "the summer");
        assertEquals("2023-SU", past.value(), past.explanation());
        assertEquals("2024-SP", ResolverChecks.find("Work will resume in the spring.", oct20, "the spring").value());
        TemporalExpression early = ResolverChecks.find("Orders were low in the early summer.", oct20,
                "the early summer");
        assertEquals("2023-SU", early.value());
        assertEquals("START", early.mod());
        assertEquals("2023-SU", ResolverChecks.find("Prices rose during the summer.", LocalDate.of(2023, 7, 10),
                "the summer").value(), "the season the publication date falls in");
        assertEquals("1994-WI", ResolverChecks.find("It was cold in the winter of 1994.", oct20,
                "the winter of 1994").value());
        ResolverChecks.assertNoDate("He wrote about the fall of the wall.", oct20);
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

    @Test
    void aPluralWithoutANumberIsAnUnknownNumberOfTheUnit() {
        TemporalExpression years = find("Demand should grow in the coming years.", "the coming years");
        assertEquals(TimexType.DURATION, years.type());
        assertEquals("PXY", years.value(), years.explanation());
        assertEquals("PXW", find("The talks stalled over the past weeks.", "the past weeks").value());
        assertEquals("P2Y", find("Output fell over the past two years.", "the past two years").value());
    }

    @Test
    void forAWhileIsADurationOfNoStatedLengthOrUnit() {
        TemporalExpression stretch = find("The mill will stay shut for a while.", "a while");
        assertEquals(TimexType.DURATION, stretch.type());
        assertEquals("PXX", stretch.value(), stretch.explanation());
        assertEquals("PXX", find("She kept the letter for a long while, then burnt it.", "a long while").value());
        assertTrue(resolver.resolve("After a while the band played again.", REF).isEmpty(), "a point, not a length");
        assertTrue(resolver.resolve("Once in a while the ferry runs late.", REF).isEmpty(), "how often");
    }

    @Test
    void aLongOrShortPeriodOrTimeAfterForIsADurationOfNoStatedLength() {
        assertEquals("PXX", find("The troops will stay for a fairly lengthy period.", "a fairly lengthy period").value());
        assertEquals("PXX", find("They have farmed here for a long time.", "a long time").value());
        assertEquals("PXX", find("The road was shut for an extended period of time.", "an extended period of time")
                .value());
        assertTrue(resolver.resolve("The choir sang the hymn for a second time.", REF).isEmpty(), "a count");
        assertTrue(resolver.resolve("He was for a time the only doctor.", REF).isEmpty(), "no adjective of length");
    }
}
