package com.factline.temporal;

import static com.factline.temporal.ResolverChecks.assertDay;
import static com.factline.temporal.ResolverChecks.assertInterval;
import static com.factline.temporal.ResolverChecks.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mistakes the resolver made on real articles, found by the claim, discrepancy and proposal features
 * (they dated events on the wrong day or year). Each case is written here in our own words.
 */
class KnownResolverMistakesTest {

    private static final LocalDate TUE_21 = LocalDate.of(2023, 3, 21);
    private static final LocalDate MON_20 = LocalDate.of(2023, 3, 20);
    private static final LocalDate AUG_10 = LocalDate.of(2023, 8, 10);

    @Test
    void laterInTheDayIsTheDayJustMentionedNotAnEarlierOne() {
        String text = "The minister met unions on Monday. She flew to Brussels on Tuesday morning "
                + "and spoke to reporters later in the day.";
        assertDay(text, TUE_21, "later in the day", "2023-03-21");
    }

    @Test
    void earlierInTheDayTakesTheWeekdayRightAfterIt() {
        String text = "The senator spoke in Dayton on Sunday. Earlier in the day on Saturday, she had toured a plant.";
        TemporalExpression e = find(text, TUE_21, "Earlier in the day");
        assertEquals("2023-03-18", e.value(), e.explanation());
        assertDay("Prices fell on Monday. That same day, Friday, the bank lowered rates.", TUE_21, "That same day",
                "2023-03-17");
    }

    @Test
    void aPastLaterInTheDayIsNotADayAheadNamedInBetween() {
        String text = "The mayor admitted the bribes on Monday. A hearing is set for May 9. Later in the day, "
                + "her deputy resigned.";
        TemporalExpression e = find(text, TUE_21, "Later in the day");
        assertEquals("2023-03-20", e.value(), e.explanation());
        assertDay("A hearing is set for May 9. Later in the day, her deputy resigned.", TUE_21, "Later in the day",
                "2023-03-21");
        // Looking ahead, the day ahead is the one meant.
        assertDay("A hearing is set for May 9, and the judge will rule later that day.", TUE_21, "later that day",
                "2023-05-09");
    }

    @Test
    void laterInTheDayWithoutAnEarlierDayIsThePublicationDay() {
        assertDay("The president will address the nation later in the day.", TUE_21, "later in the day",
                "2023-03-21");
    }

    @Test
    void laterWeekdayInAnArticleOfThatWeekdayIsThePublicationDay() {
        assertDay("The two leaders met on Monday and will sign the accord later Tuesday.", TUE_21, "Tuesday",
                "2023-03-21");
        assertDay("Officials said talks would resume later Tuesday.", TUE_21, "Tuesday", "2023-03-21");
    }

    @Test
    void earlierWeekdayInAnArticleOfThatWeekdayIsThePublicationDay() {
        assertDay("Police said earlier Tuesday that two men were arrested.", TUE_21, "Tuesday", "2023-03-21");
    }

    @Test
    void runningForReElectionInNovemberIsTheComingNovember() {
        TemporalExpression e = find("The governor, who is running for re-election in November, signed the bill.",
                AUG_10, "November");
        assertEquals(LocalDate.of(2023, 11, 1), e.earliest(), e.explanation());
    }

    @Test
    void aMonthAheadWithPresentProgressiveIsTheComingOne() {
        TemporalExpression e = find("The company is launching the product in October.", AUG_10, "October");
        assertEquals(LocalDate.of(2023, 10, 1), e.earliest(), e.explanation());
    }

    @Test
    void pastMonthInAPastSentenceStaysInThePast() {
        TemporalExpression e = find("The governor signed the bill in November.", AUG_10, "November");
        assertEquals(LocalDate.of(2022, 11, 1), e.earliest(), e.explanation());
    }

    @Test
    void thisWeekendInAMondayPaperIsTheComingWeekend() {
        TemporalExpression e = find("Protesters plan to march this weekend.", MON_20, "this weekend");
        assertEquals(LocalDate.of(2023, 3, 25), e.earliest(), e.explanation());
        assertEquals(LocalDate.of(2023, 3, 26), e.latest(), e.explanation());
    }

    @Test
    void thisWeekendInAMondayPaperReportingThePastIsTheWeekendJustGone() {
        TemporalExpression e = find("Thousands marched this weekend, police said.", MON_20, "this weekend");
        assertEquals(LocalDate.of(2023, 3, 18), e.earliest(), e.explanation());
    }

    @Test
    void futureMeaningInPastTenseReportedSpeechLooksAhead() {
        // Published on a Monday: "said ... would" reports a plan, so the Friday is the coming one.
        assertDay("The minister said on Monday that she would resign on Friday.", MON_20, "Friday", "2023-03-24");
        assertDay("He told reporters the vote was expected Thursday.", MON_20, "Thursday", "2023-03-23");
        assertDay("Officials said the talks were to resume on Wednesday.", MON_20, "Wednesday", "2023-03-22");
    }

    @Test
    void pastEventInReportedSpeechStaysInThePast() {
        assertDay("The minister said on Monday that she had resigned on Friday.", MON_20, "Friday", "2023-03-17");
    }

    @Test
    void nextToIsAPlaceNotTheFuture() {
        assertDay("A bomb went off in the building next to the embassy on Friday.", LocalDate.of(2023, 3, 18),
                "Friday", "2023-03-17");
        assertDay("Hundreds have been hurt in the blast next to the embassy on Friday.",
                LocalDate.of(2023, 3, 18), "Friday", "2023-03-17");
    }

    @Test
    void theFutureOfAQuoteReachesIntoItsParentheses() {
        // Published on a Wednesday; the quote looks ahead, the reporting verb after it does not count.
        TemporalExpression e = find("\"He will leave at dawn (4 a.m. EDT Thursday),\" the minister said.",
                LocalDate.of(2023, 3, 22), "4 a.m. EDT Thursday");
        assertEquals("2023-03-23T04:00", e.value(), e.explanation());
        assertEquals(Tense.FUTURE, new ClauseContext("He will leave at dawn (on Thursday), she said.")
                .tense(26, 34), "parentheses do not cut the clause");
    }

    @Test
    void thePreviousOrFollowingWeekdayCountsFromTheDayUnderDiscussion() {
        assertDay("Shares fell on Friday, March 17, down 4% from the previous Friday.", LocalDate.of(2023, 3, 18),
                "the previous Friday", "2023-03-10");
        assertDay("Shares fell on Friday, March 17, and recovered the following Monday.", LocalDate.of(2023, 3, 18),
                "the following Monday", "2023-03-20");
        assertDay("Prices rose the previous Friday.", LocalDate.of(2023, 3, 22), "the previous Friday",
                "2023-03-17");
    }

    @Test
    void aNearMonthGovernedByAPastVerbInItsClauseIsTheLastOne() {
        // Issue #13: the coming month within two months yields to a past-tense verb in the date's own clause.
        assertInterval("Prices rose 3% in the 12 months to June.", LocalDate.of(2019, 5, 20), "June",
                "2018-06-01", "2018-06-30");
        assertInterval("The company changed its policy in December.", LocalDate.of(2019, 10, 10), "December",
                "2018-12-01", "2018-12-31");
    }

    @Test
    void aNearMonthStaysTheComingOneWithoutAPastVerbGoverningIt() {
        LocalDate oct10 = LocalDate.of(2019, 10, 10);
        // No verb in the date's clause: the past "said" across the comma does not decide.
        assertInterval("Sales fell, the firm said, with a cutback in December.", oct10, "December",
                "2019-12-01", "2019-12-31");
        // A date something was planned for or given until may lie ahead of the past-tense verb.
        assertInterval("The official said the launch was planned for early December.", oct10, "early December",
                "2019-12-01", "2019-12-10");
        assertInterval("The regulator gave the firm until mid-November to reply.", oct10, "mid-November",
                "2019-11-11", "2019-11-20");
        assertInterval("The firm announced on Monday that a cutback will come in December.", oct10, "December",
                "2019-12-01", "2019-12-31");
    }

    @Test
    void aNearDayAfterOnAndAPastVerbIsTheLastOne() {
        // Issue #13: "was arrested on May 3" in an April article is last year's May 3, not the coming one.
        LocalDate apr20 = LocalDate.of(2019, 4, 20);
        assertDay("He was arrested on May 3.", apr20, "May 3", "2018-05-03");
        assertDay("The two ministers met on May 3 in Geneva.", apr20, "May 3", "2018-05-03");
    }

    @Test
    void aNearDayRightAfterAPastVerbIsTheLastOne() {
        // "the quarter ended Oct. 31" in an October 27 article: a quarter told as ended is last year's.
        LocalDate apr20 = LocalDate.of(2019, 4, 20);
        assertDay("In the quarter ended May 3, the firm lost money.", apr20, "May 3", "2018-05-03");
        assertDay("The singer died May 3 at her home.", apr20, "May 3", "2018-05-03");
        // A participle after a present "be" is no past: what lies ahead stays the nearest.
        assertDay("He is to be formally sentenced May 3.", apr20, "May 3", "2019-05-03");
        assertDay("He faces life in prison when he's sentenced May 3.", apr20, "May 3", "2019-05-03");
        assertDay("The loans are extended May 3 each year.", apr20, "May 3", "2019-05-03");
    }

    @Test
    void aNearDayAfterAPastVerbAndItsObjectIsTheLastOne() {
        // "had a loss on May 3" in an April article: the object between the verb and "on" does not make it ahead.
        LocalDate apr20 = LocalDate.of(2019, 4, 20);
        assertDay("The company had a loss on May 3, the filing shows.", apr20, "May 3", "2018-05-03");
        assertDay("The families filed their lawsuit on May 3 in Ohio.", apr20, "May 3", "2018-05-03");
        // A plan after "to", an object announced or called for, a present "be" before the participle: still ahead.
        assertDay("The union announced plans to hold a vote on May 3.", apr20, "May 3", "2019-05-03");
        assertDay("The premier called an election on May 3.", apr20, "May 3", "2019-05-03");
        assertDay("The funds are wired to the bank on May 3.", apr20, "May 3", "2019-05-03");
    }

    @Test
    void aNearDayStaysTheNearestWithoutAPastVerbRightBeforeOn() {
        LocalDate apr20 = LocalDate.of(2019, 4, 20);
        assertDay("He was arrested and will appear in court on May 3.", apr20, "May 3", "2019-05-03");
        assertDay("The board said the dividend is payable May 3.", apr20, "May 3", "2019-05-03");
        assertDay("The company said it would pay on May 3.", apr20, "May 3", "2019-05-03");
    }
}
