package com.factline.discrepancy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteDetectorTest {

    @Test
    void shouldFlagSameQuoteWordedDifferentlyAcrossSources() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "CNN", "We expect Beijing to use its influence on Moscow to make it end the war of aggression against Ukraine, spokesman Oleg Nikolenko told CNN on Monday.",
                "Reuters", "“We expect Beijing to use its influence on Moscow to end the war of aggression against Ukraine,” spokesman Oleg Nikolenko said."));
        assertEquals(1, s.size());
        assertEquals(2, s.getFirst().spans().size());
        assertTrue(s.getFirst().reason().contains("make it"), s.getFirst().reason());
        assertTrue(s.getFirst().reason().contains("Nikolenko"), s.getFirst().reason());
    }

    @Test
    void shouldNotFlagIdenticalQuotesAcrossSources() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "“We will do whatever is necessary to ward off threats,” Putin said on Friday.",
                "B", "“We will do whatever is necessary to ward off threats,” Putin told officials."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotAlignSimilarStatementsByDifferentSpeakers() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "“Russia must withdraw its troops from all occupied territory of Ukraine,” Blinken said.",
                "B", "“Russia must withdraw all its troops from the occupied territory of Ukraine,” Kuleba said."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotFlagUnrelatedStatementsBySameSpeaker() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "“Security issues are now the top priority for Crimea,” Putin said.",
                "B", "“We have carefully studied your proposals on resolving the acute crisis,” Putin said."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldCompareOnlyTheWordsInsideTheQuotationMarksOfAnAttributedPartialQuote() {
        List<Suggestion> same = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "The mayor’s plan “puts the harbour ahead of the schools and the roads,” Anna Berg said in a statement.",
                "B", "“It puts the harbour ahead of the schools and the roads,” Anna Berg said."));
        assertEquals(List.of(), same);
        List<Suggestion> changed = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "The mayor’s plan “puts the harbour ahead of the schools and the roads,” Anna Berg said in a statement.",
                "B", "“It puts the port ahead of the schools and the roads,” Anna Berg said."));
        assertEquals(1, changed.size());
        assertTrue(changed.getFirst().reason().contains("port"), changed.getFirst().reason());
    }

    @Test
    void shouldCompareAQuotationFramedWithoutAVerbOfSayingByItsQuotedWordsOnly() {
        // One outlet frames the e-mail in its own words ("sent … an e-mail, objecting that"), with no verb of saying;
        // what was quoted is compared, not the frame.
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "Twenty minutes after the first draft reached the embassy staff and the senior intelligence"
                        + " analysts, the spokeswoman sent officials an even sharper e-mail, objecting that the points could be"
                        + " \u201cused by lawmakers to attack the department for ignoring agency warnings, so why do we want"
                        + " to help them\u201d.",
                "B", "The spokeswoman said in an e-mail that the points \u201ccould be used by lawmakers to attack the department"
                        + " for ignoring warnings, so why would we want to help them.\u201d"));
        assertEquals(1, s.size());
        String reason = s.getFirst().reason();
        assertTrue(reason.contains("agency") && reason.contains("would"), reason);
        assertTrue(!reason.contains("sharper") && !reason.contains("objecting"), reason);
        // The same quoted words in both, framed differently: nothing to flag.
        List<Suggestion> same = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "Minutes later, the spokeswoman sent the officials a sharper e-mail, objecting that the points could be"
                        + " \u201cused by lawmakers to attack the department for ignoring warnings, so why would we want"
                        + " to help them\u201d.",
                "B", "The spokeswoman said in an e-mail that the points \u201ccould be used by lawmakers to attack the department"
                        + " for ignoring warnings, so why would we want to help them.\u201d"));
        assertEquals(List.of(), same);
    }

    @Test
    void shouldTakeTheQuotedWordsOfAFramedQuotationOnlyWhenTheyAreLongEnough() {
        assertEquals("used by lawmakers to attack the department for ignoring agency warnings, so why help them",
                QuoteDetector.framedQuotation("Later she objected that the points could be \u201cused by lawmakers to"
                        + " attack the department for ignoring agency warnings, so why help them\u201d."));
        // Without a verb of saying, the core of such a sentence is its quoted words, not the outlet's frame.
        assertEquals("used by lawmakers to attack the department for ignoring agency warnings, so why help them",
                QuoteDetector.core("Later she sent a sharper e-mail, objecting that the points could be \u201cused by"
                        + " lawmakers to attack the department for ignoring agency warnings, so why help them\u201d."));
        // A short scare quote stays part of the sentence.
        assertEquals(null, QuoteDetector.framedQuotation("The plan was called \u201ca bridge too far\u201d by the"
                + " council on Monday."));
        // A quotation running on into the next sentence ends with this one.
        assertEquals("to attack the department for ignoring agency warnings so why do we want to help them?",
                QuoteDetector.framedQuotation("She objected that it could be used by lawmakers \u201cto attack the"
                        + " department for ignoring agency warnings so why do we want to help them?"));
    }

    @Test
    void shouldJoinTheQuotedPiecesOfOneSentenceAndKeepUnbalancedOnesWhole() {
        assertEquals("We will rebuild the port and the schools.",
                QuoteDetector.core("“We will rebuild the port,” Berg said, “and the schools.”").replace(", and", " and"));
        assertEquals("We will rebuild the port, and the schools", QuoteDetector.core("“We will rebuild the port, and the schools"));
    }

    @Test
    void shouldKeepTheSpeakerThroughAQuoteOfSeveralSentencesAndReadTheRestOfAQuotationContinuedIntoASentence() {
        // A: the quotation runs over three sentences, one of them short; B: the sentence begins inside a quotation
        // opened in the sentence before and then quotes something else
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "“I am sorry for the dock workers,” Anna Berg said on Monday. “I am very sorry. "
                        + "The council lied and they wrecked the harbour plan.”",
                "B", "“The mayor lied many times about the budget. The council lied, and it wrecked the harbour plan, "
                        + "and that is a shame,” Anna Berg said, before again claiming that the mayor “lied many times.”"));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.getFirst().reason().contains("they"), s.getFirst().reason());
        assertTrue(s.getFirst().reason().contains("Berg"), s.getFirst().reason());
        List<Suggestion> same = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "“I am sorry for the dock workers,” Anna Berg said on Monday. “I am very sorry. "
                        + "The council lied and they wrecked the harbour plan.”",
                "B", "“The mayor lied many times about the budget. The council lied and they wrecked the harbour plan, "
                        + "and that is a shame,” Anna Berg said, before again claiming that the mayor “lied many times.”"));
        assertEquals(List.of(), same);
    }

    @Test
    void shouldTrackWhetherAQuotationIsOpenAcrossSentences() {
        assertTrue(QuoteDetector.openAfter("“I am very sorry.", false));
        assertTrue(QuoteDetector.openAfter("The council lied.", true));
        assertEquals(false, QuoteDetector.openAfter("It is over,” she said.", true));
        assertEquals(false, QuoteDetector.openAfter("He said \"no\" twice.", false));
        assertEquals("The council lied, and it wrecked the plan",
                QuoteDetector.continuedQuote("The council lied, and it wrecked the plan,” Berg said, before adding “no.”")
                        .replaceAll(",$", ""));
        assertEquals("The council lied.", QuoteDetector.continuedQuote("The council lied."));
    }

    @Test
    void shouldTakeTwoQuotationsFarApartInOneSentenceAsTwoStatements() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "A", "“The new budget puts the wealthy suburbs ahead of the poor,” says the letter, which the teachers "
                        + "sent to the mayor along with a copy of the city charter and a list of names — “to help the "
                        + "council read its own charter before the spring vote on schools.”",
                "B", "“I fear the mayor’s new budget puts the wealthy suburbs ahead of the poor,” said Father Tom Lind."));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.getFirst().reason().contains("fear"), s.getFirst().reason());
        assertEquals(List.of("The new budget puts the wealthy ahead of the poor", "to help the council read it."),
                QuoteDetector.separateQuotations("“The new budget puts the wealthy ahead of the poor,” says the letter, "
                        + "which the teachers sent to the mayor along with a copy of the city charter and a list — “to "
                        + "help the council read it.”").stream().map(q -> q.replace(",", "")).toList());
        // a quote split by a short attribution is one statement
        assertEquals(List.of(), QuoteDetector.separateQuotations("“We will rebuild the port,” Berg said, “and the schools.”"));
    }
}
