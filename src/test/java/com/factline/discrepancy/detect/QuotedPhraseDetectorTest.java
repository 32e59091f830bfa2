package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedPhraseDetectorTest {

    @Test
    void shouldSuggestAQuotedPhraseOneWordApartInsideTheOutletsOwnSentence() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "Daily", "The harbour master went on to call the closure “a costly mistake” and left the meeting early.",
                "Herald", "Speaking to reporters, the harbour master said the closure was “a very costly mistake.”"));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("“very” added").contains("Daily").contains("Herald");
        assertThat(s.getFirst().spans()).extracting(Span::text)
                .containsExactly("a costly mistake", "a very costly mistake.");
    }

    @Test
    void shouldSuggestAShortQuotedSentenceWithOneWordReplacedAndGroupTheOutlets() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "Daily", "“Nobody asked us,” Berg told the radio station. “We refuse his offer.”",
                "Herald", "“Nobody asked us,” Berg said in an interview. “We refuse his terms.”",
                "Courier", "Berg was blunt. “We refuse his offer.”"));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("“offer” → “terms”");
        assertThat(s.getFirst().spans()).extracting(Span::documentId).containsExactly("d0", "d1", "d2");
    }

    @Test
    void shouldNotSuggestWhenAnOutletQuotesBothWordings() {
        // the first outlet quotes two sentences; the second left one of them out
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "Daily", "“We never liked the plan. We never wanted the plan,” Berg told the radio station.",
                "Herald", "Berg was blunt on the radio: “We never wanted the plan.”"));
        assertThat(s).isEmpty();
    }

    @Test
    void shouldNotSuggestAQuoteCutShortOrTheSameWords() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.QUOTE, TestDocs.docs(
                "Daily", "The harbour master called the closure “a costly mistake” on Monday.",
                "Herald", "The harbour master said the closure was “a costly mistake for the whole town.”"));
        assertThat(s).isEmpty();
    }
}
