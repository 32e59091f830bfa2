package com.factline.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.temporal.SentenceSplitter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored sentence vectors are keyed by the sentence splitter's version: vectors stored under another version (as many
 * as the sentences now, so the count does not give them away) are computed again, not paired with the wrong sentences.
 */
class SentenceVectorStoreVersionTest extends IntegrationTest {

    @Autowired
    SentenceVectorStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void vectorsStoredUnderAnotherSplitterVersionAreNotUsed() {
        long source = jdbc.sql("select min(id) from source where project_id = ?").param(demoProjectId()).query(Long.class).single();
        String text = jdbc.sql("select body from source where id = ?").param(source).query(String.class).single();
        List<AlignSentence> real = store.sentences(source, text);
        assertThat(real).hasSizeGreaterThan(1);
        // Vectors of the right number, but not these sentences' (as after a boundary moved): all equal, unmistakable.
        float[] wrong = new float[384];
        Arrays.fill(wrong, 0.05f);
        byte[] wrongBytes = SentenceVectorStore.encode(real.stream()
                .map(s -> new AlignSentence(s.index(), s.start(), s.end(), s.text(), wrong)).toList());
        // Written behind the store's back; nothing caches these rows but the store's recent model runs, which are right.
        try {
            for (String otherVersion : List.of(SentenceVectorStore.MODEL, // stored before the splitter's version was recorded
                    SentenceVectorStore.key(SentenceSplitter.VERSION - 1), SentenceVectorStore.key(SentenceSplitter.VERSION + 1))) {
                store(source, otherVersion, real.size(), wrongBytes);
                assertThat(store.sentences(source, text)).as(otherVersion).hasSameSizeAs(real)
                        .allSatisfy(s -> assertThat(s.vector()).isNotEqualTo(wrong));
            }
            store(source, SentenceVectorStore.KEY, real.size(), wrongBytes);
            assertThat(store.sentences(source, text)).as("under this version the stored row is read as it is")
                    .allSatisfy(s -> assertThat(s.vector()).isEqualTo(wrong));
        } finally {
            store(source, SentenceVectorStore.KEY, real.size(), SentenceVectorStore.encode(real));
        }
    }

    private void store(long source, String model, int count, byte[] vectors) {
        jdbc.sql("""
                        insert into align_sentence_vector (source_id, project_id, sha256, model, sentence_count, dimensions, vectors)
                        select s.id, s.project_id, s.sha256, :model, :count, 384, :vectors from source s where s.id = :id
                        on conflict (source_id) do update set sha256 = excluded.sha256, model = excluded.model,
                            sentence_count = excluded.sentence_count, dimensions = excluded.dimensions, vectors = excluded.vectors""")
                .param("model", model).param("count", count).param("vectors", vectors).param("id", source).update();
        assertThat(jdbc.sql("select count(*) from align_sentence_vector where source_id = ? and model = ?").params(source, model)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
