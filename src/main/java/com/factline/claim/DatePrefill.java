package com.factline.claim;

import com.factline.temporal.DateValue;
import com.factline.temporal.TemporalExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which found date a new claim on a selected passage starts with, the one rule for it: among the resolved expressions
 * of the sentence(s) the selection touches, the one inside the selection (the largest overlap, then the first), else
 * the one nearest to it in characters (the first on a tie). The others are offered beside it. Pure and linear in the
 * number of expressions.
 *
 * @param chosen the prefilled expression, or null when the sentence has no resolved date
 * @param others the sentence's other resolved expressions, in text order
 */
public record DatePrefill(@Nullable TemporalExpression chosen, List<TemporalExpression> others) {

    public DatePrefill {
        others = List.copyOf(others);
    }

    /** The prefill for the selection [start, end) (code points) among the expressions found in the text. */
    public static DatePrefill choose(List<TemporalExpression> found, int start, int end) {
        List<TemporalExpression> candidates = new ArrayList<>();
        TemporalExpression best = null;
        for (TemporalExpression e : found) {
            if (e.earliest() == null || !(overlaps(e, start, end) || (e.sentenceStart() < end && e.sentenceEnd() > start))) {
                continue;
            }
            candidates.add(e);
            if (best == null || better(e, best, start, end)) {
                best = e;
            }
        }
        TemporalExpression chosen = best;
        candidates.removeIf(e -> e == chosen);
        candidates.sort(Comparator.comparingInt(TemporalExpression::start));
        return new DatePrefill(chosen, candidates);
    }

    /** Characters between the expression and the selection; 0 when they overlap. */
    static int distance(TemporalExpression e, int start, int end) {
        if (overlaps(e, start, end)) {
            return 0;
        }
        return e.end() <= start ? start - e.end() : e.start() - end;
    }

    private static boolean overlaps(TemporalExpression e, int start, int end) {
        return e.start() < end && e.end() > start;
    }

    private static int overlap(TemporalExpression e, int start, int end) {
        return Math.max(0, Math.min(e.end(), end) - Math.max(e.start(), start));
    }

    private static boolean better(TemporalExpression a, TemporalExpression b, int start, int end) {
        int da = distance(a, start, end);
        int db = distance(b, start, end);
        if (da != db) {
            return da < db;
        }
        int oa = overlap(a, start, end);
        int ob = overlap(b, start, end);
        if (oa != ob) {
            return oa > ob;
        }
        return a.start() < b.start();
    }

    /**
     * The warning when a claim's date does not overlap the date of its event (one sentence, saying both), or null when
     * they overlap or either is missing. It warns, it never blocks: reports do disagree.
     */
    public static @Nullable String eventMismatch(@Nullable DateValue claim, @Nullable DateValue event) {
        if (claim == null || event == null || claim.intersect(event) != null) {
            return null;
        }
        return "This claim\u2019s date (" + claim.display() + ") does not overlap the event\u2019s date (" + event.display()
                + "): check the date or the event.";
    }
}
