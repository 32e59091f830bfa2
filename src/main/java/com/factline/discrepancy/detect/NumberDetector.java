package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same quantity reported with different values by different sources. Deliberately conservative: only exact
 * counts attached to the same head noun, in sentences that share context words, with value ranges (after
 * "nearly", "more than" ...) that cannot both be true. Vague amounts ("dozens", "thousands") are never compared.
 */
final class NumberDetector {
    private static final Map<String, Double> UNITS = new LinkedHashMap<>();
    private static final Map<String, Double> TENS = Map.of("twenty", 20.0, "thirty", 30.0, "forty", 40.0,
            "fifty", 50.0, "sixty", 60.0, "seventy", 70.0, "eighty", 80.0, "ninety", 90.0);
    private static final Map<String, Double> MULTIPLIERS = Map.of("hundred", 100.0, "thousand", 1e3,
            "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands", "millions", "billions", "tens",
            "scores", "several", "few", "many");

    static {
        String[] names = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < names.length; i++) {
            UNITS.put(names[i], i + 1.0);
        }
        UNITS.put("dozen", 12.0);
    }

    /** {@code context}: the content lemmas around the number, the head itself left out. */
    record Mention(DocText doc, int start, int end, double low, double high, String head, Set<String> context,
                   String phrase) {
    }

    /**
     * Context words are taken this many tokens either side of the number, inside its sentence: a whole sentence
     * for ordinary prose, and a bounded cost per number in one giant "sentence" (a table, a list, a log).
     */
    static final int CONTEXT_WINDOW = 100;
    /** Only the first mentions of one quantity per document are compared: more repeat the same value or are a list. */
    static final int MAX_MENTIONS_PER_HEAD_AND_DOCUMENT = 100;
    /** Pairs of mentions compared for one head noun, and for the whole story: the budget that stops the comparison. */
    static final int MAX_PAIRS_PER_HEAD = 100_000;
    static final int MAX_PAIRS = 1_000_000;

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20|21)\\d\\d");

    private final Corpus corpus;

    NumberDetector(Corpus corpus) {
        this.corpus = corpus;
    }

    List<Suggestion> detect() {
        Map<String, List<Mention>> byHead = new LinkedHashMap<>();
        for (DocText d : corpus.docs) {
            for (Mention m : mentions(d)) {
                byHead.computeIfAbsent(m.head(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        int pairs = 0;
        for (Map.Entry<String, List<Mention>> e : byHead.entrySet()) {
            List<Mention> ms = e.getValue();
            int headPairs = 0;
            for (int i = 0; i < ms.size() && headPairs < MAX_PAIRS_PER_HEAD && pairs < MAX_PAIRS; i++) {
                for (int j = i + 1; j < ms.size() && headPairs < MAX_PAIRS_PER_HEAD && pairs < MAX_PAIRS; j++) {
                    Mention a = ms.get(i);
                    Mention b = ms.get(j);
                    if (a.doc() == b.doc()) {
                        continue;
                    }
                    headPairs++;
                    pairs++;
                    if ((a.high() < b.low() || b.high() < a.low()) && sameContext(a, b)
                            && !alsoStated(a, b.doc(), ms) && !alsoStated(b, a.doc(), ms)) {
                        out.add(Suggestions.create(corpus, SuggestionKind.NUMBER,
                                List.of(a.doc().span(a.start(), a.end()), b.doc().span(b.start(), b.end())),
                                Suggestions.quoted(a.phrase()) + " (" + a.doc().label + ") vs "
                                        + Suggestions.quoted(b.phrase()) + " (" + b.doc().label
                                        + ") for what looks like the same quantity of " + e.getKey()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the other document also gives this figure for the same thing: then it agrees on it, and its different
     * figure counts something else ("a one-in-three chance of losing" and "a two-in-three chance of winning", both in
     * both outlets). Looks at the mentions of one head only, and only for a pair that would otherwise be reported.
     */
    private static boolean alsoStated(Mention m, DocText other, List<Mention> sameHead) {
        for (Mention o : sameHead) {
            if (o.doc() == other && o.low() <= m.high() && m.low() <= o.high()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameContext(Mention a, Mention b) {
        Set<String> small = a.context().size() <= b.context().size() ? a.context() : b.context();
        Set<String> large = small == a.context() ? b.context() : a.context();
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        int union = a.context().size() + b.context().size() - shared;
        return shared >= 2 && union > 0 && shared / (double) union >= 0.15;
    }

    /** The document's number mentions, at most {@link #MAX_MENTIONS_PER_HEAD_AND_DOCUMENT} per head noun. */
    List<Mention> mentions(DocText d) {
        List<Mention> out = new ArrayList<>();
        Map<String, Integer> perHead = new HashMap<>();
        for (DocText.Sentence s : d.sentences) {
            List<DocText.Token> toks = d.tokensOf(s);
            // per token: its lemma if it is a context word, else null; computed once per sentence
            String[] lemmas = new String[toks.size()];
            for (int k = 0; k < toks.size(); k++) {
                DocText.Token t = toks.get(k);
                String l = Words.lemma(t.text());
                // stopword test on the surface form: "lasted" is content even though its lemma "last" is not
                if (Words.isContent(t.lower()) && !UNITS.containsKey(l) && !TENS.containsKey(l)) {
                    lemmas[k] = l;
                }
            }
            int i = 0;
            while (i < toks.size()) {
                int consumed = parse(d, toks, i, lemmas, perHead, out);
                i += Math.max(1, consumed);
            }
        }
        return out;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Set<String> context(String[] lemmas, int from, int to, String head) {
        Set<String> ctx = new HashSet<>();
        for (int k = Math.max(0, from - CONTEXT_WINDOW); k < Math.min(lemmas.length, to + CONTEXT_WINDOW); k++) {
            if (lemmas[k] != null) {
                ctx.add(lemmas[k]);
            }
        }
        ctx.remove(head);
        return ctx;
    }

    /** Returns how many tokens the number phrase at {@code i} used, 0 if none starts there. */
    private int parse(DocText d, List<DocText.Token> toks, int i, String[] lemmas, Map<String, Integer> perHead,
                      List<Mention> out) {
        DocText.Token t = toks.get(i);
        String w = t.lower();
        if (VAGUE.contains(w)) {
            int k = i + 1;
            while (k < toks.size() && (toks.get(k).lower().equals("of") || VAGUE.contains(toks.get(k).lower()))) {
                k++;
            }
            return k - i;
        }
        char c0 = w.charAt(0);
        if (!Character.isDigit(c0) && !UNITS.containsKey(w) && !TENS.containsKey(w) && w.indexOf('-') < 0) {
            return 0;
        }
        String[] hyphen = w.split("-");
        double value;
        int k = i + 1;
        String head = null;
        if (DIGITS.matcher(hyphen[0]).matches()) {
            if (hyphen.length == 1 && YEAR.matcher(hyphen[0]).matches()) {
                return 1; // a year
            }
            value = Double.parseDouble(hyphen[0].replace(",", ""));
        } else if (UNITS.containsKey(hyphen[0]) || TENS.containsKey(hyphen[0])) {
            value = UNITS.containsKey(hyphen[0]) ? UNITS.get(hyphen[0]) : TENS.get(hyphen[0]);
            if (hyphen.length > 1 && UNITS.containsKey(hyphen[1]) && TENS.containsKey(hyphen[0])) {
                value += UNITS.get(hyphen[1]);
                hyphen = java.util.Arrays.copyOfRange(hyphen, 1, hyphen.length);
            }
        } else {
            return 0;
        }
        if (hyphen.length > 1) {
            head = hyphen[hyphen.length - 1];
            if (!head.chars().allMatch(Character::isLetter)) {
                return 1;
            }
        } else {
            while (k < toks.size() && MULTIPLIERS.containsKey(toks.get(k).lower())) {
                value *= MULTIPLIERS.get(toks.get(k).lower());
                k++;
            }
            if (k + 2 < toks.size() && toks.get(k).lower().equals("and") && toks.get(k + 1).lower().equals("a")
                    && toks.get(k + 2).lower().equals("half")) {
                value += 0.5;
                k += 3;
            }
            if (k < toks.size()) {
                String next = toks.get(k).lower();
                if (next.equals("of") || VAGUE.contains(next)) {
                    return k - i;
                }
                if (!Words.startsUpper(toks.get(k).text()) && next.chars().allMatch(Character::isLetter)
                        && !Words.STOPWORDS.contains(next) && !next.equals("percent")) {
                    head = next;
                    k++;
                }
            }
        }
        if (head == null || w.equals("one") && hyphen.length == 1 && head.equals("another")) {
            return k - i;
        }
        if (d.text.substring(t.end(), Math.min(d.text.length(), t.end() + 1)).equals("%")
                || (i > 0 && isAsciiDigit(toks.get(i - 1).text().charAt(0)))) {
            return k - i;
        }
        double low = value;
        double high = value;
        String mod = i > 0 ? toks.get(i - 1).lower() : "";
        String mod2 = i > 1 ? toks.get(i - 2).lower() + " " + mod : "";
        if (Set.of("nearly", "almost").contains(mod)) {
            low = value * 0.8;
        } else if (Set.of("about", "around", "some", "roughly", "approximately", "approx", "estimated").contains(mod)) {
            low = value * 0.8;
            high = value * 1.2;
        } else if (Set.of("over", "more than", "at least").contains(mod) || mod2.equals("more than")
                || mod2.equals("at least")) {
            high = Double.MAX_VALUE;
        } else if (Set.of("under", "up to", "less than", "fewer than").contains(mod2) || mod.equals("under")) {
            low = 0;
        }
        String lemma = Words.lemma(head);
        if (perHead.merge(lemma, 1, Integer::sum) > MAX_MENTIONS_PER_HEAD_AND_DOCUMENT) {
            return k - i;
        }
        Set<String> ctx = context(lemmas, i, k, lemma);
        DocText.Token last = toks.get(k - 1);
        out.add(new Mention(d, t.start(), last.end(), low, high, lemma, ctx, d.text.substring(t.start(), last.end())));
        return k - i;
    }
}
