package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short quotations compared word for word: one outlet's quoted words found in another outlet's quotation with exactly
 * one word added, dropped or replaced (“a dangerous thing” / “a very dangerous thing”; “We reject his visit.” / “We
 * reject his message.”). The statement comparison ({@link QuoteDetector}) aligns whole sentences by their content
 * words and misses a quoted phrase inside an outlet's own sentence, or a quoted sentence of four words.
 *
 * <p>Not a change: a quote cut at either end (a partial quote), a word in another form or written out ({@link
 * QuoteChange#sameWord}), one negation for another ("won't" / "will never"), an article or "and"/"that" added or
 * dropped. A word replaced at an end of the shorter
 * quotation counts only when the other quotation ends there too: otherwise it is where the outlet's partial quote
 * starts or stops, not the speaker's word. An ellipsis splits a quotation like a sentence end; quotations with a
 * masked word ("f---") are left out.
 */
final class QuotedPhrases {
    /** A quotation of fewer words than this (after the change, words in common) is not compared. */
    static final int MIN_COMMON_WORDS = 3;
    /** Longer quoted sentences are the statement comparison's; this also bounds the cost of one comparison. */
    static final int MAX_WORDS = 40;

    /** Articles and joiners: adding or dropping one is how the outlet quoted, not what was said. */
    private static final Set<String> LIGHT = Set.of("a", "an", "the", "and", "that", "then", "so", "oh", "well");
    private static final Pattern MASKED = Pattern.compile("\\p{L}[-*_]{2,}");
    /** A sentence end, or an ellipsis: the words on either side of an ellipsis are two cuts of the quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:…]+(?=\\s|$)|…");

    /** One quoted sentence or phrase: its char offsets in the text and its words (lower case, contractions written out). */
    record Piece(int start, int end, List<String> words) {
    }

    /** How the longer quotation differs from the shorter one: the shorter's word (null when added) and the longer's. */
    record Change(String from, String to) {
        String describe() {
            return from == null ? "“" + to + "” added" : to == null ? "“" + from + "” left out"
                    : "“" + from + "” → “" + to + "”";
        }
    }

    private QuotedPhrases() {
    }

    /**
     * The quoted sentences and phrases of a text: the words between paired quotation marks in one paragraph (curly and
     * angle marks open and close, straight ones alternate), split at sentence ends and ellipses, without words in brackets or
     * parentheses (the outlet's insertion). Pieces of fewer than {@link #MIN_COMMON_WORDS} or more than {@link
     * #MAX_WORDS} words are left out. Linear in the text.
     */
    static List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        int open = -1;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (open < 0 && (c == '“' || c == '«' || c == '"')) {
                open = i + 1;
                straight = c == '"';
            } else if (open >= 0 && (straight ? c == '"' : c == '”' || c == '»')) {
                addQuotation(text, open, i, out);
                open = -1;
            } else if (open >= 0 && (c == '“' || c == '«' || (!straight ? c == '"' : c == '”'))) {
                open = -1; // marks that do not pair up: nothing of this quotation is compared
            }
        }
        return out;
    }

    private static void addQuotation(String text, int from, int to, List<Piece> out) {
        String q = text.substring(from, to);
        if (MASKED.matcher(q).find()) {
            return;
        }
        Matcher end = SENTENCE_END.matcher(q);
        int start = 0;
        while (start < q.length()) {
            int stop = end.find() ? end.end() : q.length();
            addPiece(text, from + start, from + stop, out);
            start = stop;
        }
    }

    private static void addPiece(String text, int from, int to, List<Piece> out) {
        String s = text.substring(from, to);
        int lead = s.length() - s.stripLeading().length();
        int trail = s.length() - s.stripTrailing().length();
        if (lead + trail >= s.length()) {
            return;
        }
        String bare = s.replaceAll("\\[[^\\]]*]|\\([^)]*\\)", " ");
        List<String> words = new ArrayList<>();
        Matcher m = DocText.WORD.matcher(bare);
        while (m.find()) {
            words.addAll(QuoteChange.expand(m.group()));
            if (words.size() > MAX_WORDS) {
                return;
            }
        }
        if (words.size() >= MIN_COMMON_WORDS) {
            out.add(new Piece(from + lead, to - trail, List.copyOf(words)));
        }
    }

    /**
     * The one-word change between two quotations, or null when they are the same words (one may be cut from the other)
     * or differ in more, or in nothing that counts. Cost: the product of the two lengths, both at most {@link #MAX_WORDS}.
     */
    static Change compare(List<String> a, List<String> b) {
        List<String> f = a.size() <= b.size() ? a : b;
        List<String> p = a.size() <= b.size() ? b : a;
        if (java.util.Collections.indexOfSubList(p, f) >= 0) {
            return null;
        }
        int k = f.size();
        Change found = null;
        for (int s = 0; s + k - 1 <= p.size(); s++) {
            Change c = null;
            if (s + k <= p.size()) {
                c = replaced(f, p, s);
            }
            if (c == null && s + k + 1 <= p.size()) {
                c = added(f, p, s);
            }
            if (c == null && k - 1 >= MIN_COMMON_WORDS) {
                c = dropped(f, p, s);
            }
            if (c != null) {
                if (found != null && !found.equals(c)) {
                    return null; // two readings of one change: not sure which word changed
                }
                found = c;
            }
        }
        if (found == null || !counts(found) || !hasContentWord(f, found.from())) {
            return null;
        }
        // report the change in the order of the arguments
        return f == a ? found : new Change(found.to(), found.from());
    }

    /** f against p[s, s+k): one word differs, inside f, or at an end where p's quotation ends too. */
    private static Change replaced(List<String> f, List<String> p, int s) {
        int k = f.size();
        if (k - 1 < MIN_COMMON_WORDS) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < k; i++) {
            if (!f.get(i).equals(p.get(s + i))) {
                if (at >= 0) {
                    return null;
                }
                at = i;
            }
        }
        if (at < 0 || (at == 0 && s != 0) || (at == k - 1 && s + k != p.size())) {
            return null;
        }
        return new Change(f.get(at), p.get(s + at));
    }

    /** p[s, s+k+1) is f with one word added inside (not at an end: that is a longer cut of the quote). */
    private static Change added(List<String> f, List<String> p, int s) {
        int k = f.size();
        if (!f.getFirst().equals(p.get(s)) || !f.getLast().equals(p.get(s + k))) {
            return null;
        }
        int i = 0;
        while (i < k && f.get(i).equals(p.get(s + i))) {
            i++;
        }
        for (int j = i; j < k; j++) {
            if (!f.get(j).equals(p.get(s + j + 1))) {
                return null;
            }
        }
        return i > 0 && i < k ? new Change(null, p.get(s + i)) : null;
    }

    /** p[s, s+k-1) is f with one word inside it left out. */
    private static Change dropped(List<String> f, List<String> p, int s) {
        int k = f.size();
        if (s + k - 1 > p.size() || !f.getFirst().equals(p.get(s)) || !f.getLast().equals(p.get(s + k - 2))) {
            return null;
        }
        int i = 0;
        while (i < k - 1 && f.get(i).equals(p.get(s + i))) {
            i++;
        }
        for (int j = i + 1; j < k; j++) {
            if (!f.get(j).equals(p.get(s + j - 1))) {
                return null;
            }
        }
        return i > 0 && i < k - 1 ? new Change(f.get(i), null) : null;
    }

    /** Words in common that are all pronouns and joiners ("and I said it") do not make one quotation. */
    private static boolean hasContentWord(List<String> f, String changed) {
        for (String w : f) {
            if (!w.equals(changed) && Words.isContent(Words.lemma(w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean counts(Change c) {
        if (c.from() != null && LIGHT.contains(c.from()) || c.to() != null && LIGHT.contains(c.to())) {
            return false;
        }
        if (c.from() == null || c.to() == null) {
            return true;
        }
        // one negation for another ("won't stop" / "will never stop") says the same
        return !QuoteChange.sameWord(c.from(), c.to())
                && !(QuoteChange.isNegation(c.from()) && QuoteChange.isNegation(c.to()));
    }
}
