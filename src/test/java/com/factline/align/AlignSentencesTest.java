package com.factline.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignSentencesTest {

    private final SentenceEmbedder embedder = MiniLmEmbedder.shared();

    @Test
    void shouldSplitIntoEmbeddedSentencesWithCodePointOffsets() {
        String text = "Fans cheered 🎉 in the square. The mayor spoke at noon.";

        List<AlignSentence> sentences = AlignSentences.of(text, embedder);

        assertThat(sentences).extracting(AlignSentence::text)
                .containsExactly("Fans cheered 🎉 in the square.", "The mayor spoke at noon.");
        AlignSentence second = sentences.get(1);
        assertThat(second.index()).isEqualTo(1);
        int cpStart = text.codePointCount(0, text.indexOf("The mayor"));
        assertThat(second.start()).isEqualTo(cpStart);
        assertThat(second.end()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(second.vector()).hasSize(embedder.dimensions());
    }

    @Test
    void shouldReuseStoredVectorsAndRefuseThemWhenTheTextNoLongerMatches() {
        String text = "One sentence here. Another sentence there.";
        List<float[]> vectors = AlignSentences.of(text, embedder).stream().map(AlignSentence::vector).toList();

        assertThat(AlignSentences.withVectors(text, vectors)).extracting(AlignSentence::vector)
                .containsExactlyElementsOf(vectors);
        assertThatThrownBy(() -> AlignSentences.withVectors(text + " A third one.", vectors))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 sentences but 2 vectors");
    }
}
