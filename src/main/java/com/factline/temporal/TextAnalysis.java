package com.factline.temporal;

import java.time.LocalDate;
import java.util.List;

/**
 * The one shared, immutable analysis of a text that every rule reads: the text, its reference date
 * (normally the publication date; may be null) and its sentences with the tense and modal cues of the
 * clause around any position ({@link ClauseContext}). Built once per text in time linear in its length;
 * every lookup reads a bounded window, so a rule's cost per candidate is constant.
 */
final class TextAnalysis {

    private final String text;
    private final LocalDate reference;
    private final List<int[]> sentences;
    private final ClauseContext clause;

    TextAnalysis(String text, LocalDate reference) {
        this.text = text;
        this.reference = reference;
        this.sentences = List.copyOf(SentenceSplitter.splitChars(text));
        this.clause = new ClauseContext(text, sentences);
    }

    /** Sentences as {start, end} char offsets, in text order (callers must not change the arrays). */
    List<int[]> sentences() {
        return sentences;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** The reference date, or null when the text has none. */
    LocalDate reference() {
        return reference;
    }

    ClauseContext clause() {
        return clause;
    }

    /** Tense of the clause the expression [start, end) stands in. */
    Tense tense(int start, int end) {
        return clause.tense(start, end);
    }

    /** The word before {@code pos} in lower case, or "" when punctuation intervenes. */
    String prevWord(int pos) {
        return clause.prevWord(pos);
    }

    /** The word (letters only) after {@code pos} and any spaces, in lower case. */
    String nextWord(int pos) {
        return clause.nextWord(pos);
    }

    int skipSpaces(int pos) {
        return clause.skipSpaces(pos);
    }
}
