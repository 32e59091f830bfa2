package com.factline.align;

import com.factline.temporal.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Splits a text into sentences (with {@link SentenceSplitter}) and embeds each one. */
public final class AlignSentences {

    private AlignSentences() {
    }

    /** The sentences of {@code text} with code point offsets and their vectors, in text order. */
    public static List<AlignSentence> of(String text, SentenceEmbedder embedder) {
        return build(text, (i, sentence) -> embedder.embed(sentence));
    }

    /**
     * The same sentences as {@link #of} with vectors already computed (for example loaded from storage), one per
     * sentence in text order.
     *
     * @throws IllegalArgumentException when the number of vectors does not match the number of sentences (the
     *         text changed since the vectors were computed)
     */
    public static List<AlignSentence> withVectors(String text, List<float[]> vectors) {
        int count = SentenceSplitter.split(text).size();
        if (count != vectors.size()) {
            throw new IllegalArgumentException(count + " sentences but " + vectors.size() + " vectors");
        }
        return build(text, (i, sentence) -> vectors.get(i));
    }

    private static List<AlignSentence> build(String text, BiFunction<Integer, String, float[]> vectorOf) {
        List<SentenceSplitter.Sentence> spans = SentenceSplitter.split(text);
        List<AlignSentence> out = new ArrayList<>(spans.size());
        int cpCursor = 0;
        int charCursor = 0;
        for (SentenceSplitter.Sentence s : spans) {
            // code point offsets increase, so the text is walked once
            int from = text.offsetByCodePoints(charCursor, s.start() - cpCursor);
            int to = text.offsetByCodePoints(from, s.end() - s.start());
            cpCursor = s.end();
            charCursor = to;
            String sentence = text.substring(from, to);
            out.add(new AlignSentence(out.size(), s.start(), s.end(), sentence, vectorOf.apply(out.size(), sentence)));
        }
        return out;
    }
}
