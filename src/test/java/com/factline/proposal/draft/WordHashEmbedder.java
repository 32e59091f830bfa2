package com.factline.proposal.draft;

import com.factline.align.SentenceEmbedder;
import java.util.Locale;

/** A fast stand-in for the sentence model in unit tests: lower-cased words hashed into a unit vector. */
final class WordHashEmbedder implements SentenceEmbedder {

    private static final int DIM = 256;

    @Override
    public float[] embed(String text) {
        float[] v = new float[DIM];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                v[Math.floorMod(w.hashCode(), DIM)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            for (int i = 0; i < DIM; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
        }
        return v;
    }

    @Override
    public int dimensions() {
        return DIM;
    }
}
