package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        int[] cps = text.codePoints().toArray();
        return SentenceSplitter.split(text).stream()
                .map(s -> new String(cps, s.start(), s.end() - s.start())).toList();
    }

    @Test
    void shouldNotSplitAfterTitlesInitialsAndAbbreviations() {
        assertEquals(List.of("Mr. Putin met Dr. Smith in St. Petersburg on Jan. 5.", "The talks ended."),
                sentences("Mr. Putin met Dr. Smith in St. Petersburg on Jan. 5. The talks ended."));
        assertEquals(List.of("President Vladimir V. Putin spoke.", "Nobody answered."),
                sentences("President Vladimir V. Putin spoke. Nobody answered."));
    }

    @Test
    void shouldNotSplitAfterThreeLetterTitlesButAfterAMonthWithoutDay() {
        assertEquals(List.of("Prosecutors sent subpoenas to Gov. Alan Brook and to Sen. Ruth Vale on Monday."),
                sentences("Prosecutors sent subpoenas to Gov. Alan Brook and to Sen. Ruth Vale on Monday."));
        assertEquals(List.of("Rep. Ann Hale and Gen. Tom Reed spoke to Mrs. Lee.", "They left."),
                sentences("Rep. Ann Hale and Gen. Tom Reed spoke to Mrs. Lee. They left."));
        assertEquals(List.of("The vote was held in Oct.", "Nobody came."),
                sentences("The vote was held in Oct. Nobody came."));
        assertEquals(List.of("It sold shares of Acme Inc.", "Then it fell."),
                sentences("It sold shares of Acme Inc. Then it fell."));
    }

    @Test
    void shouldKeepAcronymInsideSentenceButSplitBeforeOpener() {
        assertEquals(List.of("U.S. officials said so.", "Others disagreed."),
                sentences("U.S. officials said so. Others disagreed."));
        assertEquals(List.of("He lives in the U.S.", "The rest stayed."),
                sentences("He lives in the U.S. The rest stayed."));
    }

    @Test
    void shouldSplitAfterClosingQuotes() {
        assertEquals(List.of("“We’ll see what ideas come up after that.”", "He left."),
                sentences("“We’ll see what ideas come up after that.” He left."));
        assertEquals(List.of("\"It is over,\" he said.", "Then silence."),
                sentences("\"It is over,\" he said. Then silence."));
        assertEquals(List.of("\"Is it over?\" he asked."), sentences("\"Is it over?\" he asked."));
    }

    @Test
    void shouldSplitOnParagraphsAndHeadlines() {
        assertEquals(List.of("KYIV BE CAREFUL", "Kiev has been cautious."),
                sentences("KYIV BE CAREFUL\nKiev has been cautious."));
        assertEquals(List.of("Headline here", "Body text."), sentences("Headline here\n\nBody text.\n"));
        assertEquals(List.of("A wrapped line continues\nhere."), sentences("A wrapped line continues\nhere."));
    }

    @Test
    void shouldUseCodePointOffsets() {
        String text = "😀 One. Two.";
        List<SentenceSplitter.Sentence> s = SentenceSplitter.split(text);
        assertEquals(new SentenceSplitter.Sentence(0, 6), s.get(0));
        assertEquals(new SentenceSplitter.Sentence(7, 11), s.get(1));
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void shouldSplitOneHugeDottedTokenOfCapitalsInLinearTime() {
        // "A.A.A. …" (1 MB): every period may open a sentence, and the word before it used to be walked back to its
        // start each time, which was quadratic.
        String token = "A.".repeat(500_000);
        org.junit.jupiter.api.Assertions.assertFalse(SentenceSplitter.split("It said " + token + " Then it stopped.").isEmpty());
    }
}
