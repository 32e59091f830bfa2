package com.factline.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * TempEval-3 Task A style scores of system TIMEX3 against gold TIMEX3 (Saurí et al. 2006; UzZaman et
 * al. 2013): strict (same extent) and relaxed (overlapping extent) precision, recall and F1, type and
 * value accuracy over the relaxed matches, and value F1 = relaxed F1 × value accuracy.
 *
 * <p>Matching is one-to-one: each gold expression is paired with the first unpaired system expression
 * that overlaps it (an exact-extent partner is preferred), so a system that splits one gold extent in
 * two gets one match and one spurious. Both lists must be sorted by start offset; the pairing walks
 * them together, so it is linear in their length. Instances add up: {@link #add} sums documents.
 */
public final class TimemlScore {

    /** An expression reduced to what is scored: char offsets, type and value. */
    public record Span(int start, int end, String text, String type, String value) {
        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    /**
     * One error for {@code --errors}: kind is MISSED, SPURIOUS, WRONG_VALUE, or EXTENT (a relaxed match with the
     * gold value whose extent differs; a wrong value with another extent is listed once, as WRONG_VALUE).
     */
    public record Error(String kind, Span gold, Span system) {
    }

    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int typeRight;
    private int valueRight;

    /** Scores one document and returns the errors found (misses, spurious, wrong values, other extents). */
    public List<Error> score(List<Span> goldSpans, List<Span> systemSpans) {
        List<Error> errors = new ArrayList<>();
        boolean[] used = new boolean[systemSpans.size()];
        int first = 0;
        for (Span g : goldSpans) {
            while (first < systemSpans.size() && systemSpans.get(first).end <= g.start) {
                if (!used[first]) {
                    used[first] = true;
                    errors.add(new Error("SPURIOUS", null, systemSpans.get(first)));
                }
                first++;
            }
            int pick = -1;
            for (int k = first; k < systemSpans.size() && systemSpans.get(k).start < g.end; k++) {
                Span s = systemSpans.get(k);
                if (used[k] || !s.overlaps(g)) {
                    continue;
                }
                if (pick < 0 || (s.start == g.start && s.end == g.end)) {
                    pick = k;
                }
            }
            if (pick < 0) {
                errors.add(new Error("MISSED", g, null));
                continue;
            }
            used[pick] = true;
            Span s = systemSpans.get(pick);
            relaxed++;
            if (s.start == g.start && s.end == g.end) {
                strict++;
            }
            if (Objects.equals(s.type, g.type)) {
                typeRight++;
            }
            if (sameValue(s.value, g.value)) {
                valueRight++;
                if (s.start != g.start || s.end != g.end) {
                    errors.add(new Error("EXTENT", g, s));
                }
            } else {
                errors.add(new Error("WRONG_VALUE", g, s));
            }
        }
        for (int k = first; k < systemSpans.size(); k++) {
            if (!used[k]) {
                errors.add(new Error("SPURIOUS", null, systemSpans.get(k)));
            }
        }
        gold += goldSpans.size();
        system += systemSpans.size();
        return errors;
    }

    public void add(TimemlScore o) {
        gold += o.gold;
        system += o.system;
        strict += o.strict;
        relaxed += o.relaxed;
        typeRight += o.typeRight;
        valueRight += o.valueRight;
    }

    public int gold() {
        return gold;
    }

    public int system() {
        return system;
    }

    public double strictPrecision() {
        return ratio(strict, system);
    }

    public double strictRecall() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Share of relaxed matches with the gold type. */
    public double typeAccuracy() {
        return ratio(typeRight, relaxed);
    }

    private static final java.util.regex.Pattern SHORT_WEEK = java.util.regex.Pattern.compile("-W(\\d)(?!\\d)");

    /**
     * Whether two TIMEX3 values name the same thing. Values compare as written, except that an ISO week number
     * written without its leading zero ("2000-W7") is the same week as "2000-W07"; annotators wrote both.
     */
    public static boolean sameValue(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return SHORT_WEEK.matcher(a).replaceAll("-W0$1").equals(SHORT_WEEK.matcher(b).replaceAll("-W0$1"));
    }

    /** Share of relaxed matches with the gold value. */
    public double valueAccuracy() {
        return ratio(valueRight, relaxed);
    }

    public double valueF1() {
        return relaxedF1() * valueAccuracy();
    }

    public double typeF1() {
        return relaxedF1() * typeAccuracy();
    }

    /** One line of figures in percent, e.g. for a table row. */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "gold=%d system=%d strict P/R/F1=%.1f/%.1f/%.1f relaxed P/R/F1=%.1f/%.1f/%.1f"
                        + " type_acc=%.1f value_acc=%.1f type_F1=%.1f value_F1=%.1f",
                gold, system, 100 * strictPrecision(), 100 * strictRecall(), 100 * strictF1(),
                100 * relaxedPrecision(), 100 * relaxedRecall(), 100 * relaxedF1(), 100 * typeAccuracy(),
                100 * valueAccuracy(), 100 * typeF1(), 100 * valueF1());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
