package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The clock-time rule on its own: what counts as a time, its hour and minute, its extent and its zone. */
class TimeOfDayRuleTest {

    private static TimeOfDayRule.Clock at(String text) {
        return TimeOfDayRule.at(text, 0);
    }

    @Test
    void twelveHourTimesBecomeTwentyFourHourValues() {
        assertEquals("T15:00", at("3 p.m. on the dot").timePart());
        assertEquals("T10:35", at("10:35 a.m. local").timePart());
        assertEquals("T00:15", at("12:15 am").timePart());
        assertEquals("T12:00", at("12 pm").timePart());
        assertEquals("3 p.m.".length(), at("3 p.m. on the dot").end());
    }

    @Test
    void highNoonAndTheMidnightOilAreIdiomsNotTimes() {
        assertNull(TimeOfDayRule.at("For the party, high noon comes today.", "For the party, high ".length()));
        assertNull(TimeOfDayRule.at("They burned the midnight oil.", "They burned the ".length()));
        assertEquals("T12:00", TimeOfDayRule.at("The sun was high at noon.", "The sun was high at ".length())
                .timePart());
        assertEquals("T24:00", TimeOfDayRule.at("The strike began at midnight on Friday.",
                "The strike began at ".length()).timePart());
    }

    @Test
    void secondsWhenWrittenAreKeptAndNeverReadAsAnotherTime() {
        TimeOfDayRule.Clock pm = at("6:07:15 PM GMT");
        assertEquals("T18:07:15", pm.timePart());
        assertEquals("6:07:15 PM".length(), pm.end());
        assertEquals("T23:37:00", at("23:37:00 on the log").timePart());
        assertEquals("T08:05:09", at("08:05:09 GMT").timePart());
        assertEquals("T08:05", at("08:05 GMT").timePart(), "no seconds written, none in the value");
    }

    @Test
    void minutesAfterAPointOrASingleLetterAfterTheMinutesAlsoMakeATime() {
        assertEquals("T09:25", at("9.25 a.m. on the quay").timePart());
        assertEquals("T22:05", at("10.05pm sharp").timePart());
        assertNull(at("9.25 percent"), "a decimal without a.m. or p.m. is a number");
        TimeOfDayRule.Clock letter = at("4:35p kickoff");
        assertEquals("T16:35", letter.timePart());
        assertEquals("4:35p".length(), letter.end());
        assertEquals("T11:10", at("11:10a, then lunch").timePart());
        assertNull(at("4:35pts"), "a letter that begins a word is no half of the day");
        assertNull(at("4p"), "a single letter needs the minutes before it");
    }

    @Test
    void anHourOutsideOneToTwelveIsNoTwelveHourTime() {
        assertNull(at("13 p.m."));
        assertNull(at("0 a.m."));
    }

    @Test
    void aTwentyFourHourTimeNeedsTwoDigitsOrAZone() {
        assertEquals("T14:05", at("14:05 in the afternoon").timePart());
        assertEquals("T09:30", at("09:30").timePart());
        TimeOfDayRule.Clock zoned = at("9:30 GMT today");
        assertEquals("T09:30", zoned.timePart());
        assertEquals("9:30 GMT".length(), zoned.end());
        assertNull(at("3:2 win"), "a one-digit hour without a zone reads as a score");
        assertNull(at("25:00"));
    }

    @Test
    void noonAndMidnightAreTimesAndMidnightIsHourTwentyFour() {
        assertEquals("T12:00", at("noon Thursday").timePart());
        assertEquals("T12:00", at("Midday").timePart());
        assertEquals("T24:00", at("midnight").timePart());
        assertNull(at("noonday"));
        assertNull(at("afternoon"));
    }

    @Test
    void aZoneIsRecognisedOnlyAsAWholeWord() {
        assertEquals(3, TimeOfDayRule.zoneEnd("EST, March 21", 0));
        assertEquals(10, TimeOfDayRule.zoneEnd("local time", 0));
        assertEquals(2, TimeOfDayRule.zoneEnd("ET on Monday", 0), "the US Eastern time without standard/daylight");
        assertEquals(4, TimeOfDayRule.zoneEnd("AEST.", 0), "Australian Eastern Standard Time");
        assertEquals(-1, TimeOfDayRule.zoneEnd("et al.", 0), "a zone is written in capitals");
        assertEquals(-1, TimeOfDayRule.zoneEnd("PTA meeting", 0), "the start of another word is no zone");
        assertEquals(-1, TimeOfDayRule.zoneEnd("ESTATE", 0));
        assertEquals(-1, TimeOfDayRule.zoneEnd("when", 0));
    }

    @Test
    void aMatchStartsOnlyWhereItIsAsked() {
        assertNull(TimeOfDayRule.at("at 3 p.m.", 0));
        assertEquals("T15:00", TimeOfDayRule.at("at 3 p.m.", 3).timePart());
        assertNull(TimeOfDayRule.at("x", 5));
    }

    @Test
    void fourDigitsAreAWireServiceTimeOnlyWithAZoneOrHours() {
        TimeOfDayRule.Clock gmt = TimeOfDayRule.at("Talks resumed at 0600 GMT.", "Talks resumed at ".length());
        assertEquals("T06:00", gmt.timePart());
        assertEquals("0600 GMT", "Talks resumed at 0600 GMT.".substring(gmt.start(), gmt.end()));
        assertEquals("T14:30", at("1430 local time").timePart());
        assertEquals("1430 local time".length(), at("1430 local time").end());
        assertEquals("T09:00", at("0900 hours").timePart());
        assertEquals("T18:00", TimeOfDayRule.at("They left by 1800 hours.", "They left by ".length()).timePart());
        assertNull(at("1430 protesters"), "four digits without a zone are a number");
        assertNull(at("1500 hours in the air"), "hours without a leading zero or a preposition is a length");
        assertNull(at("2460 GMT"), "no hour 24 and no minute 60");
        assertNull(at("12345 GMT"));
        assertNull(at("1500 MT"), "four digits before a short US zone are a quantity (tonnes), not a time");
        assertNull(TimeOfDayRule.at("10:35 a.m. (0735 GMT)", "10:35 a.m. (".length()),
                "a time restated in another zone in parentheses is not marked (as in TimeBank)");
    }

    @Test
    void anOClockTimeIsTheHourAsWritten() {
        assertEquals("T03:00", at("3 o'clock in the square").timePart());
        assertEquals("3 o'clock".length(), at("3 o'clock in the square").end());
        assertEquals("T11:00", at("eleven o’clock").timePart());
        assertEquals("T12:00", at("Twelve o'clock").timePart());
        TimeOfDayRule.Clock afternoon = at("3 o'clock in the afternoon on Friday");
        assertEquals("T15:00", afternoon.timePart(), "the part of the day says which half");
        assertEquals("3 o'clock in the afternoon".length(), afternoon.end());
        assertEquals("T21:00", at("nine o'clock at night").timePart());
        assertEquals("T00:00", at("12 o'clock in the morning").timePart());
        assertEquals("T07:00", at("7 o'clock in the morning").timePart());
        assertEquals("T24:00", at("twelve o'clock at night").timePart());
        assertEquals("3 o'clock".length(), at("3 o'clock in the square").end());
        assertNull(at("13 o'clock"));
        assertNull(at("3 oclockwork"));
    }
}
