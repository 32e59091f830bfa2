package com.factline.align;

import com.factline.source.SourceImported;
import com.factline.temporal.SentenceSplitter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each source's sentence vectors in PostgreSQL: computed once in the background after an import, so that a
 * refresh of the suggestions reads them instead of running the model again. Vectors are derived from the text (the
 * row remembers the text's SHA-256 and the model): when they are missing or stale they are computed on demand.
 * Internal: callers are other modules' services running as the system; no user input reaches it directly.
 */
@Service
public class SentenceVectorStore {

    static final String MODEL = "all-MiniLM-L6-v2-q";

    /**
     * What the {@code model} column holds: the model and the sentence splitter's {@link SentenceSplitter#VERSION},
     * since a vector belongs to a sentence as the splitter cut it. Rows stored under another version (or before the
     * version was recorded: the model's name alone) are not used; they are computed again and overwritten.
     */
    static String key(int splitterVersion) {
        return MODEL + " / sentences v" + splitterVersion;
    }

    static final String KEY = key(SentenceSplitter.VERSION);
    private static final Logger log = LoggerFactory.getLogger(SentenceVectorStore.class);

    private final JdbcClient jdbc;
    /** One model run per text at a time, and the last few results (a source's vectors are well under 1 MB). */
    private final ComputedOnce<String, List<AlignSentence>> computed = new ComputedOnce<>(32);

    /** One run per source at a time on the shared low-priority background threads (issue #18). */
    private final com.factline.base.BackgroundWork.Lane lane;

    SentenceVectorStore(JdbcClient jdbc, com.factline.base.BackgroundWork background) {
        this.jdbc = jdbc;
        this.lane = background.lane("sentence vectors", 0, this::compute);
    }

    /** The source text as the vectors are computed from (the source module's table, read only). */
    private record SourceText(long projectId, String text, String sha256) {
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onSourceImported(SourceImported e) {
        lane.request(e.sourceId().value());
    }

    /** The source's vectors, computed and stored unless they are; false when the source is gone or this failed. */
    private boolean compute(long sourceId) {
        try {
            Optional<SourceText> s = jdbc.sql("select project_id, body, sha256 from source where id = ?")
                    .param(sourceId)
                    .query((rs, n) -> new SourceText(rs.getLong("project_id"), rs.getString("body"), rs.getString("sha256")))
                    .optional();
            s.ifPresent(src -> sentences(sourceId, src.text()));
            return s.isPresent();
        } catch (RuntimeException ex) {
            // nothing lost: the next refresh computes them on demand
            log.warn("Computing sentence vectors for source {} failed: {}", sourceId, ex.toString());
            return false;
        }
    }

    /**
     * The sentences of a source's text with their vectors: stored ones when they were computed from this very text
     * with this model and this version of the sentence splitter ({@link #KEY}), else computed now and stored.
     */
    public List<AlignSentence> sentences(long sourceId, String text) {
        String sha = com.factline.base.Sha256.hex(text);
        Optional<byte[]> stored = jdbc.sql("""
                        select vectors from align_sentence_vector
                        where source_id = ? and sha256 = ? and model = ? and dimensions = 384""")
                .params(sourceId, sha, KEY).query((rs, n) -> rs.getBytes("vectors")).optional();
        if (stored.isPresent()) {
            try {
                return AlignSentences.withVectors(text, decode(stored.get(), 384));
            } catch (IllegalArgumentException stale) {
                // a guard only: the splitter's version is in the key, so the count changes only if it was not bumped
            }
        }
        ComputedOnce.Result<List<AlignSentence>> result = computed.get(sourceId + ":" + sha,
                () -> AlignSentences.of(text, MiniLmEmbedder.shared()));
        List<AlignSentence> sentences = result.value();
        if (!result.computedHere()) {
            // whoever ran the model stores them (in its own transaction): a second insert would only wait for it
            return sentences;
        }
        jdbc.sql("""
                        insert into align_sentence_vector (source_id, project_id, sha256, model, sentence_count, dimensions, vectors)
                        select s.id, s.project_id, :sha, :model, :count, 384, :vectors from source s where s.id = :id
                        on conflict (source_id) do update set sha256 = excluded.sha256, model = excluded.model,
                            sentence_count = excluded.sentence_count, dimensions = excluded.dimensions,
                            vectors = excluded.vectors""")
                .param("sha", sha).param("model", KEY).param("count", sentences.size())
                .param("vectors", encode(sentences)).param("id", sourceId).update();
        return sentences;
    }

    static byte[] encode(List<AlignSentence> sentences) {
        int dims = sentences.isEmpty() ? 0 : sentences.getFirst().vector().length;
        ByteBuffer b = ByteBuffer.allocate(sentences.size() * dims * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (AlignSentence s : sentences) {
            for (float f : s.vector()) {
                b.putFloat(f);
            }
        }
        return b.array();
    }

    static List<float[]> decode(byte[] bytes, int dims) {
        if (bytes.length % (dims * 4) != 0) {
            throw new IllegalArgumentException("stored vectors have " + bytes.length + " bytes, not a multiple of " + dims * 4);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<float[]> out = new ArrayList<>(bytes.length / (dims * 4));
        while (b.hasRemaining()) {
            float[] v = new float[dims];
            for (int i = 0; i < dims; i++) {
                v[i] = b.getFloat();
            }
            out.add(v);
        }
        return out;
    }
}
