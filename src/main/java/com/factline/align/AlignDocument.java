package com.factline.align;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document split into embedded sentences.
 *
 * @param id stable identifier (a source id); pairs refer to documents by it
 * @param outlet the outlet's name, for explanations
 * @param independenceKey documents with the same key are copies of one report (a wire story and its republication)
 *        and are never aligned with each other
 * @param published publication date, or null when unknown
 * @param sentences the sentences in text order, {@code sentences.get(i).index() == i}
 */
public record AlignDocument(String id, String outlet, String independenceKey, @Nullable LocalDate published,
        List<AlignSentence> sentences) {

    public AlignDocument {
        sentences = List.copyOf(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " of " + id + " has index "
                        + sentences.get(i).index());
            }
        }
    }
}
