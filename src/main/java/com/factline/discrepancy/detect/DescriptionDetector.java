package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same person or thing described in incompatible ways. Driven by a small table so that new stories only
 * need new rows: wording variants of one declared label, mutually exclusive adjectives on the same noun, and
 * "ousted/former" versus the title "President X" for the same named person.
 */
final class DescriptionDetector {

    /** Different outlets rendering one fixed label differently; the label should read the same everywhere. */
    record VariantSet(String label, List<String> terms, Set<String> nouns) {
    }

    /** Adjectives that cannot all describe the same instance of a noun. */
    record ExclusiveSet(List<String> adjectives, Set<String> nouns) {
    }

    static final List<VariantSet> VARIANTS = List.of(
            new VariantSet("declared partnership", List.of("boundless", "limitless", "unlimited", "unrestricted",
                    "no limits", "no limit", "without limits", "without borders", "without bounds", "no bounds",
                    "unbounded", "endless"),
                    Set.of("partnership", "friendship", "relationship", "relations", "ties", "alliance", "partner",
                            "cooperation")));

    static final List<ExclusiveSet> EXCLUSIVE = List.of(
            new ExclusiveSet(List.of("formal", "informal"), Set.of("dinner", "talks", "meeting", "meetings", "visit", "lunch")),
            new ExclusiveSet(List.of("state", "working", "private", "unofficial"), Set.of("visit")),
            new ExclusiveSet(List.of("official", "unofficial"), Set.of("visit", "talks", "meeting")));

    static final Set<String> FORMER = Set.of("deposed", "ousted", "former", "ex", "toppled", "overthrown", "exiled");
    static final Set<String> ROLES = Set.of("president", "leader", "premier", "chancellor", "ruler", "king", "dictator");

    private record W(String w, int start, int end, boolean upper) {
    }

    /**
     * Look-arounds are bounded: a name is at most this many capitalised words, and "the ousted leader" looks back
     * at most this many words for the person meant. Without the bounds one giant "sentence" of capitalised words
     * costs the square of its length.
     */
    static final int MAX_NAME_WORDS = 12;
    static final int LOOK_BACK = 30;

    /** The variant terms split into words once, not once per word of the text. */
    private static final Map<String, String[]> TERM_PARTS = new HashMap<>();

    static {
        VARIANTS.forEach(vs -> vs.terms().forEach(t -> TERM_PARTS.put(t, t.split(" "))));
    }

    private final Corpus corpus;

    DescriptionDetector(Corpus corpus) {
        this.corpus = corpus;
    }

    List<Suggestion> detect() {
        List<Suggestion> out = new ArrayList<>();
        Map<DocText, List<List<W>>> sentences = new LinkedHashMap<>();
        for (DocText d : corpus.docs) {
            List<List<W>> list = new ArrayList<>();
            for (DocText.Sentence s : d.sentences) {
                list.add(words(d, s));
            }
            sentences.put(d, list);
        }
        variants(sentences, out);
        exclusive(sentences, out);
        status(sentences, out);
        return out;
    }

    private void variants(Map<DocText, List<List<W>>> sentences, List<Suggestion> out) {
        for (VariantSet vs : VARIANTS) {
            Map<String, Map<DocText, W[]>> found = new LinkedHashMap<>();
            for (Map.Entry<DocText, List<List<W>>> e : sentences.entrySet()) {
                for (List<W> ws : e.getValue()) {
                    for (int i = 0; i < ws.size(); i++) {
                        for (String term : vs.terms()) {
                            String[] parts = TERM_PARTS.get(term);
                            if (!matches(ws, i, parts) || !nounNear(ws, i, parts.length, vs.nouns())) {
                                continue;
                            }
                            found.computeIfAbsent(term, k -> new LinkedHashMap<>())
                                    .putIfAbsent(e.getKey(), new W[] {ws.get(i), ws.get(i + parts.length - 1)});
                        }
                    }
                }
            }
            Set<DocText> docs = new HashSet<>();
            found.values().forEach(m -> docs.addAll(m.keySet()));
            if (found.size() < 2 || docs.size() < 2) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Map<DocText, W[]>> e : found.entrySet()) {
                List<String> labels = new ArrayList<>();
                for (Map.Entry<DocText, W[]> de : e.getValue().entrySet()) {
                    spans.add(de.getKey().span(de.getValue()[0].start(), de.getValue()[1].end()));
                    labels.add(de.getKey().label);
                }
                parts.add(Suggestions.quoted(e.getKey()) + " (" + String.join(", ", labels) + ")");
            }
            out.add(Suggestions.create(corpus, SuggestionKind.DESCRIPTION, spans,
                    String.join(" vs ", parts) + " for the same " + vs.label()));
        }
    }

    private void exclusive(Map<DocText, List<List<W>>> sentences, List<Suggestion> out) {
        for (ExclusiveSet es : EXCLUSIVE) {
            // noun -> adjective -> first occurrence per document
            Map<String, Map<String, Map<DocText, W[]>>> found = new LinkedHashMap<>();
            Map<W, Set<String>> names = new HashMap<>();
            for (Map.Entry<DocText, List<List<W>>> e : sentences.entrySet()) {
                for (List<W> ws : e.getValue()) {
                    Set<String> sentenceNames = new HashSet<>();
                    for (W w : ws) {
                        if (w.upper() && !Words.STOPWORDS.contains(w.w()) && !Words.NON_NAME_CAPITALS.contains(w.w())) {
                            sentenceNames.add(w.w());
                        }
                    }
                    for (int i = 0; i + 1 < ws.size(); i++) {
                        String adj = ws.get(i).w();
                        String noun = ws.get(i + 1).w();
                        if (es.adjectives().contains(adj) && es.nouns().contains(noun) && !ws.get(i).upper()) {
                            names.put(ws.get(i), sentenceNames);
                            found.computeIfAbsent(noun, k -> new LinkedHashMap<>())
                                    .computeIfAbsent(adj, k -> new LinkedHashMap<>())
                                    .putIfAbsent(e.getKey(), new W[] {ws.get(i), ws.get(i + 1)});
                        }
                    }
                }
            }
            for (Map.Entry<String, Map<String, Map<DocText, W[]>>> ne : found.entrySet()) {
                Set<DocText> docs = new HashSet<>();
                ne.getValue().values().forEach(m -> docs.addAll(m.keySet()));
                if (ne.getValue().size() < 2 || docs.size() < 2 || !sameParticipants(ne.getValue(), names)) {
                    continue;
                }
                List<Span> spans = new ArrayList<>();
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, Map<DocText, W[]>> ae : ne.getValue().entrySet()) {
                    List<String> labels = new ArrayList<>();
                    for (Map.Entry<DocText, W[]> de : ae.getValue().entrySet()) {
                        spans.add(de.getKey().span(de.getValue()[0].start(), de.getValue()[1].end()));
                        labels.add(de.getKey().label);
                    }
                    parts.add(Suggestions.quoted(ae.getKey() + " " + ne.getKey()) + " (" + String.join(", ", labels) + ")");
                }
                out.add(Suggestions.create(corpus, SuggestionKind.DESCRIPTION, spans,
                        String.join(" vs ", parts) + ": mutually exclusive descriptions"));
            }
        }
    }

    /**
     * "a state visit" and "a working visit" only conflict when they are about the same people; two articles may
     * legitimately mention different visits.
     */
    private static boolean sameParticipants(Map<String, Map<DocText, W[]>> byAdjective, Map<W, Set<String>> names) {
        List<Set<String>> perAdjective = new ArrayList<>();
        for (Map<DocText, W[]> m : byAdjective.values()) {
            Set<String> all = new HashSet<>();
            m.values().forEach(w -> all.addAll(names.getOrDefault(w[0], Set.of())));
            perAdjective.add(all);
        }
        for (int i = 0; i < perAdjective.size(); i++) {
            for (int j = i + 1; j < perAdjective.size(); j++) {
                Set<String> shared = new HashSet<>(perAdjective.get(i));
                shared.retainAll(perAdjective.get(j));
                if (!shared.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "the ousted Russian president" while other copy calls the same man "President Putin". */
    private void status(Map<DocText, List<List<W>>> sentences, List<Suggestion> out) {
        // surname -> document -> first "President <Name>" occurrence without a "former"-type qualifier
        Map<String, Map<DocText, W[]>> titled = new LinkedHashMap<>();
        // nationality stem -> surname, learned from "Russian President Vladimir Putin"
        Map<String, String> nationality = new LinkedHashMap<>();
        for (Map.Entry<DocText, List<List<W>>> e : sentences.entrySet()) {
            for (List<W> ws : e.getValue()) {
                for (int i = 0; i < ws.size(); i++) {
                    if (!ws.get(i).w().equals("president") || !ws.get(i).upper()) {
                        continue;
                    }
                    int k = i + 1;
                    while (k < ws.size() && k <= i + MAX_NAME_WORDS && ws.get(k).upper()
                            && !Words.STOPWORDS.contains(ws.get(k).w()) && joined(e.getKey().text, ws.get(k - 1), ws.get(k))) {
                        k++;
                    }
                    // "Vice President Dick Cheney" is no "President Cheney"
                    if (k == i + 1 || (i > 0 && FORMER.contains(ws.get(i - 1).w()))
                            || (i > 0 && Set.of("then", "late", "outgoing", "vice").contains(ws.get(i - 1).w()))) {
                        continue;
                    }
                    String surname = Words.lower(Words.stripPossessive(ws.get(k - 1).w()));
                    titled.computeIfAbsent(surname, x -> new LinkedHashMap<>())
                            .putIfAbsent(e.getKey(), new W[] {ws.get(i), ws.get(k - 1)});
                    if (i > 0 && ws.get(i - 1).upper()) {
                        nationality.putIfAbsent(stem(ws.get(i - 1).w()), surname);
                    }
                }
            }
        }
        Map<String, Map<DocText, List<W[]>>> flagged = new LinkedHashMap<>();
        for (Map.Entry<DocText, List<List<W>>> e : sentences.entrySet()) {
            for (List<W> ws : e.getValue()) {
                for (int i = 0; i < ws.size(); i++) {
                    if (!FORMER.contains(ws.get(i).w())) {
                        continue;
                    }
                    int k = i + 1;
                    String nat = null;
                    if (k < ws.size() && ws.get(k).upper() && !ROLES.contains(ws.get(k).w())) {
                        nat = stem(ws.get(k).w());
                        k++;
                    }
                    if (i > 0 && ws.get(i - 1).upper() && nat == null) {
                        nat = stem(ws.get(i - 1).w()); // "Russia’s deposed leader"
                    }
                    if (k >= ws.size() || !ROLES.contains(ws.get(k).w())) {
                        continue;
                    }
                    String person = null;
                    if (k + 1 < ws.size() && ws.get(k + 1).upper()) {
                        int m = k + 1;
                        // the name ends at a comma: "former President Bill Clinton, Trump's opponent …"
                        while (m + 1 < ws.size() && m + 1 <= k + MAX_NAME_WORDS && ws.get(m + 1).upper()
                                && joined(e.getKey().text, ws.get(m), ws.get(m + 1))) {
                            m++;
                        }
                        person = Words.lower(Words.stripPossessive(ws.get(m).w()));
                    } else if (nat != null) {
                        person = nationality.get(nat);
                    }
                    boolean strong = !ws.get(i).w().equals("former") && !ws.get(i).w().equals("ex");
                    if (person == null && strong) {
                        // nearest earlier name in the sentence that the corpus also calls "President"
                        for (int b = i - 1; b >= Math.max(0, i - LOOK_BACK) && person == null; b--) {
                            String cand = Words.lower(Words.stripPossessive(ws.get(b).w()));
                            if (ws.get(b).upper() && titled.containsKey(cand)) {
                                person = cand;
                            }
                        }
                    }
                    if (person == null || !titled.containsKey(person)) {
                        continue;
                    }
                    flagged.computeIfAbsent(person, x -> new LinkedHashMap<>())
                            .computeIfAbsent(e.getKey(), x -> new ArrayList<>())
                            .add(new W[] {ws.get(i), ws.get(k)});
                }
            }
        }
        for (Map.Entry<String, Map<DocText, List<W[]>>> fe : flagged.entrySet()) {
            List<Span> spans = new ArrayList<>();
            List<String> descriptors = new ArrayList<>();
            Set<String> flaggedLabels = new java.util.LinkedHashSet<>();
            for (Map.Entry<DocText, List<W[]>> de : fe.getValue().entrySet()) {
                Set<String> seen = new HashSet<>();
                for (W[] w : de.getValue()) {
                    if (seen.add(w[0].w())) {
                        spans.add(de.getKey().span(w[0].start(), w[1].end()));
                        descriptors.add(Suggestions.quoted(de.getKey().text.substring(w[0].start(), w[1].end())));
                    }
                }
                flaggedLabels.add(de.getKey().label);
            }
            List<String> titledLabels = new ArrayList<>();
            for (Map.Entry<DocText, W[]> te : titled.get(fe.getKey()).entrySet()) {
                spans.add(te.getKey().span(te.getValue()[0].start(), te.getValue()[1].end()));
                titledLabels.add(te.getKey().label);
            }
            String name = Character.toUpperCase(fe.getKey().charAt(0)) + fe.getKey().substring(1);
            out.add(Suggestions.create(corpus, SuggestionKind.DESCRIPTION, spans,
                    String.join(", ", descriptors) + " (" + String.join(", ", flaggedLabels) + ") vs “President "
                            + name + "” (" + String.join(", ", titledLabels) + "): is " + name
                            + " a current or a former leader?"));
        }
    }

    /**
     * Two words with only spaces between them, or an initial and its stop ("Vladimir V. Putin"): one name may run on
     * across them, not across a comma or a full stop.
     */
    private static boolean joined(String text, W a, W b) {
        String between = text.substring(a.end(), b.start());
        return between.isBlank() || a.end() - a.start() == 1 && between.startsWith(".") && between.substring(1).isBlank();
    }

    /** "Russia", "Russian", "Russia’s" share a stem; four letters is enough to tell countries apart in practice. */
    private static String stem(String w) {
        String s = Words.lower(Words.stripPossessive(w));
        return s.length() <= 4 ? s : s.substring(0, 4);
    }

    private static boolean matches(List<W> ws, int i, String[] parts) {
        if (i + parts.length > ws.size()) {
            return false;
        }
        for (int p = 0; p < parts.length; p++) {
            if (!ws.get(i + p).w().equals(parts[p])) {
                return false;
            }
        }
        return true;
    }

    private static boolean nounNear(List<W> ws, int i, int len, Set<String> nouns) {
        for (int k = Math.max(0, i - 4); k < Math.min(ws.size(), i + len + 4); k++) {
            if ((k < i || k >= i + len) && nouns.contains(ws.get(k).w())) {
                return true;
            }
        }
        return false;
    }

    private static List<W> words(DocText d, DocText.Sentence s) {
        List<W> out = new ArrayList<>();
        for (DocText.Token t : d.tokensOf(s)) {
            int off = 0;
            for (String part : t.text().split("-")) {
                int ps = t.start() + off;
                off += part.length() + 1;
                String p = Words.stripPossessive(part);
                if (!p.isEmpty()) {
                    out.add(new W(Words.lower(p), ps, ps + p.length(), Words.startsUpper(p)));
                }
            }
        }
        return out;
    }
}
