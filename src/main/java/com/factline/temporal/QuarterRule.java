package com.factline.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters without an explicit "Q3 2023": "in Q3", "the third quarter", "third-quarter" (as in "third-quarter
 * profit"), "the fiscal first quarter", "the 1988 third quarter", "next year's first quarter",
 * "the quarter", "the latest quarter", "this quarter", "the current quarter", "the previous quarter",
 * "the year-earlier quarter", "the year-ago period", "the quarter a year ago", and in a text about a
 * quarter "the 1988 quarter" or "period" (that quarter of the year written). TimeML values them {@code YYYY-Qn}.
 *
 * <p>Anchoring: an ordinal quarter without a year lies in the reference year, unless it is still to
 * come in that year while the clause speaks of the past (then it is last year's) or it is already over
 * while the clause speaks of the future (then it is next year's). "The quarter" and "the latest
 * quarter" are the quarter the text is talking about (the last quarter mentioned before, if any),
 * otherwise the last quarter completed before the reference date, which is what a results report
 * describes. "The year-earlier quarter" is that quarter one year back. As in TimeBank, "the" belongs
 * to the extent of the noun phrase ("the third quarter") but not to an adjectival "third-quarter", and a
 * possessive ("its third quarter") is not part of it either.
 * Fiscal quarters are valued like calendar quarters (a fiscal calendar is not known from the text).
 */
final class QuarterRule {

    private static final String ORD = "(first|second|third|fourth|final|1st|2nd|3rd|4th)";
    private static final Pattern ORDINAL = Pattern.compile("(?i:(the\\s+)?(?:(?<back>year-earlier|year-ago)\\s+)?"
            + "(?:(last|next|this)\\s+year['’]s\\s+)?(?:(fiscal|calendar)[\\s-]+)?(?:(1\\d{3}|20\\d{2})\\s+)?(?:(fiscal)[\\s-]+)?" + ORD + "([\\s-])quarter)"
            + "(?![\\p{L}\\p{N}])");
    /** "in Q3", "Q3 results": a quarter written short without its year ("Q3 2019" is read by the resolver). */
    private static final Pattern SHORT = Pattern.compile("Q([1-4])(?![\\p{L}\\p{N}])");
    private static final Pattern DEICTIC = Pattern.compile("(?i:(?:(this)|the\\s+(latest|most\\s+recent|current"
            + "|previous|prior|preceding|comparable|year-earlier|year-ago|same)?\\s*)(quarter|period))"
            + "(?![\\p{L}\\p{N}-])");

    // "the 1988 quarter": the quarter under discussion, in the year written. "The 1988 period" too, unless the
    // sentence before it speaks of a longer period ("in the nine months, ... in the 1988 period"): that period
    // is then what is compared, and the expression is left to the year.
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?i:the\\s+(1\\d{3}|20\\d{2})\\s+(quarter|period))"
            + "(?![\\p{L}\\p{N}-])");
    private static final Pattern LONGER_PERIOD = Pattern.compile("(?i:months|half|year|fiscal)(?![\\p{L}\\p{N}])");

    /** How far back in its sentence "the 1988 period" looks for a longer period. */
    private static final int PERIOD_LOOKBACK = 200;

    private QuarterRule() {
    }

    /**
     * The quarter expression starting exactly at {@code i}, or null.
     *
     * @param context     the quarter under discussion (the last one mentioned before, forecasts left out), as
     *                    {year, quarter}, or null
     * @param futureTense asked only when the answer matters: does the clause speak of the future?
     */
    static RuleMatch at(String text, int i, LocalDate ref, int[] context, BooleanSupplier futureTense,
            BooleanSupplier pastTense) {
        int limit = Math.min(text.length(), i + 60);
        Matcher m = SHORT.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            return shortQuarter(text, i, m, ref, futureTense, pastTense);
        }
        m = ORDINAL.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            return ordinal(text, i, m, ref, futureTense, pastTense);
        }
        m = DEICTIC.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            return deictic(text, i, m, ref, context);
        }
        if (context != null) {
            m = YEAR_PERIOD.matcher(text).region(i, limit).useTransparentBounds(true);
            if (m.lookingAt() && (m.group(2).equalsIgnoreCase("quarter") || !longerPeriodBefore(text, i))) {
                int y = Integer.parseInt(m.group(1));
                return quarter(i, m.end(), y, context[1], "\"" + m.group().replaceAll("\\s+", " ")
                        + "\": the quarter under discussion (Q" + context[1] + ") of the year written", y == context[0]);
            }
        }
        return null;
    }

    private static RuleMatch ordinal(String text, int i, Matcher m, LocalDate ref, BooleanSupplier futureTense,
            BooleanSupplier pastTense) {
        boolean hasThe = m.group(1) != null;
        boolean adjectival = m.group(8).equals("-");
        if (hasThe && adjectival && m.group(5) == null) {
            // "the third-quarter loss": TimeBank marks only "third-quarter"; the scanner finds it next.
            return null;
        }
        if (followsOfYear(text, m.end())) {
            // "the third quarter of 1989" is a modifier of the year, handled with the year.
            return null;
        }
        int q = switch (m.group(7).toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        boolean fiscal = m.group(4) != null || m.group(6) != null;
        String kind = fiscal ? "fiscal quarter" : "quarter";
        if (m.group(5) != null) {
            int y = Integer.parseInt(m.group(5));
            return quarter(i, m.end(), y, q, kind + " of the year written before it", true);
        }
        if (m.group(3) != null && ref != null) {
            // "next year's first quarter", "last year's fourth quarter": that quarter of the year named.
            String rel = m.group(3).toLowerCase(Locale.ROOT);
            int y = ref.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
            return quarter(i, m.end(), y, q, kind + " of " + rel + " year, the publication year being "
                    + ref.getYear(), true);
        }
        if (ref == null) {
            return new RuleMatch(i, m.end(), TimexType.DATE, "XXXX-Q" + q, null, null, null,
                    kind + " without a year; no reference date", false);
        }
        int y = yearOf(q, ref, futureTense, pastTense);
        String how = howYear(kind, y, ref);
        if (m.group("back") != null) {
            // "the year-ago third quarter": that quarter one year back, a comparison rather than the topic.
            return quarter(i, m.end(), y - 1, q, "\"" + m.group().replaceAll("\\s+", " ") + "\": the year before the "
                    + how, false);
        }
        // "after a flat second quarter": a quarter named with "a" (not "a third-quarter loss") is a comparison,
        // not the quarter the text goes on to talk about.
        return quarter(i, m.end(), y, q, how, hasThe || adjectival || !indefiniteBefore(text, i));
    }

    /**
     * "in Q3", "Q3 sales": like "the third quarter" without a year. Not after a capitalised word or a number ("the
     * Audi Q3" is a car), nor before "of" and a year.
     */
    private static RuleMatch shortQuarter(String text, int i, Matcher m, LocalDate ref, BooleanSupplier futureTense,
            BooleanSupplier pastTense) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || followsOfYear(text, m.end())
                || nameOrNumberBefore(text, i)) {
            return null;
        }
        int q = m.group(1).charAt(0) - '0';
        if (ref == null) {
            return new RuleMatch(i, m.end(), TimexType.DATE, "XXXX-Q" + q, null, null, null,
                    "quarter without a year; no reference date", false);
        }
        int y = yearOf(q, ref, futureTense, pastTense);
        return quarter(i, m.end(), y, q, "\"Q" + q + "\": " + howYear("quarter", y, ref), true);
    }

    /** Whether the word before {@code i} is a number or a capitalised word not opening a sentence ("Audi Q3"). */
    private static boolean nameOrNumberBefore(String text, int i) {
        int s = Windowed.wordBeforeStart(text, i);
        if (s < 0) {
            return false;
        }
        int b = s;
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1)) && s - b < 8) {
            b--;
        }
        boolean opensSentence = b == 0 || ".!?\"“".indexOf(text.charAt(b - 1)) >= 0;
        return Character.isDigit(text.charAt(s)) || Character.isUpperCase(text.charAt(s)) && !opensSentence;
    }

    /**
     * The year of an ordinal quarter without one: the reference year, unless the quarter is still to come in it
     * while the clause speaks of the past (the year before) or already over while it speaks of the future (the
     * year after). The quarter next to the reference quarter is the one of the reference year whatever the tense:
     * results of the quarter just ended are still expected, the coming quarter is already discussed.
     */
    private static int yearOf(int q, LocalDate ref, BooleanSupplier futureTense, BooleanSupplier pastTense) {
        int refQ = (ref.getMonthValue() + 2) / 3;
        if (q - refQ >= 2 && pastTense.getAsBoolean() && !futureTense.getAsBoolean()) {
            return ref.getYear() - 1;
        }
        if (refQ - q >= 2 && futureTense.getAsBoolean()) {
            return ref.getYear() + 1;
        }
        return ref.getYear();
    }

    private static String howYear(String kind, int y, LocalDate ref) {
        if (y < ref.getYear()) {
            return kind + " still to come in " + ref.getYear() + " but spoken of in the past: the year before";
        }
        if (y > ref.getYear()) {
            return kind + " already over in " + ref.getYear() + " but spoken of in the future: the year after";
        }
        return kind + " without a year, in the year of the publication date " + ref;
    }

    private static RuleMatch deictic(String text, int i, Matcher m, LocalDate ref, int[] context) {
        String which = m.group(1) != null ? "this" : m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        boolean period = m.group(3).equalsIgnoreCase("period");
        if (period && !(which.equals("latest") || which.equals("year-earlier") || which.equals("year-ago")
                || which.equals("most recent"))) {
            return null;
        }
        if (which.equals("same") || which.equals("comparable")) {
            // "the same quarter" needs the year it is compared with ("a year earlier"), which comes after it.
            if (!startsWithWords(text, m.end(), "last year") && !startsWithWords(text, m.end(), "a year")) {
                return null;
            }
            which = "year-earlier";
        }
        int end = m.end();
        if (which.isEmpty() && !period) {
            // "the quarter a year ago", "the quarter a year earlier": the quarter under discussion one year back,
            // one expression.
            int tail = yearBackTail(text, end);
            if (tail > 0) {
                which = "year-earlier";
                end = tail;
            }
        }
        if (ref == null && context == null) {
            return null;
        }
        int[] current;
        String base;
        if (which.equals("current")) {
            if (ref == null) {
                return null;
            }
            current = new int[] {ref.getYear(), (ref.getMonthValue() + 2) / 3};
            base = "the quarter of the publication date " + ref;
        } else if (context != null) {
            current = context;
            base = "the quarter under discussion (" + context[0] + "-Q" + context[1] + ")";
        } else {
            YearMonth last = YearMonth.from(ref).minusMonths(3);
            current = new int[] {last.getYear(), (last.getMonthValue() + 2) / 3};
            base = "the last quarter completed before the publication date " + ref;
        }
        int back = switch (which) {
            case "previous", "prior", "preceding" -> 1;
            case "year-earlier", "year-ago" -> 4;
            default -> 0;
        };
        int index = current[0] * 4 + current[1] - 1 - back;
        String words = text.substring(i, end).trim().replaceAll("\\s+", " ");
        String how = back == 0 ? "\"" + words + "\": " + base
                : "\"" + words + "\": " + back + (back == 1 ? " quarter" : " quarters") + " before " + base;
        return quarter(i, end, index / 4, index % 4 + 1, how, back == 0);
    }

    private static final Pattern YEAR_BACK = Pattern.compile("\\s+(?i:an?\\s+year\\s+(?:ago|earlier|before))"
            + "(?![\\p{L}\\p{N}-])");

    /** Where " a year ago" ("a year earlier", "a year before") right after {@code pos} ends, or -1. */
    private static int yearBackTail(String text, int pos) {
        Matcher t = YEAR_BACK.matcher(text).region(pos, Math.min(text.length(), pos + 30)).useTransparentBounds(true);
        return t.lookingAt() ? t.end() : -1;
    }

    static RuleMatch quarter(int start, int end, int y, int q, String how, boolean topic) {
        YearMonth first = YearMonth.of(y, 3 * q - 2);
        return new RuleMatch(start, end, TimexType.DATE, y + "-Q" + q, null, first.atDay(1),
                first.plusMonths(2).atEndOfMonth(), how, topic);
    }

    /** Whether "a"/"an" stands one or two words before {@code pos} ("a second quarter", "a flat second quarter"). */
    private static boolean indefiniteBefore(String text, int pos) {
        int p = pos;
        for (int k = 0; k < 2; k++) {
            int e = p;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b == e) {
                return false;
            }
            String w = text.substring(b, e);
            if (w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an")) {
                return true;
            }
            p = b;
        }
        return false;
    }

    /** Whether the sentence before {@code pos} (at most {@link #PERIOD_LOOKBACK} chars) names a longer period. */
    private static boolean longerPeriodBefore(String text, int pos) {
        int from = Math.max(0, pos - PERIOD_LOOKBACK);
        int dot = text.lastIndexOf('.', pos - 1);
        if (dot >= from) {
            from = dot + 1;
        }
        return LONGER_PERIOD.matcher(text).region(from, pos).find();
    }

    private static boolean followsOfYear(String text, int pos) {
        int p = pos;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (!text.regionMatches(true, p, "of ", 0, 3)) {
            return false;
        }
        p += 3;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p + 4 <= text.length() && Character.isDigit(text.charAt(p)) && Character.isDigit(text.charAt(p + 3));
    }

    private static boolean startsWithWords(String text, int pos, String words) {
        int p = pos;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return text.regionMatches(true, p, words, 0, words.length());
    }
}
