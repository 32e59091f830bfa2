package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Month names, written-out days and the "is this number a year?" judgement, without the resolver. */
class CalendarDateRuleTest {

    /** Judges the first four-digit number in the sentence, with the words around it as the resolver reads them. */
    private static boolean year(String sentence) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}").matcher(sentence);
        assertTrue(m.find());
        String[] before = sentence.substring(0, m.start()).trim().split("\\s+");
        String prev = before.length == 0 ? "" : before[before.length - 1].toLowerCase();
        String rest = sentence.substring(m.end()).trim();
        String next = rest.isEmpty() ? "" : rest.split("[\\s.,]+")[0];
        return CalendarDateRule.isYear(sentence, m.start(), m.end(), Integer.parseInt(m.group()), prev,
                next.toLowerCase(), !next.isEmpty() && Character.isLowerCase(next.charAt(0)));
    }

    @Test
    void datesInCapitalsAreReadAsNamesWithTheOffsetsKept() {
        assertEquals("Friday, March 3rd, 2023", CalendarDateRule.titleCaseDates("FRIDAY, MARCH 3RD, 2023"));
        assertEquals("9:05 AM, SAT 4 Mar 2023", CalendarDateRule.titleCaseDates("9:05 AM, SAT 4 MAR 2023"));
        assertEquals("Oct. 2, 2023", CalendarDateRule.titleCaseDates("OCT. 2, 2023"));
        String headline = "THE MARCH THAT MAY CHANGE SUNDAY SHOPPING";
        assertTrue(headline == CalendarDateRule.titleCaseDates(headline), "no number next to them: words, unchanged");
        assertEquals("MAYBE 5", CalendarDateRule.titleCaseDates("MAYBE 5"));
    }

    @Test
    void aNumericDateIsReadDayFirstOnlyWhenThatIsThePublicationDateAndMonthFirstIsFarFromIt() {
        LocalDate sep12 = LocalDate.of(2023, 9, 12);
        assertEquals(LocalDate.of(2023, 9, 12), CalendarDateRule.numeric("12", "09", "2023", sep12).date());
        assertEquals(LocalDate.of(2023, 12, 9), CalendarDateRule.numeric("12", "09", "2023",
                LocalDate.of(2023, 12, 10)).date(), "month first near the publication date stays month first");
        assertEquals(LocalDate.of(2023, 3, 4), CalendarDateRule.numeric("3", "4", "2023", sep12).date(),
                "neither reading near it: month first, as before");
        assertEquals(LocalDate.of(2023, 3, 4), CalendarDateRule.numeric("3", "4", "2023", null).date());
    }

    @Test
    void aDateWithPointsIsDayMonthYear() {
        List<TemporalExpression> found = new TemporalResolver().resolve("Filed on 08.07.2023 by the desk; build "
                + "1.2.2023.4 shipped.", LocalDate.of(2023, 7, 9));
        assertEquals(List.of("08.07.2023"), found.stream().map(TemporalExpression::text).toList());
        assertEquals("2023-07-08", found.getFirst().value());
    }

    @Test
    void aDateNeverRunsAcrossABlankLine() {
        List<TemporalExpression> found = new TemporalResolver().resolve("Pumps fail at Gate 4\n\nMay 2, 2023\n\nThe "
                + "pumps failed.", LocalDate.of(2023, 5, 2));
        assertEquals(List.of("May 2, 2023"), found.stream().map(TemporalExpression::text).toList());
        assertEquals("2023-05-02", found.getFirst().value());
        assertEquals("12\nMay", new TemporalResolver().resolve("It shut on 12\nMay.", LocalDate.of(2023, 5, 20))
                .getFirst().text(), "a single line break (wrapped text) is still inside a sentence");
    }

    @Test
    void monthNamesAndAbbreviationsWithOrWithoutTheirPeriod() {
        assertEquals(9, CalendarDateRule.monthNumber("Sept."));
        assertEquals(9, CalendarDateRule.monthNumber("September"));
        assertEquals(12, CalendarDateRule.monthNumber("Dec"));
        assertEquals(0, CalendarDateRule.monthNumber("Mayor"));
        assertTrue(CalendarDateRule.isMonthName("Jan"));
        assertFalse(CalendarDateRule.isMonthName("january"), "a month name is capitalised");
    }

    @Test
    void aDayMustExistInItsMonth() {
        assertEquals(LocalDate.of(2024, 2, 29), CalendarDateRule.day(2024, 2, 29));
        assertNull(CalendarDateRule.day(2023, 2, 29));
        assertNull(CalendarDateRule.day(2023, 13, 1));
        assertNull(CalendarDateRule.day(2023, 4, 31));
    }

    @Test
    void numericDatesAreUsOrderUnlessTheFirstNumberCannotBeAMonth() {
        CalendarDateRule.Day us = CalendarDateRule.numeric("3", "4", "2023");
        assertEquals(LocalDate.of(2023, 3, 4), us.date());
        assertEquals("numeric date, month/day/year", us.how());
        assertEquals(LocalDate.of(2023, 4, 18), CalendarDateRule.numeric("18", "4", "2023").date());
        assertNull(CalendarDateRule.numeric("18", "14", "2023"));
    }

    @Test
    void aTwoDigitYearIsBetween1970And2069() {
        assertEquals(1998, CalendarDateRule.numeric("8", "7", "98").date().getYear());
        assertEquals(2023, CalendarDateRule.numeric("8", "7", "23").date().getYear());
        assertEquals(1970, CalendarDateRule.numeric("1", "1", "70").date().getYear());
        assertEquals(2069, CalendarDateRule.numeric("1", "1", "69").date().getYear());
    }

    @Test
    void aPlausibleNumberIsAYearUnlessItsNeighboursMakeItAnAmount() {
        assertTrue(year("The plant closed in 1998 after a fire."));
        assertTrue(year("Sales doubled 2019 to 2021."));
        assertFalse(year("It cost $2000 in all."));
        assertFalse(year("They counted 2,2000 votes."));
        assertFalse(year("Turnout was 1990% higher."));
        assertFalse(year("About 2000 people marched."));
        assertFalse(year("A total of 1500 troops left."));
        assertFalse(year("It weighs 1950 kg in all."));
    }

    @Test
    void aTimePrepositionKeepsAYearBeforeAPluralNoun() {
        assertTrue(year("In 2022 elections were held."));
        assertFalse(year("Some 2022 elections were held."));
    }

    @Test
    void aDeterminerKeepsAYearBeforeAPluralNounOfReporting() {
        assertTrue(year("The 2015 sales figures were revised."));
        assertTrue(year("Their 2019 earnings disappointed."));
        assertFalse(year("The 2000 people in the square cheered."), "a count of people");
        assertFalse(year("The 1500 troops left."));
        assertFalse(year("He scored 2015 points."));
        assertFalse(year("The 2500 sales were counted."), "no plausible year");
        assertEquals("2015", ResolverChecks.find("The 2015 sales figures were revised.", LocalDate.of(2016, 3, 1), "2015")
                .value());
    }

    @Test
    void aDeterminerKeepsAYearBeforeElectionsPrimariesOrMidterms() {
        assertTrue(year("The party won a majority in the 2014 elections."));
        assertTrue(year("Their 2022 primaries were close."));
        assertFalse(year("Some 2022 elections were held."), "no determiner: may be a count");
        assertFalse(year("The 2000 voters in the hall cheered."));
    }

    @Test
    void anImplausibleYearNeedsAWordThatAsksForOne() {
        assertTrue(year("The abbey was built in 1066 by monks."));
        assertTrue(year("It was sealed in March 1850 for good."));
        assertFalse(year("She scored 1066 points."));
        assertFalse(year("Only 2150 remained."));
    }

    @Test
    void anImplausibleYearAfterAnEmptyItIsIsAYear() {
        assertTrue(year("The duke joked that he wished it was 1790 again."));
        assertTrue(year("They dressed as if it were 1880 in the town."));
        assertTrue(year("For the actors it's 1850 every weekend."));
        // Not after a subject that counts something, nor with a unit after it.
        assertFalse(year("The final score was 1790 on the night."));
        assertFalse(year("It was 1500 feet high."));
        assertFalse(year("The bill said that it was 1200 dollars."));
    }

    @Test
    void aYearAfterMidPreOrPostAndAHyphenIsAYearButACodeIsNot() {
        assertTrue(year("Growth slowed in mid-1996 as expected."));
        assertTrue(year("The pre-1990 rules still apply."));
        assertFalse(year("The F-1990 engine failed."));
        assertFalse(year("A promid-1990 ruling."), "only the whole word before the hyphen counts");
    }

    @Test
    void theResolverNarrowsMidYearAndTheLastHalf() {
        TemporalResolver resolver = new TemporalResolver();
        TemporalExpression mid = resolver.resolve("Growth slowed in mid-1996, it said.", LocalDate.of(1998, 2, 19))
                .getFirst();
        assertEquals("mid-1996", mid.text());
        assertEquals("1996", mid.value());
        assertEquals("MID", mid.mod());
        TemporalExpression half = resolver.resolve("Output rose in the last half of 1989.", LocalDate.of(1989, 11, 2))
                .getFirst();
        assertEquals("the last half of 1989", half.text());
        assertEquals("1989-H2", half.value());
    }

    @Test
    void theFirstOrLastTwoQuartersOfAYearAreItsHalves() {
        TemporalResolver resolver = new TemporalResolver();
        TemporalExpression first = resolver.resolve("Weak demand may last through the first two quarters of 2024.",
                LocalDate.of(2023, 10, 26)).getFirst();
        assertEquals("the first two quarters of 2024", first.text());
        assertEquals("2024-H1", first.value(), first.explanation());
        assertEquals(LocalDate.of(2024, 6, 30), first.latest());
        assertEquals("2022-H2", resolver.resolve("It grew in the last two quarters of 2022.", LocalDate.of(2023, 3, 1))
                .getFirst().value());
    }
}
