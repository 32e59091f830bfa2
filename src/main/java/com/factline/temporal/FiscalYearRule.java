package com.factline.temporal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fiscal years: "fiscal 1989", "fiscal year 1990", "the current fiscal year", "this fiscal year", "the
 * latest fiscal year", "last fiscal year", "next fiscal year". TimeML values a fiscal year by its
 * number ({@code 1989}); as for fiscal quarters, the company's fiscal calendar is not known from the
 * text, so the interval is that of the calendar year of the same number.
 *
 * <p>Rules (R is the reference date): "fiscal 1989" is 1989, whatever follows ("fiscal 1989 sales");
 * "the current fiscal year" and "this fiscal year" are R's year; "the latest", "last", "the previous",
 * "the prior" and "the past fiscal year" the year before (the last one completed); "next" and "the
 * coming fiscal year" the year after. "The fiscal year" followed by its end date ("the fiscal year ended
 * Sept. 30") is left to {@link ReportingYearRule}; with no end date it is the fiscal year under way, R's
 * year, and after "throughout" a one-year span (TimeML marks a period one is inside of all along as a
 * duration). Pure and stateless.
 */
final class FiscalYearRule {

    /** Words a fiscal-year expression can start with. */
    static final Set<String> STARTERS = Set.of("fiscal", "the", "this", "last", "next", "current", "latest",
            "previous", "prior", "past", "coming");

    private static final Pattern NUMBERED = Pattern.compile("(?i:fiscal(?:[\\s-]+year)?[\\s-]+)(1\\d{3}|20\\d{2})"
            + "(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE);
    private static final Pattern RELATIVE = Pattern.compile("(?i:(?:the\\s+)?(current|this|latest|last|previous"
            + "|prior|past|next|coming)\\s+fiscal[\\s-]+year)(?![\\p{L}\\p{N}-])", Pattern.UNICODE_CASE);
    private static final int WINDOW = 60;

    private FiscalYearRule() {
    }

    /** The fiscal-year expression starting exactly at {@code i}, or null. */
    static RuleMatch at(String text, int i, LocalDate ref) {
        if (!fiscalAhead(text, i)) {
            // Asked at every "the": look for the word before building any matcher.
            return null;
        }
        Matcher m = match(NUMBERED, text, i);
        if (m != null) {
            int y = Integer.parseInt(m.group(1));
            return year(i, m.end(), y, "fiscal year " + y + " (valued by its number; the fiscal calendar is not"
                    + " known)");
        }
        m = match(RELATIVE, text, i);
        if (m == null && ref != null) {
            return bare(text, i, ref);
        }
        if (m == null || ref == null) {
            return null;
        }
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int dir = switch (which) {
            case "current", "this" -> 0;
            case "next", "coming" -> 1;
            default -> -1;
        };
        int y = ref.getYear() + dir;
        String words = m.group().trim().replaceAll("\\s+", " ");
        return year(i, m.end(), y, "\"" + words + "\": fiscal year " + y + ", "
                + (dir == 0 ? "the one of" : dir < 0 ? "the one before that of" : "the one after that of")
                + " the publication date " + ref);
    }

    private static final Pattern BARE = Pattern.compile("(?i:the\\s+fiscal[\\s-]+year)(?![\\p{L}\\p{N}-])",
            Pattern.UNICODE_CASE);
    /** Words after "the fiscal year" that give its end or start, which {@link ReportingYearRule} reads. */
    private static final Set<String> BOUNDARY_WORDS = Set.of("ended", "ending", "ends", "that", "which", "to",
            "through", "beginning", "starting", "began", "begins", "started", "starts");
    /** Words before "the fiscal year" that make it a span of time rather than a date. */
    private static final Set<String> SPAN_WORDS = Set.of("throughout");

    /**
     * "the fiscal year" alone, with no end date after it: the fiscal year under way at the publication date,
     * valued by the number of that calendar year ("lower earnings for the fiscal year"); after "throughout" it
     * is the length of a year ("profitability should rise throughout the fiscal year"), a one-year duration.
     */
    private static RuleMatch bare(String text, int i, LocalDate ref) {
        Matcher m = match(BARE, text, i);
        if (m == null || BOUNDARY_WORDS.contains(nextWord(text, m.end()))) {
            return null;
        }
        if (SPAN_WORDS.contains(prevWord(text, i))) {
            return new RuleMatch(i, m.end(), TimexType.DURATION, "P1Y", null, null, null,
                    "\"the fiscal year\" after \"" + prevWord(text, i) + "\": a span of one year", false);
        }
        int y = ref.getYear();
        return year(i, m.end(), y, "\"the fiscal year\" with no end date given: fiscal year " + y
                + ", the one of the publication date " + ref);
    }

    private static String nextWord(String text, int pos) {
        int p = pos;
        while (p < text.length() && p - pos < 4 && text.charAt(p) == ' ') {
            p++;
        }
        int e = p;
        while (e < text.length() && e - p < 12 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(p, e).toLowerCase(Locale.ROOT);
    }

    private static String prevWord(String text, int pos) {
        int e = pos;
        while (e > 0 && pos - e < 4 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int p = e;
        while (p > 0 && e - p < 12 && Character.isLetter(text.charAt(p - 1))) {
            p--;
        }
        return text.substring(p, e).toLowerCase(Locale.ROOT);
    }

    /** True when "fiscal" starts within the next few words (the longest lead is "the previous "). */
    private static boolean fiscalAhead(String text, int i) {
        int last = Math.min(text.length() - 6, i + 16);
        for (int p = i; p <= last; p++) {
            char c = text.charAt(p);
            if ((c == 'f' || c == 'F') && text.regionMatches(true, p, "fiscal", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    private static RuleMatch year(int start, int end, int y, String how) {
        return new RuleMatch(start, end, TimexType.DATE, String.format("%04d", y), null, LocalDate.of(y, 1, 1),
                LocalDate.of(y, 12, 31), how, true);
    }

    private static Matcher match(Pattern p, String text, int i) {
        return Windowed.lookingAt(p, text, i, WINDOW);
    }
}
