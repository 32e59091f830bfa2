package com.factline.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calendar dates written out: month names ("March", "Sept.", "Dec"), explicit days ("2023-03-18",
 * "3/18/2023", "18/3/23"), and the question every four-digit number raises: is it a year?
 *
 * <p>Rules: a numeric date is read in US order (month/day/year) unless its first number cannot be a
 * month or the day-first reading is the publication date (give or take two days) and the US one is not near it; a two-digit year above 69 is 19xx, otherwise 20xx; a day must exist in its month (no
 * February 30). A four-digit number is a year unless the characters or words around it make it an
 * amount ("$2000", "2,000", "1990.5", "2000%", "2000 people", "1500 troops") or a code ("F-1990"); after
 * "mid-", "pre-" or "post-" it is always a year ("post-1959 politics"). Otherwise a plausible year
 * (1900–2099) is kept before a plural noun only after a time preposition ("in 2022 elections were
 * held"), and an implausible one (1066) only after a word that asks for a year ("in", "since", "the",
 * a month name) or after "it was", "it is" ("wished it was 1825"). Pure and stateless.
 */
final class CalendarDateRule {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern IT_IS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])it(?:\\s+(?:was|is|were)|['’]s)\\s+$");

    // After these words a four-digit number is a year even outside 1900–2099 ("in 1066").
    private static final Set<String> STRONG_YEAR_PREP = Set.of("in", "since", "until", "till", "by", "before",
            "after", "during", "from", "through", "throughout", "of", "early", "late", "mid", "between", "around",
            "circa", "c", "to", "and", "or", "the", "year", "summer", "winter", "spring", "autumn", "fall");
    // Prepositions that make a following plausible year a year even before a plural noun
    // ("in 2022 elections were held").
    private static final Set<String> TIME_PREP = Set.of("in", "since", "until", "till", "by", "before", "after",
            "during", "from", "through", "throughout");
    /** Words ending in "s" that are not plural nouns. */
    static final Set<String> NOT_PLURAL = Set.of("this", "was", "has", "his", "its", "thus", "plus",
            "always", "towards", "afterwards", "whereas", "across", "versus", "yes", "is", "as", "us");
    /** Determiners after which a plausible year before a plural noun of {@link #YEAR_MODIFIED} is that year's. */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "your", "this",
            "that");
    /**
     * Plural nouns of reporting or of a vote a year modifies ("the 2015 sales figures", "the 2010 elections",
     * "their 2019 earnings"); news counts people and things in thousands, not these, so "the 2000 people" stays a
     * count.
     */
    private static final Set<String> YEAR_MODIFIED = Set.of("sales", "earnings", "results", "figures", "accounts",
            "profits", "revenues", "budgets", "estimates", "forecasts", "statistics", "rankings", "elections",
            "midterms", "primaries");
    private static final Set<String> UNIT_NOUNS = Set.of("people", "men", "women", "children", "feet", "km", "mm",
            "kg", "ft", "lb", "m", "cm", "mph", "km/h", "times", "percent", "per");

    static {
        String[] full = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        for (int i = 0; i < 12; i++) {
            MONTHS.put(full[i], i + 1);
            MONTHS.put(full[i].substring(0, 3), i + 1);
        }
        MONTHS.put("Sept", 9);
    }

    /** A day and how it was read ("ISO date", "numeric date, month/day/year"). */
    record Day(LocalDate date, String how) {
    }

    private CalendarDateRule() {
    }

    /** True for a month name or its abbreviation as written, capitalised and without the period ("Sept"). */
    static boolean isMonthName(String word) {
        return MONTHS.containsKey(word);
    }

    /** The month (1–12) of a name or abbreviation, with or without its period ("Dec."), or 0. */
    static int monthNumber(String name) {
        String key = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        Integer m = MONTHS.get(key);
        return m == null ? 0 : m;
    }

    /** The day y-mo-d, or null when that day does not exist. */
    static LocalDate day(int y, int mo, int d) {
        if (mo < 1 || mo > 12 || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, mo, d);
    }

    private static final Set<String> WEEKDAY_NAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /**
     * {@code text} with the month and weekday names of dates written in capitals ("DECEMBER 16, 2008", "MON 22 JUL
     * 2013", "THURSDAY, JUNE 30, 2005", datelines' style) written as names ("December 16, 2008"), every other
     * character unchanged, so offsets stay the same; {@code text} itself when there is none. A capitalised month
     * counts only next to a number (a day or a year) and a weekday only before such a month or a number, so
     * "MAY" and "MARCH" in a headline stay words.
     */
    static String titleCaseDates(String text) {
        char[] out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int e = i;
            while (e < n && Character.isUpperCase(text.charAt(e))) {
                e++;
            }
            if (e - i >= 3 && (e == n || !Character.isLetter(text.charAt(e)))) {
                String word = text.charAt(i) + text.substring(i + 1, e).toLowerCase(java.util.Locale.ROOT);
                boolean month = isMonthName(word) && (numberAfter(text, e) || numberBefore(text, i));
                boolean weekday = WEEKDAY_NAMES.contains(word) && (numberAfter(text, e) || capitalMonthAfter(text, e));
                if (month || weekday) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    word.getChars(0, word.length(), out, i);
                    if (month) {
                        ordinalSuffixToLowerCase(text, skipPunctuation(text, e), out);
                    }
                }
            }
            i = e;
        }
        return out == null ? text : new String(out);
    }

    /** "JUNE 11TH": the suffix of the day number at {@code p} in lower case ("11th"), as the date patterns read it. */
    private static void ordinalSuffixToLowerCase(String text, int p, char[] out) {
        int q = p;
        while (q < text.length() && Character.isDigit(text.charAt(q))) {
            q++;
        }
        if (q > p && q + 2 <= text.length() && (q + 2 == text.length() || !Character.isLetter(text.charAt(q + 2)))) {
            String suffix = text.substring(q, q + 2);
            if (suffix.equals("ST") || suffix.equals("ND") || suffix.equals("RD") || suffix.equals("TH")) {
                out[q] = Character.toLowerCase(out[q]);
                out[q + 1] = Character.toLowerCase(out[q + 1]);
            }
        }
    }

    /** Whether a number follows {@code e}, after at most a period, a comma and spaces. */
    private static boolean numberAfter(String text, int e) {
        int p = skipPunctuation(text, e);
        return p < text.length() && Character.isDigit(text.charAt(p));
    }

    /** Whether a capitalised month name of a date follows {@code e}, after at most a comma and spaces. */
    private static boolean capitalMonthAfter(String text, int e) {
        int p = skipPunctuation(text, e);
        int q = p;
        while (q < text.length() && Character.isUpperCase(text.charAt(q))) {
            q++;
        }
        if (q - p < 3) {
            return false;
        }
        String word = text.charAt(p) + text.substring(p + 1, q).toLowerCase(java.util.Locale.ROOT);
        return isMonthName(word) && numberAfter(text, q);
    }

    private static int skipPunctuation(String text, int e) {
        int p = e;
        if (p < text.length() && (text.charAt(p) == '.' || text.charAt(p) == ',')) {
            p++;
        }
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0')) {
            p++;
        }
        return p;
    }

    /** Whether a day number stands right before {@code s}, spaces between. */
    private static boolean numberBefore(String text, int s) {
        int p = s;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00a0')) {
            p--;
        }
        return p < s && p > 0 && Character.isDigit(text.charAt(p - 1));
    }

    /**
     * A numeric date "a/b/y" read against the publication date {@code ref} (may be null): as {@link #numeric(String,
     * String, String)}, except that a date both ways possible is read day first when that reading lies within
     * {@value #NEAR_DAYS} days of {@code ref} and the month-first one more than a week from it: "11/09/2010" in a
     * paper of 11 September 2010 (a dateline written day first) is that day, not 9 November.
     */
    static Day numeric(String a, String b, String year, LocalDate ref) {
        Day usual = numeric(a, b, year);
        if (usual == null || ref == null || !usual.how().endsWith("month/day/year")) {
            return usual;
        }
        LocalDate dayFirst = day(usual.date().getYear(), Integer.parseInt(b), Integer.parseInt(a));
        if (dayFirst == null || dayFirst.equals(usual.date())
                || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(ref, dayFirst)) > NEAR_DAYS
                || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(ref, usual.date())) <= 7) {
            return usual;
        }
        return new Day(dayFirst, "numeric date, day/month/year (read day first: month first is far from the "
                + "publication date " + ref + ")");
    }

    private static final int NEAR_DAYS = 2;

    /**
     * A numeric date "a/b/y": month/day/year unless {@code a} cannot be a month; a two-digit year is
     * 1970–2069. Null when the day does not exist.
     */
    static Day numeric(String a, String b, String year) {
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += y > 69 ? 1900 : 2000;
        }
        if (first > 12) {
            LocalDate d = day(y, second, first);
            return d == null ? null : new Day(d, "numeric date, day/month/year");
        }
        LocalDate d = day(y, first, second);
        return d == null ? null : new Day(d, "numeric date, month/day/year");
    }

    /**
     * Whether the four-digit number {@code y} at [{@code s}, {@code e}) of {@code text} is a year,
     * judged from the characters next to it and the words before and after it (lower case).
     *
     * @param nextLowercase whether the word after it starts with a lower-case letter
     */
    static boolean isYear(String text, int s, int e, int y, String prev, String next, boolean nextLowercase) {
        int n = text.length();
        if (s > 1 && text.charAt(s - 1) == '-' && timePrefixBefore(text, s - 1)
                && (e == n || !Character.isLetterOrDigit(text.charAt(e)))) {
            // "mid-1996", "post-1959 politics": no amount follows such a prefix.
            return true;
        }
        if (s > 0) {
            char before = text.charAt(s - 1);
            if (before == '$' || before == '€' || before == '£' || before == '#' || before == '¥'
                    || before == '.' || before == ',' || before == '/' || before == '-' && s > 1
                    && Character.isLetter(text.charAt(s - 2))) {
                return false;
            }
        }
        if (e < n) {
            char after = text.charAt(e);
            if ((after == '.' || after == ',' || after == ':') && e + 1 < n && Character.isDigit(text.charAt(e + 1))) {
                return false;
            }
            if (after == '%' || (after == '-' && e + 1 < n && Character.isLetter(text.charAt(e + 1))
                    && !text.startsWith("-year", e))) {
                return false;
            }
        }
        boolean strong = STRONG_YEAR_PREP.contains(prev) || isMonthName(capitalise(prev)) || afterItIs(text, s);
        boolean plausible = y >= 1900 && y <= 2099;
        if (UNIT_NOUNS.contains(next)) {
            return false;
        }
        boolean pluralNoun = next.length() >= 4 && next.endsWith("s") && !next.endsWith("ss")
                && !next.endsWith("us") && !next.endsWith("is") && !NOT_PLURAL.contains(next) && nextLowercase;
        if (pluralNoun && !(TIME_PREP.contains(prev) && plausible)
                && !(DETERMINERS.contains(prev) && plausible && YEAR_MODIFIED.contains(next))) {
            // "1500 troops", "2000 people": a count, not a year.
            return false;
        }
        return plausible || strong;
    }

    /**
     * True when "it was", "it is", "it were" or "it's" stands right before {@code s}: the empty "it" of a time
     * ("wished it was 1776", "as if it were 1850") takes a year, not an amount.
     */
    private static boolean afterItIs(String text, int s) {
        return IT_IS.matcher(text.substring(Math.max(0, s - 12), s)).find();
    }

    /** True when the hyphen at {@code hyphen} ends a word "mid", "pre" or "post" ("mid-1996", "post-1959"). */
    private static boolean timePrefixBefore(String text, int hyphen) {
        int p = hyphen;
        while (p > 0 && Character.isLetter(text.charAt(p - 1)) && hyphen - p < 5) {
            p--;
        }
        if (p > 0 && Character.isLetter(text.charAt(p - 1))) {
            return false;
        }
        String w = text.substring(p, hyphen).toLowerCase(java.util.Locale.ROOT);
        return w.equals("mid") || w.equals("pre") || w.equals("post");
    }

    static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
