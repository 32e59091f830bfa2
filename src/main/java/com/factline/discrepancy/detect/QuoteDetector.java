package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same statement reported in different words by different outlets. Sentences with quotation marks or
 * reported speech are aligned across documents by speaker and content-word overlap; identical wording, and wording
 * that differs only in how it was quoted ({@link QuoteChange}), is not a discrepancy, and different speakers are never
 * aligned.
 */
final class QuoteDetector {
    static final Set<String> ATTRIBUTION = Set.of(
            "said", "says", "told", "tells", "according", "stated", "states", "noted", "notes", "added", "adds",
            "wrote", "writes", "warned", "tweeted", "insisted", "stressed", "explained", "argued", "declared");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");
    private static final Set<String> CONTINUATION_STARTS = Set.of("it", "we", "i", "this", "they", "our", "that");

    /**
     * Budgets. A statement of more tokens than MAX_UNIT_TOKENS is not a quote (it is a whole text without full
     * stops) and is not aligned; a word in more than MAX_POSTING statements is too common to find candidates by;
     * each statement looks at most MAX_POSTINGS_PER_UNIT index entries and keeps MAX_CANDIDATES candidates, and
     * a story at most MAX_POSTINGS_VISITED entries in all.
     */
    static final int MAX_UNIT_TOKENS = 300;
    static final int MAX_POSTING = 400;
    static final int MAX_POSTINGS_PER_UNIT = 20_000;
    static final int MAX_CANDIDATES = 400;
    static final int MAX_POSTINGS_VISITED = 20_000_000;

    private record Unit(int id, DocText doc, DocText.Sentence sentence, String speaker, String core, Set<String> lemmas,
                        String wording) {
    }

    private final Corpus corpus;

    QuoteDetector(Corpus corpus) {
        this.corpus = corpus;
    }

    List<Suggestion> detect() {
        List<Unit> units = new ArrayList<>();
        for (DocText d : corpus.docs) {
            collect(d, units);
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (Unit u : units) {
            for (String l : u.lemmas()) {
                index.computeIfAbsent(l, k -> new ArrayList<>()).add(u.id());
            }
        }
        int[] parent = new int[units.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Integer, int[]> bestEdge = new HashMap<>();
        Map<Integer, Double> bestScore = new HashMap<>();
        int budget = MAX_POSTINGS_VISITED;
        for (Unit u : units) {
            // Candidates come from the words that are rare enough to discriminate; the words shared by more than
            // MAX_POSTING statements (the story's main names) are counted afterwards, per candidate.
            Map<Integer, Integer> shared = new java.util.TreeMap<>();
            List<String> common = new ArrayList<>();
            int visited = 0;
            for (String l : u.lemmas()) {
                List<Integer> posting = index.get(l);
                if (posting.size() > MAX_POSTING) {
                    common.add(l);
                    continue;
                }
                for (int other : posting) {
                    if (visited >= MAX_POSTINGS_PER_UNIT || budget <= 0) {
                        break;
                    }
                    visited++;
                    budget--;
                    if (other > u.id() && units.get(other).doc() != u.doc()
                            && (shared.containsKey(other) || shared.size() < MAX_CANDIDATES)) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                Set<String> vl = units.get(e.getKey()).lemmas();
                for (String l : common) {
                    if (vl.contains(l)) {
                        e.setValue(e.getValue() + 1);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                Unit v = units.get(e.getKey());
                double score = match(u, v, e.getValue());
                if (score <= 0) {
                    continue;
                }
                int ru0 = find(parent, u.id());
                int rv0 = find(parent, v.id());
                // a pair that would neither join two groups nor become a group's best pair changes nothing: its wording
                // is not compared (on a story of near-identical sentences, most pairs)
                if (ru0 == rv0 && score <= bestScore.getOrDefault(ru0, 0.0)) {
                    continue;
                }
                if (differs(u, v)) {
                    int ru = find(parent, u.id());
                    int rv = find(parent, v.id());
                    int root = Math.min(ru, rv);
                    parent[Math.max(ru, rv)] = root;
                    double prev = Math.max(bestScore.getOrDefault(ru, 0.0), bestScore.getOrDefault(rv, 0.0));
                    int[] keep = bestScore.getOrDefault(ru, 0.0) >= bestScore.getOrDefault(rv, 0.0)
                            ? bestEdge.get(ru) : bestEdge.get(rv);
                    if (score > prev) {
                        keep = new int[] {u.id(), v.id()};
                        prev = score;
                    }
                    bestEdge.put(root, keep);
                    bestScore.put(root, prev);
                }
            }
        }
        Map<Integer, List<Unit>> comps = new LinkedHashMap<>();
        for (Unit u : units) {
            comps.computeIfAbsent(find(parent, u.id()), k -> new ArrayList<>()).add(u);
        }
        List<Suggestion> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Unit>> e : comps.entrySet()) {
            List<Unit> comp = e.getValue();
            if (comp.size() < 2) {
                continue;
            }
            int[] edge = bestEdge.get(e.getKey());
            Unit a = units.get(edge[0]);
            Unit b = units.get(edge[1]);
            String speaker = comp.stream().map(Unit::speaker).filter(s -> s != null).findFirst().orElse(null);
            // two quotations of one sentence in one group name the sentence once
            Set<Span> spanSet = new java.util.LinkedHashSet<>();
            for (Unit u : comp) {
                spanSet.add(u.doc().span(u.sentence().start(), u.sentence().end()));
            }
            List<Span> spans = new ArrayList<>(spanSet);
            String reason = (speaker == null ? "Statement" : "Statement by " + speaker) + " worded differently: "
                    + a.doc().label + " vs " + b.doc().label + ": "
                    + WordDiff.summary(WordDiff.diff(a.core(), b.core()), 5);
            out.add(Suggestions.create(corpus, SuggestionKind.QUOTE, spans, reason));
        }
        return out;
    }

    private static double match(Unit u, Unit v, int inter) {
        if (u.speaker() != null && v.speaker() != null
                && !NameDetector.skeleton(u.speaker()).equals(NameDetector.skeleton(v.speaker()))) {
            return 0;
        }
        if (inter < 3) {
            return 0;
        }
        int union = u.lemmas().size() + v.lemmas().size() - inter;
        double jaccard = inter / (double) union;
        boolean speakersKnown0 = u.speaker() != null && v.speaker() != null;
        if (inter == 3) {
            // short statements: only the same named speaker and most of the words in common
            return speakersKnown0 && jaccard >= 0.5 ? jaccard : 0;
        }
        double containment = inter / (double) Math.min(u.lemmas().size(), v.lemmas().size());
        boolean speakersKnown = u.speaker() != null && v.speaker() != null;
        if (!speakersKnown) {
            return jaccard >= 0.55 ? jaccard : 0;
        }
        // containment lets one long sentence in one outlet align with a quote split over two sentences in another
        if (jaccard >= 0.45 || (containment >= 0.7 && jaccard >= 0.25 && inter >= 6)
                || (containment >= 0.7 && jaccard >= 0.15 && inter >= 7)) {
            return jaccard;
        }
        return 0;
    }

    /**
     * Wordings compared word by word per story; past this, a different wording counts as a change without the finer
     * test, so a story of thousands of near-identical statements stays bounded.
     */
    static final int MAX_WORDING_COMPARISONS = 20_000;

    private int wordingComparisons;

    /** A different wording that changes what was said (see {@link QuoteChange}), not only its punctuation or cut. */
    private boolean differs(Unit u, Unit v) {
        if (u.wording().equals(v.wording())) {
            return false;
        }
        if (wordingComparisons >= MAX_WORDING_COMPARISONS) {
            return true;
        }
        wordingComparisons++;
        return QuoteChange.changesWording(u.core(), v.core());
    }

    private void collect(DocText d, List<Unit> units) {
        String lastSpeaker = null;
        Unit previous = null;
        // whether a quotation opened in an earlier sentence of the paragraph is still open: a quote of several
        // sentences ("“I regret it. We lost the vote. It is over.”") is the speaker's all through
        boolean open = false;
        int paragraph = -1;
        for (DocText.Sentence s : d.sentences) {
            List<DocText.Token> toks = d.tokensOf(s);
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                open = false;
            }
            String text = d.sentenceText(s);
            boolean startsInside = open;
            open = openAfter(text, open);
            if (toks.size() < 5 || toks.size() > MAX_UNIT_TOKENS) {
                // a short sentence within a quotation ("“I regret it.") does not end its speaker's turn
                if (!(startsInside || open) || toks.size() > MAX_UNIT_TOKENS) {
                    previous = null;
                }
                continue;
            }
            int verb = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (ATTRIBUTION.contains(toks.get(i).lower())) {
                    verb = i;
                    break;
                }
            }
            boolean quoted = hasQuote(text);
            String speaker = null;
            boolean isUnit = false;
            if (verb >= 0) {
                speaker = speaker(d.text, toks, verb, lastSpeaker);
                isUnit = true;
            } else if (previous != null && previous.sentence().paragraph() == s.paragraph()
                    && (quoted || startsInside || CONTINUATION_STARTS.contains(toks.getFirst().lower()))) {
                speaker = previous.speaker();
                isUnit = true;
            } else if (quoted || startsInside) {
                isUnit = true;
            }
            if (!isUnit) {
                previous = null;
                continue;
            }
            if (speaker != null) {
                lastSpeaker = speaker;
            }
            List<String> statements = startsInside ? List.of(continuedQuote(text)) : separateQuotations(text);
            if (statements.isEmpty()) {
                statements = List.of(core(text));
            }
            for (String statement : statements) {
                String core = QuoteChange.foldAcronyms(statement);
                Set<String> lemmas = new HashSet<>();
                for (String w : WordDiff.words(core)) {
                    String l = Words.lemma(w);
                    if (Words.isContent(l) && !ATTRIBUTION.contains(Words.lower(w)) && !Words.WEEKDAYS.contains(l)
                            && (speaker == null || !l.equals(Words.lower(speaker)))) {
                        lemmas.add(l);
                    }
                }
                String wording = String.join(" ", WordDiff.words(Words.lower(Words.foldPunctuation(core))));
                Unit u = new Unit(units.size(), d, s, speaker, core, lemmas, wording);
                units.add(u);
                previous = u;
            }
        }
    }

    /**
     * Two quotations in one sentence with more than this many of the outlet's words between them are two statements
     * (“…,” says the letter, which was sent with a copy of the report — “…”); fewer are one quote split by its
     * attribution (“The plan,” Berg said, “puts the harbour first.”).
     */
    static final int MAX_SPLIT_GAP_WORDS = 12;

    /**
     * The separate quotations of a sentence whose marks pair up and whose words outside them attribute the quote, when
     * more than {@link #MAX_SPLIT_GAP_WORDS} words stand between two of them; otherwise none (the sentence is one
     * statement, see {@link #core}). Each quotation keeps the pieces split only by a short attribution.
     */
    static List<String> separateQuotations(String sentence) {
        if (quotedWords(sentence) == null) {
            return List.of();
        }
        Quoted q = scan(sentence);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int k = 0; k < q.pieces().size(); k++) {
            if (k > 0 && WordDiff.words(q.gaps().get(k)).size() > MAX_SPLIT_GAP_WORDS) {
                out.add(current.toString().replaceAll("\\s+", " ").trim());
                current.setLength(0);
            }
            current.append(' ').append(q.pieces().get(k));
        }
        out.add(current.toString().replaceAll("\\s+", " ").trim());
        if (out.size() < 2) {
            return List.of();
        }
        out.removeIf(x -> WordDiff.words(x).size() < QuoteChange.MIN_COMMON_WORDS);
        return out;
    }

    private static String speaker(String text, List<DocText.Token> toks, int verb, String lastSpeaker) {
        if (verb > 0 && !text.substring(toks.get(verb - 1).end(), toks.get(verb).start()).matches(".*[”\"»,].*")) {
            DocText.Token before = toks.get(verb - 1);
            if (PRONOUNS.contains(before.lower())) {
                return before.lower().equals("it") ? null : lastSpeaker;
            }
            if (Words.startsUpper(before.text())) {
                return Words.stripPossessive(before.text());
            }
        }
        // "said US Secretary of State Antony Blinken": the last capitalised word of the run after the verb
        String last = null;
        for (int i = verb + 1; i < Math.min(toks.size(), verb + 10); i++) {
            DocText.Token t = toks.get(i);
            if (Words.startsUpper(t.text())) {
                last = Words.stripPossessive(t.text());
            } else if (!Set.of("the", "of", "a", "to").contains(t.lower())) {
                break;
            }
        }
        if (last != null && !Words.NON_NAME_CAPITALS.contains(Words.lower(last))) {
            return last;
        }
        return null;
    }

    /**
     * Whether a quotation is open at the end of the text, given whether one was open at its start: curly and angle
     * marks open and close, a straight mark closes an open quotation and opens otherwise.
     */
    static boolean openAfter(String text, boolean openBefore) {
        boolean in = openBefore;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                in = true;
            } else if (c == '”' || c == '»') {
                in = false;
            } else if (c == '"') {
                in = !in;
            }
        }
        return in;
    }

    /**
     * The speaker's words of a sentence that begins inside a quotation opened in an earlier sentence: up to the mark
     * that closes it ("Nothing came of it,” Berg said, before adding that “…" gives "Nothing came of it"), or the whole
     * sentence when the quotation runs on. What follows the closing mark is the outlet's, or another quotation.
     */
    static String continuedQuote(String sentence) {
        int close = firstIndexOf(sentence, "”\"»");
        String words = close >= 0 ? sentence.substring(0, close) : sentence;
        return words.replaceAll("[“”\"«»]", "").trim();
    }

    static boolean hasQuote(String text) {
        return text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('"') >= 0 || text.indexOf('«') >= 0;
    }

    /**
     * Strips the attribution clause so "X said" vs "X told reporters" does not count as a wording change. In a
     * sentence whose quotation marks are balanced and whose words outside them attribute the quote ("The plan
     * “puts the harbour first,” Berg said"), only the words inside the marks are the speaker's: the outlet's own
     * lead-in ("The plan") is not compared with another outlet's quote ("It puts the harbour first").
     */
    static String core(String sentence) {
        String quoted = quotedWords(sentence);
        if (quoted != null) {
            return quoted;
        }
        String framed = framedQuotation(sentence);
        if (framed != null) {
            return framed;
        }
        String s = sentence;
        int open = firstIndexOf(s, "“\"«");
        if (open > 0 && containsAttribution(s.substring(0, open))) {
            s = s.substring(open);
        }
        int close = lastIndexOf(s, "”\"»");
        if (close > 0 && close < s.length() - 1 && containsAttribution(s.substring(close))) {
            s = s.substring(0, close + 1);
        }
        if (!hasQuote(s)) {
            int comma = s.lastIndexOf(',');
            if (comma > 0 && containsAttribution(s.substring(comma)) && WordDiff.words(s.substring(comma)).size() <= 25) {
                s = s.substring(0, comma);
            }
        }
        return s.replaceAll("[“”\"«»]", "").trim();
    }

    /**
     * The words inside the quotation marks, joined, when the marks pair up (curly ones as opening and closing, straight
     * ones alternating) and the words outside them hold an attribution; otherwise null.
     */
    static String quotedWords(String sentence) {
        Quoted q = scan(sentence);
        if (q == null || q.pieces().isEmpty() || !containsAttribution(q.outside())) {
            return null;
        }
        String words = quotedText(q);
        return WordDiff.words(words).size() >= QuoteChange.MIN_COMMON_WORDS ? words : null;
    }

    /**
     * Quotations framed by the outlet's own words without a verb of saying ("sent an e-mail objecting that the points
     * could be “abused” by lawmakers “to beat the department …”"): the words inside the marks, when they pair up and
     * hold at least {@link #MIN_FRAMED_WORDS} words and more words than the frame around them; otherwise null. What was
     * quoted is compared, not how each outlet tells of it.
     */
    static String framedQuotation(String sentence) {
        Quoted q = scan(sentence);
        if (q == null) {
            // a quotation running on into the next sentence ("… feed that either? Concerned …”") ends with this one
            q = scan(sentence + (sentence.lastIndexOf('“') > sentence.lastIndexOf('”') ? "”" : "\""));
        }
        if (q == null || q.pieces().isEmpty()) {
            return null;
        }
        String words = quotedText(q);
        int inside = WordDiff.words(words).size();
        return inside >= MIN_FRAMED_WORDS ? words : null;
    }

    /** The words inside a sentence's quotation marks, joined by single spaces. */
    private static String quotedText(Quoted q) {
        return String.join(" ", q.pieces()).replaceAll("\\s+", " ").trim();
    }

    /** Quoted words a framed quotation needs to be compared on its own. */
    static final int MIN_FRAMED_WORDS = 12;

    /**
     * A sentence's quotations: the text inside each pair of marks, the outlet's text before each (gaps) and all of the
     * outlet's text (outside).
     */
    private record Quoted(List<String> pieces, List<String> gaps, String outside) {
    }

    /** The quotations of a sentence, or null when its marks do not pair up (curly ones open and close, straight ones alternate). */
    private static Quoted scan(String sentence) {
        List<String> pieces = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        StringBuilder inside = new StringBuilder();
        StringBuilder gap = new StringBuilder();
        StringBuilder outside = new StringBuilder();
        boolean in = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean opens = c == '“' || c == '«' || (c == '"' && !in);
            boolean closes = c == '”' || c == '»' || (c == '"' && in);
            if (opens && !in) {
                in = true;
                gaps.add(gap.toString());
                gap.setLength(0);
            } else if (closes && in) {
                in = false;
                pieces.add(inside.toString());
                inside.setLength(0);
                outside.append(' ');
            } else if (opens || closes) {
                return null;
            } else if (in) {
                inside.append(c);
            } else {
                gap.append(c);
                outside.append(c);
            }
        }
        return in ? null : new Quoted(pieces, gaps, outside.toString());
    }

    private static boolean containsAttribution(String s) {
        for (String w : WordDiff.words(s)) {
            if (ATTRIBUTION.contains(Words.lower(w))) {
                return true;
            }
        }
        return false;
    }

    private static int firstIndexOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(String s, String chars) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The root of x's group in a union-find array, halving the path on the way. */
    static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
