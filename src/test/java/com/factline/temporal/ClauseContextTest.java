package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shared anchoring step: tense and modal cues of the clause an expression stands in. */
class ClauseContextTest {

    private static Tense tenseOf(String text, String expression) {
        int s = text.indexOf(expression);
        return new ClauseContext(text).tense(s, s + expression.length());
    }

    /** The value of the first expression the resolver finds in {@code text}, its explanation shown on failure. */
    private static void assertFirstValue(String value, String text, java.time.LocalDate ref) {
        TemporalExpression first = new TemporalResolver().resolve(text, ref).getFirst();
        assertEquals(value, first.value(), first.explanation());
    }

    @Test
    void pastVerbsAndReportingVerbsGiveThePast() {
        assertEquals(Tense.PAST, tenseOf("The minister resigned on Friday.", "Friday"));
        assertEquals(Tense.PAST, tenseOf("New Zealand said Friday it backed the strikes.", "Friday"));
    }

    @Test
    void seeYouLooksAheadWhateverVerbReportsIt() {
        assertEquals(Tense.FUTURE, tenseOf("The coach posted two words: \"See you Saturday.\"", "Saturday"));
        assertEquals(Tense.FUTURE, tenseOf("\"See you on Monday,\" she told the class.", "Monday"));
        assertEquals(Tense.FUTURE, tenseOf("He waved and said he would see you in June.", "June"));
        // "you" alone is no cue: the reporting verb still decides.
        assertEquals(Tense.PAST, tenseOf("\"I thank you Monday and always,\" she said.", "Monday"));
    }

    @Test
    void modalsAndSchedulingGiveTheFuture() {
        assertEquals(Tense.FUTURE, tenseOf("The council will vote on Tuesday.", "Tuesday"));
        assertEquals(Tense.FUTURE, tenseOf("He is due to be arraigned on Thursday.", "Thursday"));
        assertEquals(Tense.FUTURE, tenseOf("The team planned to leave on Thursday.", "Thursday"));
        assertEquals(Tense.FUTURE, tenseOf("She said she would step down on April 1.", "April 1"),
                "the nearest cue wins: 'would' is closer than 'said'");
    }

    @Test
    void aDateAfterAnAgreementOrAPromiseToActBelongsToWhatWasIntended() {
        assertEquals(Tense.FUTURE, tenseOf("The firm agreed to buy the plant in March.", "March"));
        assertEquals(Tense.FUTURE, tenseOf("The rebels vowed to return on Friday.", "Friday"));
        assertEquals(Tense.PAST, tenseOf("The firm agreed on the price in March.", "March"),
                "without an infinitive the agreement itself is dated");
        assertEquals(Tense.PAST, tenseOf("In March, the board decided to sell the unit.", "March"),
                "a date before the verb dates the decision");
        TemporalExpression march = new TemporalResolver().resolve("The firm agreed to buy the plant in March.",
                java.time.LocalDate.of(2022, 11, 10)).getFirst();
        assertEquals("2023-03", march.value(), march.explanation());
    }

    @Test
    void whatMustOrShouldStillBeDoneLiesAheadOfTheReportingVerb() {
        assertEquals(Tense.FUTURE, tenseOf("The panel said the firm must repay the loan in October.", "October"));
        assertEquals(Tense.FUTURE, tenseOf("He said the talks should resume on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, tenseOf("Officials said the town needs to rebuild the bridge by December.",
                "December"));
        assertEquals(Tense.PAST, tenseOf("Divers said the ship must have sunk on Monday.", "Monday"),
                "'must have' looks back");
        assertEquals(Tense.PAST, tenseOf("The court ruled that the boy must go home, and set Friday as the deadline.",
                "Friday"), "an obligation speaks only for a date in its own clause");
        assertFirstValue("2023-11", "The regulator said the bank must repay the loan in November.",
                java.time.LocalDate.of(2023, 7, 10));
    }

    @Test
    void whatMayOrMightHappenLiesAheadToo() {
        assertEquals(Tense.FUTURE, tenseOf("Analysts said the bank may cut rates in December.", "December"));
        assertEquals(Tense.FUTURE, tenseOf("The coach said the striker might play on Sunday.", "Sunday"));
        assertEquals(Tense.PAST, tenseOf("Police said the pair might have met on Sunday.", "Sunday"),
                "'might have' looks back");
        assertEquals(Tense.PAST, tenseOf("The board met in May about the December sale.", "December"),
                "the month May is no modal");
        assertFirstValue("2023-12", "Analysts said the bank may cut rates in December.", java.time.LocalDate.of(2023, 7, 10));
    }

    @Test
    void aWordOrTwoInQuotationMarksDoNotCloseTheClause() {
        assertEquals(Tense.FUTURE, tenseOf("Critics said the board needs to \"stop and listen\" before the June vote.",
                "June"));
        assertEquals(Tense.FUTURE, tenseOf("She said the club must \u201cretool\u201d for the March final.", "March"));
        assertEquals(Tense.PAST, tenseOf("Critics said the board needs to \"stop, look and listen\" before the June vote.",
                "June"), "a quotation with its own punctuation is a clause of its own");
        assertEquals(Tense.PAST, tenseOf("Critics said the board needs to \"stop and look and listen\" before the June "
                + "vote.", "June"), "a quotation of more than three words is a clause of its own");
        assertFirstValue("2023-06", "Critics said the board needs to \"stop and listen\" before the June vote.",
                java.time.LocalDate.of(2023, 2, 10));
    }

    @Test
    void comingAfterWasIsAPastProgressiveNotTheComingWeeks() {
        assertEquals(Tense.PAST, tenseOf("I was coming back home at 3am when I saw him.", "3am"));
        assertEquals(Tense.FUTURE, tenseOf("Talks resume in the coming weeks.", "weeks"));
    }

    @Test
    void whatWasLikelyToHappenLiesAheadOfTheJudging() {
        assertEquals(Tense.FUTURE, tenseOf("By Tuesday night the mayor seemed likely to resign Friday.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("The board was unlikely to vote before March, aides said.", "March"));
        assertEquals(Tense.PAST, tenseOf("The thief was likely to have left on Monday.", "Monday"),
                "'likely to have' looks back");
        assertEquals(Tense.PAST, tenseOf("The likely winner spoke on Monday.", "Monday"),
                "'likely' without 'to' is no cue");
        TemporalExpression friday = new TemporalResolver().resolve(
                "By late Wednesday, the governor appeared likely to sign the bill Friday.",
                java.time.LocalDate.of(2021, 4, 14)).stream().filter(e -> e.text().equals("Friday")).findFirst()
                .orElseThrow();
        assertEquals("2021-04-16", friday.value(), friday.explanation());
    }

    @Test
    void aDateSetOrDueInAPastTenseSentenceIsStillAhead() {
        assertEquals(Tense.FUTURE, tenseOf("The vote was set for March, officials said.", "March"));
        assertEquals(Tense.FUTURE, tenseOf("A ruling was due on Friday.", "Friday"));
        TemporalExpression march = new TemporalResolver().resolve("The vote was set for March.",
                java.time.LocalDate.of(2022, 11, 10)).getFirst();
        assertEquals("2023-03", march.value(), march.explanation());
    }

    @Test
    void laterOnThePublicationWeekdayIsThatDay() {
        TemporalExpression later = new TemporalResolver().resolve("Talks resume later Tuesday.",
                java.time.LocalDate.of(2023, 3, 14)).getFirst();
        assertEquals("2023-03-14", later.value(), later.explanation());
    }

    @Test
    void aPresentTenseAfterWhenOrIfSpeaksOfWhatIsAhead() {
        assertEquals(Tense.FUTURE, tenseOf("The club had not signed a deal to sell the striker if he is fit when the"
                + " window is open in July.", "July"));
        assertEquals(Tense.FUTURE, tenseOf("The mayor refused to sign until the budget is passed in June.", "June"));
        assertEquals(Tense.PAST, tenseOf("The mayor refused to sign when the budget was passed in June.", "June"),
                "a past tense in the clause dates it");
        assertEquals(Tense.PAST, tenseOf("The mayor refused to sign the budget in June.", "June"),
                "without such a clause the outer verb governs");
        TemporalExpression july = new TemporalResolver().resolve("The club had not signed a deal to sell the striker"
                + " if he is fit when the window is open in July.", java.time.LocalDate.of(2022, 5, 20)).getFirst();
        assertEquals("2022-07", july.value(), july.explanation());
    }

    @Test
    void passiveParticiplesAndNounsAreNoCue() {
        assertEquals(Tense.FUTURE, tenseOf("The treaty will be signed on Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, tenseOf("Vacation plans for Monday.", "Monday"));
        assertEquals(Tense.UNKNOWN, tenseOf("Talks on Monday.", "Monday"));
    }

    @Test
    void cuesOutsideTheSentenceOrBeyondTheWindowAreIgnored() {
        assertEquals(Tense.UNKNOWN, tenseOf("He resigned. Talks on Monday.", "Monday"));
        String far = "He resigned " + "and then more words with no verb in them ".repeat(10) + "on Monday";
        assertEquals(Tense.UNKNOWN, tenseOf(far, "Monday"));
    }

    @Test
    void aCueInTheExpressionsOwnClauseBeatsANearerOneAcrossAComma() {
        assertEquals(Tense.FUTURE, tenseOf("The governor, who is running for re-election in November, signed it.",
                "November"));
        assertEquals(Tense.PAST, tenseOf("On Friday, the board approved the merger.", "Friday"),
                "no cue in the clause of 'On Friday': the nearest one counts");
    }

    @Test
    void aProgressiveLooksAheadOnlyInItsOwnClause() {
        assertEquals(Tense.FUTURE, tenseOf("The two sides are meeting on Friday.", "Friday"));
        assertEquals(Tense.UNKNOWN, tenseOf("It is continuing to try, under a June agreement.", "June"));
        assertEquals(Tense.UNKNOWN, tenseOf("The patient is being treated on Friday.", "Friday"));
    }

    @Test
    void participlesUsedAsAdjectivesAndPlacesAreNoCue() {
        assertEquals(Tense.FUTURE, tenseOf("It would be paid on a still unspecified date in January.", "January"));
        assertEquals(Tense.FUTURE, tenseOf("Flights will double by August in markets untouched by the crisis.",
                "August"));
        assertEquals(Tense.UNKNOWN, tenseOf("The building next to the embassy on Friday.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("The dividend is payable Jan. 2 to holders.", "Jan. 2"));
    }

    @Test
    void aScheduleInThePastPerfectWasOvertakenAndItsDateIsBehind() {
        assertEquals(Tense.PAST, tenseOf("The strike had been scheduled to start on Monday.", "Monday"));
        assertEquals(Tense.PAST, tenseOf("The licence had been due to lapse on Friday.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("The strike was scheduled to start on Monday.", "Monday"),
                "a simple past schedule can still lie ahead");
        assertEquals(Tense.FUTURE, tenseOf("The verdict had been expected on Monday.", "Monday"),
                "an expectation in the past perfect says nothing about whether the day has passed");
        ResolverChecks.assertDay("The vote, which had been set for Friday, was called off.",
                java.time.LocalDate.of(2023, 6, 12), "Friday", "2023-06-09");
    }

    @Test
    void aDateSomethingWasPutOffToLiesAhead() {
        assertEquals(Tense.FUTURE, tenseOf("The judge postponed the hearing until Tuesday.", "Tuesday"));
        assertEquals(Tense.FUTURE, tenseOf("The council delayed its vote to March.", "March"));
        assertEquals(Tense.FUTURE, tenseOf("The company extended its offer to Nov. 20.", "Nov. 20"));
        assertEquals(Tense.PAST, tenseOf("He stayed in the capital until Tuesday.", "Tuesday"),
                "'until' alone moves nothing");
        // Published on a Thursday: "postponed until Tuesday" is the coming Tuesday, not two days ago.
        ResolverChecks.assertDay("Officials postponed until Tuesday any decision on the permit.",
                java.time.LocalDate.of(2023, 6, 15), "Tuesday", "2023-06-20");
    }

    @Test
    void somethingSetOnADateAfterANounIsBehindButAScheduleSetForOneIsAhead() {
        assertEquals(Tense.PAST, tenseOf("Shares are near the record high set on Aug. 6.", "Aug. 6"));
        assertEquals(Tense.FUTURE, tenseOf("The vote is set for Friday.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("The hearing was set on Friday for next week.", "Friday"),
                "after a form of 'be' it is a schedule");
        ResolverChecks.assertDay("Stocks ended within 70 points of the record set on Aug. 6.",
                java.time.LocalDate.of(1998, 2, 6), "Aug. 6", "1997-08-06");
    }

    @Test
    void whatSomethingHasLastedSinceIsInThePast() {
        assertEquals(Tense.PAST, tenseOf("Police have sought him since shortly after the Oct. 23 shooting.",
                "Oct. 23"));
        assertEquals(Tense.PAST, tenseOf("Nobody has seen her since Friday.", "Friday"));
        ResolverChecks.assertDay("Police have sought him since shortly after the Oct. 23 shooting.",
                java.time.LocalDate.of(1999, 5, 6), "Oct. 23", "1998-10-23");
    }

    @Test
    void aSpanLaterInAStoryIsNoFutureCue() {
        assertEquals(Tense.UNKNOWN, tenseOf("Three days later, on Friday", "Friday"));
        assertEquals(Tense.PAST, tenseOf("Three days later, as of Friday's close, the index was down.", "Friday"),
                "'later' gives way to the next cue, the past 'was'");
        assertEquals(Tense.FUTURE, tenseOf("The index will be published later on Friday.", "Friday"));
        ResolverChecks.assertDay("Two weeks later, as of Friday's close, the index was down 6%.",
                java.time.LocalDate.of(2023, 10, 30), "Friday", "2023-10-27");
    }

    @Test
    void aDateAfterAskingSomeoneToActBelongsToWhatWasAskedFor() {
        assertEquals(Tense.FUTURE, tenseOf("The coach spoke, urging the players to sign the deal by Friday.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("The mayor asked the two unions to meet on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, tenseOf("Lawyers pressed him to testify in June.", "June"));
        assertEquals(Tense.PAST, tenseOf("On Monday, the mayor asked the unions to meet.", "Monday"),
                "a date before the verb dates the asking");
        assertEquals(Tense.PAST, tenseOf("The mayor asked the unions on Monday.", "Monday"),
                "without an infinitive the asking itself is dated");
        assertEquals(Tense.PAST, tenseOf("The mayor asked, to nobody's surprise, about it on Monday.", "Monday"),
                "punctuation ends the object");
        assertEquals(Tense.PAST, tenseOf("The king invited the envoy to visit during a banquet in May.", "May"),
                "an invitation is dated by when it was made as often as by the visit");
    }

    @Test
    void aDateAfterBeingPreparedForSomethingIsThatThingsAndLiesAhead() {
        assertEquals(Tense.FUTURE, tenseOf("The board was preparing for the shares to be sold on Thursday.",
                "Thursday"));
        assertEquals(Tense.FUTURE, tenseOf("The crew was preparing to sail on Thursday.", "Thursday"));
        assertEquals(Tense.PAST, tenseOf("The crew was preparing the boat on Thursday.", "Thursday"));
    }

    @Test
    void aDateBeforePlannedToDatesThePlanning() {
        assertEquals(Tense.PAST, tenseOf("On Friday, the council planned to pay the first claims.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("The council planned to pay the first claims on Friday.", "Friday"));
    }

    @Test
    void aDateAfterAPlanAndThePlannedThingIsThatThingsAndLiesAhead() {
        assertEquals(Tense.FUTURE, tenseOf("Farmers planned a rally outside parliament on Saturday.", "Saturday"));
        assertEquals(Tense.FUTURE, tenseOf("Unions prepared for a strike on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, tenseOf("The general said the rebels were planning an attack as early as June.", "June"),
                "a plan in the past progressive: the planned thing lies ahead");
        assertEquals(Tense.PAST, tenseOf("The offensive began as planned on Saturday.", "Saturday"),
                "what went as planned is done");
        assertEquals(Tense.PAST, tenseOf("Unions prepared the banners on Monday.", "Monday"),
                "preparing something is dated, not a plan");
        assertEquals(Tense.PAST, tenseOf("On Saturday, farmers planned a rally.", "Saturday"));
    }

    @Test
    void theVerbBeforeADateInItsClauseGovernsItRatherThanOneAfterIt() {
        // "saw" governs "on Saturday"; the "will" of the clause's tail is another verb's.
        assertEquals(Tense.PAST, tenseOf("A neighbour saw the man in the street on Saturday and police will want to "
                + "hear her account.", "Saturday"));
        assertEquals(Tense.FUTURE, tenseOf("Unions prepared for a strike on Monday that they said could close "
                + "the ports.", "Monday"), "the reporting verb after the date does not date the strike");
    }

    @Test
    void aPastVerbBeginningWithUnBeforeADateGovernsItButAnUnAdjectiveDoesNot() {
        assertEquals(Tense.PAST, tenseOf("The levy is among the rules, which the council unveiled Monday in a budget "
                + "it plans to debate this week.", "Monday"));
        assertEquals(Tense.PAST, tenseOf("Police uncovered the tunnel on Friday.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("Flights will double by August in markets untouched by the crisis.",
                "August"));
        ResolverChecks.assertDay("The levy is among the rules, which the council unveiled Monday in a budget it "
                + "plans to debate this week.", java.time.LocalDate.of(2023, 3, 14), "Monday", "2023-03-13");
    }

    @Test
    void anInvitationInThePresentPerfectIsToSomethingAhead() {
        String text = "The mayor has invited church leaders and two teachers from the valley to City Hall on Friday "
                + "morning to talk about the plan.";
        assertEquals(Tense.FUTURE, tenseOf(text, "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("Students have been invited to show their work in May.", "May"));
        assertEquals(Tense.PAST, tenseOf("The mayor invited church leaders to City Hall on Friday.", "Friday"),
                "the simple past may date the invitation itself");
        assertEquals(Tense.PAST, tenseOf("The mayor has invited, on Friday, the leaders to City Hall.", "Friday"),
                "no \"to\" after the invitee before the date");
        TemporalExpression friday = ResolverChecks.find(text, java.time.LocalDate.of(2023, 3, 15), "Friday morning");
        assertEquals("2023-03-17TMO", friday.value(), friday.explanation());
    }

    @Test
    void hitAfterASingularSubjectIsThePastTense() {
        assertEquals(Tense.PAST, tenseOf("A storm hit the coast in March, flooding two towns.", "March"));
        assertEquals(Tense.PAST, tenseOf("In March, a storm with winds of 90 miles an hour hit the coast.", "March"));
        assertEquals(Tense.PAST, tenseOf("The strike has hit rail services since March.", "March"));
        assertEquals(Tense.UNKNOWN, tenseOf("Storms hit the coast in March.", "March"),
                "a plural subject: the present is as likely");
        assertEquals(Tense.UNKNOWN, tenseOf("The storm could hit the coast in March.", "March"), "after a modal");
        assertEquals(Tense.UNKNOWN, tenseOf("The show is a hit in March.", "March"), "a noun, not a verb");
        assertEquals(Tense.UNKNOWN, tenseOf("Fans of Smash Hit meet in March.", "March"), "a name, not a verb");
        assertEquals(Tense.UNKNOWN, tenseOf("Towns that are hit by floods in March get aid.", "March"),
                "a present passive");
        ResolverChecks.assertInterval("A storm hit the coast in March, flooding two towns.",
                java.time.LocalDate.of(2021, 11, 20), "March", "2021-03-01", "2021-03-31");
    }

    @Test
    void aPresentPassiveIsNoPastTenseAndWhatOneIsGoingIntoLiesAhead() {
        assertEquals(Tense.UNKNOWN, tenseOf("The party is said to favour a vote in March.", "March"));
        assertEquals(Tense.PAST, tenseOf("The party said it favoured a vote in March.", "March"));
        assertEquals(Tense.FUTURE, tenseOf("Incumbents are thought to hold an edge going into November.",
                "November"));
        TemporalExpression november = new TemporalResolver().resolve("Incumbents are thought to hold an edge "
                + "going into November.", java.time.LocalDate.of(2023, 4, 20)).getFirst();
        assertEquals("2023-11", november.value(), november.explanation());
    }

    @Test
    void aDateRightAfterAnInfinitiveOfPlanAfterANounOrACommaLiesAhead() {
        assertEquals(Tense.FUTURE, tenseOf("In a speech to the guild, to be broadcast on Friday, the mayor praised "
                + "the firemen.", "Friday"));
        assertEquals(Tense.FUTURE, tenseOf("The minister, in a podcast to air Thursday evening, defended the budget.",
                "Thursday"));
        assertEquals(Tense.FUTURE, tenseOf("A new toll, to take effect in May, was approved.", "May"));
        assertEquals(Tense.PAST, tenseOf("Two climbers had to be rescued on Sunday.", "Sunday"),
                "after a verb of necessity the infinitive tells what happened");
        assertEquals(Tense.PAST, tenseOf("He was the first to be arrested on Friday.", "Friday"));
        assertEquals(Tense.PAST, tenseOf("She became the latest lawmaker to open the door to a tax rise during a "
                + "debate on Sunday.", "Sunday"), "the date is not the infinitive's when it stands far after it");
        ResolverChecks.assertDay("In a speech to the guild, to be broadcast on Friday, the mayor praised the "
                + "firemen.", java.time.LocalDate.of(2023, 3, 13), "Friday", "2023-03-17");
    }

    @Test
    void aDateAfterTheChanceOrRiskOfDoingSomethingIsThatThingsAndLiesAhead() {
        assertEquals(Tense.FUTURE, tenseOf("The coach said on Monday that the club had an even chance of winning the "
                + "cup in May.", "May"));
        assertEquals(Tense.FUTURE, tenseOf("Traders saw a growing risk of defaulting in June.", "June"));
        assertEquals(Tense.PAST, tenseOf("The club had a chance in May.", "May"), "no verb-ing: the chance is dated");
        TemporalExpression may = new TemporalResolver().resolve("The coach said on Monday that the club had an even "
                + "chance of winning the cup in May.", java.time.LocalDate.of(2023, 1, 16)).stream()
                .filter(x -> x.text().equals("May")).findFirst().orElseThrow();
        assertEquals("2023-05", may.value(), may.explanation());
    }

    @Test
    void aVerbBeforeThatBelongsToTheOuterClause() {
        assertEquals(Tense.FUTURE, tenseOf("Members were hoping that the leadership vote on Thursday would give "
                + "them a say.", "Thursday"));
    }

    @Test
    void plannedEventsLandOnTheComingWeekdayInAFridayPaper() {
        java.time.LocalDate friday = java.time.LocalDate.of(2023, 3, 17);
        ResolverChecks.assertDay("Farmers planned a rally outside parliament on Saturday and were planning to "
                + "block roads on Monday.", friday, "Saturday", "2023-03-18");
        ResolverChecks.assertDay("On Friday, the council planned to pay the first claims.",
                java.time.LocalDate.of(2023, 3, 22), "Friday", "2023-03-17");
    }

    @Test
    void aClauseHangingOnAParticiplesObjectDoesNotTimeTheDate() {
        assertEquals(Tense.UNKNOWN, tenseOf("The new plan follows her speech on Monday criticizing the decision that the city "
                + "would close two schools.", "Monday"), "'would' belongs to the decision, not to the speech");
        assertEquals(Tense.FUTURE, tenseOf("The mayor expects a vote on Monday that would close two schools.", "Monday"),
                "a clause right after the date still speaks of it");
        assertEquals(Tense.PAST, tenseOf("She gave a speech on Monday criticizing the decision that the city would close "
                + "two schools.", "Monday"), "the verb before the date still governs it");
    }

    @Test
    void aNounPhraseSetOffByCommasTakesNoTenseFromTheSentenceAroundIt() {
        assertEquals(Tense.UNKNOWN, tenseOf("Jane Roe, a candidate in the county primary on June 3, announced a new ad.",
                "June 3"));
        assertEquals(Tense.UNKNOWN, tenseOf("The mayor, the host of the summit in May, said little.", "May"));
        assertEquals(Tense.PAST, tenseOf("In a speech on Monday, the mayor said little.", "Monday"),
                "a phrase opening with a preposition is the sentence's own adverbial");
        assertEquals(Tense.PAST, tenseOf("Jane Roe, a candidate who lost the primary on June 3, announced a new ad.",
                "June 3"), "a verb of its own still counts");
    }

    @Test
    void aNounPhraseSetOffByCommasBeforeTheDateDoesNotCloseItsClause() {
        assertEquals(Tense.FUTURE, tenseOf("Mr. Roe, who has held the seat since 1997, is running against Jane Doe, a "
                + "retired nurse, in November.", "November"), "the verb before the noun phrase governs the date");
        assertEquals(Tense.PAST, tenseOf("She is running again, the party said, in November.", "November"),
                "a clause set off by commas that is no noun phrase still closes it");
    }
}
