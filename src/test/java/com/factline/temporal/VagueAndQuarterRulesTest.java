package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule families for vague references (PRESENT_REF/PAST_REF/FUTURE_REF) and quarters, on their own. */
class VagueAndQuarterRulesTest {

    private static final LocalDate NOV_2 = LocalDate.of(1989, 11, 2);

    private static RuleMatch vague(String text, String at) {
        return VagueReferenceRule.at(text, text.indexOf(at));
    }

    @Test
    void nowCurrentlyAndThePresentArePresentReferences() {
        assertEquals("PRESENT_REF", vague("The company now has 45 banks.", "now").value());
        RuleMatch rightNow = vague("They are not happy right now.", "right now");
        assertEquals("right now", "They are not happy right now.".substring(rightNow.start(), rightNow.end()));
        assertEquals("PRESENT_REF", vague("Prices are currently falling.", "currently").value());
        assertEquals("PRESENT_REF", vague("Joblessness is high these days.", "these days").value());
        assertNull(vague("Doing nothing now.", "now").from(), "a vague reference has no calendar interval");
    }

    @Test
    void todaysBeforeAPeopleOrAnAgeIsThePresentNotTheDay() {
        TemporalExpression party = ResolverChecks.find("Critics say today's Liberal Party has lost its way.", NOV_2,
                "today");
        assertEquals("PRESENT_REF", party.value(), party.explanation());
        TemporalExpression world = ResolverChecks.find("In today's world, few letters are written by hand.", NOV_2,
                "today");
        assertEquals("PRESENT_REF", world.value(), world.explanation());
        TemporalExpression vote = ResolverChecks.find("Today's vote was delayed by a storm.", NOV_2, "Today");
        assertEquals("1989-11-02", vote.value(), "an event of the day stays on the day: " + vote.explanation());
        TemporalExpression alone = ResolverChecks.find("The council meets today.", NOV_2, "today");
        assertEquals("1989-11-02", alone.value(), alone.explanation());
    }

    @Test
    void aPrepositionBeforeAVagueReferenceIsNotAnApproximation() {
        TemporalExpression e = ResolverChecks.find("Voters fret about the future.", NOV_2, "the future");
        assertEquals("FUTURE_REF", e.value());
        assertNull(e.mod(), e.explanation());
        assertEquals("the present", ResolverChecks.find("They care about the present.", NOV_2, "the present").text());
    }

    @Test
    void comingFutureOrPastBeforeAPluralUnitWithoutArticleIsAVagueReference() {
        assertEquals("FUTURE_REF", ResolverChecks.find("Banks expect to cut rates in coming weeks.", NOV_2,
                "coming weeks").value());
        assertEquals("FUTURE_REF", ResolverChecks.find("The charge will lower taxes in future years.", NOV_2,
                "future years").value());
        assertEquals("PAST_REF", ResolverChecks.find("Such sales were rare in past decades.", NOV_2, "past decades")
                .value());
        TemporalExpression span = ResolverChecks.find("Over the past months the rate fell.", NOV_2, "the past months");
        assertEquals("PXM", span.value(), "with the article it is a span, found as a duration");
    }

    @Test
    void nowWithACommaOpeningASentenceIsADiscourseMarker() {
        assertNull(vague("Sales fell. Now, the chairman says, the worst is over.", "Now"));
        assertNull(vague("\"Now, let me explain,\" she said.", "Now"));
        assertEquals("PRESENT_REF", vague("Sales fell. Now the chairman says the worst is over.", "Now").value());
        assertEquals("PRESENT_REF", vague("But for now, rates stay where they are.", "now").value());
    }

    @Test
    void recentlyAndThePastArePastReferencesTheFutureIsAFutureReference() {
        assertEquals("PAST_REF", vague("He recently resigned.", "recently").value());
        assertEquals("PAST_REF", vague("That worked in the past.", "the past").value());
        assertEquals("FUTURE_REF", vague("It may change in the near future.", "the near future").value());
    }

    @Test
    void soonNextToAModalOrToIsAFutureReference() {
        RuleMatch willSoon = vague("The bakery will soon open a second shop.", "soon");
        assertEquals("FUTURE_REF", willSoon.value());
        assertEquals("\"will soon\": a vague future reference", willSoon.explanation());
        assertEquals("FUTURE_REF", vague("Regulators may soon approve the merger.", "soon").value());
        assertEquals("FUTURE_REF", vague("The mill soon will hire 40 workers.", "soon").value());
        assertEquals("FUTURE_REF", vague("It expects exports to soon double.", "soon").value());
        assertEquals("FUTURE_REF", vague("The firm is strong enough soon to buy back debt.", "soon").value());
        assertEquals("\"'ll soon\": a vague future reference", vague("We'll soon know more.", "soon").explanation());
        TemporalExpression e = ResolverChecks.find("The council said it would soon vote on the plan.", NOV_2, "soon");
        assertEquals("FUTURE_REF", e.value(), e.explanation());
    }

    @Test
    void soonEndingAPhraseOpenedByAModalIsAFutureReference() {
        RuleMatch update = vague("The mayor will comment soon.", "soon");
        assertEquals("FUTURE_REF", update.value(), "the modal two words back puts it ahead of the writer");
        assertEquals("\"will … soon\": a vague future reference", update.explanation());
        assertEquals("FUTURE_REF", vague("The ruling could be issued soon, lawyers said.", "soon").value(),
                "a modal three words back, a passive between");
        assertNull(vague("The ferry will leave soon after dawn.", "soon"), "tied to another event, not to the writer");
        assertNull(vague("The band went to Oslo soon.", "soon"), "\"to\" back in the phrase may be a preposition");
        assertNull(vague("It will rain, and soon.", "soon"), "the modal stands beyond a comma");
    }

    @Test
    void soonInAStoryToldInThePastOrAsAConjunctionIsNotMarked() {
        assertNull(vague("He was soon released from hospital.", "soon"), "shortly after another event");
        assertNull(vague("The trickle soon became a flood.", "soon"));
        assertNull(vague("The crew left soon after the storm.", "soon"));
        assertNull(vague("Call as soon as you land.", "soon"));
        assertNull(vague("It is too soon to tell.", "soon"));
    }

    @Test
    void recentlyBeforeTheDateItRanksIsNotAReferenceOfItsOwn() {
        assertNull(vague("Prices were this low as recently as 1995.", "recently"), "the year is the time");
        assertNull(vague("Three plants closed, most recently last October.", "recently"));
        assertNull(vague("Rates rose, most recently in March.", "recently"));
        assertEquals("PAST_REF", vague("The plant was most recently sold to a rival.", "recently").value());
        assertEquals("PAST_REF", vague("More recently, it has grown fast.", "recently").value());
        assertEquals("PAST_REF", vague("Until recently it had no rivals.", "recently").value());
        List<TemporalExpression> found = new TemporalResolver().resolve("Three plants closed, most recently last October.",
                NOV_2);
        assertEquals(List.of("last October"), found.stream().map(TemporalExpression::text).toList());
    }

    @Test
    void thenCurrentIsWhatWasCurrentThenAPastReference() {
        assertEquals("PAST_REF", vague("He met the then-current chairman in Paris.", "current").value());
        assertEquals("PAST_REF", vague("Under then current rules the sale was legal.", "current").value());
        assertEquals("PRESENT_REF", vague("Even then, current rules allow the sale.", "current").value());
        assertEquals("PRESENT_REF", vague("Under the current rules the sale is legal.", "current").value());
    }

    @Test
    void theNearShortOrLongTermIsAFutureReferenceUnlessItDescribesANoun() {
        String text = "Rates may stay high in the near term, the bank said.";
        RuleMatch near = vague(text, "the near term");
        assertEquals("the near term", text.substring(near.start(), near.end()));
        assertEquals("FUTURE_REF", near.value(), near.explanation());
        assertEquals("FUTURE_REF", vague("It will hurt profits in the short term and help later.", "the short term")
                .value());
        assertNull(vague("It sold the short term debt.", "the short term"), "an adjective before a noun");
        assertNull(vague("the short-term outlook", "the short"));
    }

    @Test
    void idiomsAndDurationsAreNotVagueReferences() {
        assertNull(vague("two weeks from now", "now"), "part of a duration");
        assertNull(vague("From now on, all is different.", "now"));
        assertNull(vague("It is different from now on.", "now"));
        assertEquals("PRESENT_REF", vague("The two men who are now on the council agree.", "now").value(),
                "\"now on\" without \"from\" is the present");
        assertNull(vague("for the foreseeable future", "the foreseeable"));
        assertNull(vague("They fear for the future of the town.", "the future"));
        assertNull(vague("the current account deficit", "current"));
        assertNull(vague("the past three years", "the past"), "a duration, found by the duration rule");
        assertNull(vague("He knows the way.", "knows"));
    }

    @Test
    void currentBeforeANounIsThePresent() {
        assertEquals("PRESENT_REF", vague("his current wife", "current").value());
    }

    private static RuleMatch quarter(String text, String at, int[] context, boolean future, boolean past) {
        return QuarterRule.at(text, text.indexOf(at), NOV_2, context, () -> future, () -> past);
    }

    @Test
    void anOrdinalQuarterWithoutYearIsInThePublicationYear() {
        RuleMatch q3 = quarter("It lost money in the third quarter.", "the third", null, false, true);
        assertEquals("1989-Q3", q3.value());
        assertEquals("the third quarter", "It lost money in the third quarter.".substring(q3.start(), q3.end()));
        assertEquals(LocalDate.of(1989, 7, 1), q3.from());
        assertEquals(LocalDate.of(1989, 9, 30), q3.to());
        assertEquals("1989-Q4", quarter("a decline in the fourth quarter", "the fourth", null, false, false).value());
    }

    @Test
    void aShortQuarterWithoutYearIsAnchoredLikeTheOrdinalOne() {
        String text = "Profit rose in Q3, the company said.";
        RuleMatch q3 = quarter(text, "Q3", null, false, true);
        assertEquals("1989-Q3", q3.value(), q3.explanation());
        assertEquals("Q3", text.substring(q3.start(), q3.end()));
        RuleMatch past = QuarterRule.at("Sales fell in Q4.", "Sales fell in ".length(), LocalDate.of(1990, 2, 1), null,
                () -> false, () -> true);
        assertEquals("1989-Q4", past.value(), "a quarter still to come spoken of in the past is last year's");
        assertEquals("1989-Q2", quarter("Q2 sales fell.", "Q2", null, false, true).value());
    }

    @Test
    void aShortQuarterAfterANameOrANumberIsNoQuarter() {
        assertNull(quarter("He drove an Audi Q3 to work.", "Q3", null, false, true));
        assertNull(quarter("It won 3 Q3 awards.", "Q3", null, false, true));
        assertNull(quarter("The Q30 model sold well.", "Q30", null, false, true));
        assertNull(quarter("Profit rose in Q3 of 1988.", "Q3", null, false, true), "left to the year");
    }

    @Test
    void aQuarterOfLastOrNextYearIsThatQuarterOfThatYear() {
        String text = "The spin-off could take effect in next year's first quarter.";
        RuleMatch next = quarter(text, "next", null, false, false);
        assertEquals("1990-Q1", next.value(), next.explanation());
        assertEquals("next year's first quarter", text.substring(next.start(), next.end()));
        assertEquals("1988-Q4", quarter("It beat last year's fourth quarter.", "last", null, false, true).value());
        assertNull(quarter("He left last year.", "last", null, false, true));
    }

    @Test
    void anAdjectivalQuarterLeavesTheArticleOutOfTheExtent() {
        String text = "the third-quarter loss";
        assertNull(quarter(text, "the", null, false, true));
        RuleMatch m = quarter(text, "third", null, false, true);
        assertEquals("third-quarter", text.substring(m.start(), m.end()));
        assertEquals("1989-Q3", m.value());
    }

    @Test
    void aPossessiveBeforeAQuarterIsNotPartOfIt() {
        assertNull(quarter("the bank lost money in its second quarter", "its", null, false, true));
        assertEquals("second quarter", ResolverChecks.find("The bank lost money in its second quarter.", NOV_2,
                "second quarter").text());
        assertEquals("1989-Q4", ResolverChecks.find("They expect their fourth-quarter sales to rise.", NOV_2,
                "fourth-quarter").value());
    }

    @Test
    void tenseMovesAQuarterToTheYearBeforeOrAfter() {
        LocalDate feb = LocalDate.of(1998, 2, 5);
        String text = "profits fell in the fourth quarter";
        RuleMatch past = QuarterRule.at(text, text.indexOf("the"), feb, null, () -> false, () -> true);
        assertEquals("1997-Q4", past.value());
        String future = "sales will rise in the first quarter";
        RuleMatch next = QuarterRule.at(future, future.indexOf("the"), NOV_2, null, () -> true, () -> false);
        assertEquals("1990-Q1", next.value());
    }

    @Test
    void theQuarterIsTheQuarterUnderDiscussionOrTheLastCompletedOne() {
        assertEquals("1989-Q3", quarter("sales in the quarter rose", "the quarter", null, false, true).value());
        assertEquals("1989-Q2", quarter("sales in the quarter rose", "the quarter", new int[] {1989, 2}, false, true)
                .value());
        assertEquals("1988-Q3", quarter("in the year-earlier quarter", "the year", null, false, true).value());
        assertEquals("1989-Q2", quarter("from the previous quarter", "the previous", null, false, true).value());
        assertEquals("1989-Q4", quarter("in the current quarter", "the current", null, false, false).value());
        assertEquals("1988-Q1", quarter("the 1988 first quarter", "the", null, false, false).value());
    }

    @Test
    void theLatestQuarterOrPeriodIsTheQuarterUnderDiscussionOrElseTheLastCompletedOne() {
        RuleMatch fiscal = quarter("The latest period included a gain.", "The latest", new int[] {1989, 2}, false,
                true);
        assertEquals("1989-Q2", fiscal.value(), "the fiscal quarter just reported: " + fiscal.explanation());
        assertEquals("1989-Q3", quarter("Sales in the latest quarter rose.", "the latest", null, false, true).value(),
                "without a quarter under discussion, the last quarter completed");
        TemporalExpression latest = new TemporalResolver().resolve("Ralston reported a drop in fourth-quarter "
                + "earnings. Sales in the latest period rose 13%.", NOV_2).getLast();
        assertEquals("1989-Q4", latest.value(), latest.explanation());
    }

    @Test
    void theQuarterAYearAgoIsOneExpressionOneYearBack() {
        String text = "For the quarter a year ago, the bank earned $4 million.";
        RuleMatch q = quarter(text, "the quarter", new int[] {1989, 3}, false, true);
        assertEquals("the quarter a year ago", text.substring(q.start(), q.end()));
        assertEquals("1988-Q3", q.value(), q.explanation());
        assertFalse(q.topic(), "a back reference does not change the quarter under discussion");
        RuleMatch plain = quarter("In the quarter, a year of work paid off.", "the quarter", new int[] {1989, 3},
                false, true);
        assertEquals("1989-Q3", plain.value());
    }

    @Test
    void aQuarterNamedWithAIsAComparisonNotTheQuarterUnderDiscussion() {
        assertFalse(quarter("Sales recovered after a weak second quarter.", "second", null, false, true).topic());
        assertFalse(quarter("It was a second quarter to forget.", "second", null, false, true).topic());
        assertTrue(quarter("It posted a third-quarter loss.", "third", null, false, true).topic(),
                "'a' belongs to the loss, the quarter is the one reported");
        assertTrue(quarter("Sales rose in the second quarter.", "the second", null, false, true).topic());
        TemporalExpression ago = new TemporalResolver().resolve("Third-quarter profit rose 20% from a year ago. "
                + "After a flat second quarter, the gain came from diapers. Costs were lower than a year ago.",
                NOV_2).getLast();
        assertEquals("1988-Q3", ago.value(), ago.explanation());
    }

    @Test
    void theQuarterOfAWrittenYearIsTheQuarterUnderDiscussionInThatYear() {
        RuleMatch q = quarter("up from $5 million in the 1988 quarter", "the 1988", new int[] {1989, 3}, false, true);
        assertEquals("1988-Q3", q.value());
        assertEquals("the 1988 quarter", "up from $5 million in the 1988 quarter".substring(q.start(), q.end()));
        assertFalse(q.topic(), "a comparison with another year does not change the quarter under discussion");
        assertNull(quarter("up from the 1988 quarter", "the 1988", null, false, true),
                "without a quarter under discussion it is left to the year");
        assertEquals("1988-Q3", quarter("Costs were lower in the 1988 period.", "the 1988", new int[] {1989, 3}, false,
                true).value(), "in a text about a quarter, the period of another year is that quarter");
        assertNull(quarter("In the nine months, net rose from a loss in the 1988 period.", "the 1988",
                new int[] {1989, 3}, false, true), "after a longer period in its sentence, the period is that one");
    }

    @Test
    void aQuarterOfAnExplicitYearIsLeftToTheYearModifier() {
        assertNull(quarter("in the third quarter of 1984", "the third", null, false, true));
        assertNull(quarter("over a long period", "period", null, false, true));
    }

    @Test
    void resolverUsesTheQuarterInContextForAYearEarlier() {
        TemporalResolver resolver = new TemporalResolver();
        var found = resolver.resolve("Net income rose in the third quarter from $5 million a year earlier.", NOV_2);
        assertEquals("1989-Q3", found.get(0).value());
        assertEquals("a year earlier", found.get(1).text());
        assertEquals("1988-Q3", found.get(1).value(), found.get(1).explanation());
        var nineMonths = resolver.resolve("In the third quarter net rose; net for the year-earlier nine months was"
                + " lower.", NOV_2);
        assertEquals(List.of("the third quarter", "the year-earlier nine months"), nineMonths.stream()
                .map(TemporalExpression::text).toList(), "\"year-earlier\" before a period describes that period");
        assertEquals("P9M", nineMonths.get(1).value(), "the period, not a quarter");
        var plain = resolver.resolve("Wages were higher than a year earlier.", NOV_2);
        assertEquals("1988", plain.getFirst().value());
    }

    @Test
    void aYearEarlierAfterAPeriodLongerThanTheQuarterInItsSentenceIsTheYearBefore() {
        TemporalResolver resolver = new TemporalResolver();
        String text = "Net income rose in the third quarter. For the nine months, profit was $9 million, up from "
                + "$7 million a year earlier. In the first half, sales fell from a year ago.";
        var found = resolver.resolve(text, NOV_2);
        TemporalExpression nine = found.stream().filter(e -> e.text().equals("a year earlier")).findFirst()
                .orElseThrow();
        assertEquals("1988", nine.value(), nine.explanation());
        assertTrue(nine.explanation().contains("nine months"), nine.explanation());
        assertEquals("1988", found.getLast().value(), found.getLast().explanation());
        // The next sentence speaks of the quarter again: a year earlier is its quarter.
        var next = resolver.resolve("For the nine months, profit rose. Net income rose in the third quarter "
                + "from $5 million a year earlier.", NOV_2).getLast();
        assertEquals("1988-Q3", next.value(), next.explanation());
    }

    @Test
    void aYearEarlierRightAfterASentenceAboutALongerPeriodIsTheYearBefore() {
        TemporalResolver resolver = new TemporalResolver();
        var results = resolver.resolve("Profit rose in the third quarter. For the first nine months, net was "
                + "$40 million. The year-ago results included a charge.", NOV_2).getLast();
        assertEquals("year-ago", results.text());
        assertEquals("1988", results.value(), results.explanation());
        assertTrue(results.explanation().contains("sentence before"), results.explanation());
        var lastYear = resolver.resolve("Profit rose in the third quarter. Last year the company lost money. "
                + "The year-earlier figures were restated.", NOV_2).getLast();
        assertEquals("1988", lastYear.value(), lastYear.explanation());
        // The quarter named after the longer period is again the one under discussion.
        var quarter = resolver.resolve("For the nine months, profit rose. Sales rose in the third quarter. "
                + "A year earlier, the company lost money.", NOV_2).getLast();
        assertEquals("1988-Q3", quarter.value(), quarter.explanation());
        var yearAgoQuarter = resolver.resolve("Profit rose in the third quarter from $5 million in the year-ago "
                + "quarter. The year-ago results were restated.", NOV_2).getLast();
        assertEquals("1988-Q3", yearAgoQuarter.value(), "\"the year-ago quarter\" is no year: "
                + yearAgoQuarter.explanation());
    }

    @Test
    void aQuarterStillOpenAndNotReportedInThePastIsAForecastNotTheQuarterUnderDiscussion() {
        TemporalResolver resolver = new TemporalResolver();
        TemporalExpression ago = resolver.resolve("Steel profit fell 40% in the third quarter. Analysts expect the "
                + "slump to last through the second quarter of 1990. In the year-ago period, the company earned "
                + "$5 million.", NOV_2).getLast();
        assertEquals("the year-ago period", ago.text());
        assertEquals("1988-Q3", ago.value(), ago.explanation());
        TemporalExpression charge = resolver.resolve("Third-quarter net rose 11%. The storm will result in a "
                + "fourth-quarter charge. Premiums were lower than a year ago.", NOV_2).getLast();
        assertEquals("1988-Q3", charge.value(), charge.explanation());
        TemporalExpression reported = resolver.resolve("The company reported a drop in fourth-quarter earnings. "
                + "Sales were lower than a year earlier.", NOV_2).getLast();
        assertEquals("1988-Q4", reported.value(), "a quarter reported in the past tense is over (a fiscal quarter): "
                + reported.explanation());
    }

    @Test
    void aQuarterOneYearBackIsOneExpression() {
        RuleMatch ago = quarter("Sales fell from the year-ago second quarter.", "the year-ago", null, false, true);
        assertEquals("the year-ago second quarter", "Sales fell from the year-ago second quarter.".substring(ago.start(),
                ago.end()));
        assertEquals("1988-Q2", ago.value(), ago.explanation());
        assertFalse(ago.topic(), "a comparison is not the quarter under discussion");
        String text = "In the quarter a year earlier, the bank earned less.";
        RuleMatch back = quarter(text, "the quarter", new int[] {1989, 3}, false, true);
        assertEquals("the quarter a year earlier", text.substring(back.start(), back.end()));
        assertEquals("1988-Q3", back.value(), back.explanation());
        TemporalResolver resolver = new TemporalResolver();
        var found = resolver.resolve("Profit rose in the third quarter. In the year-earlier third quarter it fell.",
                NOV_2);
        assertEquals(2, found.size(), found.toString());
        assertEquals("1988-Q3", found.get(1).value());
    }

    @Test
    void theArticleBeforeAnAdjectivalYearEarlierIsNotPartOfIt() {
        TemporalResolver resolver = new TemporalResolver();
        var found = resolver.resolve("Profit rose in the third quarter, against a year-earlier loss.", NOV_2);
        assertEquals("year-earlier", found.get(1).text());
        assertEquals("1988-Q3", found.get(1).value());
        var review = resolver.resolve("The bank ordered a year-end review.", NOV_2);
        assertTrue(review.stream().noneMatch(e -> e.text().equals("a year")), "a compound adjective is no duration: "
                + review);
    }

    @Test
    void agesAndAdjectivalFrequenciesAreNotTemporalExpressions() {
        TemporalResolver resolver = new TemporalResolver();
        assertEquals(0, resolver.resolve("A 6-year-old boy and a man 52 years old.", NOV_2).size());
        assertEquals(0, resolver.resolve("It raised its quarterly dividend.", NOV_2).size());
        assertEquals("SET", resolver.resolve("The index is published weekly.", NOV_2).getFirst().type().name());
    }

    @Test
    void aMonthOfLastOrThisYearIsOneExpression() {
        TemporalResolver resolver = new TemporalResolver();
        var found = resolver.resolve("In June last year the leaders met, and in February this year they split.",
                LocalDate.of(1998, 2, 19));
        assertEquals("June last year", found.get(0).text());
        assertEquals("1997-06", found.get(0).value());
        assertEquals("February this year", found.get(1).text());
        assertEquals("1998-02", found.get(1).value());
    }

    @Test
    void aRateIsNotADuration() {
        TemporalResolver resolver = new TemporalResolver();
        assertEquals(0, resolver.resolve("It saves $2 million a year and adds 700 seats a week.", NOV_2).size());
        assertEquals("P1W", resolver.resolve("They expect victory within a week.", NOV_2).getFirst().value());
    }
}
