package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "The year" of a report: the reference date's year, or twelve months when an end date follows. */
class ReportingYearRuleTest {

    private static final LocalDate OCT_20 = LocalDate.of(2023, 10, 20);

    private static RuleMatch at(String text, String from) {
        return ReportingYearRule.at(text, text.indexOf(from), OCT_20);
    }

    private static String extent(String text, RuleMatch m) {
        return text.substring(m.start(), m.end());
    }

    @Test
    void theYearInAReportIsTheYearOfThePublicationDate() {
        RuleMatch m = at("For the year, bakery sales rose 4%.", "the year");
        assertEquals(TimexType.DATE, m.type());
        assertEquals("2023", m.value(), m.explanation());
        assertEquals(LocalDate.of(2023, 1, 1), m.from());
        assertEquals(LocalDate.of(2023, 12, 31), m.to());
        assertEquals("2023", at("its shares hit a low for the year of $12.10", "the year").value());
        assertEquals("2023", at("in the first six months of the year", "the year").value());
    }

    @Test
    void theFullAndTheCurrentYearAreTheSameYear() {
        String text = "The chain expects a loss for the full year.";
        RuleMatch full = at(text, "the full");
        assertEquals("the full year", extent(text, full));
        assertEquals("2023", full.value());
        assertEquals("2023", at("growth in the current year is slower", "the current").value());
    }

    @Test
    void theYearEndedOnADateIsAOneYearDuration() {
        String text = "Net income for the year ended June 30 was $4 million.";
        RuleMatch m = at(text, "the year");
        assertEquals("the year", extent(text, m), "the end date is an expression of its own");
        assertEquals(TimexType.DURATION, m.type());
        assertEquals("P1Y", m.value(), m.explanation());
        assertNull(m.from());
        assertEquals("P1Y", at("revenue in the fiscal year ending Jan. 31, 2024", "the fiscal").value());
        assertEquals("P1Y", at("sales for the year that ended in March rose", "the year").value());
    }

    @Test
    void aPossessiveIsNotPartOfTheExpression() {
        String text = "It was the year's best quarter.";
        assertEquals("the year", extent(text, at(text, "the year")));
    }

    @Test
    void yearsCountedFromAnotherDateOrNamedByNumberAreLeftAlone() {
        assertNull(at("a strike the year before", "the year"));
        assertNull(at("in the year after the merger", "the year"));
        assertNull(at("in the year 2000", "the year"));
        assertNull(at("the year two thousand", "the year"));
        assertNull(at("the year-ago quarter", "the year"));
        assertNull(at("the year of his birth", "the year"));
        assertNull(at("during the fiscal year the plant was shut", "the fiscal"), "a date or a span: cannot be told");
        assertNull(at("the years of war", "the year"));
        assertNull(ReportingYearRule.at("for the year", 4, null), "needs a reference date");
    }

    @Test
    void theResolverReportsTheYearAndKeepsTheEndOfTheYearWhole() {
        var found = ResolverChecks.find("Profit for the year rose, the bakery said.", OCT_20, "the year");
        assertEquals("2023", found.value());
        var end = ResolverChecks.find("The plant closes at the end of the year.", OCT_20, "the end of the year");
        assertEquals("2023", end.value(), end.explanation());
    }
}
