package com.factline.discrepancy.detect;

/**
 * An amount stated in a sentence: what it counts ({@code key}: a unit such as "usd", "km", "day" or a counted noun such
 * as "arrest", "death", "page"), the interval of values the wording allows, and where it is.
 *
 * @param start char offset in the sentence
 * @param end char offset in the sentence (exclusive)
 * @param surface the words as written ("more than $250,000", "dozens of arrests", "no fatalities")
 * @param base the number as written, converted to the key's unit (250000 for "more than $250,000")
 * @param low smallest value the wording allows
 * @param high largest value the wording allows ({@code Double.POSITIVE_INFINITY} for "more than")
 * @param bound how the number is qualified
 */
record Quantity(int start, int end, String surface, String key, double base, double low, double high, Bound bound) {

    enum Bound { EXACT, ROUNDED, ABOUT, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, VAGUE }

    /** Both wordings can describe the same true amount. */
    boolean compatibleWith(Quantity o) {
        if (base == o.base && (isBare() && (o.isLowerBound() || o.isUpperBound())
                || o.isBare() && (isLowerBound() || isUpperBound()))) {
            // "$250,000" against "more than $250,000": the same figure, one side says it is exact, the other more
            return false;
        }
        return low <= o.high && o.low <= high;
    }

    /** A figure stated as it is, without "about", "at least" or the like. */
    boolean isBare() {
        return bound == Bound.EXACT || bound == Bound.ROUNDED;
    }

    boolean isLowerBound() {
        return bound == Bound.AT_LEAST || bound == Bound.MORE_THAN;
    }

    boolean isUpperBound() {
        return bound == Bound.AT_MOST || bound == Bound.LESS_THAN;
    }

    /** How far apart two incompatible amounts are, 0 (touching) to 1 (an order of magnitude or zero against some). */
    double gap(Quantity o) {
        double a = Math.max(low, o.low);
        double b = Math.min(high, o.high);
        if (a <= b) {
            return 0.2; // overlapping but refused: the same figure qualified differently
        }
        double lo = Math.min(high, o.high);
        double hi = Math.max(low, o.low);
        if (lo <= 0) {
            return 1;
        }
        return Math.min(1, (hi - lo) / hi * 2);
    }
}
