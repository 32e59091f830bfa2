package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level LCS diff; words compare case-insensitively with typographic punctuation folded. */
public final class WordDiff {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private WordDiff() {
    }

    public static List<DiffToken> diff(String a, String b) {
        List<String> x = words(a == null ? "" : a);
        List<String> y = words(b == null ? "" : b);
        int n = x.size();
        int m = y.size();
        String[] kx = x.stream().map(WordDiff::key).toArray(String[]::new);
        String[] ky = y.stream().map(WordDiff::key).toArray(String[]::new);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = kx[i].equals(ky[j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffToken> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (kx[i].equals(ky[j])) {
                out.add(new DiffToken(DiffToken.Op.EQUAL, x.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new DiffToken(DiffToken.Op.DELETE, x.get(i++)));
            } else {
                out.add(new DiffToken(DiffToken.Op.INSERT, y.get(j++)));
            }
        }
        while (i < n) {
            out.add(new DiffToken(DiffToken.Op.DELETE, x.get(i++)));
        }
        while (j < m) {
            out.add(new DiffToken(DiffToken.Op.INSERT, y.get(j++)));
        }
        return out;
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
                String d = String.join(" ", del);
                String i = String.join(" ", ins);
                changes.add(del.isEmpty() ? "+“" + i + "”" : ins.isEmpty() ? "−“" + d + "”" : "“" + d + "” → “" + i + "”");
            }
        }
        String s = String.join("; ", changes);
        return total > changes.size() ? s + "; … (" + total + " changes)" : s;
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
