package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Amounts in words and ISO 8601 durations, as TimeML writes them (P2W, PT1H30M, PXY). */
class DurationsTest {

    /** The publication date of the made-up sentences below. */
    private static final java.time.LocalDate MAY_6 = java.time.LocalDate.of(2024, 5, 6);

    @Test
    void amountsInDigitsAndWords() {
        assertEquals(3.0, Durations.amount("3"));
        assertEquals(2.5, Durations.amount("2.5"));
        assertEquals(25.0, Durations.amount("twenty-five"));
        assertEquals(2.0, Durations.amount("a couple of"));
        assertEquals(12.0, Durations.amount("a dozen"));
        assertEquals(0.5, Durations.amount("half an"));
        assertNull(Durations.amount("several"), "a vague amount has no number");
        assertEquals(2000.0, Durations.amount("2,000"));
        assertEquals(0.25, Durations.amount("a quarter of an"));
        assertEquals(0.75, Durations.amount("three quarters of an"));
        assertEquals(10000.0, Durations.amount("10,000"));
    }

    @Test
    void aFractionOfAUnitIsCountedInTheNextSmallerUnit() {
        // Before, "a quarter of an hour" was "an hour" and "half a century ago" the publication year.
        assertEquals("PT15M", ResolverChecks.find("A quarter of an hour passed.", MAY_6, "A quarter of an hour").value());
        assertEquals("PT45M", ResolverChecks.find("It took three quarters of an hour.", MAY_6,
                "three quarters of an hour").value());
        assertEquals("1974", ResolverChecks.find("Half a century ago the mine closed.", MAY_6, "Half a century ago")
                .value());
        assertEquals("1999", ResolverChecks.find("A quarter of a century ago it opened.", MAY_6,
                "A quarter of a century ago").value());
        assertEquals("2022-11", ResolverChecks.find("A year and a half ago it moved.", MAY_6, "A year and a half ago")
                .value());
    }

    @Test
    void anAmountWithThousandsSeparatorsIsOneNumberNotItsLastGroup() {
        // Before, "2,000 years" was found as "000 years" (P0Y).
        assertEquals("P2000Y", ResolverChecks.find("The olive grove has stood for 2,000 years.", MAY_6, "2,000 years")
                .value());
        assertEquals("PT10000H", ResolverChecks.find("She logged 10,000 hours at sea.", MAY_6, "10,000 hours").value());
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

    @Test
    void moreAdditionalAndTradingDaysKeepTheCountedLength() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression more = ResolverChecks.find("The talks will go on for two more weeks.", ref, "two more weeks");
        assertEquals("P2W", more.value(), more.explanation());
        assertEquals("P1Y", ResolverChecks.find("The lease runs for an additional year.", ref, "an additional year")
                .value());
        assertEquals("P8D", ResolverChecks.find("Eight trading days later the index fell.", ref, "Eight trading days")
                .value());
        TemporalExpression atLeast = ResolverChecks.find("The base stays for at least 20 more years.", ref,
                "at least 20 more years");
        assertEquals("P20Y", atLeast.value());
        assertEquals("EQUAL_OR_MORE", atLeast.mod());
    }

    @Test
    void aCoupleWithoutItsArticleIsTwo() {
        assertEquals(2.0, Durations.amount("couple of"));
        TemporalExpression e = ResolverChecks.find("Over the next couple of years prices may rise.",
                java.time.LocalDate.of(2024, 5, 6), "the next couple of years");
        assertEquals("P2Y", e.value(), e.explanation());
    }

    @Test
    void quartersAfterAnAmountAreThreeMonthPeriodsUnlessAFraction() {
        assertEquals("P2Q", Durations.isoDuration(2.0, "quarter"));
        assertEquals("PXQ", Durations.isoDuration(null, "quarter"));
        assertTrue(Durations.isFraction(true, " of the vote went to her"));
        assertTrue(Durations.isFraction(false, " of its staff"), "a quarter of: a fraction");
        assertTrue(Durations.isFraction(false, "-point cut"));
        assertFalse(Durations.isFraction(true, " of losses ended"));
        assertFalse(Durations.isFraction(true, ", the bank said"));
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        assertEquals("P2Q", ResolverChecks.find("Losses grew in the past two quarters.", ref, "the past two quarters")
                .value());
        assertEquals("PXQ", ResolverChecks.find("It turned a profit after several quarters of losses.", ref,
                "several quarters").value());
        ResolverChecks.assertNoDate("Three quarters of the members voted for it.", ref);
    }

    @Test
    void barePluralUnitsAfterWithinOrClosingInAreUnknownAmounts() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        assertEquals("PXW", ResolverChecks.find("Troops will arrive within weeks, officials said.", ref, "weeks")
                .value());
        assertEquals("PXY", ResolverChecks.find("Sales grew for the first time in years.", ref, "years").value());
        TemporalExpression either = ResolverChecks.find("He died within weeks or months of the crash.", ref,
                "weeks or months");
        assertEquals("PXW", either.value(), either.explanation());
        ResolverChecks.assertNoDate("The veterans spent years in prison and months in exile.", ref);
        ResolverChecks.assertNoDate("It happened in years of drought.", ref);
    }

    @Test
    void theWeeksAheadAndOverTheYearsAreUnknownAmounts() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression ahead = ResolverChecks.find("Funds may sell bonds in the weeks ahead.", ref, "the weeks ahead");
        assertEquals("PXW", ahead.value(), ahead.explanation());
        assertEquals("PXY", ResolverChecks.find("Over the years the town grew.", ref, "the years").value());
        assertEquals("PXM", ResolverChecks.find("Talks go on in the months to come.", ref, "the months to come")
                .value());
        ResolverChecks.assertNoDate("He recalled the years of war.", ref);
    }

    @Test
    void aMixedFractionCountsItsFractionInTheNextSmallerUnit() {
        assertEquals(5.5, Durations.amount("5 1/2"));
        assertEquals(2.75, Durations.amount("2-3/4"));
        assertEquals(3.5, Durations.amount("3½"));
        assertEquals("P2Y3M", Durations.isoDuration(2.25, "year"));
        assertEquals("PT20M", Durations.isoDuration(1.0 / 3, "hour"));
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression hours = ResolverChecks.find("The minister spent 4 1/2 hours at the border post.", ref,
                "4 1/2 hours");
        assertEquals("PT4H30M", hours.value(), hours.explanation());
        assertEquals("P3Y6M", ResolverChecks.find("He served 3 1/2 years in prison.", ref, "3 1/2 years").value());
        assertEquals("P1DT12H", ResolverChecks.find("The strike lasted 1½ days.", ref, "1½ days").value());
    }

    @Test
    void aSlashDateIsNoMixedFraction() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        assertTrue(new TemporalResolver().resolve("Filed 5 1/2/2024 days", ref).stream()
                .noneMatch(e -> e.text().startsWith("5 1/2")));
    }

    @Test
    void oneDayAfterAModalIsSomeDayInTheFuture() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression some = ResolverChecks.find("She hopes the village will one day have a school.", ref,
                "one day");
        assertEquals(TimexType.DATE, some.type());
        assertEquals("FUTURE_REF", some.value(), some.explanation());
        TemporalExpression length = ResolverChecks.find("The strike lasted one day.", ref, "one day");
        assertEquals("P1D", length.value(), "a length of time stays a duration");
    }

    @Test
    void aCountedSpanWrittenAsANounPhraseKeepsItsDeterminer() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression first = ResolverChecks.find("Sales rose 4% in the first six months.", ref,
                "the first six months");
        assertEquals("P6M", first.value(), first.explanation());
        assertEquals("P3D", ResolverChecks.find("During the three days of talks nobody left.", ref, "the three days")
                .value());
        assertEquals("P9M", ResolverChecks.find("Net for the year-earlier nine months was lower.", ref,
                "the year-earlier nine months").value());
        // An adjectival length leaves the article out, and "ago" makes a date.
        assertEquals("P30D", ResolverChecks.find("He got the 30-day notice.", ref, "30-day").value());
        assertEquals("2024-W17", ResolverChecks.find("It was the two weeks ago story.", ref, "two weeks ago").value());
    }

    @Test
    void aWholeNumberAndAHalfIsOneAmount() {
        assertEquals(5.5, Durations.amount("5 1/2"));
        assertEquals(2.5, Durations.amount("2-1/2"));
        assertEquals(3.5, Durations.amount("3½"));
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression hours = ResolverChecks.find("The flight took 7 1/2 hours.", ref, "7 1/2 hours");
        assertEquals("PT7H30M", hours.value(), hours.explanation());
        assertEquals("P1Y6M", ResolverChecks.find("He served 1-1/2 years in office.", ref, "1-1/2 years").value());
    }

    @Test
    void backAfterALengthOfTimeCountsBackAsAgoDoesButNotAReturn() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression years = ResolverChecks.find("The mill shut two years back, a worker said.", ref,
                "two years back");
        assertEquals("2022", years.value(), years.explanation());
        assertEquals(TimexType.DATE, years.type());
        TemporalExpression few = ResolverChecks.find("She said a few weeks back that she would run.", ref,
                "a few weeks back");
        assertEquals("PAST_REF", few.value(), few.explanation());
        TemporalExpression stay = ResolverChecks.find("He spent three days back in Ohio.", ref, "three days");
        assertEquals("P3D", stay.value(), "a return, not a date: " + stay.explanation());
        TemporalExpression work = ResolverChecks.find("After two weeks back at work, she quit.", ref, "two weeks");
        assertEquals("P2W", work.value(), work.explanation());
    }

    @Test
    void aQualifierBeforeADateCountedBackIsPartOfIt() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression nearly = ResolverChecks.find("The plant closed nearly three years ago.", ref,
                "nearly three years ago");
        assertEquals("2021", nearly.value(), nearly.explanation());
        assertEquals("APPROX", nearly.mod());
        TemporalExpression more = ResolverChecks.find("The feud began more than a decade ago.", ref,
                "more than a decade ago");
        assertEquals("2014", more.value());
        assertEquals("BEFORE", more.mod(), "more than a decade ago lies before 2014");
        assertEquals("BEFORE", ResolverChecks.find("The vote is less than two weeks from now.", ref,
                "less than two weeks from now").mod());
        // "from today" counts forward as "from now" does (before, a length and "today").
        assertEquals(ResolverChecks.find("The vote is three weeks from now.", ref, "three weeks from now").value(),
                ResolverChecks.find("The vote is three weeks from today.", ref, "three weeks from today").value());
    }

    @Test
    void aCompoundWithLongIsALengthAndTheArticleBeforeItStaysOutside() {
        TemporalExpression decade = ResolverChecks.find("A decade-long dispute ended in court.", MAY_6, "decade-long");
        assertEquals("P10Y", decade.value());
        assertEquals(2, decade.start(), "the article is not part of the expression");
        assertEquals("PT1H", ResolverChecks.find("He gave an hour-long speech.", MAY_6, "hour-long").value());
        assertEquals("PXW", ResolverChecks.find("Weeks-long talks broke down.", MAY_6, "Weeks-long").value());
        assertEquals("PXY", ResolverChecks.find("The years-long feud is over.", MAY_6, "years-long").value());
        assertEquals("PXM", ResolverChecks.find("They ended a months-long strike.", MAY_6, "months-long").value());
        assertEquals("an hour", ResolverChecks.find("She spoke for an hour.", MAY_6, "an hour").text(),
                "a plain length keeps its article");
    }

    @Test
    void theAgeOfATruceOrAWarIsALengthButTheAgeOfAPersonIsNot() {
        TemporalExpression truce = ResolverChecks.find("Rebels broke the 14-month-old truce overnight.", MAY_6,
                "14-month-old");
        assertEquals("P14M", truce.value(), truce.explanation());
        assertEquals(TimexType.DURATION, truce.type());
        assertEquals("P3Y", ResolverChecks.find("The three-year-old civil war goes on.", MAY_6, "three-year-old")
                .value());
        ResolverChecks.assertNoDate("A 9-year-old girl and her 70-year-old grandfather were rescued.", MAY_6);
        ResolverChecks.assertNoDate("The 12-year-old house was sold.", MAY_6);
    }

    @Test
    void aboutBeforeALengthOrAClockTimeStaysOutsideTheExpressionButGivesItsMod() {
        TemporalExpression length = ResolverChecks.find("The pumps ran for about six hours.", MAY_6, "six hours");
        assertEquals("PT6H", length.value());
        assertEquals("APPROX", length.mod());
        TemporalExpression clock = ResolverChecks.find("The alarm went off at about 9:40 a.m. on Monday.", MAY_6,
                "9:40 a.m.");
        assertEquals("APPROX", clock.mod());
        // Other qualifiers stay inside, as the TimeML gold marks them ("nearly two years", "around 7 p.m.").
        assertEquals("LESS_THAN", ResolverChecks.find("The talks lasted nearly two years.", MAY_6, "nearly two years")
                .mod());
        assertEquals("APPROX", ResolverChecks.find("Doors open around 7 p.m. tonight.", MAY_6, "around 7 p.m.")
                .mod());
    }

    @Test
    void orSoAfterAnExpressionIsAnApproximationOfIt() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression span = ResolverChecks.find("Rates may fall over the next three months or so.", ref,
                "the next three months or so");
        assertEquals("P3M", span.value(), span.explanation());
        assertEquals("APPROX", span.mod());
        TemporalExpression ago = ResolverChecks.find("They met a month or so ago.", ref, "a month or so ago");
        assertEquals("2024-04", ago.value(), ago.explanation());
        assertEquals("APPROX", ago.mod());
        assertEquals("2025", ResolverChecks.find("It should close in the next year or so.", ref, "the next year or so")
                .value());
    }

    @Test
    void aPluralAfterPastOrComingWithoutAnAmountIsAnUnknownNumber() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression coming = ResolverChecks.find("Costs will rise in the coming years.", ref, "the coming years");
        assertEquals("PXY", coming.value(), coming.explanation());
        assertEquals("PXM", ResolverChecks.find("Over the past months the rate fell.", ref, "the past months").value());
        assertEquals("P2Y", ResolverChecks.find("Over the past two years the rate fell.", ref, "the past two years")
                .value());
    }

    @Test
    void recentWeeksOrMonthsAreASpanOfUnknownLengthRecentYearsAPastReference() {
        java.time.LocalDate ref = java.time.LocalDate.of(2024, 5, 6);
        TemporalExpression months = ResolverChecks.find("Prices have doubled in recent months.", ref, "recent months");
        assertEquals("PXM", months.value(), months.explanation());
        assertEquals(TimexType.DURATION, months.type());
        assertEquals("PXW", ResolverChecks.find("In recent weeks the bank sold bonds.", ref, "recent weeks").value());
        assertEquals("PAST_REF", ResolverChecks.find("Crime fell in recent years.", ref, "recent years").value());
    }
}
