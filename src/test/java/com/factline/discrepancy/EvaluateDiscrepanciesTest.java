package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.discrepancy.detect.Span;
import com.factline.discrepancy.detect.Suggestion;
import com.factline.discrepancy.detect.SuggestionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluateDiscrepanciesTest {

    private static Suggestion suggestion(Span... spans) {
        return new Suggestion(SuggestionKind.NUMBER, List.of(spans), List.of(), null, "", "fp");
    }

    @Test
    void shouldCountAGoldItemFoundOnlyWhenTwoOfItsFilesAreOverlapped() {
        List<Span> gold = List.of(new Span("a.txt", 10, 20, "x"), new Span("b.txt", 30, 40, "y"));

        assertThat(EvaluateDiscrepancies.finds(suggestion(new Span("a.txt", 15, 16, "x"), new Span("b.txt", 39, 45, "y")),
                gold)).isTrue();
        // one file only, or the other span elsewhere in the file
        assertThat(EvaluateDiscrepancies.finds(suggestion(new Span("a.txt", 15, 16, "x"), new Span("b.txt", 40, 45, "y")),
                gold)).isFalse();
    }

    @Test
    void shouldAskForTwoSpansWhenTheGoldItemIsInsideOneArticle() {
        List<Span> gold = List.of(new Span("a.txt", 10, 20, "x"), new Span("a.txt", 50, 60, "y"));

        assertThat(EvaluateDiscrepancies.finds(suggestion(new Span("a.txt", 12, 14, "x")), gold)).isFalse();
        assertThat(EvaluateDiscrepancies.finds(suggestion(new Span("a.txt", 12, 14, "x"), new Span("a.txt", 55, 58, "y")),
                gold)).isTrue();
    }
}
