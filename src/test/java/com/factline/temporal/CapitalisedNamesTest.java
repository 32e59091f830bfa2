package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A common time word written with a capital inside a sentence belongs to a title or name, not a time. */
class CapitalisedNamesTest {

    private static final LocalDate REF = LocalDate.of(2024, 2, 9);

    @Test
    void titlesOfFilmsAndShowsAreNotTimes() {
        ResolverChecks.assertNoDate("She quoted the western High Noon in her speech.", REF);
        ResolverChecks.assertNoDate("He said so on the show 48 Hours.", REF);
        ResolverChecks.assertNoDate("He told ABC's \"Good Morning America\" he would run.", REF);
        ResolverChecks.assertNoDate("You are listening to Radio Today.", REF);
    }

    @Test
    void theSameWordsStartingASentenceOrInLowerCaseAreTimes() {
        assertEquals("2024-02-09", ResolverChecks.find("Today the court ruled.", REF, "Today").value());
        assertEquals("2024-02-09", ResolverChecks.find("\"Today we won,\" she said.", REF, "Today").value());
        assertEquals("2024-02-09", ResolverChecks.find("The court ruled today.", REF, "today").value());
        assertEquals("P2W", ResolverChecks.find("Talks lasted two weeks.", REF, "two weeks").value());
        assertEquals("2024-01-01", ResolverChecks.find("They met on New Year's Day.", REF, "New Year's Day").value());
    }

    @Test
    void onlyCommonTimeWordsCount() {
        TextAnalysis a = new TextAnalysis("Since Easter Monday the station played Morning Hits.", REF);
        String t = "Since Easter Monday the station played Morning Hits.";
        assertFalse(a.capitalisedLikeAName(t.indexOf("Easter"), t.indexOf(" the")), "a holiday is a name anyway");
        assertTrue(a.capitalisedLikeAName(t.indexOf("Morning"), t.indexOf(" Hits")));
    }

    @Test
    void aHeadlineInTitleCaseKeepsItsDates() {
        assertEquals("2024-W07", ResolverChecks.find("Xi to Visit Moscow Next Week\nThe trip was announced today.", REF,
                "Next Week").value());
        assertEquals("2023", ResolverChecks.find("Court Issues Warrant for Putin Over Deportations Last Year\nBody text.",
                REF, "Last Year").value());
        assertNoTitleIn("He said so on the show 48 Hours, which aired last night.", "48 Hours");
    }

    private static void assertNoTitleIn(String text, String expression) {
        TextAnalysis a = new TextAnalysis(text, REF);
        int at = text.indexOf(expression);
        assertFalse(a.inTitleCaseLine(at, at + expression.length()), "an ordinary sentence is not a headline");
    }
}
