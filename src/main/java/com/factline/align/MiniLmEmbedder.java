package com.factline.align;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantized), run in-process on ONNX Runtime. The model ships inside its Maven jar, so nothing
 * is downloaded at run time. Loading takes about a second and some 100 MB, so there is one shared instance,
 * created on first use; it is thread-safe.
 *
 * <p>The model reads at most 256 word pieces; a longer text is cut to its first {@value #MAX_CHARS} characters
 * before embedding, which keeps the cost of one call bounded whatever the input.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Enough for the model's 256 word pieces in ordinary prose. */
    public static final int MAX_CHARS = 2000;

    private static volatile MiniLmEmbedder shared;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    private MiniLmEmbedder() {
    }

    public static MiniLmEmbedder shared() {
        MiniLmEmbedder m = shared;
        if (m == null) {
            synchronized (MiniLmEmbedder.class) {
                m = shared;
                if (m == null) {
                    m = new MiniLmEmbedder();
                    shared = m;
                }
            }
        }
        return m;
    }

    @Override
    public float[] embed(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return new float[dimensions()];
        }
        if (t.length() > MAX_CHARS) {
            t = t.substring(0, MAX_CHARS);
        }
        float[] v = model.embed(t).content().vector();
        return normalise(v);
    }

    @Override
    public int dimensions() {
        return 384;
    }

    static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
