package com.factline.align;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the vectors of the most recently embedded sentences (at most {@code capacity}, least recently used ones
 * are forgotten), so that running the detection again over the same texts does not run the model again. Thread-safe.
 */
public final class CachingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder inner;
    private final Map<String, float[]> cache;

    public CachingEmbedder(SentenceEmbedder inner, int capacity) {
        this.inner = inner;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        synchronized (cache) {
            float[] v = cache.get(text);
            if (v != null) {
                return v;
            }
        }
        float[] v = inner.embed(text);
        synchronized (cache) {
            cache.put(text, v);
        }
        return v;
    }

    @Override
    public int dimensions() {
        return inner.dimensions();
    }
}
