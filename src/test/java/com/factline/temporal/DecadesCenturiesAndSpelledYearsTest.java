package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** TimeML values decades by three digits and centuries by two; broadcast transcripts spell years out. */
class DecadesCenturiesAndSpelledYearsTest {

    private static final LocalDate REF = LocalDate.of(1998, 3, 1);

    private static String text(String s, RuleMatch m) {
        return s.substring(m.start(), m.end());
    }

    @Test
    void centuriesAreValuedByTheirFirstTwoDigits() {
        String s = "the 19th century";
        RuleMatch m = DecadeCenturyRule.at(s, 0, REF);
        assertEquals("18", m.value());
        assertEquals(s, text(s, m));
        assertEquals(LocalDate.of(1800, 1, 1), m.from());
        assertEquals("10", DecadeCenturyRule.at("11th century temple", 0, REF).value());
        assertEquals("20", DecadeCenturyRule.at("the twenty-first century", 0, REF).value());
    }

    @Test
    void aRoundHundredWithSNamesACenturyButTheTwoThousandsStayADecade() {
        TemporalExpression c = ResolverChecks.find("Mills spread along the river in the 1800s.", REF, "1800s");
        assertEquals("18", c.value(), c.explanation());
        assertEquals(LocalDate.of(1899, 12, 31), c.latest());
        TemporalExpression early = ResolverChecks.find("The town grew in the early 1900s.", REF, "early 1900s");
        assertEquals("19", early.value());
        assertEquals("START", early.mod());
        assertEquals("198", ResolverChecks.find("Prices fell in the 1980s.", REF, "1980s").value());
        assertEquals("200", ResolverChecks.find("Phones changed in the 2000s.", LocalDate.of(2024, 5, 6), "2000s")
                .value());
    }

    @Test
    void anEdgeWordBeforeAnApostropheDecadeNarrowsIt() {
        // Before, "the late '90s" gave "'90s" alone, the whole decade.
        TemporalExpression late = ResolverChecks.find("Rents doubled in the late '90s.", REF, "late '90s");
        assertEquals("199", late.value());
        assertEquals("END", late.mod());
        assertEquals(LocalDate.of(1997, 1, 1), late.earliest());
        assertEquals("START", ResolverChecks.find("In the early ’70s the mill closed.", REF, "early ’70s").mod());
    }

    @Test
    void decadesInWordsAndWithAnApostropheAreValuedByThreeDigits() {
        assertEquals("199", DecadeCenturyRule.at("the nineties", 0, REF).value());
        RuleMatch late = DecadeCenturyRule.at("the late eighties", 0, REF);
        assertEquals("198", late.value());
        assertEquals("END", late.mod());
        assertEquals("198", DecadeCenturyRule.at("'80s", 0, REF).value());
        assertEquals("202", DecadeCenturyRule.at("'20s", 0, LocalDate.of(2023, 5, 1)).value(),
                "in 2023 the '20s are the current decade");
        assertNull(DecadeCenturyRule.at("the news", 0, REF));
    }

    @Test
    void resolverFindsADecadeWrittenWithAnApostrophe() {
        var found = new TemporalResolver().resolve("Prices peaked in the '80s.", REF);
        assertEquals("'80s", found.getFirst().text());
        assertEquals(LocalDate.of(1989, 12, 31), found.getFirst().latest());
    }

    @Test
    void spelledOutYearsAreYears() {
        assertEquals("1996", SpelledYearRule.at("nineteen ninety-six", 0, "in").value());
        assertEquals("1979", SpelledYearRule.at("nineteen seventy-nine", 0, "").value());
        assertEquals("1905", SpelledYearRule.at("nineteen oh five", 0, "").value());
        assertEquals("2000", SpelledYearRule.at("the year two thousand", 0, "by").value());
        assertEquals("2001", SpelledYearRule.at("two thousand and one", 0, "in").value());
    }

    @Test
    void twoThousandIsANumberUnlessItNamesAYear() {
        assertNull(SpelledYearRule.at("two thousand people", 0, "about"));
        assertNull(SpelledYearRule.at("two thousand years", 0, "in"));
        assertNull(SpelledYearRule.at("nineteen people", 0, ""));
    }

    @Test
    void aSeasonOfAYearWrittenOutIsThatSeason() {
        TemporalExpression w = new TemporalResolver().resolve("Oil last fell that low in the winter of nineteen "
                + "ninety-four.", REF).getFirst();
        assertEquals("the winter of nineteen ninety-four", w.text());
        assertEquals("1994-WI", w.value(), w.explanation());
        assertEquals("1985-SU", new TemporalResolver().resolve("It began in summer of nineteen eighty-five.", REF)
                .getFirst().value());
    }
}
