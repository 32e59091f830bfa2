package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level LCS diff; words compare case-insensitively with typographic punctuation folded. */
public final class WordDiff {
    /** Possessive, so one very long hyphenated token cannot overflow the stack (see {@code DocText.WORD}). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’\\-][\\p{L}\\p{N}]++)*+");

    private WordDiff() {
    }

    /**
     * The largest table the word-by-word comparison fills (words that differ on one side times the other, after
     * the common beginning and end are set aside): about 4 MB. Two longer passages are shown as one replaced
     * block instead, see {@link #tooLongToCompare}.
     */
    public static final long MAX_CELLS = 1_000_000;

    public static List<DiffToken> diff(String a, String b) {
        List<String> x = words(a == null ? "" : a);
        List<String> y = words(b == null ? "" : b);
        String[] kx = x.stream().map(WordDiff::key).toArray(String[]::new);
        String[] ky = y.stream().map(WordDiff::key).toArray(String[]::new);
        // The common beginning and end cost one pass; only the middle needs the table.
        int head = 0;
        while (head < kx.length && head < ky.length && kx[head].equals(ky[head])) {
            head++;
        }
        int tail = 0;
        while (tail < kx.length - head && tail < ky.length - head
                && kx[kx.length - 1 - tail].equals(ky[ky.length - 1 - tail])) {
            tail++;
        }
        List<DiffToken> out = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            out.add(new DiffToken(DiffToken.Op.EQUAL, x.get(i)));
        }
        int n = kx.length - head - tail;
        int m = ky.length - head - tail;
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new DiffToken(DiffToken.Op.DELETE, x.get(head + i)));
            }
            for (int j = 0; j < m; j++) {
                out.add(new DiffToken(DiffToken.Op.INSERT, y.get(head + j)));
            }
        } else {
            middle(x, y, kx, ky, head, n, m, out);
        }
        for (int i = kx.length - tail; i < kx.length; i++) {
            out.add(new DiffToken(DiffToken.Op.EQUAL, x.get(i)));
        }
        return out;
    }

    /** Whether {@link #diff} of these two texts would give up on the words in the middle (then one block replaces the other). */
    public static boolean tooLongToCompare(String a, String b) {
        List<String> x = words(a == null ? "" : a);
        List<String> y = words(b == null ? "" : b);
        int head = 0;
        while (head < x.size() && head < y.size() && key(x.get(head)).equals(key(y.get(head)))) {
            head++;
        }
        int tail = 0;
        while (tail < x.size() - head && tail < y.size() - head
                && key(x.get(x.size() - 1 - tail)).equals(key(y.get(y.size() - 1 - tail)))) {
            tail++;
        }
        return (long) (x.size() - head - tail) * (y.size() - head - tail) > MAX_CELLS;
    }

    private static void middle(List<String> x, List<String> y, String[] kx, String[] ky, int off, int n, int m,
                               List<DiffToken> out) {
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = kx[off + i].equals(ky[off + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (kx[off + i].equals(ky[off + j])) {
                out.add(new DiffToken(DiffToken.Op.EQUAL, x.get(off + i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new DiffToken(DiffToken.Op.DELETE, x.get(off + i++)));
            } else {
                out.add(new DiffToken(DiffToken.Op.INSERT, y.get(off + j++)));
            }
        }
        while (i < n) {
            out.add(new DiffToken(DiffToken.Op.DELETE, x.get(off + i++)));
        }
        while (j < m) {
            out.add(new DiffToken(DiffToken.Op.INSERT, y.get(off + j++)));
        }
    }

    /** Human summary such as "“ceasefire” → “truce”; −“once”"; at most {@code maxChanges} changes. */
    static String summary(List<DiffToken> diff, int maxChanges) {
        List<String> changes = new ArrayList<>();
        int k = 0;
        int total = 0;
        while (k < diff.size()) {
            if (diff.get(k).op() == DiffToken.Op.EQUAL) {
                k++;
                continue;
            }
            List<String> del = new ArrayList<>();
            List<String> ins = new ArrayList<>();
            while (k < diff.size() && diff.get(k).op() != DiffToken.Op.EQUAL) {
                (diff.get(k).op() == DiffToken.Op.DELETE ? del : ins).add(diff.get(k).text());
                k++;
            }
            total++;
            if (changes.size() < maxChanges) {
                String d = joinShort(del);
                String i = joinShort(ins);
                changes.add(del.isEmpty() ? "+“" + i + "”" : ins.isEmpty() ? "−“" + d + "”" : "“" + d + "” → “" + i + "”");
            }
        }
        String s = String.join("; ", changes);
        return total > changes.size() ? s + "; … (" + total + " changes)" : s;
    }

    /** A change of more than this many words is summarised by its first words and the count. */
    static final int MAX_SUMMARY_WORDS = 40;

    private static String joinShort(List<String> words) {
        if (words.size() <= MAX_SUMMARY_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", words.subList(0, MAX_SUMMARY_WORDS)) + " … (" + words.size() + " words)";
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String key(String w) {
        return Words.lower(Words.foldPunctuation(w));
    }
}
