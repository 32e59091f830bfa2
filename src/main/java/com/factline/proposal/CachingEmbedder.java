package com.factline.proposal;

import com.factline.align.SentenceEmbedder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the vectors of recently embedded sentences, so a recompute after one import embeds only the new article's
 * sentences: the incremental part of a refresh. Bounded ({@value #MAX_ENTRIES} sentences, about 6 MB), least
 * recently used first out; thread-safe.
 */
final class CachingEmbedder implements SentenceEmbedder {

    static final int MAX_ENTRIES = 4096;

    private final SentenceEmbedder inner;
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    CachingEmbedder(SentenceEmbedder inner) {
        this.inner = inner;
    }

    @Override
    public float[] embed(String text) {
        synchronized (cache) {
            float[] v = cache.get(text);
            if (v != null) {
                return v.clone();
            }
        }
        float[] v = inner.embed(text);
        synchronized (cache) {
            cache.put(text, v.clone());
        }
        return v;
    }

    @Override
    public int dimensions() {
        return inner.dimensions();
    }

    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
