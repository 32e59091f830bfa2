package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents that are copies of one another (wire copy on an aggregator) are not independent sources. Detected by
 * shared 8-word shingles: a verbatim quote shared by two genuinely different articles covers a few hundred
 * characters, a republication covers a large part of the text.
 */
public final class RepublicationDetector {
    static final int SHINGLE = 8;
    static final double MIN_FRACTION = 0.25;
    static final int MIN_CHARS = 400;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private RepublicationDetector() {
    }

    public static List<RepublicationHint> detect(List<DetectDocument> docs) {
        List<List<int[]>> words = new ArrayList<>();
        List<long[]> shingles = new ArrayList<>();
        Map<Long, List<Integer>> index = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            String text = docs.get(d).text();
            List<int[]> ws = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                ws.add(new int[] {m.start(), m.end()});
                keys.add(Words.lower(m.group()));
            }
            words.add(ws);
            long[] sh = new long[Math.max(0, ws.size() - SHINGLE + 1)];
            for (int i = 0; i < sh.length; i++) {
                long h = 1125899906842597L;
                for (int k = 0; k < SHINGLE; k++) {
                    h = 31 * h + keys.get(i + k).hashCode();
                }
                sh[i] = h;
                List<Integer> posting = index.computeIfAbsent(h, x -> new ArrayList<>());
                if (posting.isEmpty() || posting.getLast() != d) {
                    posting.add(d);
                }
            }
            shingles.add(sh);
        }
        // Coverage of each document by each partner in one pass over its shingles: the covered words form runs,
        // and a run of words covers the characters from its first word's start to its last word's end.
        List<Map<Integer, Integer>> coverage = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            coverage.add(coverage(words.get(d), shingles.get(d), index, d));
        }
        List<RepublicationHint> out = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            for (int o : new java.util.TreeSet<>(coverage.get(d).keySet())) {
                if (o < d) {
                    continue;
                }
                int cov = coverage.get(d).get(o);
                int covOther = coverage.get(o).getOrDefault(d, 0);
                double fd = cov / (double) Math.max(1, docs.get(d).text().length());
                double fo = covOther / (double) Math.max(1, docs.get(o).text().length());
                // the copy is the document whose text is more fully contained in the other
                boolean dIsCopy = fd > fo || (fd == fo && d > o);
                int copy = dIsCopy ? d : o;
                double frac = dIsCopy ? fd : fo;
                int chars = dIsCopy ? cov : covOther;
                if (frac >= MIN_FRACTION && chars >= MIN_CHARS) {
                    out.add(new RepublicationHint(docs.get(copy).id(), docs.get(dIsCopy ? o : d).id(),
                            Math.round(frac * 1000) / 1000.0, chars));
                }
            }
        }
        out.sort(Comparator.comparing(RepublicationHint::documentId).thenComparing(RepublicationHint::originalCandidateId));
        return out;
    }

    /**
     * A shingle found in more documents than this is boilerplate (a footer, a standard disclaimer), not a sign
     * that one text copies another; it is left out, which also keeps the cost linear in the texts.
     */
    static final int MAX_DOCUMENTS_PER_SHINGLE = 100;

    /** Characters of document {@code d} covered by shingles it shares with each other document. */
    private static Map<Integer, Integer> coverage(List<int[]> ws, long[] sh, Map<Long, List<Integer>> index, int d) {
        Map<Integer, int[]> runs = new HashMap<>(); // partner -> {run start word, run end word, chars so far}
        for (int i = 0; i < sh.length; i++) {
            List<Integer> posting = index.get(sh[i]);
            if (posting.size() > MAX_DOCUMENTS_PER_SHINGLE) {
                continue;
            }
            for (int o : posting) {
                if (o == d) {
                    continue;
                }
                int[] r = runs.get(o);
                if (r == null) {
                    runs.put(o, new int[] {i, i + SHINGLE - 1, 0});
                } else if (i <= r[1] + 1) {
                    r[1] = Math.max(r[1], i + SHINGLE - 1);
                } else {
                    r[2] += ws.get(r[1])[1] - ws.get(r[0])[0];
                    r[0] = i;
                    r[1] = i + SHINGLE - 1;
                }
            }
        }
        Map<Integer, Integer> out = new HashMap<>();
        runs.forEach((o, r) -> out.put(o, r[2] + ws.get(r[1])[1] - ws.get(r[0])[0]));
        return out;
    }
}
