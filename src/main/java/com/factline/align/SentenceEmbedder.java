package com.factline.align;

/** Turns a sentence into a unit-length vector; the dot product of two vectors is their cosine similarity. */
public interface SentenceEmbedder {

    /** A vector of {@link #dimensions()} floats with Euclidean length 1 (all zeros for text without words). */
    float[] embed(String text);

    int dimensions();

    /** Cosine similarity of two vectors made by {@link #embed}. */
    static double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different length: " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
