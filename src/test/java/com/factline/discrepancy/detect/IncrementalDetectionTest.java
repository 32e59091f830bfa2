package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.align.AlignSentences;
import com.factline.align.SentenceEmbedder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Detecting on a kept analysis of the texts after the claims changed (issue #18: the background refresh after an
 * editor's claim no longer reads and analyses every text) finds exactly what a full run on the same texts and claims
 * finds, on generated stories: reports of the same happenings that differ in numbers, names, quotes and wording,
 * with claims added, moved between events and re-dated round after round.
 */
class IncrementalDetectionTest {

    static final String[] NAMES = {"Vladimir Putin", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Xi Jinping", "Dmitry Peskov",
            "Dmitri Peskov", "Antonio Guterres", "Olaf Scholz"};
    static final String[] PLACES = {"Moscow", "Kyiv", "Beijing", "Geneva", "Berlin", "Kharkiv"};
    static final String[] VERBS = {"met", "spoke with", "called", "criticised", "praised"};
    static final String[] QUOTES = {"We will not back down", "We will never back down", "The talks were useful",
            "The talks were very useful", "This is a dangerous moment"};
    static final String[] OUTLETS = {"Reuters", "AP", "BBC", "CNN", "Al Jazeera", "TASS"};

    /** A stand-in for the sentence model: words hashed into a unit vector (deterministic, fast). */
    static final SentenceEmbedder WORDS = new SentenceEmbedder() {
        @Override
        public float[] embed(String text) {
            float[] v = new float[128];
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2) {
                    v[Math.floorMod(w.hashCode(), v.length)] += 1;
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; norm > 0 && i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
            return v;
        }

        @Override
        public int dimensions() {
            return 128;
        }
    };

    static List<DetectDocument> story(Random r, int documents, int sentences) {
        List<String[]> facts = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            facts.add(new String[] {NAMES[r.nextInt(NAMES.length)], VERBS[r.nextInt(VERBS.length)], NAMES[r.nextInt(NAMES.length)],
                    PLACES[r.nextInt(PLACES.length)], String.valueOf(2 + r.nextInt(40)), QUOTES[r.nextInt(QUOTES.length)]});
        }
        List<DetectDocument> docs = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            for (String[] f : facts) {
                if (r.nextInt(5) == 0) {
                    continue; // not every outlet reports everything
                }
                // each outlet varies a fact now and then: another number, a name's spelling, a quote's wording
                String who = r.nextInt(6) == 0 ? NAMES[r.nextInt(NAMES.length)] : f[0];
                String n = r.nextInt(4) == 0 ? String.valueOf(2 + r.nextInt(40)) : f[4];
                String quote = r.nextInt(4) == 0 ? QUOTES[r.nextInt(QUOTES.length)] : f[5];
                text.append(who).append(' ').append(f[1]).append(' ').append(f[2]).append(" in ").append(f[3]).append(" on Tuesday, and ")
                        .append(n).append(" people were killed. \u201c").append(quote).append(",\u201d ").append(who).append(" said.");
                text.append(r.nextInt(3) == 0 ? "\n\n" : " ");
            }
            docs.add(new DetectDocument("d" + d, OUTLETS[d % OUTLETS.length], text.toString(),
                    LocalDate.of(2023, 3, 10 + d), d == documents - 1 ? "d0" : null, "Report " + d));
        }
        return docs;
    }

    /** A claim on a random sentence-like span of a random document, on one of a few events, often dated. */
    static DetectClaim claim(Random r, int id, List<DetectDocument> docs, int events) {
        DetectDocument d = docs.get(r.nextInt(docs.size()));
        int length = d.text().codePointCount(0, d.text().length());
        int start = length == 0 ? 0 : r.nextInt(Math.max(1, length - 40));
        int end = Math.min(length, start + 10 + r.nextInt(80));
        LocalDate day = LocalDate.of(2023, 3, 1 + r.nextInt(20));
        boolean dated = r.nextInt(3) > 0;
        return new DetectClaim("c" + id, d.id(), start, end, d.text().substring(d.text().offsetByCodePoints(0, start),
                d.text().offsetByCodePoints(0, end)), r.nextInt(4) == 0 ? null : "e" + r.nextInt(events),
                dated ? day : null, dated ? day.plusDays(r.nextInt(3)) : null);
    }

    @Test
    @Timeout(120)
    void aRunOnTheKeptAnalysisFindsExactlyWhatAFullRunFindsAsClaimsChange() {
        DiscrepancyDetector detector = new DiscrepancyDetector(doc -> AlignSentences.of(doc.text(), WORDS));
        Set<SuggestionKind> kinds = EnumSet.noneOf(SuggestionKind.class);
        int compared = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random r = new Random(seed);
            List<DetectDocument> docs = story(r, 4 + r.nextInt(3), 12 + r.nextInt(10));
            DiscrepancyDetector.Analysis kept = detector.analyse(docs);
            List<DetectClaim> claims = new ArrayList<>();
            for (int round = 0; round < 12; round++) {
                // a few new claims, and a few moved to another event or re-dated, as editors do between runs
                for (int k = 0; k < 3; k++) {
                    claims.add(claim(r, claims.size(), docs, 3));
                }
                for (int k = 0; k < 2 && !claims.isEmpty(); k++) {
                    int i = r.nextInt(claims.size());
                    DetectClaim c = claims.get(i);
                    DetectClaim other = claim(r, 0, docs, 3);
                    claims.set(i, new DetectClaim(c.id(), c.documentId(), c.start(), c.end(), c.quote(), other.eventId(),
                            other.earliest(), other.latest()));
                }
                List<Suggestion> full = detector.detect(docs, claims);
                List<Suggestion> incremental = detector.detect(kept, claims);
                assertThat(incremental).as("seed %d, round %d", seed, round).isEqualTo(full);
                full.forEach(s -> kinds.add(s.kind()));
                compared += full.size();
            }
        }
        // The comparison covers claim-based and text-based findings, and suggestions with claims linked.
        assertThat(kinds).as("kinds found").contains(SuggestionKind.DATE, SuggestionKind.NUMBER, SuggestionKind.NAME);
        assertThat(compared).isGreaterThan(100);
    }

    /**
     * The first of each fingerprint (what the suggestion refresh keeps, issue #18): as claims change, a run on it gives
     * every fingerprint's first suggestion exactly as a run on the whole analysis does, in the same order, while it
     * holds fewer findings (reports of one story repeat a difference).
     */
    @Test
    @Timeout(120)
    void theFirstOfEachFingerprintGivesTheSameFirstSuggestionPerFingerprintAsClaimsChange() {
        DiscrepancyDetector detector = new DiscrepancyDetector(doc -> AlignSentences.of(doc.text(), WORDS));
        int repeats = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random r = new Random(seed);
            List<DetectDocument> docs = story(r, 4 + r.nextInt(3), 12 + r.nextInt(10));
            DiscrepancyDetector.Analysis whole = detector.analyse(docs);
            DiscrepancyDetector.Analysis first = whole.firstOfEachFingerprint();
            assertThat(first.findings()).isLessThanOrEqualTo(whole.findings());
            repeats += whole.findings() - first.findings();
            List<DetectClaim> claims = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int k = 0; k < 3; k++) {
                    claims.add(claim(r, claims.size(), docs, 3));
                }
                assertThat(firstOfEach(detector.detect(first, claims))).as("seed %d, round %d", seed, round)
                        .isEqualTo(firstOfEach(detector.detect(whole, claims)));
            }
        }
        assertThat(repeats).as("findings that repeat a fingerprint, left out").isPositive();
    }

    private static List<Suggestion> firstOfEach(List<Suggestion> found) {
        Set<String> seen = new java.util.HashSet<>();
        return found.stream().filter(s -> seen.add(s.fingerprint())).toList();
    }

    /**
     * The findings as the detectors define them, computed the plain way on every call: every detector's findings in
     * one list (the date detector's, the text detectors', then the aligned ones another finding of the same kind does
     * not cover), claims linked, the whole sorted at once. {@link DiscrepancyDetector#detect(DiscrepancyDetector.Analysis,
     * List)} keeps the claim-independent part sorted and merges the rest in (issue #18); this is what it must equal.
     */
    static List<Suggestion> plainRun(java.util.function.Function<DetectDocument, List<com.factline.align.AlignSentence>> sentences,
                                     List<DetectDocument> docs, List<DetectClaim> claims) {
        Corpus corpus = new Corpus(docs);
        List<Suggestion> raw = new ArrayList<>(new DateDetector(corpus).detect(claims));
        raw.addAll(new NumberDetector(corpus).detect());
        raw.addAll(new NameDetector(corpus).detect());
        raw.addAll(new QuoteDetector(corpus).detect());
        raw.addAll(new DescriptionDetector(corpus).detect());
        List<Suggestion> earlier = new ArrayList<>(raw);
        for (Suggestion s : new AlignedFactDetector(corpus, sentences).detect()) {
            if (earlier.stream().noneMatch(e -> plainCovers(e, s))) {
                raw.add(s);
                earlier.add(s);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : raw) {
            if (claims.isEmpty() || s.kind() == SuggestionKind.DATE) {
                out.add(s);
                continue;
            }
            java.util.TreeSet<String> ids = new java.util.TreeSet<>(s.claimIds());
            java.util.TreeSet<String> events = new java.util.TreeSet<>();
            for (Span sp : s.spans()) {
                for (DetectClaim c : claims) {
                    if (c.documentId().equals(sp.documentId()) && c.start() < sp.end() && sp.start() < c.end()) {
                        ids.add(c.id());
                        if (c.eventId() != null) {
                            events.add(c.eventId());
                        }
                    }
                }
            }
            String event = s.eventId() != null ? s.eventId() : events.size() == 1 ? events.first() : null;
            out.add(new Suggestion(s.kind(), s.spans(), List.copyOf(ids), event, s.reason(), s.fingerprint(), s.confidence()));
        }
        out.sort(java.util.Comparator.comparing(Suggestion::kind)
                .thenComparing(java.util.Comparator.comparingDouble(Suggestion::confidence).reversed())
                .thenComparingInt(s -> s.spans().isEmpty() ? Integer.MAX_VALUE : corpus.byId.get(s.spans().getFirst().documentId()).order)
                .thenComparingInt(s -> s.spans().isEmpty() ? 0 : s.spans().getFirst().start())
                .thenComparing(Suggestion::fingerprint));
        return out;
    }

    /** An earlier finding of the same kind already points at the same passages in two documents (or in s's one). */
    private static boolean plainCovers(Suggestion earlier, Suggestion s) {
        if (earlier.kind() != s.kind()) {
            return false;
        }
        Set<String> docs = new java.util.HashSet<>();
        for (Span a : s.spans()) {
            for (Span b : earlier.spans()) {
                if (a.documentId().equals(b.documentId()) && a.start() < b.end() && b.start() < a.end()) {
                    docs.add(a.documentId());
                }
            }
        }
        return docs.size() >= 2 || (docs.size() == 1 && s.spans().stream().map(Span::documentId).distinct().count() == 1);
    }

    /** The story with a date in most reports of a happening, now and then another one (findings of the text's dates). */
    static List<DetectDocument> datedStory(Random r, int documents, int sentences) {
        List<DetectDocument> plain = story(r, documents, sentences);
        List<DetectDocument> out = new ArrayList<>();
        for (DetectDocument d : plain) {
            StringBuilder text = new StringBuilder();
            int n = 0;
            for (String sentence : d.text().split("(?<=said\\.)")) {
                text.append(sentence);
                if (sentence.endsWith("said.")) {
                    int day = 3 + (n++ % 20) + (r.nextInt(5) == 0 ? 1 + r.nextInt(6) : 0);
                    text.append(" It happened on ").append(day).append(" March 2023.");
                }
            }
            out.add(new DetectDocument(d.id(), d.outlet(), text.toString(), d.published(), d.independenceKey(), d.title()));
        }
        return out;
    }

    @Test
    @Timeout(120)
    void aRunAfterEachFewClaimChangesFindsExactlyWhatThePlainRuleFindsFromScratch() {
        java.util.function.Function<DetectDocument, List<com.factline.align.AlignSentence>> sentences = doc -> AlignSentences.of(doc.text(), WORDS);
        DiscrepancyDetector detector = new DiscrepancyDetector(sentences);
        Set<SuggestionKind> kinds = EnumSet.noneOf(SuggestionKind.class);
        int compared = 0;
        int textDates = 0;
        int linked = 0;
        for (long seed = 11; seed <= 13; seed++) {
            Random r = new Random(seed);
            List<DetectDocument> docs = seed == 11 ? story(r, 5, 16) : datedStory(r, 4 + r.nextInt(3), 12 + r.nextInt(8));
            DiscrepancyDetector.Analysis kept = detector.analyse(docs);
            List<DetectClaim> claims = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                // one to five changes between runs: new claims, claims moved to another event or re-dated
                int changes = 1 + round % 5;
                for (int k = 0; k < changes; k++) {
                    if (claims.isEmpty() || r.nextBoolean()) {
                        claims.add(claim(r, claims.size(), docs, 3));
                    } else {
                        int i = r.nextInt(claims.size());
                        DetectClaim c = claims.get(i);
                        DetectClaim other = claim(r, 0, docs, 3);
                        claims.set(i, new DetectClaim(c.id(), c.documentId(), c.start(), c.end(), c.quote(), other.eventId(),
                                other.earliest(), other.latest()));
                    }
                }
                List<Suggestion> plain = plainRun(sentences, docs, claims);
                assertThat(detector.detect(kept, claims)).as("seed %d, round %d", seed, round).isEqualTo(plain);
                for (Suggestion s : plain) {
                    kinds.add(s.kind());
                    textDates += s.kind() == SuggestionKind.DATE && s.claimIds().isEmpty() ? 1 : 0;
                    linked += s.kind() != SuggestionKind.DATE && !s.claimIds().isEmpty() ? 1 : 0;
                }
                compared += plain.size();
            }
        }
        assertThat(kinds).as("kinds found").contains(SuggestionKind.DATE, SuggestionKind.NUMBER, SuggestionKind.NAME);
        assertThat(textDates).as("date findings in the texts (merged with the claims' ones)").isPositive();
        assertThat(linked).as("text findings with claims linked").isPositive();
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void anAnalysisOfNoTextIsEmptyAndFindsNothing() {
        DiscrepancyDetector detector = new DiscrepancyDetector(doc -> AlignSentences.of(doc.text(), WORDS));
        DiscrepancyDetector.Analysis none = detector.analyse(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(detector.detect(none, List.of())).isEmpty();
    }
}
