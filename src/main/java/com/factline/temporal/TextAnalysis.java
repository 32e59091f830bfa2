package com.factline.temporal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one shared, immutable analysis of a text that every rule reads: the text, its reference date
 * (normally the publication date; may be null) and its sentences with the tense and modal cues of the
 * clause around any position ({@link ClauseContext}). Built once per text in time linear in its length;
 * every lookup reads a bounded window, so a rule's cost per candidate is constant.
 */
final class TextAnalysis {

    /** Time words that are written in lower case inside a sentence unless they are part of a name. */
    private static final Set<String> COMMON_TIME_WORDS = Set.of("today", "tonight", "tomorrow", "yesterday", "now",
            "noon", "midnight", "midday", "minute", "minutes", "hour", "hours", "days", "week", "weeks", "weekend",
            "month", "months", "year", "years", "decade", "decades", "century", "morning", "afternoon", "evening",
            "night");

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

    /**
     * True when [start, end) reads as part of a title or name: one of its common time words is
     * capitalised although it does not start a sentence ("the film High Noon", "CBS's 60 Minutes",
     * "This Week With David Brinkley", "VOA Today"); "New Year" is a holiday. A line written in
     * title case (a headline or subhead: "Xi to Visit Moscow Next Week") capitalises every word, so
     * there the capital says nothing. Reads the expression and at most {@link #TITLE_WINDOW}
     * characters either side of it.
     */
    boolean capitalisedLikeAName(int start, int end) {
        return capitalisedWord(start, end) && !inTitleCaseLine(start, end);
    }

    private boolean capitalisedWord(int start, int end) {
        int i = start;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int e = i;
            while (e < end && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (Character.isUpperCase(text.charAt(i)) && (e - i < 2 || Character.isLowerCase(text.charAt(i + 1)))
                    && COMMON_TIME_WORDS.contains(text.substring(i, e).toLowerCase(Locale.ROOT))
                    && (i > start || !startsSentence(i)) && !(i >= 4 && text.startsWith("New ", i - 4))) {
                return true;
            }
            i = e;
        }
        return false;
    }

    static final int TITLE_WINDOW = 300;

    /**
     * True when the line around [start, end) (bounded by line breaks, or {@link #TITLE_WINDOW}
     * characters either side) is in title case: at least three words of four or more letters,
     * and at least four in five of them capitalised.
     */
    boolean inTitleCaseLine(int start, int end) {
        int from = start;
        int floor = Math.max(0, start - TITLE_WINDOW);
        while (from > floor && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r') {
            from--;
        }
        int to = end;
        int ceiling = Math.min(text.length(), end + TITLE_WINDOW);
        while (to < ceiling && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
            to++;
        }
        int words = 0;
        int capitalised = 0;
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e - i >= 4) {
                words++;
                if (Character.isUpperCase(text.charAt(i))) {
                    capitalised++;
                }
            }
            i = e;
        }
        return words >= 3 && capitalised * 5 >= words * 4;
    }

    private boolean startsSentence(int pos) {
        int p = pos - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\u00a0')) {
            p--;
        }
        return p < 0 || ".!?\n\r\"`'(:;-_‘“—–".indexOf(text.charAt(p)) >= 0;
    }
}
