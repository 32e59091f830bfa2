package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<RepublicationHint> out = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Set<Integer> partners = new HashSet<>();
            for (long h : shingles.get(d)) {
                for (int o : index.get(h)) {
                    if (o != d) {
                        partners.add(o);
                    }
                }
            }
            for (int o : partners.stream().sorted().toList()) {
                if (o < d) {
                    continue;
                }
                int[] cov = coverage(docs, words, shingles, index, d, o);
                int[] covOther = coverage(docs, words, shingles, index, o, d);
                double fd = cov[0] / (double) Math.max(1, docs.get(d).text().length());
                double fo = covOther[0] / (double) Math.max(1, docs.get(o).text().length());
                // the copy is the document whose text is more fully contained in the other
                boolean dIsCopy = fd > fo || (fd == fo && d > o);
                int copy = dIsCopy ? d : o;
                double frac = dIsCopy ? fd : fo;
                int chars = dIsCopy ? cov[0] : covOther[0];
                if (frac >= MIN_FRACTION && chars >= MIN_CHARS) {
                    out.add(new RepublicationHint(docs.get(copy).id(), docs.get(dIsCopy ? o : d).id(),
                            Math.round(frac * 1000) / 1000.0, chars));
                }
            }
        }
        out.sort(Comparator.comparing(RepublicationHint::documentId).thenComparing(RepublicationHint::originalCandidateId));
        return out;
    }

    private static int[] coverage(List<DetectDocument> docs, List<List<int[]>> words, List<long[]> shingles,
                                  Map<Long, List<Integer>> index, int d, int other) {
        long[] sh = shingles.get(d);
        boolean[] covered = new boolean[words.get(d).size()];
        for (int i = 0; i < sh.length; i++) {
            if (index.get(sh[i]).contains(other)) {
                for (int k = 0; k < SHINGLE; k++) {
                    covered[i + k] = true;
                }
            }
        }
        int chars = 0;
        List<int[]> ws = words.get(d);
        for (int i = 0; i < covered.length; i++) {
            if (covered[i]) {
                chars += ws.get(i)[1] - ws.get(i)[0] + (i + 1 < covered.length && covered[i + 1]
                        ? ws.get(i + 1)[0] - ws.get(i)[1] : 0);
            }
        }
        return new int[] {chars};
    }
}
