package com.factline.temporal;

import static com.factline.temporal.ResolverChecks.assertDay;
import static com.factline.temporal.ResolverChecks.assertInterval;
import static com.factline.temporal.ResolverChecks.assertNoDate;
import static com.factline.temporal.ResolverChecks.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TemporalResolverTest {

    private static final LocalDate SAT_18 = LocalDate.of(2023, 3, 18);
    private static final LocalDate FRI_17 = LocalDate.of(2023, 3, 17);
    private static final LocalDate MON_20 = LocalDate.of(2023, 3, 20);

    private final TemporalResolver resolver = new TemporalResolver();

    // ---- weekdays and tense ----

    @Test
    void shouldResolvePastTenseFridayToPrecedingFriday() {
        assertDay("The ministry announced on Friday that talks had failed.", SAT_18, "Friday", "2023-03-17");
        TemporalExpression e = find("The ministry announced on Friday that talks had failed.", SAT_18, "Friday");
        assertEquals("Friday before the publication date 2023-03-18, past tense", e.explanation());
    }

    @Test
    void shouldResolveFutureMondayToFollowingMonday() {
        assertDay("Xi's three-day visit to Moscow was due to start on Monday.", SAT_18, "Monday", "2023-03-20");
    }

    @Test
    void shouldResolveScheduledTuesdayForwardInFridayReport() {
        assertDay("Broader talks are scheduled for Tuesday.", FRI_17, "Tuesday", "2023-03-21");
    }

    @Test
    void shouldResolvePastTuesdayBackwardInFridayReport() {
        assertDay("Tensions escalated with the destruction of a US drone over the Black Sea on Tuesday.", FRI_17,
                "Tuesday", "2023-03-14");
    }

    @Test
    void shouldResolveSameWeekdayInPastTenseToPublicationDay() {
        assertDay("The US said on Friday it would oppose a ceasefire.", FRI_17, "Friday", "2023-03-17");
    }

    @Test
    void shouldUseWillAsFutureCueForWeekday() {
        assertDay("The committee will vote on Wednesday.", SAT_18, "Wednesday", "2023-03-22");
        assertDay("The committee voted on Wednesday.", SAT_18, "Wednesday", "2023-03-15");
    }

    @Test
    void shouldFallBackToNearestWeekdayWhenTenseUnclear() {
        assertDay("Wednesday: a summit in Paris", SAT_18, "Wednesday", "2023-03-15");
        assertDay("Thursday: a summit in Paris", MON_20, "Thursday", "2023-03-23");
    }

    @Test
    void shouldResolveLastAndNextWeekday() {
        assertDay("He arrived last Friday.", MON_20, "last Friday", "2023-03-17");
        assertDay("He arrives next Friday.", MON_20, "next Friday", "2023-03-24");
    }

    @Test
    void shouldTreatWeekdayWithPartOfDayAsTime() {
        TemporalExpression e = find("They met in the Kremlin on Monday afternoon.", MON_20, "Monday afternoon");
        assertEquals(TimexType.TIME, e.type());
        assertEquals("2023-03-20TAF", e.value());
        assertEquals(LocalDate.of(2023, 3, 20), e.earliest());
    }

    @Test
    void shouldResolveAdjectivalWeekday() {
        assertDay("Putin assured Xi during the Monday meeting.", MON_20, "Monday", "2023-03-20");
    }

    @Test
    void aPossessiveWeekdayIsTheNearestOneEvenWhenTheVerbLooksAhead() {
        // Published on a Saturday: the ruling of "Wednesday's ruling" is known already, so the future verb
        // does not push it to next week.
        String text = "The family said it would try to get around Wednesday's ruling by the court.";
        assertDay(text, SAT_18, "Wednesday", "2023-03-15");
        assertEquals("nearest Wednesday to the publication date 2023-03-18 (before it); a possessive weekday names a"
                + " known event, so the future verb of its clause does not move it",
                find(text, SAT_18, "Wednesday").explanation());
        assertTrue(resolver.resolve(text, SAT_18).stream().noneMatch(e -> e.text().startsWith("around")),
                "\"around\" before a possessive is a preposition, not an approximation");
        assertDay("Ministers will meet on Wednesday.", SAT_18, "Wednesday", "2023-03-22");
        assertDay("Ministers will discuss Monday's report.", SAT_18, "Monday", "2023-03-20");
    }

    @Test
    void theDayBeforeOrAfterADayIsOneDayOff() {
        TemporalExpression before = find("The day before last Tuesday's hearing, the lawyers met.", SAT_18,
                "The day before last Tuesday");
        assertEquals("2023-03-13", before.value(), before.explanation());
        assertDay("Shops reopened the day after March 3.", SAT_18, "the day after March 3", "2023-03-04");
        assertDay("It rained the day before yesterday.", SAT_18, "the day before yesterday", "2023-03-16");
    }

    // ---- calendar dates ----

    @Test
    void shouldParseCommonNewsDateForms() {
        assertDay("It happened on 17 March 2023.", MON_20, "17 March 2023", "2023-03-17");
        assertDay("It happened on March 17, 2023, in Kyiv.", MON_20, "March 17, 2023", "2023-03-17");
        assertDay("Dated 2023-03-17.", null, "2023-03-17", "2023-03-17");
        assertDay("Filed 3/17/2023 in court.", null, "3/17/2023", "2023-03-17");
        assertDay("It happened on the 17th of March.", MON_20, "the 17th of March", "2023-03-17");
        assertDay("It happened on Friday, March 17.", MON_20, "Friday, March 17", "2023-03-17");
        assertDay("Signed Jan. 5, 2022 in Minsk.", MON_20, "Jan. 5, 2022", "2022-01-05");
    }

    @Test
    void shouldChooseYearOfDayMonthDateByTense() {
        assertDay("The talks ended on March 17.", MON_20, "March 17", "2023-03-17");
        assertDay("The talks ended on December 3.", MON_20, "December 3", "2022-12-03");
        assertDay("The talks will resume on December 3.", MON_20, "December 3", "2023-12-03");
    }

    @Test
    void aDayWithoutAYearTakesTheYearOfADayWrittenWithItsYearNearItInTheSentence() {
        String text = "The guard was attacked Oct. 9, 2019 outside the depot while looking into an Oct. 2 robbery.";
        assertDay(text, MON_20, "Oct. 2", "2019-10-02");
        assertEquals("day and month without year, in the year of 2019-10-09, written with its year earlier in the"
                + " sentence", find(text, MON_20, "Oct. 2").explanation());
        assertDay("She was elected on December 28, 2021, and took office on January 3.", MON_20, "January 3",
                "2022-01-03");
        // Far from the dated day, or in another sentence, the tense decides as before.
        assertDay("He was born on March 3, 1950, and the talks ended on December 3.", MON_20, "December 3",
                "2022-12-03");
        assertDay("The plant opened on October 9, 2019. The talks ended on October 2.", MON_20, "October 2",
                "2022-10-02");
    }

    @Test
    void shouldRejectImpossibleDates() {
        assertTrue(resolver.resolve("Dated 2023-02-30.", null).stream().noneMatch(e -> e.text().equals("2023-02-30")));
        assertTrue(resolver.resolve("on February 30, 2023", null).stream()
                .noneMatch(e -> e.text().contains("30")));
    }

    @Test
    void marchOrMayBetweenADeterminerAndANounIsTheMonth() {
        assertInterval("The May elections will decide it.", SAT_18, "May", "2023-05-01", "2023-05-31");
        assertInterval("Officials said a March deadline had passed.", MON_20, "March", "2023-03-01", "2023-03-31");
        assertTrue(resolver.resolve("Thousands joined the March for Life.", SAT_18).isEmpty());
        assertTrue(resolver.resolve("The March of Dimes raised money.", SAT_18).isEmpty());
        assertTrue(resolver.resolve("Veterans March through the town and May rest later.", SAT_18).isEmpty());
    }

    @Test
    void shouldResolveMonthsAndYears() {
        assertInterval("He met Lukashenko in March.", SAT_18, "March", "2023-03-01", "2023-03-31");
        assertInterval("since the invasion in February 2022", SAT_18, "February 2022", "2022-02-01", "2022-02-28");
        assertInterval("jets sold to Warsaw in 2003.", SAT_18, "2003", "2003-01-01", "2003-12-31");
        assertInterval("Russia did not sign the 2002 treaty.", SAT_18, "2002", "2002-01-01", "2002-12-31");
        assertInterval("The pair last met in September.", MON_20, "September", "2022-09-01", "2022-09-30");
        assertInterval("The summit will take place in September.", MON_20, "September", "2023-09-01", "2023-09-30");
        TemporalExpression e = find("since February 2022", MON_20, "February 2022");
        assertEquals("2022-02", e.value());
        assertEquals("2022-02", e.edtf());
        assertEquals(DatePrecision.MONTH, e.precision());
    }

    // ---- relative references ----

    @Test
    void shouldResolveDeicticDays() {
        assertDay("He left yesterday.", MON_20, "yesterday", "2023-03-19");
        assertDay("He leaves today.", MON_20, "today", "2023-03-20");
        assertDay("Tomorrow he leaves.", MON_20, "Tomorrow", "2023-03-21");
    }

    @Test
    void thisDayIsTheSpeakersDay() {
        TemporalExpression e = find("The coach said on Saturday that from this day on the team would train at dawn.",
                MON_20, "this day");
        assertEquals("2023-03-18", e.value());
        assertEquals("\"this day\": the day named just before, 2023-03-18", e.explanation());
        assertDay("\"This day belongs to the workers,\" the union leader told the crowd.", MON_20, "This day",
                "2023-03-20");
        // "to this day" reaches the present even after a day named in the sentence.
        assertDay("The bridge closed on Friday, and nobody knows to this day who ordered it.", MON_20, "this day",
                "2023-03-20");
        // An anniversary names another year's day, and "this day and age" is no day at all.
        assertEquals(List.of("1871"), resolver.resolve("On this day in 1871 the great fire began.", MON_20).stream()
                .map(TemporalExpression::text).toList());
        assertNoDate("In this day and age nobody writes letters.", MON_20);
    }

    @Test
    void shouldResolveLastThisNextUnits() {
        TemporalExpression lastWeek = find("The deal was struck last week.", FRI_17, "last week");
        assertEquals("2023-W10", lastWeek.value());
        assertEquals(LocalDate.of(2023, 3, 6), lastWeek.earliest());
        assertEquals(LocalDate.of(2023, 3, 12), lastWeek.latest());
        assertEquals("2023-03-06/2023-03-12", lastWeek.edtf());
        assertInterval("He visits next week.", SAT_18, "next week", "2023-03-20", "2023-03-26");
        assertInterval("It rose this month.", SAT_18, "this month", "2023-03-01", "2023-03-31");
        assertInterval("It fell last month.", SAT_18, "last month", "2023-02-01", "2023-02-28");
        assertInterval("It rose last year.", SAT_18, "last year", "2022-01-01", "2022-12-31");
        assertInterval("Elections are next year.", SAT_18, "next year", "2024-01-01", "2024-12-31");
    }

    @Test
    void shouldResolveLastMonthNameToPreviousYearWhenItIsTheMonthBefore() {
        assertInterval("a partnership declared last February", MON_20, "last February", "2022-02-01", "2022-02-28");
        assertInterval("without a victory since last August", MON_20, "last August", "2022-08-01", "2022-08-31");
    }

    @Test
    void shouldResolveSeasons() {
        TemporalExpression e = find("the bloodiest battle since last summer", MON_20, "last summer");
        assertEquals("2022-SU", e.value());
        assertEquals(LocalDate.of(2022, 6, 1), e.earliest());
        assertEquals(LocalDate.of(2022, 8, 31), e.latest());
        assertInterval("in the summer of 2021", MON_20, "the summer of 2021", "2021-06-01", "2021-08-31");
    }

    @Test
    void shouldResolvePastWeekendInMondayPaper() {
        TemporalExpression e = find("Putin over the weekend visited Crimea.", MON_20, "the weekend");
        assertEquals(LocalDate.of(2023, 3, 18), e.earliest());
        assertEquals(LocalDate.of(2023, 3, 19), e.latest());
        assertEquals("2023-W11-WE", e.value());
    }

    @Test
    void shouldResolveEarlierThisMonthUpToReferenceDate() {
        assertInterval("He spoke earlier this month.", SAT_18, "earlier this month", "2023-03-01", "2023-03-18");
    }

    @Test
    void shouldSplitMonthIntoEarlyMidLate() {
        TemporalExpression late = find("He was invited in late December.", FRI_17, "late December");
        assertEquals(LocalDate.of(2022, 12, 21), late.earliest());
        assertEquals(LocalDate.of(2022, 12, 31), late.latest());
        assertEquals("END", late.mod());
        assertEquals("2022-12-21/2022-12-31", late.edtf());
        assertInterval("in early March 2023", null, "early March 2023", "2023-03-01", "2023-03-10");
        assertInterval("by mid-March 2023", null, "mid-March 2023", "2023-03-11", "2023-03-20");
        assertInterval("at the end of March 2023", null, "the end of March 2023", "2023-03-21", "2023-03-31");
        TemporalExpression lateMarch = find("an offensive as early as late March", MON_20, "late March");
        assertEquals("2023-03-21/2023-03-31", lateMarch.edtf());
        assertEquals(DatePrecision.RANGE, lateMarch.precision());
    }

    @Test
    void shouldResolveHalvesAndQuarters() {
        TemporalExpression e = find("recaptured land in the second half of 2022", MON_20, "the second half of 2022");
        assertEquals("2022-H2", e.value());
        assertEquals(LocalDate.of(2022, 7, 1), e.earliest());
        assertEquals(LocalDate.of(2022, 12, 31), e.latest());
        assertInterval("growth in the first quarter of 2023", null, "the first quarter of 2023", "2023-01-01",
                "2023-03-31");
        assertInterval("growth in early 2022", null, "early 2022", "2022-01-01", "2022-04-30");
        assertInterval("by late 2022", null, "late 2022", "2022-09-01", "2022-12-31");
    }

    @Test
    void shouldResolveAnaphoricSameDayToPreviousDate() {
        assertDay("On Thursday, Qin called Kuleba. Kuleba spoke with Blinken the same day.", FRI_17, "the same day",
                "2023-03-16");
    }

    @Test
    void thatDayTakesTheDayNamedBeforeIt() {
        assertDay("The ceasefire began on Tuesday. Shelling resumed later that day.", FRI_17, "later that day",
                "2023-03-14");
        assertDay("Talks opened on March 2, and the envoy left that same day.", FRI_17, "that same day",
                "2023-03-02");
    }

    @Test
    void thatNightIsThePartOfTheDayNamedBeforeIt() {
        TemporalExpression night = find("The ferry sank on Tuesday. That night, divers reached the wreck.", FRI_17,
                "That night");
        assertEquals(TimexType.TIME, night.type());
        assertEquals("2023-03-14TNI", night.value(), night.explanation());
        assertEquals("2023-03-16TEV", find("Talks resumed on Thursday, and later that evening a deal was signed.", FRI_17,
                "later that evening").value());
        // As "that day": nothing when no day was named, and "night after night" is no night in particular.
        assertNoDate("Investors who sold that morning regretted it.", FRI_17);
        assertEquals(List.of("Monday"), resolver.resolve("He played on Monday and will bring that night after night.",
                FRI_17).stream().map(TemporalExpression::text).toList());
    }

    @Test
    void thatDayAfterAMonthMentionedSinceTheLastDayIsADayOfThatMonth() {
        String text = "The plant closed on Monday. A first leak was found last November, and the valve was replaced"
                + " that same day.";
        TemporalExpression e = resolver.resolve(text, FRI_17).stream()
                .filter(x -> x.text().equals("that same day")).findFirst().orElseThrow();
        assertEquals("2022-11-XX", e.value(), e.explanation());
        assertEquals(LocalDate.of(2022, 11, 1), e.earliest());
        assertEquals(LocalDate.of(2022, 11, 30), e.latest());
        assertTrue(e.explanation().contains("month mentioned just before, 2022-11"), e.explanation());
        // A day named after the month is what the demonstrative points back at again.
        assertDay("In November a leak was found. It was fixed on Nov. 20, and the crew left that day.", FRI_17,
                "that day", "2022-11-20");
        // The next day after a month is not a day one can count from: left to the day named before.
        assertDay("The plant closed on Monday. A leak was found last November. The crew left the next day.", FRI_17,
                "the next day", "2023-03-14");
    }

    @Test
    void thatDayWithoutADayNamedBeforeItIsNotDated() {
        // The demonstrative points back at a day the text has not dated; it never means the publication date.
        assertTrue(resolver.resolve("Investors who sell in a panic often regret the prices they got that day.", FRI_17)
                .isEmpty());
        assertTrue(resolver.resolve("A rumour hits, and brokers see heavy selling that same day.", FRI_17).isEmpty());
        assertDay("The vote will be held later in the day.", FRI_17, "later in the day", "2023-03-17");
    }

    @Test
    void anOrdinalDayThatTheSentenceSaysIsNowIsThatDay() {
        TemporalExpression e = find("Today is the fourth day of the strike.", FRI_17, "the fourth day");
        assertEquals("2023-03-17", e.value());
        assertEquals("\"the fourth day\" of something under way, said (\"is\") to be the day named in the sentence,"
                + " 2023-03-17", e.explanation());
        assertDay("It's the second day of the offensive.", FRI_17, "the second day", "2023-03-17");
        assertDay("Wednesday is the 10th straight day of protests.", FRI_17, "the 10th straight day", "2023-03-15");
        // Counted from an event the text does not date: nothing to mark.
        assertTrue(resolver.resolve("On the third day of the trial, the witness spoke.", FRI_17).isEmpty());
    }

    @Test
    void aGreatDayForSomeoneIsTheDayUnderDiscussion() {
        TemporalExpression e = find("The treaty was signed on Tuesday. The minister called it a historic day for Europe.",
                FRI_17, "a historic day");
        assertEquals("2023-03-14", e.value());
        assertEquals("\"a historic day\" judges the day under discussion: the day named last, 2023-03-14",
                e.explanation());
        assertDay("\"This is a sad day for our town,\" the mayor said.", FRI_17, "a sad day", "2023-03-17");
        // The day is the subject and already marked; "a great day to fish" judges no particular day.
        assertEquals(List.of("Today"), resolver.resolve("Today is a sad day for the Constitution.", FRI_17).stream()
                .map(TemporalExpression::text).toList());
        assertTrue(resolver.resolve("It is a great day to go fishing.", FRI_17).isEmpty());
    }

    @Test
    void shouldResolveAgoExpressions() {
        assertInterval("The law passed three years ago.", MON_20, "three years ago", "2020-01-01", "2020-12-31");
        assertDay("He left two days ago.", MON_20, "two days ago", "2023-03-18");
    }

    // ---- ranges ----

    @Test
    void shouldResolveWeekdayRangeForward() {
        TemporalExpression e = find("Xi would visit Moscow from Monday to Wednesday.", MON_20, "from Monday to Wednesday");
        assertEquals(LocalDate.of(2023, 3, 20), e.earliest());
        assertEquals(LocalDate.of(2023, 3, 22), e.latest());
        assertEquals("2023-03-20/2023-03-22", e.edtf());
        assertEquals(DatePrecision.RANGE, e.precision());
    }

    @Test
    void aBareDayJoinedToADayWithItsMonthIsAnotherDayOfThatMonth() {
        List<TemporalExpression> all = resolver.resolve("The summit will meet on June 8 and 9 in Rome.", MON_20);
        assertEquals(List.of("June 8", "9"), all.stream().map(TemporalExpression::text).toList());
        assertEquals("2023-06-09", all.get(1).value());
        assertEquals("day 9 of the same month as June 8 (joined by \"and\"): 2023-06-09", all.get(1).explanation());
        List<TemporalExpression> withYear = resolver.resolve("Polls open on May 2 or 3, 2025.", MON_20);
        assertEquals(List.of("2025-05-02", "2025-05-03"), withYear.stream().map(TemporalExpression::value).toList());
        // A number followed by its noun is a count, not a day.
        assertEquals(List.of("March 3"), resolver.resolve("On March 3 and 25 people were hurt.", MON_20).stream()
                .map(TemporalExpression::text).toList());
    }

    @Test
    void shouldResolveDayRanges() {
        TemporalExpression e = find("The visit runs March 20–22.", FRI_17, "March 20–22");
        assertEquals("2023-03-20/2023-03-22", e.edtf());
        assertInterval("The forum runs 20-22 March 2023.", null, "20-22 March 2023", "2023-03-20", "2023-03-22");
        assertInterval("The fair ran 17 March – 2 April 2023.", null, "17 March – 2 April 2023", "2023-03-17",
                "2023-04-02");
        assertInterval("sales between 2019 and 2022 rose", null, "between 2019 and 2022", "2019-01-01", "2022-12-31");
        assertInterval("the 2019–2022 period", null, "2019–2022", "2019-01-01", "2022-12-31");
        assertInterval("from March 20 to 22, 2023", null, "from March 20 to 22, 2023", "2023-03-20", "2023-03-22");
    }

    // ---- durations and sets ----

    @Test
    void shouldNormaliseDurations() {
        TemporalExpression e = find("The talks lasted four and a half hours on Monday.", MON_20, "four and a half hours");
        assertEquals(TimexType.DURATION, e.type());
        assertEquals("PT4H30M", e.value());
        assertNull(e.earliest());
        assertFalse(e.anchored());
        assertEquals("P3D", find("a three-day visit", MON_20, "three-day").value());
        assertEquals("P2Y", find("for two years", MON_20, "two years").value());
        assertEquals("PT24H", find("within 24 hours", MON_20, "24 hours").value());
        TemporalExpression more = find("after more than four months of fighting", MON_20, "more than four months");
        assertEquals("P4M", more.value());
        assertEquals("MORE_THAN", more.mod());
    }

    @Test
    void inACountOfUnitsAfterAFutureVerbIsTheDateThatFarAhead() {
        TemporalExpression notes = find("The notes will be redeemed in five years.", MON_20, "five years");
        assertEquals(TimexType.DATE, notes.type(), notes.explanation());
        assertEquals(String.valueOf(MON_20.getYear() + 5), notes.value(), notes.explanation());
        assertEquals("P3M", find("Sales rose 8% in three months.", MON_20, "three months").value(),
                "a past verb: the span it took");
        assertEquals("P2Y", find("Prices may double within two years.", MON_20, "two years").value());
        assertEquals("P2Y", find("Prices will double within two years.", MON_20, "two years").value());
        assertEquals("P1Y", find("It will be the first increase in a year.", MON_20, "a year").value(),
                "after a superlative, \"in a year\" is the span looked back over");
        assertEquals("P5Y", find("Prices will post their biggest gain in five years.", MON_20, "five years").value());
    }

    @Test
    void inAnApproximateCountAfterAFutureOrModalVerbIsAVagueFuture() {
        TemporalExpression vague = find("Doctors may, in a year or two, save more lives.", MON_20, "a year or two");
        assertEquals("FUTURE_REF", vague.value(), vague.explanation());
        assertEquals("FUTURE_REF", find("The plant will reopen in a month or two.", MON_20, "a month or two").value());
        assertEquals(String.valueOf(MON_20.getYear() + 2), find("It may, in two years, be sold.", MON_20, "two years")
                .value(), "a modal before \"in\" counts ahead as a future verb does");
    }

    @Test
    void shouldNormaliseSets() {
        TemporalExpression e = find("The summit is held every year.", MON_20, "every year");
        assertEquals(TimexType.SET, e.type());
        assertEquals("P1Y", e.value());
        assertEquals("P1D", find("Both sides fire thousands of rounds every day.", MON_20, "every day").value());
        assertEquals("XXXX-WXX-1", find("The market opens every Monday.", MON_20, "every Monday").value());
        assertEquals("P1W", find("The paper appears weekly.", MON_20, "weekly").value());
    }

    @Test
    void weekdaysBeforeAPluralPartOfTheDayAreSetsNotDates() {
        String text = "New flights will leave Paris on Monday and Friday nights from April.";
        TemporalExpression monday = find(text, MON_20, "Monday");
        assertEquals(TimexType.SET, monday.type(), monday.explanation());
        assertEquals("XXXX-WXX-1TNI", monday.value());
        assertNull(monday.earliest());
        assertEquals("XXXX-WXX-5TNI", find(text, MON_20, "Friday nights").value());
        // One night named in the singular stays a date.
        assertEquals(TimexType.TIME, find("The vote is on Friday night.", MON_20, "Friday night").type());
    }

    @Test
    void shouldMarkAroundAsApproximate() {
        TemporalExpression e = find("It was built around March 2023.", null, "around March 2023");
        assertEquals("2023-03~", e.edtf());
        assertEquals(DatePrecision.APPROXIMATE, e.precision());
        assertEquals("APPROX", e.mod());
    }

    @Test
    void shouldResolveTimesOfDay() {
        TemporalExpression e = find("Xi was scheduled to arrive at midday.", MON_20, "midday");
        assertEquals(TimexType.TIME, e.type());
        assertEquals("2023-03-20T12:00", e.value());
        assertEquals("2023-03-20T15:30", find("The vote is at 3:30 p.m. on Monday.", MON_20, "3:30 p.m.").value());
    }

    // ---- things that are not dates ----

    @Test
    void shouldNotTreatModalMayAsMonth() {
        assertNoDate("Weapons may continue to reach the battlefield.", MON_20);
        assertNoDate("May the best team win.", MON_20);
        assertNoDate("May I ask a question?", MON_20);
        assertNoDate("Officials said it May be delayed.", MON_20);
    }

    @Test
    void shouldTreatMayWithDateContextAsMonth() {
        assertInterval("The vote is in May.", MON_20, "May", "2023-05-01", "2023-05-31");
        assertDay("The vote is on May 5.", MON_20, "May 5", "2023-05-05");
        assertInterval("The vote took place in May 2021.", MON_20, "May 2021", "2021-05-01", "2021-05-31");
        assertDay("It ended 5 May 2021.", MON_20, "5 May 2021", "2021-05-05");
    }

    @Test
    void shouldNotTreatMarchAsVerbAsMonth() {
        assertNoDate("Protesters plan to march on the capital.", MON_20);
        assertNoDate("Thousands marched through the city.", MON_20);
        assertNoDate("Veterans will march again.", MON_20);
        assertNoDate("Troops March Into Town", MON_20);
    }

    @Test
    void shouldNotTreatCountsAndAmountsAsYears() {
        assertNoDate("Putin is wanted in the 123 countries that recognise the court.", MON_20);
        assertNoDate("one million rounds of 155mm artillery shells", MON_20);
        assertNoDate("a $350 million military aid package", MON_20);
        assertNoDate("About 1,000 people and 2000 soldiers were there.", MON_20);
        assertNoDate("the 1500 troops deployed", MON_20);
        assertNoDate("Prices rose 2020% in Zimbabwe.", MON_20);
    }

    // ---- missing reference date ----

    @Test
    void shouldFindRelativeExpressionsUnanchoredWithoutReferenceDate() {
        TemporalExpression friday = find("The US said on Friday it would oppose it.", null, "Friday");
        assertFalse(friday.anchored());
        assertNull(friday.earliest());
        assertEquals("XXXX-WXX-5", friday.value());
        TemporalExpression yesterday = find("He left yesterday.", null, "yesterday");
        assertFalse(yesterday.anchored());
        assertNull(yesterday.value());
        TemporalExpression lastWeek = find("He left last week.", null, "last week");
        assertFalse(lastWeek.anchored());
        assertNull(lastWeek.earliest());
        TemporalExpression march = find("He met Lukashenko in March.", null, "March");
        assertFalse(march.anchored());
        assertEquals("XXXX-03", march.value());
        TemporalExpression absolute = find("It happened on 17 March 2023.", null, "17 March 2023");
        assertTrue(absolute.anchored());
        assertEquals(LocalDate.of(2023, 3, 17), absolute.earliest());
    }

    // ---- offsets and sentences ----

    @Test
    void shouldCountOffsetsInCodePoints() {
        String text = "😀🇺🇦 The talks 𝒳 began on Friday. 🙂 Next: 17 March 2023.";
        List<TemporalExpression> all = resolver.resolve(text, SAT_18);
        int[] cps = text.codePoints().toArray();
        TemporalExpression friday = all.get(0);
        assertEquals("Friday", friday.text());
        assertEquals(text.codePointCount(0, text.indexOf("Friday")), friday.start());
        assertEquals(friday.start() + 6, friday.end());
        for (TemporalExpression e : all) {
            assertEquals(e.text(), new String(cps, e.start(), e.end() - e.start()));
        }
        assertEquals(0, friday.sentenceStart());
        assertEquals(text.codePointCount(0, text.indexOf("Friday.") + 7), friday.sentenceEnd());
    }

    @Test
    void shouldReportEnclosingSentence() {
        String text = "Mr. Putin spoke. The U.S. said on Friday it would respond.";
        TemporalExpression e = find(text, SAT_18, "Friday");
        assertEquals(text.indexOf("The U.S."), e.sentenceStart());
        assertEquals(text.length(), e.sentenceEnd());
    }

    @Test
    void shouldBeThreadSafe() {
        String text = SeedArticles.read("002_273ab2e08d5b05c0.txt");
        List<TemporalExpression> expected = resolver.resolve(text, MON_20);
        IntStream.range(0, 64).parallel().forEach(i -> assertEquals(expected, resolver.resolve(text, MON_20)));
    }

    @Test
    void shouldHandleEmptyAndDateFreeText() {
        assertTrue(resolver.resolve("", MON_20).isEmpty());
        assertTrue(resolver.resolve(null, MON_20).isEmpty());
        assertNoDate("No dates here at all, just words.", MON_20);
        assertNotNull(resolver.resolve("x".repeat(100_000), MON_20));
    }
}
