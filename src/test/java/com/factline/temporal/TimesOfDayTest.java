package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clock times and parts of a day tied to the day named around them. */
class TimesOfDayTest {

    private final TemporalResolver resolver = new TemporalResolver();
    private static final LocalDate SAT = LocalDate.of(2023, 3, 18);

    private TemporalExpression first(String text) {
        return resolver.resolve(text, SAT).getFirst();
    }

    @Test
    void aTimeFollowedByAWeekdayTakesThatDay() {
        TemporalExpression t = first("Markets opened at 9:30 GMT on Tuesday after the fall.");
        assertEquals("2023-03-14T09:30", t.value(), t.explanation());
        TemporalExpression noon = first("The deadline passed at noon Thursday, officials said.");
        assertEquals("2023-03-16T12:00", noon.value(), noon.explanation());
    }

    @Test
    void aDateAndTheClockTimeRightAfterItAreOneTime() {
        List<TemporalExpression> found = resolver.resolve("Last changed: February 2, 2023 21:40 GMT\n\nThe ferry sank.",
                SAT);
        assertEquals("February 2, 2023 21:40 GMT", found.getFirst().text());
        assertEquals("TIME", found.getFirst().type().name());
        assertEquals("2023-02-02T21:40", found.getFirst().value(), found.getFirst().explanation());
        assertEquals("2023-03-01T07:05", first("Filed 3/1/2023 7:05 AM by the desk.").value());
        assertEquals("2023-03-17T16:35", first("Mar 17 2023, 4:35p: the race is over.").value());
        assertEquals("2023-03-16T09:12", first("Thursday, 16 March 2023 09:12 - the lake froze.").value());
    }

    @Test
    void aDatelineInCapitalsIsADateAndKeepsItsCapitals() {
        List<TemporalExpression> found = resolver.resolve("THURSDAY, FEBRUARY 2, 2023, 9:41 PM\n\nThe ferry sank.", SAT);
        assertEquals("THURSDAY, FEBRUARY 2, 2023, 9:41 PM", found.getFirst().text());
        assertEquals("2023-02-02T21:41", found.getFirst().value(), found.getFirst().explanation());
        assertEquals("2023-03-17", first("Posted 17 MAR 2023 by the desk").value());
    }

    @Test
    void aDashWithSpacesBetweenTheDateAndItsClockTimeJoinsThemAsTheCommaDoes() {
        TemporalExpression stamp = first("Posted Wed, 15/03/2023 - 08:05\n\nThe ferry sank.");
        assertEquals("15/03/2023 - 08:05", stamp.text());
        assertEquals("2023-03-15T08:05", stamp.value(), stamp.explanation());
        assertEquals("2023-03-14T18:30", first("March 14, 2023 \u2013 6:30 p.m. by the desk.").value());
        List<TemporalExpression> tight = resolver.resolve("Sent 3/14/2023-18:30 by the clerk.", SAT);
        assertEquals("2023-03-14", tight.getFirst().value(), "a dash without spaces joins nothing");
        List<TemporalExpression> lines = resolver.resolve("Filed March 3, 2023 -\n12:30 the bell rang.", SAT);
        assertEquals("March 3, 2023", lines.getFirst().text(), "a dash that ends the line joins nothing");
    }

    @Test
    void aClockTimeAfterAtOrOnTheNextLineStaysApartFromTheDate() {
        List<TemporalExpression> at = resolver.resolve("Sent on Feb 2, 2023 at 21:40 by the clerk.", SAT);
        assertEquals(List.of("2023-02-02", "2023-02-02T21:40"), at.stream().map(TemporalExpression::value).toList());
        List<TemporalExpression> lines = resolver.resolve("February 2, 2023\n21:40 the bell rang.", SAT);
        assertEquals("February 2, 2023", lines.getFirst().text());
        List<TemporalExpression> count = resolver.resolve("The list of March 3, 2023 12 names long was read.", SAT);
        assertEquals("March 3, 2023", count.getFirst().text(), "a number that is no clock time is left out");
    }

    @Test
    void aTimeAfterAPrepositionTakesTheDayTheSentenceBeforeNamed() {
        List<TemporalExpression> found = resolver.resolve(
                "The barn burned down early on Tuesday. Neighbours saw smoke shortly after 05:30 GMT.", SAT);
        assertEquals("2023-03-14T05:30", found.getLast().value(), found.getLast().explanation());
        List<TemporalExpression> at = resolver.resolve(
                "The count ended on March 9. At 6:20 p.m., the clerk signed the sheet.", SAT);
        assertEquals("2023-03-09T18:20", at.getLast().value(), at.getLast().explanation());
        List<TemporalExpression> two = resolver.resolve(
                "The count ended on March 9. Nobody argued. At 6:20 p.m., the clerk will sign the sheet.", SAT);
        assertEquals("2023-03-18T18:20", two.getLast().value(),
                "two sentences back is too far for a time that is not told in the past tense");
    }

    /** The value of the last expression in {@code text} published on {@code SAT}, its explanation in the message. */
    private void assertLast(String value, String text, String why) {
        TemporalExpression last = resolver.resolve(text, SAT).getLast();
        assertEquals(value, last.value(), why + ": " + last.explanation());
    }

    @Test
    void aTimeInThePastTenseIsOnTheDayTheStoryToldIsOn() {
        assertLast("2023-03-17T16:15", "A bus overturned on the ring road on Friday, police said. Two passengers were"
                + " hurt. Firefighters cut the driver free.\n\nThe crash happened about 4:15 p.m. near the bridge.",
                "the day named last");
        assertLast("2023-03-09T18:20", "The count ended on March 9. Nobody argued. At 6:20 p.m., the clerk signed the"
                + " sheet.", "two sentences back, in the past tense");
        assertLast("2023-03-18T18:20", "The vote is set for March 24. Nobody argued. The clerk arrived at 6:20 p.m.",
                "a day ahead is no day of a past story");
        assertLast("2023-03-18T16:15", "The mayor resigned on Monday. The council met. Posted 4:15 p.m.",
                "no preposition of time: a stamp of the writing");
    }

    @Test
    void aDayBeforeTheNounOfAnotherEventIsNotTheDayOfTheTimeInTheNextSentence() {
        assertLast("2023-03-14T16:00", "The clerk was robbed on Tuesday while reporting a Monday break-in at the store."
                + " Police said he saw the thief shortly after 4 p.m. and called them.", "the robbery's Tuesday");
        assertLast("2023-03-18T16:00", "The clerk was questioned about the March 9 fire. Police said he left the store"
                + " shortly after 4 p.m.", "the only day named before is the fire's: the publication date");
        assertLast("2023-03-17T05:30", "The barn burned down on the Friday before. Neighbours saw smoke shortly after"
                + " 05:30 GMT.", "'the Friday before' is no day before its noun");
    }

    @Test
    void aPartOfTheDayOrAWeekendBeforeTheNounOfWhatSomeoneDidIsThatPartOfTheDay() {
        assertLast("2023-03-16TEV", "The mayor on Thursday dropped the plan. Her evening statement surprised the"
                + " council.", "the evening of the day named just before");
        assertLast("2023-W11-WE", "The coach resigned in a weekend e-mail to the players.",
                "past tense on a Saturday: this weekend");
        TemporalExpression monday = resolver.resolve("The coach resigned in a weekend e-mail to the players.",
                LocalDate.of(2023, 3, 20)).getLast();
        assertEquals("2023-W11-WE", monday.value(), "past tense on a Monday: the weekend just gone");
        assertEquals(List.of(), resolver.resolve("He skipped his morning routine and her evening classes.", SAT),
                "a habit or a trade is no one time");
        assertEquals(List.of(), resolver.resolve("She watches the evening news and plans a weekend trip.", SAT),
                "no possessive, no past tense");
        assertEquals(List.of(), resolver.resolve("His evening message will reach the council.", SAT),
                "not in the past tense");
    }

    @Test
    void aBareTimeStampsTheWritingAndStaysOnThePublicationDate() {
        List<TemporalExpression> found = resolver.resolve(
                "The mayor resigned on Monday. UPDATE 4:15 p.m. -- The council has met.", SAT);
        assertEquals("2023-03-18T16:15", found.getLast().value(), found.getLast().explanation());
    }

    @Test
    void aDayWrittenDayFirstOrAfterHoursStillGivesTheTimeItsDay() {
        List<TemporalExpression> dmy = resolver.resolve("Power came back at 10:57 on 11 February 2023.", SAT);
        assertEquals(List.of("2023-02-11T10:57", "2023-02-11"), dmy.stream().map(TemporalExpression::value).toList());
        assertEquals("10:57", dmy.getFirst().text(), "after \"on\" TimeML marks the time and the date apart");
        List<TemporalExpression> hours = resolver.resolve(
                "A tremor was recorded at 09:10 hours (0440 GMT) on Wednesday.", SAT);
        assertEquals("2023-03-15T09:10", hours.getFirst().value(), hours.getFirst().explanation());
    }

    @Test
    void aOneDigitHourBeforeAWeekdayIsATimeOnThatDayWithItsPartOfTheDay() {
        TemporalExpression t = first("Divers went down at about 7:45 Thursday morning, the harbour said.");
        assertEquals("7:45 Thursday morning", t.text());
        assertEquals("2023-03-16T07:45", t.value(), t.explanation());
        assertEquals("2023-03-17T08:10", first("The bus left at 8:10 on Friday.").value());
        assertEquals("2023-03-16T20:30", first("Doors closed at 8:30pm Thursday night.").value());
        assertEquals(List.of("Sunday"), resolver.resolve("The hosts won 3:1 Sunday.", SAT).stream()
                .map(TemporalExpression::text).toList(), "a score before a weekday is still no time");
    }

    @Test
    void aTimeInAnotherZoneInParenthesesDoesNotHideTheDayAfterIt() {
        List<TemporalExpression> found = resolver.resolve("The quake struck at 4:10 a.m. (0910 GMT) Thursday.", SAT);
        TemporalExpression t = found.getFirst();
        assertEquals("4:10 a.m.", t.text(), "TimeML marks the time on its own when a parenthesis follows");
        assertEquals("2023-03-16T04:10", t.value(), t.explanation());
        assertEquals("2023-03-16", found.getLast().value());
    }

    @Test
    void aPartOfTheDayOnItsOwnIsPartOfTheDayTheTextIsOn() {
        List<TemporalExpression> found = resolver.resolve(
                "Shares slid on Thursday. Traders sold in the morning, then bought by mid-afternoon.", SAT);
        assertEquals(List.of("Thursday", "the morning", "mid-afternoon"),
                found.stream().map(TemporalExpression::text).toList());
        assertEquals("2023-03-16TMO", found.get(1).value(), found.get(1).explanation());
        assertEquals("\"the morning\" of the day named just before, 2023-03-16", found.get(1).explanation());
        assertEquals("2023-03-16TAF", found.get(2).value());
        assertEquals("MID", found.get(2).mod());
        TemporalExpression night = first("Shelling went on during the night.");
        assertEquals("2023-03-18TNI", night.value(), night.explanation());
    }

    @Test
    void aPartOfTheDayThatIsNoTimeOfItsOwnIsNotMarked() {
        assertEquals(List.of("May 3"), resolver.resolve("It happened in the morning of May 3.", SAT).stream()
                .map(TemporalExpression::text).toList());
        assertEquals(List.of(), resolver.resolve("She watched in the evening news what had happened.", SAT));
        assertEquals(List.of(), resolver.resolve("He said he would call at 4 in the morning.", SAT).stream()
                .filter(e -> e.text().equals("the morning")).toList());
    }

    @Test
    void aTimeFollowedByYesterdayOrTomorrowTakesThatDay() {
        assertEquals("2023-03-17T20:00", first("Police arrived at 8 p.m. yesterday.").value());
        assertEquals("2023-03-19T10:00", first("Polls open at 10 a.m. tomorrow.").value());
    }

    @Test
    void aWeekdayBeforeTheTimeInTheSentenceGivesTheDay() {
        List<TemporalExpression> found = resolver.resolve("He will speak Wednesday at noon.", SAT);
        assertEquals("2023-03-22", found.get(0).value());
        assertEquals("2023-03-22T12:00", found.get(1).value());
    }

    @Test
    void aTimeInAClauseAboutWhatIsAheadIsNotOnAPastDayOfTheSentence() {
        List<TemporalExpression> found = resolver.resolve(
                "On Thursday the senator mailed a letter to donors, and at 7 p.m. he will hold a rally downtown.", SAT);
        assertEquals("2023-03-16", found.get(0).value());
        assertEquals("2023-03-18T19:00", found.get(1).value(), found.get(1).explanation());
        // In the past tense the time stays on the day the sentence names.
        List<TemporalExpression> past = resolver.resolve(
                "On Thursday the senator mailed a letter to donors, and at 7 p.m. he held a rally downtown.", SAT);
        assertEquals("2023-03-16T19:00", past.get(1).value(), past.get(1).explanation());
        // A day ahead named in the sentence still gives the time its day.
        List<TemporalExpression> ahead = resolver.resolve("On Tuesday the senator will hold a rally at 7 p.m.", SAT);
        assertEquals("2023-03-21T19:00", ahead.get(1).value(), ahead.get(1).explanation());
    }

    @Test
    void aTimeWithoutADayIsOnThePublicationDate() {
        assertEquals("2023-03-18T15:00", first("The fire started at 3 p.m. near the port.").value());
    }

    @Test
    void aTimeWithItsZoneAndDayIsOneExpressionAsInTimeml() {
        TemporalExpression t = first("The offer expires at 5 p.m. EST, March 21, the company said.");
        assertEquals("5 p.m. EST, March 21", t.text());
        assertEquals("2023-03-21T17:00", t.value(), t.explanation());
        TemporalExpression quake = first("The quake struck at 4 a.m. EDT Thursday.");
        assertEquals("4 a.m. EDT Thursday", quake.text());
        assertEquals("2023-03-16T04:00", quake.value(), quake.explanation());
        TemporalExpression noon = first("The deadline passed at noon Thursday, officials said.");
        assertEquals("noon Thursday", noon.text());
    }

    @Test
    void theShortUsZonesAndTheEuropeanIndianAndAustralianOnesJoinTheTimeAndLetTheDayAfterThemApply() {
        TemporalExpression et = first("The count closed at 6:15 p.m. ET on Wednesday, the clerk said.");
        assertEquals("6:15 p.m. ET", et.text(), "the zone is part of the time");
        assertEquals("2023-03-15T18:15", et.value(), "the weekday after the zone is the time's day: " + et.explanation());
        TemporalExpression pt = first("The stream went dark at 9 p.m. PT Thursday.");
        assertEquals("9 p.m. PT Thursday", pt.text(), "time, zone and day are one expression");
        assertEquals("2023-03-16T21:00", pt.value(), pt.explanation());
        for (String zone : List.of("CT", "MT", "IST", "AEST", "BST", "CET")) {
            TemporalExpression t = first("The ferry left at 7:40 a.m. " + zone + " with twelve cars.");
            assertEquals("7:40 a.m. " + zone, t.text(), zone + " after a clock time is its zone");
            assertEquals("2023-03-18T07:40", t.value(), "the value keeps the clock time as written: " + t.explanation());
        }
        assertEquals("10:05 IST", first("The court sat at 10:05 IST on the dot.").text(),
                "a zone also lets a one-digit 24-hour time count");
    }

    @Test
    void aZoneWithoutADayStaysInTheTimeAndAnUnrelatedWordIsLeftOut() {
        TemporalExpression t = first("Trading stopped at 3 p.m. EST when the news broke.");
        assertEquals("3 p.m. EST", t.text());
        assertEquals("3 p.m.", first("The fire started at 3 p.m. near the port.").text());
    }

    @Test
    void aWireServiceTimeTakesTheDayNamedAfterItAndIsNoLength() {
        List<TemporalExpression> found = resolver.resolve("Polls close at 2300 GMT on Monday.", SAT);
        assertEquals(List.of("2300 GMT", "Monday"), found.stream().map(TemporalExpression::text).toList());
        assertEquals("2023-03-20T23:00", found.getFirst().value(), found.getFirst().explanation());
        TemporalExpression hours = first("The shop opens at 0900 hours.");
        assertEquals(TimexType.TIME, hours.type(), "not a length of 900 hours");
        assertEquals("2023-03-18T09:00", hours.value());
        assertEquals(TimexType.DURATION, first("Pilots logged 1500 hours in the air.").type());
        assertEquals(List.of(), resolver.resolve("Police counted 1430 protesters.", SAT));
    }

    @Test
    void anOClockTimeIsATimeOnTheDayOfTheSentence() {
        List<TemporalExpression> found = resolver.resolve("The talks began on Tuesday at three o'clock.", SAT);
        assertEquals("three o'clock", found.getLast().text());
        assertEquals("2023-03-14T03:00", found.getLast().value(), found.getLast().explanation());
    }

    @Test
    void dawnAndDuskAfterAPrepositionAreTheMorningAndTheEveningOfTheirDay() {
        List<TemporalExpression> found = resolver.resolve("Troops moved in on Tuesday at dawn.", SAT);
        assertEquals(List.of("Tuesday", "dawn"), found.stream().map(TemporalExpression::text).toList());
        assertEquals("2023-03-14TMO", found.getLast().value(), found.getLast().explanation());
        TemporalExpression joined = first("Troops moved in at dawn Tuesday.");
        assertEquals("dawn Tuesday", joined.text());
        assertEquals("2023-03-14TMO", joined.value(), joined.explanation());
        assertEquals("2023-03-18TEV", first("The curfew begins at dusk.").value());
        assertEquals("2023-03-18TEV", first("Fighting stopped by nightfall.").value());
        assertEquals(TimexType.TIME, first("Fighting stopped by nightfall.").type());
    }

    @Test
    void dawnWithoutAPrepositionOfTimeIsNoTime() {
        assertEquals(List.of(), resolver.resolve("It was the dawn of a new era.", SAT));
        assertEquals(List.of(), resolver.resolve("Dawn broke over the city.", SAT));
    }
}
