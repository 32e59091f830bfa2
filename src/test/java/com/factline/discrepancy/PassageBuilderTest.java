package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.discrepancy.detect.WordDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageBuilderTest {

    @Test
    void shouldMarkOnlyTheWordsThatDifferKeepingPunctuation() {
        var diff = WordDiff.diff("a three-day visit, he said", "a two-day visit, he said");
        List<Passage.Piece> a = PassageBuilder.mark("a three-day visit, he said", diff, true);
        List<Passage.Piece> b = PassageBuilder.mark("a two-day visit, he said", diff, false);
        assertThat(a).containsExactly(new Passage.Piece("a ", "equal"), new Passage.Piece("three-day", "del"),
                new Passage.Piece(" visit, he said", "equal"));
        assertThat(b).extracting(Passage.Piece::change).containsExactly("equal", "ins", "equal");
        assertThat(String.join("", b.stream().map(Passage.Piece::text).toList())).isEqualTo("a two-day visit, he said");
    }

    @Test
    void shouldTakeTheSentenceAroundTheSpanAndOneEachWay() {
        String text = "One. Two. The \uD83D\uDCF0 span is here. Four. Five.";
        int start = text.codePointCount(0, text.indexOf("span"));
        String[] ctx = PassageBuilder.context(text, start, start + 4);
        assertThat(ctx[0]).isEqualTo("…Two. The \uD83D\uDCF0 ");
        assertThat(ctx[1]).startsWith(" is here. Four.").endsWith("…");
    }
}
