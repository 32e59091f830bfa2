package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Fiscal years, valued by their number as TimeML does. */
class FiscalYearRuleTest {

    private static final LocalDate NOV_2 = LocalDate.of(1989, 11, 2);

    private static RuleMatch at(String text, String from) {
        return FiscalYearRule.at(text, text.indexOf(from), NOV_2);
    }

    private static String extent(String text, RuleMatch m) {
        return text.substring(m.start(), m.end());
    }

    @Test
    void aNumberedFiscalYearIsThatYearEvenBeforeAPluralNoun() {
        String text = "sales slightly above fiscal 1989 sales of $155 million";
        RuleMatch m = at(text, "fiscal");
        assertEquals("fiscal 1989", extent(text, m));
        assertEquals("1989", m.value());
        assertEquals(LocalDate.of(1989, 1, 1), m.from());
        assertEquals("1991", at("in fiscal year 1991, it said", "fiscal").value());
    }

    @Test
    void aFiscalYearNamedRelativeToThePublicationDate() {
        String text = "it expects sales in the current fiscal year to rise";
        RuleMatch current = at(text, "the current");
        assertEquals("the current fiscal year", extent(text, current));
        assertEquals("1989", current.value(), current.explanation());
        assertEquals("1988", at("profit for the latest fiscal year fell", "the latest").value());
        assertEquals("1988", at("losses last fiscal year were large", "last").value());
        assertEquals("1990", at("a dividend next fiscal year", "next").value());
        assertEquals("1989", at("earnings this fiscal year", "this").value());
    }

    @Test
    void theFiscalYearWithNoEndDateIsTheOneUnderWayAndThroughoutItIsAOneYearSpan() {
        String text = "The cuts will lower earnings for the fiscal year, the maker said.";
        RuleMatch date = at(text, "the fiscal");
        assertEquals("the fiscal year", extent(text, date));
        assertEquals(TimexType.DATE, date.type());
        assertEquals("1989", date.value(), date.explanation());
        RuleMatch span = at("Margins should widen throughout the fiscal year.", "the fiscal");
        assertEquals(TimexType.DURATION, span.type());
        assertEquals("P1Y", span.value(), span.explanation());
    }

    @Test
    void theFiscalYearWithItsEndDateAndOtherFiscalWordsAreLeftToOtherRules() {
        assertNull(at("during the fiscal year ended Sept. 30", "the"), "the end date makes it a duration elsewhere");
        assertNull(at("in the fiscal year that ends in June", "the"));
        assertNull(at("a fiscal policy", "fiscal"));
        assertNull(at("fiscal 19890 figures", "fiscal"));
        assertNull(FiscalYearRule.at("the current fiscal year", 0, null), "needs a reference date");
    }

    @Test
    void theResolverReportsAFiscalYearAsOneExpression() {
        TemporalResolver resolver = new TemporalResolver();
        var found = resolver.resolve("Revenue in fiscal 1988 rose, the company said.", NOV_2);
        assertEquals("fiscal 1988", found.getFirst().text());
        assertEquals("1988", found.getFirst().value());
    }
}
