package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days named relative to the speaker inside a quotation whose sentence says on which weekday it was spoken. */
class QuotedSpeechDayTest {

    /** A Tuesday: the quotations below were spoken on the Sunday or Saturday before. */
    private static final LocalDate TUE = LocalDate.of(2021, 8, 10);

    private static QuotedSpeechDay.Found in(String sentence, String at) {
        return QuotedSpeechDay.of(sentence, 0, sentence.length(), sentence.indexOf(at));
    }

    @Test
    void yesterdayInAQuotationCountsFromTheWeekdayItWasSaidOn() {
        TemporalExpression e = ResolverChecks.find("\"The pier collapsed yesterday,\" the harbour master said on Sunday.",
                TUE, "yesterday");
        assertEquals("2021-08-07", e.value(), "the Saturday before the Sunday it was said: " + e.explanation());
        TemporalExpression night = ResolverChecks.find("On Sunday, the coach said: \"Last night we played badly.\"",
                TUE, "Last night");
        assertEquals("2021-08-07TNI", night.value(), "the weekday before the quotation, after \"on\": "
                + night.explanation());
        TemporalExpression morning = ResolverChecks.find(
                "\"We are all tired this morning,\" the nurse told reporters late Saturday.", TUE, "this morning");
        assertEquals("2021-08-07TMO", morning.value(), "whom it was told to may stand between: "
                + morning.explanation());
    }

    @Test
    void withoutASpeechDayOrOutsideTheQuotationThePublicationDateStays() {
        assertEquals("2021-08-09", ResolverChecks.find("\"The pier collapsed yesterday,\" the harbour master said.",
                TUE, "yesterday").value(), "no weekday in the sentence");
        assertEquals("2021-08-11", ResolverChecks.find("The mayor said Sunday the bridge would reopen tomorrow.",
                TUE, "tomorrow").value(), "reported speech without quotation marks keeps the writer's day");
        assertEquals("2021-08-10", ResolverChecks.find("\"It opens today,\" she said it opens Sunday.", TUE, "today")
                .value(), "a weekday after a verb of the reported clause is not the day of saying");
        assertEquals("2021-08-09", ResolverChecks.find("\"We won yesterday,\" she said Tuesday.", TUE, "yesterday")
                .value(), "said on the publication date itself: nothing moves");
    }

    @Test
    void theRuleReadsTheWordOfSayingAndTheQuotationMarks() {
        assertEquals(new QuotedSpeechDay.Found(DayOfWeek.FRIDAY, "wrote on Facebook Friday"),
                in("“The dam held today,” she wrote on Facebook Friday.", "today"), "curly quotes, a place between");
        assertEquals(DayOfWeek.MONDAY, in("In a statement Monday, he said: \"Today is sad.\"", "Today").day(),
                "the weekday after \"statement\" before the quotation");
        assertNull(in("She left today, the official said Monday.", "today"), "no quotation around the word");
        assertNull(in("\"We left today,\" he said as planned.", "today"), "no weekday in the sentence");
    }
}
