package com.factline.discrepancy.detect;

import java.util.ArrayList;
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

    record Mention(DocText doc, int start, int end, double low, double high, String head, Set<String> context,
                   String phrase) {
    }

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
        for (Map.Entry<String, List<Mention>> e : byHead.entrySet()) {
            List<Mention> ms = e.getValue();
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    Mention a = ms.get(i);
                    Mention b = ms.get(j);
                    if (a.doc() != b.doc() && (a.high() < b.low() || b.high() < a.low()) && sameContext(a, b)) {
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

    private static boolean sameContext(Mention a, Mention b) {
        Set<String> shared = new HashSet<>(a.context());
        shared.retainAll(b.context());
        int union = a.context().size() + b.context().size() - shared.size();
        return shared.size() >= 2 && union > 0 && shared.size() / (double) union >= 0.15;
    }

    List<Mention> mentions(DocText d) {
        List<Mention> out = new ArrayList<>();
        for (DocText.Sentence s : d.sentences) {
            List<DocText.Token> toks = d.tokensOf(s);
            Set<String> context = new HashSet<>();
            for (DocText.Token t : toks) {
                String l = Words.lemma(t.text());
                // stopword test on the surface form: "lasted" is content even though its lemma "last" is not
                if (Words.isContent(t.lower()) && !UNITS.containsKey(l) && !TENS.containsKey(l)) {
                    context.add(l);
                }
            }
            int i = 0;
            while (i < toks.size()) {
                int consumed = parse(d, toks, i, context, out);
                i += Math.max(1, consumed);
            }
        }
        return out;
    }

    /** Returns how many tokens the number phrase at {@code i} used, 0 if none starts there. */
    private int parse(DocText d, List<DocText.Token> toks, int i, Set<String> context, List<Mention> out) {
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
                || (i > 0 && toks.get(i - 1).lower().matches("\\d.*"))) {
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
        Set<String> ctx = new HashSet<>(context);
        ctx.remove(lemma);
        DocText.Token last = toks.get(k - 1);
        out.add(new Mention(d, t.start(), last.end(), low, high, lemma, ctx, d.text.substring(t.start(), last.end())));
        return k - i;
    }
}
