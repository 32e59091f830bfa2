package com.factline.temporal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The year" as news and company reports use it: "for the year", "a high for the year", "the first
 * nine months of the year", "the full year", "the current year", "the fiscal year". TimeML marks these
 * (TimeML guidelines 1.2.1, section 2.2.1: a definite description of a calendar unit is a date); the
 * year meant is that of the reference date, since an article reports on its own year.
 *
 * <p>"The year ended March 31" ("the fiscal year ending June 30, 1990") is different: twelve months
 * that end on the date that follows, not a calendar year, which TimeML types as a one-year duration
 * {@code P1Y} (the end date is an expression of its own). Left alone: "the year before/after/earlier"
 * (a year counted from another date), "the year 2000" (a year by its number, found by the year
 * rules), "the whole/entire year" (a span rather than a date) and "the year-ago quarter" (a back
 * reference, found by the resolver). Pure and stateless; each call reads a bounded window.
 */
final class ReportingYearRule {

    private static final Pattern YEAR = Pattern.compile("(?i:the\\s+(?:(full|current|calendar|fiscal)\\s+)?"
            + "(?:(fiscal)\\s+)?)year(?:['’]s)?(?![\\p{L}\\p{N}'’-])");
    private static final Pattern ENDED = Pattern.compile("\\s+(?:(?:that|which)\\s+)?(?:ended|ending)\\s+"
            + "(?:(?:on|in)\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");

    /** Words after "the year" that make it a year counted from another date, or a year by its number. */
    private static final Set<String> NOT_BEFORE = Set.of("before", "after", "earlier", "later", "ago", "old",
            "round", "prior", "following", "since", "two", "nineteen", "eighteen", "twenty", "one");

    private static final int WINDOW = 60;

    private ReportingYearRule() {
    }

    /** The year expression starting exactly at {@code i} (at "the"), or null. */
    static RuleMatch at(String text, int i, LocalDate ref) {
        if (i + 8 > text.length() || !text.regionMatches(true, i, "the", 0, 3) || !yearAhead(text, i + 4)) {
            // Asked at every "the": look for the word before building any matcher.
            return null;
        }
        Matcher m = match(YEAR, text, i);
        if (m == null) {
            return null;
        }
        int end = m.end();
        if (end >= 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
            end -= 2; // a possessive ("the year's best") is grammar, not part of the expression
        }
        String words = text.substring(i, end).replaceAll("\\s+", " ");
        Matcher ended = match(ENDED, text, end);
        if (ended != null) {
            return new RuleMatch(i, end, TimexType.DURATION, "P1Y", null, null, null,
                    "\"" + words + "\" followed by its end date: the twelve months ending then, a one-year duration",
                    false);
        }
        if (m.group(2) != null || "fiscal".equalsIgnoreCase(m.group(1))) {
            // "the fiscal year" alone: TimeBank marks it as the year and as a one-year span about equally.
            return null;
        }
        String next = Windowed.nextWord(text, end);
        if (NOT_BEFORE.contains(next) || (!next.isEmpty() && Character.isDigit(next.charAt(0))) || ref == null
                || (next.equals("of") && ofNamesTheYear(text, end))) {
            return null;
        }
        int y = ref.getYear();
        String qualifier = m.group(1) == null && m.group(2) == null ? "" : " (" + words.substring(4, words.length()
                - 5) + ")";
        return new RuleMatch(i, end, TimexType.DATE, String.format(Locale.ROOT, "%04d", y), null,
                LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                "\"" + words + "\": the year" + qualifier + " of the publication date " + ref, false);
    }

    /** True when "year" starts within the next two words (the longest lead is "calendar fiscal "). */
    private static boolean yearAhead(String text, int from) {
        int last = Math.min(text.length() - 4, from + 18);
        for (int p = from; p <= last; p++) {
            if (text.charAt(p) == 'y' && text.startsWith("year", p)) {
                return true;
            }
        }
        return false;
    }

    /** "the year of his birth", "the year of the dragon": "of" and a noun name some other year ("of $40" does not). */
    private static boolean ofNamesTheYear(String text, int end) {
        int p = text.indexOf("of", end) + 2;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p < text.length() && Character.isLetter(text.charAt(p));
    }


    private static Matcher match(Pattern p, String text, int i) {
        return Windowed.lookingAt(p, text, i, WINDOW);
    }
}
