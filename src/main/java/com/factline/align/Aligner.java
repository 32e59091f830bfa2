package com.factline.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the sentences of independent documents that report the same fact or happening.
 *
 * <p>Sentences are compared by the cosine similarity of their embeddings plus a small bonus for the names and
 * numbers they share (a name or number found in more than a quarter of all sentences earns nothing: it is the
 * story's subject, not evidence). Not all sentence pairs are compared: a nearest-neighbour index (sentences
 * grouped around evenly spread pivot sentences, each sentence filed under its {@value #PROBES} nearest pivots)
 * limits the comparisons to sentences of the same group, and a large group is compared only within a sliding window
 * of {@value #WINDOW} sentences ordered by closeness to its pivot. So the number of comparisons grows linearly with
 * the number of sentences (plus the pivot assignment, n²/{@value #GROUP_SIZE}).
 *
 * <p>Documents with the same independence key are copies of one report and are never paired. Each sentence keeps
 * its best partner in each other document, and at most {@value #MAX_PARTNERS} partners overall; a pair is reported
 * when either side keeps it. The result is deterministic and sorted by input order of documents, then sentence.
 */
public final class Aligner {

    /** Default minimum score for a pair: below this, sentences seldom report the same thing. */
    public static final double MIN_SCORE = 0.5;

    static final int GROUP_SIZE = 48;
    static final int PROBES = 2;
    static final int WINDOW = 256;
    static final int MAX_PARTNERS = 12;
    static final double BONUS_PER_ANCHOR = 0.05;
    static final double MAX_BONUS = 0.15;
    /** Sentences with fewer words are datelines, bylines or headers, not facts. */
    static final int MIN_WORDS = 4;

    private Aligner() {
    }

    /** Aligns with the default {@link #MIN_SCORE}. */
    public static List<AlignedPair> align(List<AlignDocument> documents) {
        return align(documents, MIN_SCORE);
    }

    public static List<AlignedPair> align(List<AlignDocument> documents, double minScore) {
        Flat flat = new Flat(documents);
        int n = flat.size();
        if (n < 2) {
            return List.of();
        }
        Partners partners = new Partners(n);
        for (int[] group : groups(flat)) {
            compareGroup(flat, group, minScore, partners);
        }
        return partners.pairs(flat, documents);
    }

    // ---- nearest-neighbour groups -----------------------------------------------------------------

    private static List<int[]> groups(Flat flat) {
        int n = flat.size();
        int k = Math.max(1, (n + GROUP_SIZE - 1) / GROUP_SIZE);
        int[] pivots = new int[k];
        for (int p = 0; p < k; p++) {
            pivots[p] = (int) ((long) p * n / k);
        }
        int probes = Math.min(PROBES, k);
        List<List<Integer>> members = new ArrayList<>(k);
        for (int p = 0; p < k; p++) {
            members.add(new ArrayList<>());
        }
        int[] nearest = new int[probes];
        double[] nearestSim = new double[probes];
        for (int i = 0; i < n; i++) {
            Arrays.fill(nearest, -1);
            Arrays.fill(nearestSim, Double.NEGATIVE_INFINITY);
            for (int p = 0; p < k; p++) {
                double sim = SentenceEmbedder.similarity(flat.vectors[i], flat.vectors[pivots[p]]);
                // insertion into the small sorted list of the nearest pivots; ties keep the earlier pivot
                for (int q = 0; q < probes; q++) {
                    if (sim > nearestSim[q]) {
                        System.arraycopy(nearest, q, nearest, q + 1, probes - q - 1);
                        System.arraycopy(nearestSim, q, nearestSim, q + 1, probes - q - 1);
                        nearest[q] = p;
                        nearestSim[q] = sim;
                        break;
                    }
                }
            }
            for (int q = 0; q < probes; q++) {
                members.get(nearest[q]).add(i);
            }
        }
        List<int[]> out = new ArrayList<>(k);
        for (int p = 0; p < k; p++) {
            List<Integer> m = members.get(p);
            if (m.size() < 2) {
                continue;
            }
            int pivot = pivots[p];
            if (m.size() > WINDOW) {
                // order by closeness to the pivot so that a window holds neighbours
                m.sort(Comparator.comparingDouble((Integer i) ->
                        -SentenceEmbedder.similarity(flat.vectors[i], flat.vectors[pivot])).thenComparing(i -> i));
            }
            out.add(m.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private static void compareGroup(Flat flat, int[] group, double minScore, Partners partners) {
        int half = WINDOW / 2;
        for (int x = 0; x < group.length; x++) {
            int i = group[x];
            int last = group.length <= WINDOW ? group.length : Math.min(group.length, x + 1 + half);
            for (int y = x + 1; y < last; y++) {
                int j = group[y];
                if (!flat.independent(i, j)) {
                    continue;
                }
                double score = flat.score(i, j);
                if (score >= minScore) {
                    partners.offer(flat, i, j, score);
                    partners.offer(flat, j, i, score);
                }
            }
        }
    }

    // ---- flattened sentences ------------------------------------------------------------------------

    private static final class Flat {
        final int[] doc;
        final int[] sentence;
        final float[][] vectors;
        final List<Set<String>> anchors;
        final String[] keys;
        final Map<String, Integer> anchorCount = new HashMap<>();
        final int maxAnchorCount;

        Flat(List<AlignDocument> documents) {
            List<int[]> ids = new ArrayList<>();
            List<float[]> vs = new ArrayList<>();
            anchors = new ArrayList<>();
            keys = new String[documents.size()];
            for (int d = 0; d < documents.size(); d++) {
                AlignDocument document = documents.get(d);
                keys[d] = document.independenceKey();
                for (AlignSentence s : document.sentences()) {
                    if (words(s.text()) < MIN_WORDS || isZero(s.vector())) {
                        continue;
                    }
                    ids.add(new int[] {d, s.index()});
                    vs.add(s.vector());
                    Set<String> a = Anchors.of(s.text());
                    anchors.add(a);
                    for (String anchor : a) {
                        anchorCount.merge(anchor, 1, Integer::sum);
                    }
                }
            }
            doc = new int[ids.size()];
            sentence = new int[ids.size()];
            vectors = vs.toArray(new float[0][]);
            for (int i = 0; i < ids.size(); i++) {
                doc[i] = ids.get(i)[0];
                sentence[i] = ids.get(i)[1];
            }
            maxAnchorCount = Math.max(2, ids.size() / 4);
        }

        int size() {
            return doc.length;
        }

        boolean independent(int i, int j) {
            return doc[i] != doc[j] && !keys[doc[i]].equals(keys[doc[j]]);
        }

        double score(int i, int j) {
            double cos = SentenceEmbedder.similarity(vectors[i], vectors[j]);
            return cos + Math.min(MAX_BONUS, BONUS_PER_ANCHOR * shared(i, j).size());
        }

        /** The informative anchors both sentences have, in the order of sentence i. */
        List<String> shared(int i, int j) {
            List<String> out = new ArrayList<>();
            Set<String> other = anchors.get(j);
            for (String a : anchors.get(i)) {
                if (other.contains(a) && anchorCount.getOrDefault(a, 0) <= maxAnchorCount) {
                    out.add(a);
                }
            }
            return out;
        }

        private static boolean isZero(float[] v) {
            for (float x : v) {
                if (x != 0) {
                    return false;
                }
            }
            return true;
        }

        private static int words(String text) {
            int count = 0;
            boolean in = false;
            for (int c = 0; c < text.length(); c++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(c));
                if (letter && !in) {
                    count++;
                }
                in = letter;
            }
            return count;
        }
    }

    // ---- best partners per sentence -----------------------------------------------------------------

    private static final class Partners {
        /** per sentence: other document → best (partner, score) */
        private final List<Map<Integer, double[]>> best;

        Partners(int n) {
            best = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                best.add(null);
            }
        }

        void offer(Flat flat, int i, int j, double score) {
            Map<Integer, double[]> m = best.get(i);
            if (m == null) {
                m = new HashMap<>();
                best.set(i, m);
            }
            double[] current = m.get(flat.doc[j]);
            if (current == null || score > current[1] || (score == current[1] && j < current[0])) {
                m.put(flat.doc[j], new double[] {j, score});
            }
        }

        List<AlignedPair> pairs(Flat flat, List<AlignDocument> documents) {
            Map<Long, AlignedPair> out = new HashMap<>();
            for (int i = 0; i < best.size(); i++) {
                Map<Integer, double[]> m = best.get(i);
                if (m == null) {
                    continue;
                }
                List<double[]> kept = new ArrayList<>(m.values());
                kept.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]));
                for (double[] partner : kept.subList(0, Math.min(MAX_PARTNERS, kept.size()))) {
                    int j = (int) partner[0];
                    int a = flat.doc[i] < flat.doc[j] ? i : j;
                    int b = a == i ? j : i;
                    long key = (long) a * flat.size() + b;
                    if (!out.containsKey(key)) {
                        out.put(key, pair(flat, documents, a, b, partner[1]));
                    }
                }
            }
            List<AlignedPair> list = new ArrayList<>(out.values());
            Map<String, Integer> order = new HashMap<>();
            for (int d = 0; d < documents.size(); d++) {
                order.putIfAbsent(documents.get(d).id(), d);
            }
            list.sort(Comparator.comparingInt((AlignedPair p) -> order.get(p.docA()))
                    .thenComparingInt(AlignedPair::sentenceA)
                    .thenComparingInt(p -> order.get(p.docB()))
                    .thenComparingInt(AlignedPair::sentenceB));
            return list;
        }

        private static AlignedPair pair(Flat flat, List<AlignDocument> documents, int a, int b, double score) {
            AlignDocument da = documents.get(flat.doc[a]);
            AlignDocument db = documents.get(flat.doc[b]);
            double cos = SentenceEmbedder.similarity(flat.vectors[a], flat.vectors[b]);
            List<String> shared = flat.shared(a, b);
            String why = String.format(java.util.Locale.ROOT, "%s sentence %d and %s sentence %d read alike (%.2f)",
                    da.outlet(), flat.sentence[a] + 1, db.outlet(), flat.sentence[b] + 1, cos);
            if (!shared.isEmpty()) {
                why += " and both mention " + String.join(", ", shared.subList(0, Math.min(3, shared.size())));
            }
            return new AlignedPair(da.id(), flat.sentence[a], db.id(), flat.sentence[b], score, why + ".");
        }
    }
}
