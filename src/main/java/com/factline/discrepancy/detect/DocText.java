package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document split once into paragraphs, sentences and word tokens, so every detector sees the same
 * segmentation. Internally offsets are UTF-16 char indices; {@link #span} converts to code points at the edge.
 */
final class DocText {
    record Token(String text, int start, int end, int sentence, boolean sentenceInitial) {
        String lower() {
            return Words.lower(text);
        }
    }

    record Sentence(int index, int start, int end, int paragraph, int firstToken, int endToken) {
    }

    /**
     * Possessive quantifiers: a backtracking {@code (?:…)*} recurses once per repetition and overflows the stack
     * on one very long hyphenated token; what follows each part can never be a letter, so nothing is lost.
     */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’\\-][\\p{L}\\p{N}]++)*+['’]?");
    /** An abbreviation or an initial is short: the look-back for one never goes further than this. */
    private static final int MAX_ABBREVIATION = 8;
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "jr", "sr", "prof", "lt", "col", "capt",
            "no", "vs", "u.s", "u.n", "u.k", "e.g", "i.e", "etc", "jan", "feb", "aug", "sept", "oct", "nov", "dec");

    final DetectDocument doc;
    final String text;
    final int order;
    final String label;
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    /** Char indices of the low surrogates in the text (code point = char index minus those before it). */
    private int[] lowSurrogates;

    DocText(DetectDocument doc, int order, String label) {
        this.doc = doc;
        this.text = doc.text();
        this.order = order;
        this.label = label;
        segment();
    }

    String id() {
        return doc.id();
    }

    Span span(int charStart, int charEnd) {
        return new Span(doc.id(), codePointIndex(charStart), codePointIndex(charEnd), text.substring(charStart, charEnd));
    }

    /**
     * Code point offset of a char index, in O(log n): counting from the start of the text for every span made
     * the detectors quadratic on a long text with many findings.
     */
    int codePointIndex(int charIndex) {
        int[] low = lowSurrogates();
        if (low.length == 0) {
            return charIndex;
        }
        int k = java.util.Arrays.binarySearch(low, charIndex);
        return charIndex - (k >= 0 ? k : -k - 1);
    }

    int charIndexOfCodePoint(int cp) {
        int[] low = lowSurrogates();
        int total = text.length() - low.length;
        int c = Math.max(0, Math.min(cp, total));
        // each supplementary character before the code point adds one char: find how many there are
        int lo = 0;
        int hi = low.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (low[mid] - mid - 1 < c) { // the code point of the mid-th supplementary character is before c
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return c + lo;
    }

    private int[] lowSurrogates() {
        if (lowSurrogates == null) {
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLowSurrogate(text.charAt(i))) {
                    count++;
                }
            }
            int[] low = new int[count];
            int k = 0;
            for (int i = 0; i < text.length() && k < count; i++) {
                if (Character.isLowSurrogate(text.charAt(i))) {
                    low[k++] = i;
                }
            }
            lowSurrogates = low;
        }
        return lowSurrogates;
    }

    String sentenceText(Sentence s) {
        return text.substring(s.start(), s.end());
    }

    List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    private void segment() {
        int paragraph = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!text.substring(pos, lineEnd).isBlank()) {
                splitParagraph(pos, lineEnd, paragraph++);
            }
            pos = lineEnd + 1;
        }
    }

    private void splitParagraph(int from, int to, int paragraph) {
        int start = skipSpace(from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && isClosing(text.charAt(end))) {
                    end++;
                }
                if (end >= to) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(end)) && c == '.' && isAbbreviation(start, i)) {
                    i = end;
                    continue;
                }
                if (Character.isWhitespace(text.charAt(end)) && startsSentence(end, to)) {
                    addSentence(start, end, paragraph);
                    start = skipSpace(end, to);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < to) {
            int end = to;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                addSentence(start, end, paragraph);
            }
        }
    }

    private boolean startsSentence(int from, int to) {
        int j = skipSpace(from, to);
        if (j >= to) {
            return false;
        }
        char d = text.charAt(j);
        return Character.isUpperCase(d) || Character.isDigit(d) || d == '“' || d == '"' || d == '‘' || d == '«'
                || d == '(' || d == '—';
    }

    private boolean isAbbreviation(int sentenceStart, int dot) {
        int w = dot;
        int limit = Math.max(sentenceStart, dot - MAX_ABBREVIATION - 1);
        while (w > limit && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        if (w == limit && w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            return false; // a run of letters and dots longer than any abbreviation
        }
        String word = Words.lower(text.substring(w, dot));
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return true; // an initial such as "John F. Kirby"
        }
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == '»' || c == '.';
    }

    private int skipSpace(int from, int to) {
        int j = from;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private void addSentence(int start, int end, int paragraph) {
        int index = sentences.size();
        int first = tokens.size();
        Matcher m = WORD.matcher(text);
        m.region(start, end);
        boolean initial = true;
        while (m.find()) {
            String t = m.group();
            int e = m.end();
            if (t.endsWith("’") || t.endsWith("'")) {
                // a closing single quote glued to a word is punctuation, not a possessive
                if (!(t.length() > 1 && Words.lower(t).endsWith("s’") || Words.lower(t).endsWith("s'"))) {
                    t = t.substring(0, t.length() - 1);
                    e--;
                }
            }
            tokens.add(new Token(t, m.start(), e, index, initial));
            initial = false;
        }
        sentences.add(new Sentence(index, start, end, paragraph, first, tokens.size()));
    }
}
