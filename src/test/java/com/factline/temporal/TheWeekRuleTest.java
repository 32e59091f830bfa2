package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "The week" on its own: a week of the reference date's year the text does not pin down. */
class TheWeekRuleTest {

    private static final LocalDate MON_NOV_6 = LocalDate.of(2023, 11, 6);

    private static RuleMatch at(String text) {
        return TheWeekRule.at(text, text.indexOf("the week"), MON_NOV_6);
    }

    @Test
    void theWeekInAMarketReportIsAnUnspecifiedWeekOfTheYear() {
        String text = "The Nikkei gained 40 points on Friday. For the week, it rose 2.1%.";
        RuleMatch m = at(text);
        assertEquals("the week", text.substring(m.start(), m.end()));
        assertEquals(TimexType.DATE, m.type());
        assertEquals("2023-WXX", m.value(), m.explanation());
        assertNull(m.from(), "no calendar interval: the words do not say which week");
        assertTrue(m.explanation().contains("2023-11-06"), m.explanation());
    }

    @Test
    void aPossessiveIsGrammarNotPartOfTheExpression() {
        String text = "Thursday was the week’s busiest session for copper.";
        RuleMatch m = at(text);
        assertEquals("the week", text.substring(m.start(), m.end()));
        assertEquals("2023-WXX", at("It was the week's quietest day.").value());
    }

    @Test
    void aWeekNamedOrCountedByWhatFollowsIsLeftToOtherRules() {
        assertNull(at("The hearing is set for the week of March 6."));
        assertNull(at("Sales in the week ended Oct. 27 rose 3%."));
        assertNull(at("Shipments for the week ending Friday fell."));
        assertNull(at("He resigned the week before the vote."));
        assertNull(at("Prices were higher than the week earlier."));
    }

    @Test
    void otherWordsAreNotTheWeek() {
        assertNull(TheWeekRule.at("the weekend was quiet", 0, MON_NOV_6));
        assertNull(TheWeekRule.at("the weekly report", 0, MON_NOV_6));
        assertNull(TheWeekRule.at("For the week, it rose.", 4, null), "no reference date, no year");
    }

    @Test
    void theResolverReportsTheWeekButLeavesTheEndOfTheWeekToTheModifier() {
        TemporalResolver resolver = new TemporalResolver();
        var found = resolver.resolve("For the week, the index dropped 3.8%.", MON_NOV_6);
        assertEquals(1, found.size());
        assertEquals("2023-WXX", found.get(0).value());
        var end = resolver.resolve("The bill is due by the end of the week.", MON_NOV_6);
        assertEquals(1, end.size());
        assertEquals("2023-W45", end.get(0).value(), end.get(0).explanation());
    }
}
