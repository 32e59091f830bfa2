package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayRuleTest {

    private static final LocalDate REF = LocalDate.of(1999, 11, 20);

    private static RuleMatch at(String text, LocalDate ref, Tense tense) {
        return HolidayRule.at(text, 0, ref, () -> tense);
    }

    @Test
    void computedHolidaysFallOnTheirDays() {
        assertEquals(LocalDate.of(1999, 11, 25), HolidayRule.dayOf("Thanksgiving").apply(1999));
        assertEquals(LocalDate.of(1998, 11, 3), HolidayRule.dayOf("Election Day").apply(1998));
        assertEquals(LocalDate.of(2000, 4, 23), HolidayRule.easter(2000));
        assertEquals(LocalDate.of(2024, 3, 31), HolidayRule.easter(2024));
        assertEquals(LocalDate.of(2023, 9, 4), HolidayRule.dayOf("Labor Day").apply(2023));
        assertEquals(LocalDate.of(2023, 5, 29), HolidayRule.dayOf("Memorial Day").apply(2023));
    }

    @Test
    void aHolidayCloseToThePublicationDateIsTheNearestOne() {
        RuleMatch m = at("Thanksgiving Day", REF, Tense.PAST);
        assertEquals("1999-11-25", m.value(), m.explanation());
        assertEquals(16, m.end());
    }

    @Test
    void newYearsEveIsTheLastDayOfTheYearNotNewYearsDay() {
        // Before, "New Year's Eve" was found as "New Year's" (January 1).
        RuleMatch eve = at("New Year's Eve", REF, Tense.FUTURE);
        assertEquals("1999-12-31", eve.value(), eve.explanation());
        assertEquals(14, eve.end());
        assertEquals("2000-01-01", at("New Year's Day", REF, Tense.FUTURE).value());
    }

    @Test
    void aFarHolidayFollowsTheTenseAndLastNextOverride() {
        assertEquals("1999-04-04", at("Easter", REF, Tense.PAST).value());
        assertEquals("2000-04-23", at("Easter", REF, Tense.FUTURE).value());
        assertEquals("1998-11-26", at("last Thanksgiving", REF, Tense.UNKNOWN).value());
        assertEquals("1999-12-25", at("next Christmas", REF, Tense.UNKNOWN).value());
        assertEquals("1990-07-04", at("Independence Day 1990", REF, Tense.UNKNOWN).value());
    }

    @Test
    void otherCapitalisedWordsAreNoHoliday() {
        assertNull(at("Good Morning America", REF, Tense.PAST));
        assertNull(at("New York", REF, Tense.PAST));
    }

    @Test
    void resolverReportsHolidaysWithTheirDate() {
        var found = new TemporalResolver().resolve("Stores opened early after Thanksgiving.", REF);
        assertEquals("Thanksgiving", found.getFirst().text());
        assertEquals(LocalDate.of(1999, 11, 25), found.getFirst().earliest());
    }

    @Test
    void easterWeekIsTheWeekEndingOnEasterSunday() {
        RuleMatch m = at("Easter week began with palm fronds.", LocalDate.of(2024, 3, 25), Tense.PAST);
        assertEquals("2024-W13", m.value(), m.explanation());
        assertEquals(LocalDate.of(2024, 3, 25), m.from());
        assertEquals(LocalDate.of(2024, 3, 31), m.to());
        assertEquals("Easter week", "Easter week began with palm fronds.".substring(m.start(), m.end()));
        assertEquals("2023-W14", at("Holy Week", LocalDate.of(2023, 4, 1), Tense.UNKNOWN).value());
        TemporalExpression e = new TemporalResolver().resolve("Pilgrims arrived for Holy Week.",
                LocalDate.of(2023, 4, 1)).getFirst();
        assertEquals("Holy Week", e.text());
        assertEquals(LocalDate.of(2023, 4, 9), e.latest());
    }

    @Test
    void aHolidayOpeningACapitalisedNameIsAnEventOrAPlaceNotTheDay() {
        LocalDate ref = LocalDate.of(2022, 3, 30);
        ResolverChecks.assertNoDate("Hundreds of children lined up on the lawn for the Easter Egg Roll.", ref);
        ResolverChecks.assertNoDate("The small cargo ship sailed slowly past Christmas Island.", ref);
        ResolverChecks.assertNoDate("Thousands of families gathered in the square for the Christmas Tree Lighting.", ref);
        ResolverChecks.assertNoDate("Crews inflated the Thanksgiving Day Parade balloons.", ref);
        ResolverChecks.assertNoDate("The mayor praised Macy's Thanksgiving Day Parade.", ref);
        ResolverChecks.assertNoDate("She toured the rooms prepared for the White House Christmas Party.", ref);
        ResolverChecks.assertNoDate("Several historians recalled the signing of the Good Friday Agreement.", ref);
        assertTrue(HolidayRule.opensAName("the Easter Egg Roll", 4, 10), "a determiner before, a capital after");
        assertFalse(HolidayRule.opensAName("at Easter Mayor Lin spoke", 3, 9),
                "no determiner before the holiday: the capital after it may open the next phrase");
    }

    @Test
    void theSameHolidayInLowerCaseCompanyWithATimeWordOrInATitleCaseLineIsStillTheDay() {
        LocalDate ref = LocalDate.of(2022, 3, 30);
        ResolverChecks.assertDay("The school closes for the Easter holidays.", ref, "Easter", "2022-04-17");
        ResolverChecks.assertDay("Traffic peaked over the Labor Day Weekend.", ref, "Labor Day", "2021-09-06");
        ResolverChecks.assertDay("On Christmas Day Mayor Lin visited the ward.", ref, "Christmas Day", "2021-12-25");
        ResolverChecks.assertDay("The store hosted a Christmas party.", ref, "Christmas", "2021-12-25");
        ResolverChecks.assertDay("The Easter Service Draws Thousands Downtown\n\nThe church was full.", ref, "Easter",
                "2022-04-17");
    }

    @Test
    void aHolidayAfterAnnualOrYearlyIsAYearlyEventNotOneDay() {
        LocalDate ref = LocalDate.of(2022, 5, 31);
        ResolverChecks.assertNoDate("The network dropped her from the annual New Year's Eve program.", ref);
        ResolverChecks.assertNoDate("Volunteers cooked the yearly Thanksgiving dinner for the shelter.", ref);
        ResolverChecks.assertDay("She will host the network's New Year's Eve program.", ref, "New Year's Eve",
                "2022-12-31");
        assertFalse(HolidayRule.yearly("on Christmas Eve", 3));
    }

    @Test
    void nineElevenAloneIsTheDayOfTheAttacksOf2001() {
        LocalDate ref = LocalDate.of(2019, 5, 2);
        ResolverChecks.assertDay("Airport screening has been stricter since 9/11, the agency said.", ref, "9/11",
                "2001-09-11");
        ResolverChecks.assertDay("She met relatives of the 9/11 victims.", ref, "9/11", "2001-09-11");
        ResolverChecks.assertDay("The book describes post-9/11 politics.", ref, "9/11", "2001-09-11");
        ResolverChecks.assertDay("The contract was signed on 9/11/2017.", ref, "9/11/2017", "2017-09-11");
        ResolverChecks.assertNoDate("The guard went 9/11 from the field.", ref);
        assertNull(HolidayRule.nineEleven("19/11", 1), "part of another number");
        assertNull(HolidayRule.nineEleven("9/115", 0), "a longer number");
    }

    @Test
    void septemberElevenNamingTheAttacksIsTheDayOf2001() {
        LocalDate ref = LocalDate.of(2015, 6, 3);
        ResolverChecks.assertDay("Critics said the mayor exploited the Sept. 11 attacks in the debate.", ref,
                "Sept. 11", "2001-09-11");
        ResolverChecks.assertDay("The fund pays Sept. 11 responders for their care.", ref, "Sept. 11", "2001-09-11");
        ResolverChecks.assertDay("He spoke for the September 11th Families group.", ref, "September 11th",
                "2001-09-11");
        ResolverChecks.assertDay("The senator defended the post-Sept. 11 surveillance law.", ref, "Sept. 11",
                "2001-09-11");
        ResolverChecks.assertDay("Security changed after the terrorist attacks of Sept. 11, officials said.", ref,
                "Sept. 11", "2001-09-11");
        // The singular "attack", a verb after "on Sept. 11", Libya nearby: that year's day, as before.
        ResolverChecks.assertDay("Rebel attacks on Sept. 11 closed the road.", ref, "Sept. 11", "2014-09-11");
        ResolverChecks.assertDay("Officials testified about the Sept. 11 attack on Wednesday.", ref, "Sept. 11",
                "2014-09-11");
        ResolverChecks.assertDay("The club reopened on Sept. 11 after repairs.", ref, "Sept. 11", "2014-09-11");
        ResolverChecks.assertDay("Gunmen stormed the consulate during the Sept. 11 attacks in Libya.", ref,
                "Sept. 11", "2014-09-11");
        ResolverChecks.assertDay("The Sept. 11, 2009, attacks on the base were recalled.", ref, "Sept. 11, 2009",
                "2009-09-11");
        assertNull(HolidayRule.namedNineEleven("the Sept. 11 attacks", 4, 12, LocalDate.of(2000, 5, 1)),
                "written before the attacks");
    }

    @Test
    void aHolidayMeantInGeneralHasNoYear() {
        LocalDate ref = LocalDate.of(2023, 12, 10);
        assertGeneric("Pupils cannot openly celebrate Christmas at the school, the ad said.", ref, "Christmas",
                "XXXX-12-25");
        assertGeneric("Staff are allowed to observe Easter at home.", ref, "Easter", "XXXX");
        assertGeneric("The custom of Thanksgiving turkeys at the farm goes back decades.", ref, "Thanksgiving",
                "XXXX-11");
        assertGeneric("The bill makes Election Day a federal holiday.", ref, "Election Day", "XXXX-11");
        assertGeneric("Workers should be free to observe Christmas Eve at home.", ref, "Christmas Eve", "XXXX-12-24");
        ResolverChecks.assertDay("The couple will celebrate Christmas in Hawaii.", ref, "Christmas", "2023-12-25");
        ResolverChecks.assertDay("She spent Christmas with her parents.", ref, "Christmas", "2023-12-25");
        ResolverChecks.assertDay("The president celebrates Christmas with troops abroad.", ref, "Christmas",
                "2023-12-25");
        ResolverChecks.assertDay("Talks could end by Christmas, aides said.", ref, "Christmas", "2023-12-25");
        ResolverChecks.assertDay("They can celebrate this Christmas at home.", ref, "this Christmas", "2023-12-25");
        ResolverChecks.assertDay("They can celebrate Christmas at home this year.", ref, "Christmas", "2023-12-25");
        ResolverChecks.assertDay("The town put up its Christmas tree before Christmas.", ref, "Christmas",
                "2023-12-25");
    }

    private static void assertGeneric(String text, LocalDate ref, String expr, String value) {
        TemporalExpression e = ResolverChecks.find(text, ref, expr);
        assertEquals(value, e.value(), e.explanation());
        assertNull(e.earliest(), e.explanation());
    }

    @Test
    void aYearWrittenBesideTheHolidayGivesItsYear() {
        String special = "She first appeared in the 2009 Christmas special.";
        RuleMatch m = HolidayRule.at(special, special.indexOf("Christmas"), REF, () -> Tense.PAST);
        assertEquals("2009-12-25", m.value(), m.explanation());
        String wedding = "They had planned to marry on Valentine's Day in 2012.";
        m = HolidayRule.at(wedding, wedding.indexOf("Valentine"), REF, () -> Tense.PAST);
        assertEquals("2012-02-14", m.value(), m.explanation());
        String easter = "He was shot on Easter Sunday, April 8, 2012, at home.";
        m = HolidayRule.at(easter, easter.indexOf("Easter"), REF, () -> Tense.PAST);
        assertEquals("2012-04-08", m.value(), m.explanation());
        // Not a year: a sum of money, a number in a list, a year that is not beside the holiday.
        String money = "They raised $2009 Christmas Eve.";
        m = HolidayRule.at(money, money.indexOf("Christmas"), REF, () -> Tense.FUTURE);
        assertEquals("1999-12-24", m.value(), m.explanation());
        String far = "In 1995 the company, at Christmas, closed.";
        m = HolidayRule.at(far, far.indexOf("Christmas"), REF, () -> Tense.FUTURE);
        assertEquals("1999-12-25", m.value(), m.explanation());
    }
}
