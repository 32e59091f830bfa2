package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 14's rules, on made-up sentences: "that month", "the day before" and "two years prior" pointing back at a
 * date the text gave; a year written "'08"; a present "be" naming the day of something ahead; a thing "from" a day
 * already behind; irregular past tenses.
 */
class BackReferencesAndSchedulesTest {

    private final TemporalResolver resolver = new TemporalResolver();
    /** A Friday. */
    private static final LocalDate REF = LocalDate.of(2014, 6, 13);

    private Optional<TemporalExpression> find(String text, String expression, LocalDate ref) {
        return resolver.resolve(text, ref).stream().filter(e -> e.text().equals(expression)).findFirst();
    }

    private TemporalExpression get(String text, String expression, LocalDate ref) {
        return find(text, expression, ref)
                .orElseThrow(() -> new AssertionError("\"" + expression + "\" not found in: " + text));
    }

    @Test
    void thatMonthIsTheMonthNamedJustBefore() {
        TemporalExpression m = get("A bomb was found at the gate in March and a guard was attacked that month.",
                "that month", REF);
        assertEquals("2014-03", m.value(), m.explanation());
        assertEquals("2013-11", get("The plant closed in November 2013. Later that month the owners sold it.",
                "Later that month", REF).value());
        // With no month named in this sentence or the one before, "that month" is not guessed.
        assertTrue(find("Nobody knew what had happened that month.", "that month", REF).isEmpty());
        assertTrue(find("They met in May. The weather was fine. Prices rose. Nothing changed that month.",
                "that month", REF).isEmpty());
    }

    @Test
    void theDayBeforeOrAfterClosingItsPhraseCountsFromTheDayNamedLast() {
        TemporalExpression before = get("A cable was sent on Aug. 16. It summed up a meeting held the day before by"
                + " the mission.", "the day before", REF);
        assertEquals("2013-08-15", before.value(), before.explanation());
        assertEquals("2014-06-10", get("The vote was on Monday. He flew home the day after.", "the day after", REF)
                .value());
        // Set off by a comma right after a day, it names that same day.
        TemporalExpression apposition = get("He began on Wednesday, the day after the leader lost his seat.",
                "the day after", REF);
        assertEquals("2014-06-11", apposition.value(), apposition.explanation());
        // Before an event the text does not date, nothing is reported; with no day named near, neither.
        assertTrue(find("They met on Monday. They talked the day before the vote.", "the day before", REF).isEmpty());
        assertTrue(find("Nobody slept the day before.", "the day before", REF).isEmpty());
    }

    @Test
    void yearsEarlierOrPriorCountBackFromTheYearNamedLast() {
        TemporalExpression prior = get("The party used the charge in the 2010 elections. Two years prior, the"
                + " senator had used the same words.", "Two years prior", REF);
        assertEquals("2008", prior.value(), prior.explanation());
        assertEquals(TimexType.DATE, prior.type());
        assertEquals("2005", get("He was elected in 2008. Three years earlier he had lost.", "Three years earlier",
                REF).value());
        // "prior to" starts what the span is counted from, and "before" in reported speech counts from the speaking:
        // both stay lengths of time.
        assertEquals("P2Y", get("It was built in 2010, two years prior to the games.", "two years", REF).value());
        assertEquals("P2Y", get("It opened in 2012. Two years before, he said, the site was empty.", "Two years", REF)
                .value());
    }

    @Test
    void aYearWrittenWithTwoDigitsAfterAnApostropheIsThatYear() {
        LocalDate ref = LocalDate.of(2012, 8, 15);
        TemporalExpression y = get("The hope of '08 has become the blame of 2012.", "'08", ref);
        assertEquals("2008", y.value(), y.explanation());
        assertEquals("1992", get("He ran in ’92 and lost.", "’92", ref).value());
        assertEquals("2016", get("She may run in '16.", "'16", ref).value(), "a year just ahead stays ahead");
        // Elsewhere the apostrophe may open a quotation that starts with a number.
        assertEquals(List.of(), resolver.resolve("He wrote '20 people were hurt' on his page.", ref));
        assertEquals("198", get("It boomed in the '80s.", "'80s", ref).value(), "a decade is still a decade");
    }

    @Test
    void aPresentBeNamingTheDayOfSomethingPutsItAhead() {
        TemporalExpression vote = get("The election is Thursday, leaving little time to campaign.", "Thursday", REF);
        assertEquals("2014-06-19", vote.value(), vote.explanation());
        assertEquals("2014-06-16", get("The hearings are on Monday.", "Monday", REF).value());
        assertEquals("2014-06-12", get("The election was Thursday.", "Thursday", REF).value());
    }

    @Test
    void aThingFromADayComesFromADayBehind() {
        TemporalExpression t = get("“The message from Tuesday is clear — voters are looking for a change.”",
                "Tuesday", REF);
        assertEquals("2014-06-10", t.value(), t.explanation());
        assertEquals("2014-06-08", get("Footage from Sunday shows the crowd.", "Sunday", REF).value());
        // "from" after a word of opening, or with a future verb in the sentence: from then on, not an origin.
        assertEquals("2014-06-16", get("Stores will be open from Monday.", "Monday", REF).value());
        assertEquals("2014-06-16", get("The new rules from Monday will apply to all.", "Monday", REF).value());
        assertEquals("2014-06-16", get("The museum is open from Monday.", "Monday", REF).value());
    }

    @Test
    void irregularPastTensesGiveThePast() {
        TemporalExpression d = get("Another issue Wednesday dealt with the budget.", "Wednesday", LocalDate.of(2013, 1,
                24));
        assertEquals("2013-01-23", d.value(), d.explanation());
        assertTrue(d.explanation().contains("past tense"), d.explanation());
        TemporalExpression f = get("The family fled on Monday.", "Monday", LocalDate.of(2014, 6, 11));
        assertTrue(f.explanation().contains("past tense"), f.explanation());
    }
}
