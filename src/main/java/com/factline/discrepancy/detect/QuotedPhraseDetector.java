package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quoted words one word apart in two outlets ({@link QuotedPhrases}): “a dangerous thing” in one, “a very dangerous
 * thing” in another. A pair counts only when neither outlet also has the other's wording anywhere in its text (an
 * outlet that quotes both “We don't like him.” and “We don't want him.” reports two sentences, and another outlet that
 * quotes one of them left the other out). The quotations linked by such changes make one suggestion.
 */
final class QuotedPhraseDetector {
    /**
     * Budgets: a word in more than MAX_POSTING quotations does not find candidates; a story visits at most
     * MAX_POSTINGS_VISITED index entries, compares at most MAX_COMPARISONS pairs of quotations and reads at most
     * MAX_PIECES quotations per document. Past a budget it returns what it found.
     */
    static final int MAX_POSTING = 200;
    static final int MAX_POSTINGS_VISITED = 5_000_000;
    static final int MAX_COMPARISONS = 200_000;
    static final int MAX_PIECES = 5_000;

    private record Quote(int id, DocText doc, QuotedPhrases.Piece piece) {
    }

    private final Corpus corpus;

    QuotedPhraseDetector(Corpus corpus) {
        this.corpus = corpus;
    }

    List<Suggestion> detect() {
        List<Quote> quotes = new ArrayList<>();
        Map<DocText, String> wording = new HashMap<>();
        for (DocText d : corpus.docs) {
            List<QuotedPhrases.Piece> pieces = QuotedPhrases.pieces(d.text);
            for (QuotedPhrases.Piece p : pieces.subList(0, Math.min(pieces.size(), MAX_PIECES))) {
                quotes.add(new Quote(quotes.size(), d, p));
            }
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (Quote q : quotes) {
            for (String w : new java.util.HashSet<>(q.piece().words())) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(q.id());
            }
        }
        int[] parent = new int[quotes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Integer, String> reasons = new HashMap<>();
        int budget = MAX_COMPARISONS;
        int visits = MAX_POSTINGS_VISITED;
        for (Quote q : quotes) {
            Map<Integer, Integer> shared = new java.util.TreeMap<>();
            for (String w : new java.util.HashSet<>(q.piece().words())) {
                List<Integer> posting = index.get(w);
                if (posting.size() > MAX_POSTING || visits < posting.size()) {
                    continue;
                }
                visits -= posting.size();
                for (int other : posting) {
                    if (other > q.id() && quotes.get(other).doc() != q.doc()) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() < QuotedPhrases.MIN_COMMON_WORDS - 1 || budget <= 0) {
                    continue;
                }
                budget--;
                Quote o = quotes.get(e.getKey());
                QuotedPhrases.Change c = QuotedPhrases.compare(q.piece().words(), o.piece().words());
                if (c == null || hasWording(o, q, wording) || hasWording(q, o, wording)) {
                    continue;
                }
                int ra = QuoteDetector.find(parent, q.id());
                int rb = QuoteDetector.find(parent, o.id());
                if (ra != rb) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
                reasons.putIfAbsent(Math.min(ra, rb), reason(q, o, c));
            }
        }
        Map<Integer, List<Quote>> groups = new LinkedHashMap<>();
        for (Quote q : quotes) {
            groups.computeIfAbsent(QuoteDetector.find(parent, q.id()), k -> new ArrayList<>()).add(q);
        }
        List<Suggestion> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Quote>> g : groups.entrySet()) {
            if (g.getValue().size() < 2) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            for (Quote q : g.getValue()) {
                spans.add(q.doc().span(q.piece().start(), q.piece().end()));
            }
            String reason = reasons.get(g.getKey());
            out.add(Suggestions.create(corpus, SuggestionKind.QUOTE, spans, reason));
        }
        return out;
    }

    /**
     * Whether the document of {@code in} holds, anywhere, the words of {@code other}'s quotation that differ from {@code
     * in}'s (the whole of the shorter one, or the part of the longer one it was compared with): then that outlet
     * reports both wordings.
     */
    private static boolean hasWording(Quote in, Quote other, Map<DocText, String> wording) {
        String text = wording.computeIfAbsent(in.doc(), QuotedPhraseDetector::words);
        List<String> a = in.piece().words();
        List<String> b = other.piece().words();
        List<String> look = b.size() <= a.size() ? b : window(b, a);
        return text.contains(" " + String.join(" ", look) + " ");
    }

    /** The part of the longer quotation the shorter one stands for: from its first word to its last. */
    private static List<String> window(List<String> longer, List<String> shorter) {
        int from = longer.indexOf(shorter.getFirst());
        int to = longer.lastIndexOf(shorter.getLast());
        return from >= 0 && to >= from ? longer.subList(from, to + 1) : longer;
    }

    /** A document's words as quotations are compared (lower case, contractions written out), space-separated. */
    private static String words(DocText d) {
        StringBuilder sb = new StringBuilder(" ");
        java.util.regex.Matcher m = DocText.WORD.matcher(d.text);
        while (m.find()) {
            for (String w : QuoteChange.expand(m.group())) {
                sb.append(w).append(' ');
            }
        }
        return sb.toString();
    }

    private static String reason(Quote a, Quote b, QuotedPhrases.Change c) {
        return "Quoted words differ by one word: "
                + Suggestions.quoted(Suggestions.shorten(a.doc().text.substring(a.piece().start(), a.piece().end()), 80))
                + " (" + a.doc().label + ") vs "
                + Suggestions.quoted(Suggestions.shorten(b.doc().text.substring(b.piece().start(), b.piece().end()), 80))
                + " (" + b.doc().label + "): " + c.describe();
    }
}
