package com.factline.align;

/**
 * One sentence of a document, ready for alignment.
 *
 * @param index position of the sentence in its document (0-based)
 * @param start code point offset of its first character in the document text
 * @param end code point offset after its last character (exclusive)
 * @param text the sentence text
 * @param vector its unit-length embedding (see {@link SentenceEmbedder}); not copied, do not modify
 */
public record AlignSentence(int index, int start, int end, String text, float[] vector) {

    public AlignSentence {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence position: " + index + " [" + start + ", " + end + ")");
        }
    }
}
