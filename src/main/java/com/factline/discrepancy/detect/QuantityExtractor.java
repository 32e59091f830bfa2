package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure: finds the amounts a sentence states and what each counts. Numbers in digits and words ("twenty-five",
 * "1.5 million"), vague amounts ("dozens of", "a dozen", "hundreds"), zero statements ("no fatalities", "nobody was
 * hurt"), qualifiers ("at least", "more than", "about", "up to") and units (miles and kilometres, feet and metres,
 * pounds and kilograms, durations in days) are understood; a round figure allows for rounding (43,000 covers
 * 43,350). Years, clock times, ordinals and numbers inside names ("Section 230", "F-16") are not amounts.
 */
final class QuantityExtractor {

    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\p{L}+(?:['’]\\p{L}+)*|[$€£%\\-:]");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Double> SCALES = Map.of("hundred", 100.0, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);
    /** Vague amounts: word → {low, high}. "dozens of" and friends. */
    private static final Map<String, double[]> VAGUE = Map.of(
            "dozens", new double[] {24, 99}, "hundreds", new double[] {200, 999},
            "thousands", new double[] {2000, 9999}, "millions", new double[] {2e6, 9.99e8},
            "scores", new double[] {40, 200}, "several", new double[] {3, 9}, "handful", new double[] {2, 6});

    private static final Map<String, Double> OF_SCALES = Map.of("hundreds", 100.0, "thousands", 1e3,
            "millions", 1e6, "billions", 1e9);

    /** Counted things that matter in news, so that "30 dead", "30 people were killed" and "30 deaths" compare. */
    private static final Map<String, String> CATEGORY = Map.ofEntries(
            Map.entry("dead", "death"), Map.entry("death", "death"), Map.entry("killed", "death"),
            Map.entry("died", "death"), Map.entry("fatality", "death"), Map.entry("fatalities", "death"),
            Map.entry("life", "death"), Map.entry("lives", "death"),
            Map.entry("injured", "injury"), Map.entry("wounded", "injury"), Map.entry("hurt", "injury"),
            Map.entry("injury", "injury"), Map.entry("injuries", "injury"),
            Map.entry("arrested", "arrest"), Map.entry("arrest", "arrest"), Map.entry("arrests", "arrest"),
            Map.entry("detained", "arrest"), Map.entry("detainee", "arrest"), Map.entry("detainees", "arrest"),
            Map.entry("missile", "missile"), Map.entry("missiles", "missile"), Map.entry("rocket", "missile"),
            Map.entry("rockets", "missile"));
    private static final Set<String> EVENT_CATEGORIES = Set.of("death", "injury", "arrest");
    /** Unit → {key, factor to the key's unit}. */
    private static final Map<String, Object[]> UNITS = Map.ofEntries(
            Map.entry("mile", new Object[] {"km", 1.609344}), Map.entry("kilometer", new Object[] {"km", 1.0}),
            Map.entry("kilometre", new Object[] {"km", 1.0}), Map.entry("km", new Object[] {"km", 1.0}),
            Map.entry("foot", new Object[] {"m", 0.3048}), Map.entry("feet", new Object[] {"m", 0.3048}),
            Map.entry("meter", new Object[] {"m", 1.0}), Map.entry("metre", new Object[] {"m", 1.0}),
            Map.entry("kilogram", new Object[] {"kg", 1.0}), Map.entry("kg", new Object[] {"kg", 1.0}),
            Map.entry("percent", new Object[] {"percent", 1.0}), Map.entry("dollar", new Object[] {"usd", 1.0}),
            Map.entry("year", new Object[] {"duration", 365.0}), Map.entry("month", new Object[] {"duration", 30.0}),
            Map.entry("week", new Object[] {"duration", 7.0}), Map.entry("day", new Object[] {"duration", 1.0}),
            Map.entry("hour", new Object[] {"duration", 1 / 24.0}),
            Map.entry("minute", new Object[] {"duration", 1 / 1440.0}));
    /** Vague durations written as one word: word → {low, high} in days. */
    private static final Map<String, double[]> LONG = Map.of(
            "monthslong", new double[] {60, 364}, "yearslong", new double[] {730, 3650},
            "weeklong", new double[] {5, 9}, "weekslong", new double[] {14, 60},
            "decadeslong", new double[] {7300, 36500});
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "at",
            "for", "by", "with", "from", "as", "than", "that", "this", "which", "who", "was", "were", "is", "are",
            "be", "been", "has", "have", "had", "his", "her", "their", "its", "it", "he", "she", "they", "per",
            "more", "less", "about", "times", "other", "out", "up", "after", "before", "since", "ago");

    private record Tok(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }
    }

    private QuantityExtractor() {
    }

    /**
     * The amounts in {@code sentence}, skipping numbers whose char range overlaps one of {@code excluded} (temporal
     * expressions, as pairs of start and end offsets in the sentence).
     */
    static List<Quantity> extract(String sentence, List<int[]> excluded) {
        List<Tok> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            toks.add(new Tok(m.group(), m.start(), m.end()));
        }
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int next = read(sentence, toks, i, excluded, out);
            i = Math.max(i + 1, next);
        }
        return out;
    }

    /** Tries to read an amount at token i; returns the index after it (or i when there is none). */
    private static int read(String s, List<Tok> toks, int i, List<int[]> excluded, List<Quantity> out) {
        Tok t = toks.get(i);
        String w = t.lower();
        int first = i;
        double value;
        double vagueLow = Double.NaN;
        double vagueHigh = Double.NaN;
        boolean decimal = false;
        int j;
        if (t.isNumber()) {
            if (overlaps(t.start(), t.end(), excluded) || isPartOfName(s, toks, i)) {
                return i + 1;
            }
            value = Double.parseDouble(t.text().replace(",", ""));
            decimal = t.text().contains(".");
            j = i + 1;
        } else if (SMALL.containsKey(w) || TENS.containsKey(w)) {
            if (w.equals("one") && !(i + 1 < toks.size() && looksCounted(toks, i + 1))) {
                return i + 1; // "one of the", "no one": not an amount
            }
            value = SMALL.containsKey(w) ? SMALL.get(w) : TENS.get(w);
            j = i + 1;
            if (TENS.containsKey(w) && j + 1 < toks.size() && toks.get(j).text().equals("-")
                    && SMALL.containsKey(toks.get(j + 1).lower()) && SMALL.get(toks.get(j + 1).lower()) < 10) {
                value += SMALL.get(toks.get(j + 1).lower());
                j += 2;
            }
        } else if (w.equals("dozen") && i > 0 && toks.get(i - 1).lower().equals("a")) {
            value = 12;
            vagueLow = 10;
            vagueHigh = 14;
            first = i - 1;
            j = i + 1;
        } else if (VAGUE.containsKey(w)) {
            double[] r = VAGUE.get(w);
            value = r[0];
            vagueLow = r[0];
            vagueHigh = r[1];
            if (w.equals("handful") || w.equals("several")) {
                first = i > 0 && toks.get(i - 1).lower().equals("a") ? i - 1 : i;
            }
            j = i + 1;
            if (w.equals("thousands") && i >= 2 && toks.get(i - 1).lower().equals("of")
                    && toks.get(i - 2).lower().equals("tens")) {
                return i + 1; // "tens of thousands" is read from "tens"
            }
        } else if (w.equals("tens") && i + 2 < toks.size() && toks.get(i + 1).lower().equals("of")
                && toks.get(i + 2).lower().equals("thousands")) {
            value = 20000;
            vagueLow = 20000;
            vagueHigh = 99999;
            j = i + 3;
        } else if (isZeroWord(toks, i)) {
            return readZero(s, toks, i, out);
        } else if (LONG.containsKey(w) || (i + 2 < toks.size() && toks.get(i + 1).text().equals("-")
                && toks.get(i + 2).lower().equals("long") && LONG.containsKey(w + "long"))) {
            // "monthslong investigation", "weeks-long strike"
            int after = LONG.containsKey(w) ? i + 1 : i + 3;
            double[] r = LONG.get(LONG.containsKey(w) ? w : w + "long");
            int to = toks.get(after - 1).end();
            out.add(new Quantity(t.start(), to, s.substring(t.start(), to), "duration:" + nounAfter(toks, after),
                    r[0], r[0], r[1], Quantity.Bound.VAGUE));
            return after;
        } else {
            return i + 1;
        }
        String currency = null;
        if (first > 0 && "$€£".contains(toks.get(first - 1).text()) && toks.get(first - 1).text().length() == 1) {
            currency = switch (toks.get(first - 1).text()) {
                case "$" -> "usd";
                case "€" -> "eur";
                default -> "gbp";
            };
            first--;
        }
        // scale words: "1.5 million", "two hundred", "dozens of thousands"
        boolean scaled = false;
        if (j + 1 < toks.size() && toks.get(j).lower().equals("of") && OF_SCALES.containsKey(toks.get(j + 1).lower())) {
            double f = OF_SCALES.get(toks.get(j + 1).lower());
            value *= f;
            vagueLow = Double.isNaN(vagueLow) ? value : vagueLow * f;
            vagueHigh = Double.isNaN(vagueHigh) ? value : vagueHigh * f;
            scaled = true;
            j += 2;
        }
        while (j < toks.size() && SCALES.containsKey(toks.get(j).lower())) {
            value *= SCALES.get(toks.get(j).lower());
            if (!Double.isNaN(vagueLow)) {
                vagueLow *= SCALES.get(toks.get(j).lower());
                vagueHigh *= SCALES.get(toks.get(j).lower());
            }
            scaled = true;
            j++;
        }
        if (t.isNumber() && currency == null && !scaled && !decimal && value >= 1800 && value <= 2100
                && !(j < toks.size() && (toks.get(j).text().equals("-") || isUnitOrCategory(toks.get(j).lower())))) {
            return j; // a year
        }
        if (t.isNumber() && j < toks.size() && (toks.get(j).text().equals(":")
                || toks.get(j).lower().matches("a|p|am|pm|st|nd|rd|th")
                || (toks.get(j).start() == t.end() && Character.isLetter(s.charAt(t.end()))))) {
            return j; // a clock time, an ordinal, a code such as 4G
        }
        // what it counts
        String key = currency;
        double factor = 1;
        int end = j;
        if (j < toks.size() && toks.get(j).text().equals("%")) {
            key = "percent";
            end = j + 1;
        } else if (j + 1 < toks.size() && toks.get(j).text().equals("-") && toks.get(j).start() == toks.get(j - 1).end()) {
            // "35-word oath", "two-year investigation", "48-page indictment"
            String unit = singular(toks.get(j + 1).lower());
            Object[] u = UNITS.get(unit);
            if (u != null) {
                key = u[0] + ":" + nounAfter(toks, j + 2);
                factor = (Double) u[1];
            } else {
                key = unit;
            }
            end = j + 2;
        } else if (key == null) {
            int k = j;
            while (k < toks.size() && k < j + 2 && toks.get(k).lower().equals("of")) {
                k++;
            }
            String category = categoryWithin(toks, k, 4);
            if (k < toks.size()) {
                String unit = singular(toks.get(k).lower());
                Object[] u = UNITS.get(unit);
                if (u != null) {
                    key = (String) u[0];
                    factor = (Double) u[1];
                    end = k + 1;
                } else if (category != null) {
                    key = category;
                    end = categoryEnd(toks, k, 4);
                } else if (!FUNCTION.contains(unit) && !toks.get(k).isNumber() && Character.isLetter(unit.charAt(0))
                        && Character.isLowerCase(toks.get(k).text().charAt(0))) {
                    key = unit;
                    end = k + 1;
                }
            }
        }
        if (key == null) {
            return j;
        }
        Quantity.Bound bound = Double.isNaN(vagueLow) ? Quantity.Bound.EXACT : Quantity.Bound.VAGUE;
        double base = value * factor;
        double low;
        double high;
        if (!Double.isNaN(vagueLow)) {
            low = vagueLow * factor;
            high = vagueHigh * factor;
        } else {
            double tolerance = rounding(value, decimal, scaled) * factor;
            if (factor != 1 && !key.startsWith("duration")) {
                tolerance = Math.max(tolerance, base * 0.03); // a converted figure is rounded on the other side
            }
            if (key.startsWith("duration") && !t.isNumber()) {
                tolerance = Math.max(tolerance, base * 0.25); // "two-year" is seldom to the day
            }
            low = base - tolerance;
            high = base + tolerance;
            if (tolerance > 0) {
                bound = Quantity.Bound.ROUNDED;
            }
        }
        Qualifier q = qualifier(toks, first);
        if (q != null) {
            first = q.start;
            switch (q.bound) {
                case ABOUT -> {
                    low = Math.min(low, base * 0.9);
                    high = Math.max(high, base * 1.1);
                }
                case AT_LEAST -> {
                    low = base;
                    high = Double.POSITIVE_INFINITY;
                }
                case MORE_THAN -> {
                    low = Math.nextUp(base);
                    high = Double.POSITIVE_INFINITY;
                }
                case AT_MOST -> low = 0;
                case LESS_THAN -> {
                    low = 0;
                    high = Math.nextDown(base);
                }
                default -> {
                    low = base * 0.85;
                    high = base;
                }
            }
            bound = q.bound == Quantity.Bound.VAGUE ? Quantity.Bound.AT_MOST : q.bound;
        }
        int from = toks.get(first).start();
        int to = toks.get(Math.min(end, toks.size()) - 1).end();
        out.add(new Quantity(from, to, s.substring(from, to), key, base, low, high, bound));
        return end;
    }

    private static int readZero(String s, List<Tok> toks, int i, List<Quantity> out) {
        int k = toks.get(i).lower().equals("no") && i + 1 < toks.size() && toks.get(i + 1).lower().equals("one")
                ? i + 2 : i + 1;
        String category = categoryWithin(toks, k, 4);
        if (category == null || !EVENT_CATEGORIES.contains(category)) {
            return i + 1;
        }
        int end = k;
        while (end < toks.size() && end < k + 4 && CATEGORY.get(toks.get(end).lower()) == null) {
            end++;
        }
        int from = toks.get(i).start();
        int to = toks.get(Math.min(end, toks.size() - 1)).end();
        out.add(new Quantity(from, to, s.substring(from, to), category, 0, 0, 0, Quantity.Bound.EXACT));
        return end + 1;
    }

    private static boolean isZeroWord(List<Tok> toks, int i) {
        String w = toks.get(i).lower();
        return w.equals("nobody") || w.equals("none") || w.equals("no");
    }

    private record Qualifier(int start, Quantity.Bound bound) {
    }

    private static final Map<String, Quantity.Bound> QUALIFIERS = Map.ofEntries(
            Map.entry("at least", Quantity.Bound.AT_LEAST), Map.entry("more than", Quantity.Bound.MORE_THAN),
            Map.entry("over", Quantity.Bound.MORE_THAN), Map.entry("upwards of", Quantity.Bound.MORE_THAN),
            Map.entry("nearly", Quantity.Bound.VAGUE), Map.entry("almost", Quantity.Bound.VAGUE),
            Map.entry("about", Quantity.Bound.ABOUT), Map.entry("around", Quantity.Bound.ABOUT),
            Map.entry("roughly", Quantity.Bound.ABOUT), Map.entry("approximately", Quantity.Bound.ABOUT),
            Map.entry("some", Quantity.Bound.ABOUT), Map.entry("estimated", Quantity.Bound.ABOUT),
            Map.entry("up to", Quantity.Bound.AT_MOST), Map.entry("as many as", Quantity.Bound.AT_MOST),
            Map.entry("at most", Quantity.Bound.AT_MOST), Map.entry("fewer than", Quantity.Bound.LESS_THAN),
            Map.entry("less than", Quantity.Bound.LESS_THAN), Map.entry("under", Quantity.Bound.LESS_THAN),
            Map.entry("just over", Quantity.Bound.MORE_THAN), Map.entry("just under", Quantity.Bound.LESS_THAN));

    private static Qualifier qualifier(List<Tok> toks, int first) {
        for (int n = 3; n >= 1; n--) {
            if (first - n < 0) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = first - n; k < first; k++) {
                sb.append(k > first - n ? " " : "").append(toks.get(k).lower());
            }
            Quantity.Bound b = QUALIFIERS.get(sb.toString());
            if (b != null) {
                // "nearly" reads as "at most, a little below"
                return new Qualifier(first - n, b);
            }
        }
        return null;
    }

    /** Tolerance of a figure as written: a round figure covers what rounds to it, at most 5 % either way. */
    private static double rounding(double value, boolean decimal, boolean scaled) {
        if (decimal && !scaled) {
            return 0;
        }
        if (scaled) {
            return value * 0.05;
        }
        long v = (long) value;
        if (v < 10) {
            return 0;
        }
        long p = 1;
        while (v % (p * 10) == 0) {
            p *= 10;
        }
        return p == 1 ? 0 : Math.min(p / 2.0, value * 0.05);
    }

    private static boolean isPartOfName(String s, List<Tok> toks, int i) {
        if (i == 0) {
            return false;
        }
        Tok prev = toks.get(i - 1);
        if (prev.text().equals("-") && prev.end() == toks.get(i).start() && i >= 2
                && toks.get(i - 2).end() == prev.start()) {
            return true; // COVID-19, F-16
        }
        if (prev.text().equals(":")) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(prev.text().charAt(0)) && Character.isLetter(prev.text().charAt(0));
        return capitalised && i >= 2 && QUALIFIERS.get(prev.lower()) == null && !prev.lower().equals("about")
                && !SMALL.containsKey(prev.lower());
    }

    private static boolean looksCounted(List<Tok> toks, int k) {
        String w = toks.get(k).lower();
        return !FUNCTION.contains(w) && !w.equals("another") && !w.equals("day") && Character.isLetter(w.charAt(0))
                && !w.equals("-");
    }

    private static String categoryWithin(List<Tok> toks, int from, int n) {
        for (int k = from; k < toks.size() && k < from + n; k++) {
            String c = CATEGORY.get(toks.get(k).lower());
            if (c != null) {
                return c;
            }
            if (toks.get(k).text().equals(",") || toks.get(k).isNumber()) {
                break;
            }
        }
        return null;
    }

    /** The index after the first counted-thing word within n tokens from {@code from}. */
    private static int categoryEnd(List<Tok> toks, int from, int n) {
        for (int k = from; k < toks.size() && k < from + n; k++) {
            if (CATEGORY.containsKey(toks.get(k).lower())) {
                return k + 1;
            }
        }
        return from + 1;
    }

    private static boolean isUnitOrCategory(String w) {
        return UNITS.containsKey(singular(w)) || CATEGORY.containsKey(w);
    }

    /**
     * The noun a measure modifies: the last of the words that follow it ("a two-year grand jury investigation" →
     * investigation, "a monthslong criminal investigation into" → investigation), so modifiers in between do not make
     * the same thing look like two.
     */
    private static String nounAfter(List<Tok> toks, int k) {
        int x = k;
        while (x < toks.size() && x < k + 3) {
            String w = toks.get(x).lower();
            if (!FUNCTION.contains(w) && Character.isLetter(w.charAt(0))) {
                break;
            }
            x++;
        }
        String head = "";
        for (int y = x; y < toks.size() && y < x + HEAD_WORDS; y++) {
            String w = toks.get(y).lower();
            if (FUNCTION.contains(w) || Words.STOPWORDS.contains(w) || !Character.isLetter(w.charAt(0))
                    || (y > x && (toks.get(y).start() > toks.get(y - 1).end() + 1 || looksLikeVerb(w)))) {
                break;
            }
            head = singular(w);
        }
        return head;
    }

    /** "the 48-page indictment says", "a two-year inquiry found": the verb after the noun is not the noun. */
    private static boolean looksLikeVerb(String w) {
        return w.endsWith("ed") || VERBS_AFTER_NOUN.contains(w) || QuoteDetector.ATTRIBUTION.contains(w);
    }

    private static final Set<String> VERBS_AFTER_NOUN = Set.of("says", "shows", "finds", "found", "alleges", "claims",
            "notes", "accuses", "charges", "describes", "details", "lists", "is", "was", "are", "were", "has", "had",
            "will", "would", "could", "can", "may", "might", "must", "should", "began", "begins", "ended", "ends");

    /** A measure modifies at most this many words before its noun ("two-year grand jury investigation"). */
    static final int HEAD_WORDS = 3;

    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean overlaps(int a, int b, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (a < r[1] && r[0] < b) {
                return true;
            }
        }
        return false;
    }
}
