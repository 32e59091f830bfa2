package com.factline.proposal.draft;

import com.factline.align.AlignDocument;
import com.factline.align.AlignSentence;
import com.factline.align.AlignedPair;
import com.factline.align.Aligner;
import com.factline.align.SentenceEmbedder;
import com.factline.temporal.DateValue;
import com.factline.temporal.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a timeline from articles: finds the passages that report a dated happening, groups those of different
 * sources that report the same one, and proposes one event per group, strongest first.
 *
 * <p>Pure Java, deterministic (the same sources in the same order give the same proposals in the same order) and
 * bounded: each passage is embedded once and compared with at most {@value #MAX_CANDIDATES} groups whose dates
 * overlap its own, so the cost grows about linearly with the number of passages.
 */
public final class TimelineDrafter {

    /** Groups one passage is compared with at most. */
    static final int MAX_CANDIDATES = 200;
    /** Passages per source at most (a very long text is cut, not the whole run). */
    static final int MAX_MENTIONS_PER_SOURCE = 400;
    /** Cosine similarity from which two passages of compatible dates report the same happening. */
    static final double SAME_HAPPENING = 0.55;
    /** Each shared name or number adds this much, up to {@value #MAX_SHARED} of them. */
    static final double PARTICIPANT_BONUS = 0.04;
    static final int MAX_SHARED = 3;
    /** Sharing the main event verb or noun adds this much. */
    static final double HEAD_BONUS = 0.05;
    /** Undated passages join a group only when this similar. */
    static final double SAME_HAPPENING_UNDATED = 0.55;
    /** Passages whose dates disagree still report the same happening when this similar; the proposal says so. */
    static final double SAME_DESPITE_DATES = 0.85;
    /** A source's second passage joins a group only when this similar (otherwise distinct happenings merge). */
    static final double SAME_SOURCE_AGAIN = 0.75;
    /** Two groups of disjoint sources and overlapping dates are merged from this similarity of their closest passages. */
    static final double SAME_ACROSS_GROUPS = 0.5;
    /** Passages per group at most; a further similar passage opens its own group. */
    static final int MAX_GROUP = 400;
    /** A clause with a date of its own is a happening from this many words on, whatever its verb. */
    static final int MIN_DATED_WORDS = 5;
    /** Members of a group a passage is compared with at most. */
    static final int MAX_MEMBERS_COMPARED = 8;
    /** A date that at most this many passages of a source carry is rare enough to be evidence. */
    static final int RARE_DATE = 2;
    static final double RARE_DATE_BONUS = 0.12;
    /** Embeddings per drafting run at most: a fixed part plus a part per source. */
    static final int EMBEDDINGS_BASE = 200;
    static final int EMBEDDINGS_PER_SOURCE = 6;
    /** Past the embedding budget, similarity is this plus the share of content words in common times the scale. */
    static final double LEXICAL_BASE = 0.45;
    static final double LEXICAL_SCALE = 0.5;

    /** Sentences of independent sources paired by the shared {@link Aligner} from this score. */
    static final double ALIGNED_FROM = 0.55;
    /**
     * Two passages whose sentences the aligner pairs are this much more alike when a passage looks for its group
     * (not when whole groups are merged: there the pairs joined different happenings told in one sentence).
     */
    static final double ALIGNED_BONUS = 0.04;

    private final SentenceEmbedder embedder;
    private final @Nullable Function<DraftSource, List<AlignSentence>> sentences;

    /** A drafter that compares passages by their own embeddings only (no sentence alignment). */
    public TimelineDrafter(SentenceEmbedder embedder) {
        this(embedder, null);
    }

    /**
     * A drafter that also uses the sentence alignment shared with the discrepancy suggestions: the sentences of each
     * source with their vectors (in the app, the vectors stored at import), which {@link Aligner} pairs across
     * independent sources. Passages in paired sentences are more alike, and a passage past the embedding budget is
     * compared by its sentence's vector instead of by shared words.
     *
     * @param sentences a source's sentences with vectors, as {@link com.factline.align.AlignSentences#of} splits them
     */
    public TimelineDrafter(SentenceEmbedder embedder, @Nullable Function<DraftSource, List<AlignSentence>> sentences) {
        this.embedder = embedder;
        this.sentences = sentences;
    }

    /** The proposed events, strongest first, without the single-source background ones ({@link #draftAll}). */
    public List<DraftEvent> draft(List<DraftSource> sources) {
        return draftAll(sources).shown();
    }

    /**
     * What the drafter proposes and what it holds back.
     *
     * @param shown  the proposals for the editor, strongest first: most independent sources, then best dated
     * @param hidden how many single-source background mentions were held back: passages of one source whose date is
     *               not written in their own clause (elsewhere in the sentence, inherited from the paragraph, or only
     *               the publication's).
     *               An editor still reaches them by selecting the passage in the reader.
     */
    public record Draft(List<DraftEvent> shown, int hidden) {
        public Draft {
            shown = List.copyOf(shown);
        }
    }

    /** The proposed events and the number of background ones held back. */
    public Draft draftAll(List<DraftSource> sources) {
        int[] group = independenceGroups(sources);
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            mentions.addAll(mentionsOf(s, group[s], sources.get(s)));
        }
        Vectors vectors = new Vectors(embedder, mentions, EMBEDDINGS_BASE + EMBEDDINGS_PER_SOURCE * sources.size());
        if (sentences != null) {
            vectors.align(Alignment.of(sources, group, mentions, sentences));
        }
        List<Cluster> clusters = cluster(mentions, vectors);
        List<DraftEvent> out = new ArrayList<>();
        int hidden = 0;
        for (Cluster c : clusters) {
            DraftEvent e = proposal(c, mentions, sources);
            if (e == null) {
                continue;
            }
            if (background(c, mentions)) {
                hidden++;
            } else {
                out.add(e);
            }
        }
        // confidence already weighs how well the proposal is dated (see confidence())
        out.sort(Comparator.comparingInt(DraftEvent::sourceCount).reversed()
                .thenComparing(Comparator.comparingDouble(DraftEvent::confidence).reversed())
                .thenComparing(e -> e.date() == null ? "" : e.date().earliest().toString())
                .thenComparing(DraftEvent::key));
        return new Draft(out, hidden);
    }

    /**
     * One independent source, and none of its passages has a date written in its own clause: a date from elsewhere in
     * the sentence ("He grabbed the student …" in a sentence that ends "this weekend"), the paragraph or the
     * publication is too weak for a proposal of its own; such passages often repeat a happening proposed from
     * several sources.
     */
    private static boolean background(Cluster c, List<Mention> mentions) {
        Set<Integer> groups = new TreeSet<>();
        for (int i : c.members) {
            Mention m = mentions.get(i);
            groups.add(m.group());
            if (m.dateInClause()) {
                return false;
            }
        }
        return groups.size() < 2;
    }

    /** The clauses of one source that report a happening, each with the date its context gives (if any). */
    static List<Mention> mentionsOf(int index, int group, DraftSource source) {
        ContextDates context = ContextDates.of(source.text(), source.published());
        List<Mention> out = new ArrayList<>();
        for (int si = 0; si < context.sentences().size() && out.size() < MAX_MENTIONS_PER_SOURCE; si++) {
            for (ContextDates.Span c : context.clausesOf(si)) {
                String quote = context.substring(c.start(), c.end());
                boolean ownExpression = context.hasDateIn(c.start(), c.end());
                if (!EventCues.reportsHappening(quote) && !EventCues.namesStatement(quote)
                        && !(ownExpression && EventCues.words(quote) >= MIN_DATED_WORDS)) {
                    continue;
                }
                DatedSpan dated = context.dateAt(c.start(), c.end()).orElse(null);
                boolean inClause = dated != null && dated.basis() == DatedSpan.Basis.CLAUSE
                        && (ownExpression || context.whenClauseOf(c.start(), c.end(), dated));
                out.add(new Mention(index, group, c.start(), c.end(), quote, dated, inClause, EventCues.participants(quote),
                        EventCues.contentWords(quote), EventCues.heads(quote)));
            }
        }
        return out;
    }

    /** A republished copy joins its original's group; both count as one independent source. */
    static int[] independenceGroups(List<DraftSource> sources) {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            byId.putIfAbsent(sources.get(i).id(), i);
        }
        int[] parent = new int[sources.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < sources.size(); i++) {
            String original = sources.get(i).republishes();
            Integer j = original == null ? null : byId.get(original);
            if (j != null) {
                int a = root(parent, i);
                int b = root(parent, j);
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] out = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            out[i] = root(parent, i);
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** A group of passages that report one happening, with the overlap of the dates that agree. */
    static final class Cluster {
        final List<Integer> members = new ArrayList<>();
        final Set<Integer> sources = new TreeSet<>();
        DateValue date;
        double similarity = 1;

        Cluster(int first, Mention m, DateValue date) {
            members.add(first);
            sources.add(m.source());
            this.date = date;
        }
    }

    /** What the grouping needs to know about all passages at once. */
    /**
     * Sentence vectors computed on first need, at most {@code budget} of them: embedding is the drafter's main cost,
     * and passages that share no word with any candidate never need one. Past the budget, similarity falls back to
     * shared words, so a huge input still finishes in bounded time.
     */
    static final class Vectors {
        private final SentenceEmbedder embedder;
        private final List<Mention> mentions;
        private final float[][] cache;
        private int budget;
        private int embedded;
        private int reused;

        Vectors(SentenceEmbedder embedder, List<Mention> mentions, int budget) {
            this.embedder = embedder;
            this.mentions = mentions;
            this.cache = new float[mentions.size()][];
            this.budget = budget;
        }

        private @Nullable Alignment alignment;

        void align(Alignment a) {
            this.alignment = a;
        }

        @Nullable float[] of(int i) {
            if (cache[i] == null && budget > 0) {
                // a passage that is its whole sentence has that sentence's vector already (stored at import in the
                // app): the same text, so the same vector; it still counts against the budget, so the grouping is
                // the same as when it is embedded again
                float[] stored = alignment == null ? null : alignment.sameTextVector(i, mentions.get(i).quote());
                if (stored != null) {
                    cache[i] = stored;
                    reused++;
                } else {
                    cache[i] = embedder.embed(mentions.get(i).quote());
                    embedded++;
                }
                budget--;
            }
            // past the budget, the vector of the passage's sentence (already computed, at import in the app)
            return cache[i] != null ? cache[i] : alignment == null ? null : alignment.sentenceVector(i);
        }

        /** How many passages were embedded by the drafter itself. */
        int embedded() {
            return embedded;
        }

        /** How many passages took their sentence's vector instead, being the whole sentence. */
        int reused() {
            return reused;
        }

        /** True when the aligner pairs the sentences of the two passages. */
        boolean aligned(int i, int j) {
            return alignment != null && alignment.paired(i, j);
        }
    }

    /**
     * The shared sentence alignment of a drafting run: each passage's sentence, and the sentence pairs {@link Aligner}
     * finds across independent sources (its own index keeps the comparisons about linear in the number of sentences).
     */
    static final class Alignment {
        /** Per passage: its sentence's number among all sources' sentences, or -1. */
        private final int[] sentenceOf;
        private final List<float[]> vectors;
        private final List<String> texts;
        private final Set<Long> pairs;
        private final long total;

        private Alignment(int[] sentenceOf, List<float[]> vectors, List<String> texts, Set<Long> pairs) {
            this.sentenceOf = sentenceOf;
            this.vectors = vectors;
            this.texts = texts;
            this.pairs = pairs;
            this.total = vectors.size();
        }

        static Alignment of(List<DraftSource> sources, int[] group, List<Mention> mentions,
                            Function<DraftSource, List<AlignSentence>> sentencesOf) {
            List<AlignDocument> docs = new ArrayList<>();
            int[] first = new int[sources.size() + 1];
            List<float[]> vectors = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<List<AlignSentence>> all = new ArrayList<>();
            for (int s = 0; s < sources.size(); s++) {
                DraftSource src = sources.get(s);
                List<AlignSentence> ss = sentencesOf.apply(src);
                all.add(ss);
                first[s] = vectors.size();
                for (AlignSentence a : ss) {
                    vectors.add(a.vector());
                    texts.add(a.text());
                }
                // the index as id: two sources may share an id (the same text imported twice)
                docs.add(new AlignDocument(Integer.toString(s), src.outlet(), Integer.toString(group[s]), src.published(), ss));
            }
            first[sources.size()] = vectors.size();
            Set<Long> pairs = new java.util.HashSet<>();
            long n = vectors.size();
            for (AlignedPair p : Aligner.align(docs, ALIGNED_FROM)) {
                long a = first[Integer.parseInt(p.docA())] + p.sentenceA();
                long b = first[Integer.parseInt(p.docB())] + p.sentenceB();
                pairs.add(Math.min(a, b) * n + Math.max(a, b));
            }
            int[] sentenceOf = new int[mentions.size()];
            for (int i = 0; i < sentenceOf.length; i++) {
                Mention m = mentions.get(i);
                sentenceOf[i] = first[m.source()] + sentenceAt(all.get(m.source()), m.start());
                if (sentenceOf[i] < first[m.source()]) {
                    sentenceOf[i] = -1;
                }
            }
            return new Alignment(sentenceOf, vectors, texts, pairs);
        }

        /** The index of the sentence that holds the offset, or -1 (sentences in text order). */
        private static int sentenceAt(List<AlignSentence> ss, int offset) {
            int lo = 0;
            int hi = ss.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                AlignSentence a = ss.get(mid);
                if (offset < a.start()) {
                    hi = mid - 1;
                } else if (offset >= a.end()) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        @Nullable float[] sentenceVector(int mention) {
            return sentenceOf[mention] < 0 ? null : vectors.get(sentenceOf[mention]);
        }

        /** The vector of the passage's sentence when that sentence's text is exactly {@code quote}, else null. */
        @Nullable float[] sameTextVector(int mention, String quote) {
            int k = sentenceOf[mention];
            return k >= 0 && texts.get(k).equals(quote) ? vectors.get(k) : null;
        }

        boolean paired(int i, int j) {
            long a = sentenceOf[i];
            long b = sentenceOf[j];
            return a >= 0 && b >= 0 && pairs.contains(Math.min(a, b) * total + Math.max(a, b));
        }
    }

    private record Story(List<Mention> mentions, Vectors vectors, Set<String> common, Map<String, Integer> sameDate,
                         long[] signature) {

        Story(List<Mention> mentions, Vectors vectors, Set<String> common, Map<String, Integer> sameDate) {
            this(mentions, vectors, common, sameDate, signatures(mentions, common));
        }

        /** How many passages of one source carry exactly this date from the text itself. */
        int sameDateCount(Mention m) {
            Integer n = m.dated() != null && m.dated().basis() == DatedSpan.Basis.CLAUSE ? sameDate.get(m.source() + "|" + m.dated().date().edtf()) : null;
            return n == null ? Integer.MAX_VALUE : n;
        }
    }

    /**
     * Greedy grouping, passages with their own dates first (narrowest first), then those dated by publication, then
     * undated ones: a passage joins the most similar group whose date overlaps its own and which has no passage of
     * its source yet, when the similarity reaches {@link #SAME_HAPPENING}; otherwise a dated passage opens a group.
     * Undated passages only join. Two passages that are nearly the same sentence and name the happening with the same
     * event word ({@link EventCues#sameEventWord}) join despite different dates, and the proposal then reports the
     * conflict; without a shared event word, two similar sentences about the same bill or person on different days
     * ("passed the bill last week" / "sent the bill to her desk Monday") are two happenings.
     */
    static List<Cluster> cluster(List<Mention> mentions, Vectors vectors) {
        Story story = new Story(mentions, vectors, commonParticipants(mentions), sameDateCounts(mentions));
        Integer[] order = new Integer[mentions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> rank(mentions.get(i)))
                .thenComparingLong(i -> width(mentions.get(i)))
                .thenComparingInt(i -> i));
        List<Cluster> clusters = new ArrayList<>();
        for (int i : order) {
            Mention m = mentions.get(i);
            Cluster best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            int compared = 0;
            for (int c = clusters.size() - 1; c >= 0 && compared < MAX_CANDIDATES; c--) {
                Cluster k = clusters.get(c);
                boolean again = k.sources.contains(m.source());
                boolean agrees = m.dated() == null || k.date.intersect(m.dated().date()) != null;
                double needed = m.dated() == null ? SAME_HAPPENING_UNDATED : agrees ? SAME_HAPPENING : SAME_DESPITE_DATES;
                if (!agrees && (!m.ownDate() || again)) {
                    continue;
                }
                if (again) {
                    // a second passage of a source that already reports this happening (headline and lede)
                    needed = Math.max(needed, SAME_SOURCE_AGAIN);
                }
                compared++;
                double score = 0;
                int seen = 0;
                for (int j : k.members) {
                    if (seen++ >= MAX_MEMBERS_COMPARED) {
                        break;
                    }
                    if (!agrees && !EventCues.sameEventWord(m, mentions.get(j))) {
                        // against the dates, only a passage that names the happening with the same event word
                        continue;
                    }
                    score = Math.max(score, similarity(story, i, j, true));
                }
                if (score >= needed && score - needed > bestScore) {
                    bestScore = score - needed;
                    best = k;
                }
            }
            if (best != null && best.members.size() < MAX_GROUP) {
                best.members.add(i);
                best.sources.add(m.source());
                DateValue overlap = m.dated() == null ? null : best.date.intersect(m.dated().date());
                if (overlap != null) {
                    best.date = overlap;
                }
                best.similarity = Math.min(best.similarity, bestScore + SAME_HAPPENING);
            } else if (m.dated() != null) {
                clusters.add(new Cluster(i, m, m.dated().date()));
            }
        }
        return mergeAcrossSources(clusters, story);
    }

    /**
     * Second pass: two groups that no source reports in common (counting the passages with a date of their own),
     * whose dates overlap and whose closest passages reach
     * {@link #SAME_ACROSS_GROUPS} are one happening that the greedy pass split (each source reporting it in its own
     * words, none close enough to the group's first passage). Strongest pairs first; a pair whose union would hold
     * two passages of one source, or dates that do not overlap, is left apart, and so is a pair that would join two
     * dated happenings through background ({@link #bridgesThroughBackground}). Each group is compared with at most
     * {@link #MAX_CANDIDATES} others.
     */
    private static List<Cluster> mergeAcrossSources(List<Cluster> clusters, Story story) {
        int n = clusters.size();
        List<Set<Integer>> groups = new ArrayList<>();
        for (Cluster c : clusters) {
            // sources whose passage in the group has a date of its own: a passage dated only by its publication
            // or by nothing joined on content alone and does not keep its source's better-dated passage out
            Set<Integer> g = new TreeSet<>();
            for (int i : c.members) {
                if (story.mentions().get(i).ownDate()) {
                    g.add(story.mentions().get(i).group());
                }
            }
            groups.add(g);
        }
        record Pair(int a, int b, double score) {
        }
        // groups with a passage dated by its own text, before any merge: only these link two such groups
        boolean[] ownDated = new boolean[n];
        for (int i = 0; i < n; i++) {
            ownDated[i] = !groups.get(i).isEmpty();
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int compared = 0;
            for (int b = a + 1; b < n && compared < MAX_CANDIDATES; b++) {
                Cluster ka = clusters.get(a);
                Cluster kb = clusters.get(b);
                if (!java.util.Collections.disjoint(groups.get(a), groups.get(b)) || ka.date.intersect(kb.date) == null) {
                    continue;
                }
                compared++;
                double score = 0;
                for (int x = 0; x < Math.min(ka.members.size(), MAX_MEMBERS_COMPARED); x++) {
                    for (int y = 0; y < Math.min(kb.members.size(), MAX_MEMBERS_COMPARED); y++) {
                        score = Math.max(score, similarity(story, ka.members.get(x), kb.members.get(y), false));
                    }
                }
                if (score >= SAME_ACROSS_GROUPS) {
                    pairs.add(new Pair(a, b, score));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Pair p : pairs) {
            int ra = root(parent, p.a());
            int rb = root(parent, p.b());
            if (ra == rb) {
                continue;
            }
            boolean linkOwnDated = ownDated[p.a()] && ownDated[p.b()];
            if (bridgesThroughBackground(linkOwnDated, !groups.get(ra).isEmpty(), !groups.get(rb).isEmpty())) {
                continue;
            }
            Cluster ka = clusters.get(ra);
            Cluster kb = clusters.get(rb);
            DateValue overlap = ka.date.intersect(kb.date);
            if (overlap == null || !java.util.Collections.disjoint(groups.get(ra), groups.get(rb))
                    || ka.members.size() + kb.members.size() > MAX_GROUP) {
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            Cluster k = clusters.get(keep);
            Cluster g = clusters.get(gone);
            k.members.addAll(g.members);
            k.sources.addAll(g.sources);
            k.date = overlap;
            k.similarity = Math.min(Math.min(k.similarity, g.similarity), p.score());
            groups.get(keep).addAll(groups.get(gone));
            parent[gone] = keep;
        }
        List<Cluster> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] == i) {
                out.add(clusters.get(i));
            }
        }
        return out;
    }

    /**
     * True when a merge would join two happenings through background: the closest passages are in a group without a
     * passage dated by its own text (statements dated only by their publication, undated passages), and both groups
     * to be merged already hold such dated passages. Background attaches to one dated happening, but a statement
     * alike to two of them ("the deal passed Thursday" and "the declaration on Friday") is no evidence that they are
     * one, and single links through it chain the story's happenings into one proposal.
     *
     * @param linkOwnDated true when both groups of the closest pair have a passage dated by its own text
     * @param aOwnDated    the same for the (possibly merged) group on one side
     * @param bOwnDated    the same for the group on the other side
     */
    static boolean bridgesThroughBackground(boolean linkOwnDated, boolean aOwnDated, boolean bOwnDated) {
        return !linkOwnDated && aOwnDated && bOwnDated;
    }

    /** Passages dated by the text first, then by publication, then undated. */
    private static int rank(Mention m) {
        return m.dated() == null ? 2 : m.ownDate() ? 0 : 1;
    }

    private static long width(Mention m) {
        return m.dated() == null ? Long.MAX_VALUE : m.dated().date().latest().toEpochDay() - m.dated().date().earliest().toEpochDay();
    }

    /**
     * One bit per name, number or content word (hashed into 64 bits), without the story's common ones: two passages
     * whose signatures share no bit share no such word, which rules most pairs out without comparing sets.
     */
    private static long[] signatures(List<Mention> mentions, Set<String> common) {
        long[] out = new long[mentions.size()];
        for (int i = 0; i < out.length; i++) {
            long sig = 0;
            for (String p : mentions.get(i).participants()) {
                if (!common.contains(p)) {
                    sig |= 1L << (p.hashCode() & 63);
                }
            }
            for (String w : mentions.get(i).words()) {
                if (!common.contains(w)) {
                    sig |= 1L << (w.hashCode() & 63);
                }
            }
            out[i] = sig;
        }
        return out;
    }

    /** Names, numbers and words found in more than a quarter of the passages: the story's subject, not evidence. */
    private static Set<String> commonParticipants(List<Mention> mentions) {
        Map<String, Integer> count = new HashMap<>();
        for (Mention m : mentions) {
            for (String p : m.participants()) {
                count.merge(p, 1, Integer::sum);
            }
            for (String w : m.words()) {
                if (!m.participants().contains(w)) {
                    count.merge(w, 1, Integer::sum);
                }
            }
        }
        Set<String> out = new java.util.HashSet<>();
        int limit = Math.max(3, mentions.size() / 4);
        count.forEach((p, n) -> {
            if (n > limit) {
                out.add(p);
            }
        });
        return out;
    }

    private static Map<String, Integer> sameDateCounts(List<Mention> mentions) {
        Map<String, Integer> out = new HashMap<>();
        for (Mention m : mentions) {
            if (m.dated() != null && m.dated().basis() == DatedSpan.Basis.CLAUSE) {
                out.merge(m.source() + "|" + m.dated().date().edtf(), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * Cosine similarity of the two passages, plus a little for each name or number they share, plus a bonus when
     * both take exactly the same date from their text and few other passages of their sources do: a date a story
     * mentions once is strong evidence.
     */
    private static double similarity(Story story, int i, int j, boolean useAlignment) {
        boolean aligned = useAlignment && story.vectors().aligned(i, j);
        if ((story.signature()[i] & story.signature()[j]) == 0 && !aligned) {
            return 0;
        }
        Mention a = story.mentions().get(i);
        Mention b = story.mentions().get(j);
        int shared = 0;
        for (String p : a.participants()) {
            if (b.participants().contains(p) && !story.common().contains(p)) {
                shared++;
            }
        }
        int sharedWords = 0;
        for (String w : a.words()) {
            if (b.words().contains(w) && !story.common().contains(w)) {
                sharedWords++;
            }
        }
        if (shared == 0 && sharedWords == 0 && !aligned) {
            // passages that share no word but the story's subject seldom report the same happening
            return 0;
        }
        float[] va = story.vectors().of(i);
        float[] vb = va == null ? null : story.vectors().of(j);
        double content = va != null && vb != null ? SentenceEmbedder.similarity(va, vb)
                : LEXICAL_BASE + LEXICAL_SCALE * 2.0 * sharedWords / Math.max(1, a.words().size() + b.words().size());
        double score = content + PARTICIPANT_BONUS * Math.min(shared, MAX_SHARED) + (aligned ? ALIGNED_BONUS : 0);
        for (String h : a.heads()) {
            if (b.heads().contains(h)) {
                // the same event verb or noun ("pleaded guilty" / "plead guilty", "indicted" / "indictment")
                score += HEAD_BONUS;
                break;
            }
        }
        if (a.dated() != null && b.dated() != null && a.dated().date().equals(b.dated().date())
                && story.sameDateCount(a) <= RARE_DATE && story.sameDateCount(b) <= RARE_DATE) {
            score += RARE_DATE_BONUS;
        }
        return score;
    }

    /** The similarity of two passages on their own, for tests and the debugging of a pair. */
    static double similarity(Mention a, Mention b, SentenceEmbedder embedder) {
        List<Mention> pair = List.of(a, b);
        return similarity(new Story(pair, new Vectors(embedder, pair, 2), Set.of(), Map.of()), 0, 1, false);
    }

    private static @Nullable DraftEvent proposal(Cluster c, List<Mention> mentions, List<DraftSource> sources) {
        List<Mention> ms = new ArrayList<>();
        for (int i : c.members) {
            ms.add(mentions.get(i));
        }
        ms.sort(Comparator.comparingInt(Mention::source).thenComparingInt(Mention::start));
        Set<Integer> groups = new TreeSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        boolean ownDate = false;
        for (Mention m : ms) {
            groups.add(m.group());
            outlets.add(sources.get(m.source()).outlet());
            ownDate |= m.ownDate();
        }
        if (!ownDate && groups.size() < 2) {
            // A lone statement dated only by its publication is not a happening worth proposing.
            return null;
        }
        List<DraftPassage> passages = new ArrayList<>();
        for (Mention m : ms) {
            passages.add(new DraftPassage(sources.get(m.source()).id(), m.start(), m.end(), m.quote(),
                    m.dated() == null ? null : m.dated().date(),
                    m.dated() == null ? "No date in its sentence or paragraph; grouped by its content."
                            : m.dated().explanation()));
        }
        String conflict = DateAgreement.conflict(ms, sources);
        Mention clearest = ms.stream()
                .min(Comparator.comparingInt(TimelineDrafter::rank)
                        // a clause that starts like a sentence ("The court issued …") reads as a title; "and issued …" does not
                        .thenComparing(m -> !Character.isUpperCase(m.quote().codePointAt(0)))
                        .thenComparing(m -> m.dated() == null ? DatedSpan.Basis.PUBLICATION : m.dated().basis())
                        .thenComparingInt(m -> Math.abs(m.quote().length() - 70))
                        .thenComparingInt(Mention::source))
                .orElseThrow();
        double confidence = confidence(ms, groups.size(), c.similarity, conflict != null, c.date);
        String explanation = grouping(ms, groups.size(), outlets, conflict != null) + " " + dating(ms, c.date, conflict != null, sources);
        return new DraftEvent(key(passages), title(clearest.quote()), c.date, conflict, confidence, groups.size(),
                passages, explanation);
    }

    /** One sentence: which sources, and what ties their passages together. */
    private static String grouping(List<Mention> ms, int independent, Set<String> outlets, boolean conflict) {
        if (ms.size() == 1) {
            return "Reported by " + outlets.iterator().next() + " only.";
        }
        if (independent < 2) {
            return "Reported by " + String.join(", ", outlets) + " (" + (outlets.size() > 1 ? "copies of one report" : "several passages")
                    + "), counted as one source.";
        }
        Set<String> names = sharedAcrossSources(ms, Mention::participants, 3);
        Set<String> heads = sharedAcrossSources(ms, Mention::heads, 2);
        StringBuilder why = new StringBuilder("passages of similar content");
        if (!names.isEmpty() || !heads.isEmpty()) {
            why.append(" that share ");
            if (!heads.isEmpty()) {
                why.append("the event word").append(heads.size() > 1 ? "s " : " ").append(quoted(heads));
            }
            if (!names.isEmpty()) {
                why.append(heads.isEmpty() ? "" : " and ").append(quoted(names));
            }
        }
        return "Reported by " + independent + " independent sources (" + String.join(", ", outlets) + ") in " + why
                + (conflict ? ", though they disagree on the date." : ", with dates that agree.");
    }

    /** Names, numbers or event words found in the passages of at least two independent sources, at most {@code max}. */
    private static Set<String> sharedAcrossSources(List<Mention> ms, java.util.function.Function<Mention, Set<String>> of, int max) {
        Map<String, Set<Integer>> groupsOf = new java.util.LinkedHashMap<>();
        for (Mention m : ms) {
            for (String w : of.apply(m)) {
                groupsOf.computeIfAbsent(w, k -> new TreeSet<>()).add(m.group());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Set<Integer>> e : groupsOf.entrySet()) {
            if (e.getValue().size() >= 2 && out.size() < max) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static String quoted(Set<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) {
            q.add("\u201c" + w + "\u201d");
        }
        return String.join(", ", q);
    }

    /** One sentence: where the proposal's date comes from. */
    private static String dating(List<Mention> ms, DateValue date, boolean conflict, List<DraftSource> sources) {
        Mention narrowest = null;
        int dated = 0;
        for (Mention m : ms) {
            if (m.dated() == null) {
                continue;
            }
            dated++;
            if (narrowest == null || rank(m) < rank(narrowest)
                    || (rank(m) == rank(narrowest) && width(m) < width(narrowest))) {
                narrowest = m;
            }
        }
        if (narrowest == null) {
            return "No passage gives a date.";
        }
        String from = "the narrowest from " + sources.get(narrowest.source()).outlet() + ": "
                + lowerFirst(narrowest.dated().explanation());
        if (dated == 1) {
            return "Date " + date.display() + ", from its one dated passage: " + lowerFirst(narrowest.dated().explanation());
        }
        return "Date " + date.display() + (conflict
                ? ", where the dates of its " + dated + " dated passages overlap most (they conflict, see the date discrepancy); "
                : ", the overlap of the dates of its " + dated + " dated passages; ") + from;
    }

    /**
     * Between 0 and 1: how many independent sources report it, how close their passages are, and how well it is
     * dated (a date written in a passage's own clause beats one from its sentence, which beats one inherited from the
     * paragraph or the publication; a day or a month beats a wider span).
     */
    private static double confidence(List<Mention> ms, int independent, double similarity, boolean conflict, DateValue date) {
        boolean inClause = ms.stream().anyMatch(Mention::dateInClause);
        boolean textDate = ms.stream().anyMatch(m -> m.ownDate() && m.dated().basis() == DatedSpan.Basis.CLAUSE);
        double c = (inClause ? 0.35 : textDate ? 0.3 : 0.2) + 0.2 * Math.min(independent - 1, 3)
                - (date.latest().toEpochDay() - date.earliest().toEpochDay() > 31 ? 0.05 : 0)
                + (ms.size() > 1 ? 0.25 * Math.max(0, Math.min(1, (similarity - 0.5) / 0.4)) : 0);
        if (conflict) {
            c -= 0.1;
        }
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The passage as a title: see {@link EventTitle}. */
    static String title(String quote) {
        return EventTitle.of(quote);
    }

    /** A fingerprint of the passages' sources and normalised quotes. */
    static String key(List<DraftPassage> passages) {
        List<String> parts = new ArrayList<>();
        for (DraftPassage p : passages) {
            parts.add(p.sourceId() + "\u0000" + p.quote().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
        }
        parts.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
