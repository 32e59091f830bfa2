package com.factline.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceVectorStoreCodecTest {

    @Test
    void shouldStoreVectorsAsPackedFloatsAndReadThemBack() {
        List<AlignSentence> sentences = List.of(
                new AlignSentence(0, 0, 5, "One.", new float[] {0.5f, -0.25f, 1f}),
                new AlignSentence(1, 6, 11, "Two.", new float[] {0f, 0.125f, -1f}));

        byte[] bytes = SentenceVectorStore.encode(sentences);

        assertThat(bytes).hasSize(2 * 3 * 4);
        List<float[]> back = SentenceVectorStore.decode(bytes, 3);
        assertThat(back).hasSize(2);
        assertThat(back.get(0)).containsExactly(0.5f, -0.25f, 1f);
        assertThat(back.get(1)).containsExactly(0f, 0.125f, -1f);
    }

    @Test
    void shouldRefuseStoredBytesThatAreNotWholeVectors() {
        assertThatThrownBy(() -> SentenceVectorStore.decode(new byte[10], 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a multiple of 12");
    }
}
