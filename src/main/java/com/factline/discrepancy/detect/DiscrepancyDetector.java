package com.factline.discrepancy.detect;

import com.factline.align.AlignSentence;
import com.factline.align.AlignSentences;
import com.factline.align.CachingEmbedder;
import com.factline.align.MiniLmEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Entry point: runs every detector over one story's documents and returns suggestions in a stable order. */
public final class DiscrepancyDetector {

    private final Function<DetectDocument, List<AlignSentence>> sentences;

    /** Vectors of recently seen sentences (about 1.5 KB each), for callers that do not store them. */
    private static final CachingEmbedder RECENT = new CachingEmbedder(MiniLmEmbedder.shared(), 5000);

    /** Sentence vectors are computed on the fly with the shared embedding model (recent ones are remembered). */
    public DiscrepancyDetector() {
        this(d -> AlignSentences.of(d.text(), RECENT));
    }

    /**
     * @param sentences each document's sentences with their vectors ({@link AlignSentences#of}), for example from
     *        vectors stored at import
     */
    public DiscrepancyDetector(Function<DetectDocument, List<AlignSentence>> sentences) {
        this.sentences = sentences;
    }

    public List<Suggestion> detect(List<DetectDocument> docs, List<DetectClaim> claims) {
        return detect(analyse(docs), claims);
    }

    /**
     * What the detectors find in the texts alone. Every detector but the date one (which compares claims) reads only
     * the documents, so a caller may keep this while the documents stay exactly the same and, after a change of
     * claims only, pass it to {@link #detect(Analysis, List)} instead of reading and analysing the texts again
     * (issue #18: an editor's new claim re-ran every detector over every text). Immutable once built; safe to share
     * between threads.
     */
    public static final class Analysis {
        private final Corpus corpus;
        private final long chars;
        /**
         * The findings no claim can change, in the order of the output: the text detectors' and the aligned-sentence
         * detector's that another of them does not cover, except those of the one kind a claim-based finding can
         * cover (dates). Sorted once here, so a run after a claim change only merges its few claim-dependent findings
         * in (issue #18: re-indexing, re-checking and re-sorting thousands of text findings on every claim change was
         * most of a busy project's refresh).
         */
        private final List<Ranked> fixed;
        /** The text detectors' date findings: what a claim-based date finding is compared with. */
        private final List<Suggestion> textualDates;
        /** The aligned-sentence detector's date findings, each kept unless a date finding before it covers it. */
        private final List<Ranked> alignedDates;
        /** The output order of {@link #detect(Analysis, List)}, ties in the order the findings were made. */
        private final Comparator<Ranked> order;

        private Analysis(Analysis of, List<Ranked> fixed) {
            this.corpus = of.corpus;
            this.chars = of.chars;
            this.order = of.order;
            this.fixed = fixed;
            this.textualDates = of.textualDates;
            this.alignedDates = of.alignedDates;
        }

        private Analysis(Corpus corpus, List<Suggestion> textual, List<Suggestion> aligned) {
            this.corpus = corpus;
            long n = 0;
            for (DocText d : corpus.docs) {
                n += d.text.length();
                d.codePointIndex(0); // its lazily built offsets table, built now, before the analysis is shared
            }
            this.chars = n;
            this.order = Comparator.comparing((Ranked r) -> r.suggestion().kind())
                    .thenComparing(Comparator.comparingDouble((Ranked r) -> r.suggestion().confidence()).reversed())
                    .thenComparingInt(Ranked::docOrder)
                    .thenComparingInt(Ranked::start)
                    .thenComparing(r -> r.suggestion().fingerprint())
                    .thenComparingInt(Ranked::group)
                    .thenComparingInt(Ranked::index);
            List<Ranked> fixedFindings = new ArrayList<>();
            List<Suggestion> dates = new ArrayList<>();
            SpanIndex earlier = new SpanIndex();
            for (int i = 0; i < textual.size(); i++) {
                Suggestion s = textual.get(i);
                fixedFindings.add(ranked(s, Ranked.TEXTUAL, i));
                earlier.add(s);
                if (s.kind() == SuggestionKind.DATE) {
                    dates.add(s);
                }
            }
            List<Ranked> alignedDateFindings = new ArrayList<>();
            for (int i = 0; i < aligned.size(); i++) {
                Suggestion s = aligned.get(i);
                if (s.kind() == SuggestionKind.DATE) {
                    alignedDateFindings.add(ranked(s, Ranked.ALIGNED, i)); // covered or not depending on the claims
                } else if (!earlier.covers(s)) {
                    fixedFindings.add(ranked(s, Ranked.ALIGNED, i));
                    earlier.add(s);
                }
            }
            fixedFindings.sort(order);
            this.fixed = List.copyOf(fixedFindings);
            this.textualDates = List.copyOf(dates);
            this.alignedDates = List.copyOf(alignedDateFindings);
        }

        private Ranked ranked(Suggestion s, int group, int index) {
            return new Ranked(s, bare(s), group, index,
                    s.spans().isEmpty() ? Integer.MAX_VALUE : docOrder(corpus, s.spans().getFirst()),
                    s.spans().isEmpty() ? 0 : s.spans().getFirst().start());
        }

        /**
         * This analysis with, of its claim-independent findings that share a fingerprint, only the first (in the output's
         * order): {@link #detect(Analysis, List)} on it gives, for every fingerprint, the same first suggestion as on
         * this one, in the same order, and only leaves out later suggestions with a fingerprint given before. For a
         * caller that keeps one suggestion per fingerprint (the suggestion refresh): a story told by several reports
         * finds the same difference again and again (8 of the load's generated reports, 56,000 characters: 102,050
         * findings, 3,647 fingerprints), and a kept analysis held them all (issue #18).
         */
        public Analysis firstOfEachFingerprint() {
            Set<String> seen = new HashSet<>();
            List<Ranked> first = new ArrayList<>();
            for (Ranked r : fixed) {
                if (seen.add(r.suggestion().fingerprint())) {
                    first.add(r);
                }
            }
            return first.size() == fixed.size() ? this : new Analysis(this, List.copyOf(first));
        }

        /** The claim-independent findings it holds (what keeping it costs besides its texts). */
        public int findings() {
            return fixed.size() + textualDates.size() + alignedDates.size();
        }

        /** No documents: nothing to detect. */
        public boolean isEmpty() {
            return corpus.docs.isEmpty();
        }

        /** The characters of text it was built from (what keeping it costs, roughly proportionally). */
        public long chars() {
            return chars;
        }
    }

    /**
     * A finding with its sort keys and where it was made: {@code group} 0 the date detector (on claims), 1 the text
     * detectors, 2 the aligned-sentence detector, {@code index} its place among that detector's findings. {@code bare}
     * is the finding as linking gives it when no claim overlaps its spans.
     */
    private record Ranked(Suggestion suggestion, Suggestion bare, int group, int index, int docOrder, int start) {
        static final int CLAIMS = 0;
        static final int TEXTUAL = 1;
        static final int ALIGNED = 2;
    }

    /** The suggestion as {@link #attachClaims} gives it when no claim overlaps it: its own claims, sorted, once each. */
    private static Suggestion bare(Suggestion s) {
        List<String> ids = List.copyOf(new TreeSet<>(s.claimIds()));
        return ids.equals(s.claimIds()) ? s
                : new Suggestion(s.kind(), s.spans(), ids, s.eventId(), s.reason(), s.fingerprint(), s.confidence());
    }

    /** The documents' own findings (see {@link Analysis}). */
    public Analysis analyse(List<DetectDocument> docs) {
        Objects.requireNonNull(docs, "docs");
        Corpus corpus = new Corpus(docs);
        List<Suggestion> textual = new ArrayList<>();
        textual.addAll(new NumberDetector(corpus).detect());
        textual.addAll(new NameDetector(corpus).detect());
        List<Suggestion> quotes = new QuoteDetector(corpus).detect();
        textual.addAll(quotes);
        // a quoted phrase one word apart, where the statement comparison did not already point at those passages
        SpanIndex statements = new SpanIndex();
        quotes.forEach(statements::add);
        for (Suggestion s : new QuotedPhraseDetector(corpus).detect()) {
            if (!statements.covers(s)) {
                textual.add(s);
            }
        }
        textual.addAll(new DescriptionDetector(corpus).detect());
        return new Analysis(corpus, textual, new AlignedFactDetector(corpus, sentences).detect());
    }

    /**
     * The suggestions for the analysed documents and these claims: exactly what {@link #detect(List, List)} finds on
     * the documents the analysis was built from.
     */
    public List<Suggestion> detect(Analysis analysis, List<DetectClaim> claims) {
        List<DetectClaim> cs = claims == null ? List.of() : claims;
        Corpus corpus = analysis.corpus;
        // What the claims change: the date detector's findings, and which of the aligned-sentence detector's date
        // findings they (or a text detector's date finding, or an earlier aligned one) cover. Only a suggestion of the
        // same kind with a span in one of s's documents can cover s: looking those up (instead of testing every
        // earlier suggestion) keeps this linear in a busy project (issue #18).
        List<Suggestion> dates = new DateDetector(corpus).detect(cs);
        List<Ranked> changing = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            Suggestion s = dates.get(i);
            changing.add(new Ranked(s, s, Ranked.CLAIMS, i, s.spans().isEmpty() ? Integer.MAX_VALUE : docOrder(corpus, s.spans().getFirst()),
                    s.spans().isEmpty() ? 0 : s.spans().getFirst().start()));
        }
        if (!analysis.alignedDates.isEmpty()) {
            SpanIndex earlier = new SpanIndex();
            dates.forEach(earlier::add);
            analysis.textualDates.forEach(earlier::add);
            for (Ranked r : analysis.alignedDates) {
                if (!earlier.covers(r.suggestion())) {
                    changing.add(r);
                    earlier.add(r.suggestion());
                }
            }
        }
        changing.sort(analysis.order);
        // Claims by document: linking looks only at the claims of a suggestion's own documents
        // (comparing every suggestion with every claim made each refresh quadratic in a busy project).
        Map<String, List<DetectClaim>> byDocument = new HashMap<>();
        for (DetectClaim c : cs) {
            byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
        }
        // Sorted by start, so a span finds its overlapping claims by binary search instead of reading them all.
        Map<String, DocumentClaims> claimsOf = new HashMap<>();
        byDocument.forEach((doc, list) -> {
            list.sort(Comparator.comparingInt(DetectClaim::start).thenComparing(DetectClaim::id));
            claimsOf.put(doc, new DocumentClaims(list, list.stream().mapToInt(c -> c.end() - c.start()).max().orElse(0)));
        });
        // The claim-independent findings are in order already: the claim-dependent ones merge in, as the whole sorted
        // at once (ties in the order the findings were made) would give them.
        List<Suggestion> out = new ArrayList<>(analysis.fixed.size() + changing.size());
        List<Ranked> fixed = analysis.fixed;
        int i = 0;
        int j = 0;
        while (i < fixed.size() || j < changing.size()) {
            Ranked next = j >= changing.size() || (i < fixed.size() && analysis.order.compare(fixed.get(i), changing.get(j)) <= 0)
                    ? fixed.get(i++) : changing.get(j++);
            out.add(attachClaims(next, claimsOf));
        }
        return List.copyOf(out);
    }

    private static int firstStartingAtOrAfter(List<DetectClaim> sorted, int start) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Earlier suggestions by kind and document, their spans ordered by start: a span finds the
     * ones it overlaps (the only ones that can cover it) without reading the others.
     */
    private static final class SpanIndex {
        private final Map<String, TreeMap<Integer, List<Suggestion>>> byStart = new HashMap<>();
        private final Map<String, Integer> longest = new HashMap<>();

        private static String key(Suggestion s, Span span) {
            return s.kind() + "\u0000" + span.documentId();
        }

        void add(Suggestion s) {
            for (Span span : s.spans()) {
                String k = key(s, span);
                byStart.computeIfAbsent(k, x -> new TreeMap<>()).computeIfAbsent(span.start(), x -> new ArrayList<>()).add(s);
                longest.merge(k, span.end() - span.start(), Math::max);
            }
        }

        boolean covers(Suggestion s) {
            Set<Suggestion> tried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Span a : s.spans()) {
                String k = key(s, a);
                TreeMap<Integer, List<Suggestion>> spans = byStart.get(k);
                if (spans == null) {
                    continue;
                }
                // b overlaps a when b.start < a.end and b.end > a.start, and b.end <= b.start + longest.
                for (List<Suggestion> starting : spans.subMap(a.start() - longest.get(k), false, a.end(), false).values()) {
                    for (Suggestion earlier : starting) {
                        if (tried.add(earlier) && DiscrepancyDetector.covers(earlier, s)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    /** An earlier suggestion of the same kind already points at the same passages in two documents. */
    private static boolean covers(Suggestion earlier, Suggestion s) {
        if (earlier.kind() != s.kind()) {
            return false;
        }
        Set<String> docs = new HashSet<>();
        for (Span a : s.spans()) {
            for (Span b : earlier.spans()) {
                if (a.documentId().equals(b.documentId()) && a.start() < b.end() && b.start() < a.end()) {
                    docs.add(a.documentId());
                }
            }
        }
        return docs.size() >= 2 || (docs.size() == 1 && s.spans().stream().map(Span::documentId).distinct().count() == 1);
    }

    private static int docOrder(Corpus corpus, Span s) {
        DocText d = corpus.byId.get(s.documentId());
        return d == null ? Integer.MAX_VALUE : d.order;
    }

    /** One document's claims by start, and the length of its longest. */
    private record DocumentClaims(List<DetectClaim> byStart, int longest) {
    }

    /**
     * Claims overlapping a suggested span are linked, so accepting a suggestion can mark those claims disputed. It
     * runs for every finding on every refresh, so it allocates only for what it returns (issue #18).
     */
    private static Suggestion attachClaims(Ranked r, Map<String, DocumentClaims> claimsByDocument) {
        Suggestion s = r.suggestion();
        if (claimsByDocument.isEmpty() || s.kind() == SuggestionKind.DATE) {
            return s;
        }
        List<String> ids = null;
        String event = null;
        boolean oneEvent = true;
        List<Span> spans = s.spans();
        for (int n = 0; n < spans.size(); n++) {
            Span sp = spans.get(n);
            DocumentClaims of = claimsByDocument.get(sp.documentId());
            if (of == null) {
                continue;
            }
            List<DetectClaim> list = of.byStart();
            // claims overlapping the span start after (span start - longest claim) and before the span's end
            int from = firstStartingAtOrAfter(list, sp.start() - of.longest());
            for (int k = from; k < list.size() && list.get(k).start() < sp.end(); k++) {
                DetectClaim c = list.get(k);
                if (sp.start() < c.end()) {
                    if (ids == null) {
                        ids = new ArrayList<>(s.claimIds().size() + 4);
                        ids.addAll(s.claimIds());
                    }
                    ids.add(c.id());
                    if (c.eventId() != null) {
                        if (event == null) {
                            event = c.eventId();
                        } else if (!event.equals(c.eventId())) {
                            oneEvent = false;
                        }
                    }
                }
            }
        }
        if (ids == null) {
            return r.bare(); // no claim overlaps it
        }
        // in the order of a sorted set of the ids, each once
        ids.sort(null);
        int kept = 0;
        for (int n = 0; n < ids.size(); n++) {
            if (kept == 0 || !ids.get(kept - 1).equals(ids.get(n))) {
                ids.set(kept++, ids.get(n));
            }
        }
        List<String> distinct = kept == ids.size() ? ids : ids.subList(0, kept);
        String linked = s.eventId() != null ? s.eventId() : oneEvent ? event : null;
        return new Suggestion(s.kind(), s.spans(), distinct, linked, s.reason(), s.fingerprint(), s.confidence());
    }
}
