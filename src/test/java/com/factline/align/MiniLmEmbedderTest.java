package com.factline.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    private final SentenceEmbedder embedder = MiniLmEmbedder.shared();

    @Test
    void shouldLoadTheModelFromTheClasspathAndGiveUnitVectors() {
        float[] v = embedder.embed("The court issued an arrest warrant on Friday.");
        assertThat(v).hasSize(embedder.dimensions());
        assertThat(SentenceEmbedder.similarity(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void shouldPlaceTwoReportsOfOneHappeningCloserThanAnUnrelatedSentence() {
        float[] a = embedder.embed("The International Criminal Court issued an arrest warrant for Putin.");
        float[] b = embedder.embed("An arrest warrant for the Russian president was issued by the ICC in The Hague.");
        float[] c = embedder.embed("Heavy rain flooded several streets in the city centre on Tuesday.");
        assertThat(SentenceEmbedder.similarity(a, b)).isGreaterThan(SentenceEmbedder.similarity(a, c) + 0.2);
    }

    @Test
    void shouldGiveAZeroVectorForTextWithoutWords() {
        assertThat(embedder.embed("   ")).containsOnly(0f);
    }
}
