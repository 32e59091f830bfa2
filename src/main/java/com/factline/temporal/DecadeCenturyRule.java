package com.factline.temporal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decades and centuries written without four digits: "the '80s", "the nineties", "the 19th century",
 * "the twentieth century". TimeML values a decade by its first three digits ({@code 198}) and a
 * century by its first two ({@code 18} for the 19th century, which runs 1801-1900 by count but
 * 1800-1899 by name; TimeML follows the name, and so do we). The extent keeps "the" for the
 * word forms ("the nineties", "the 19th century"), as TimeBank does.
 *
 * <p>A two-digit decade ("the '80s") is placed in the century that puts it before the reference
 * year (in 2023 "the '90s" is 1990-1999, "the '20s" is 2020-2029). Pure and bounded.
 */
final class DecadeCenturyRule {

    private static final Pattern SHORT_DECADE = Pattern.compile("['’](\\d)0s(?![\\p{L}\\p{N}])");
    // "the campaign of '08", "in '92": a year written with its last two digits after an apostrophe.
    private static final Pattern SHORT_YEAR = Pattern.compile("['’](\\d\\d)(?![\\p{L}\\p{N}'’]|[.,]\\d)");
    /**
     * Words after which an apostrophe and two digits are a year ("of '08", "since '92", "May '08", "the '16
     * race"); elsewhere the apostrophe may open a quotation that starts with a number ("'20 people were hurt'").
     */
    private static final java.util.Set<String> BEFORE_SHORT_YEAR = java.util.Set.of("of", "in", "since", "until",
            "by", "from", "to", "during", "before", "after", "class", "and", "or", "the", "spring", "summer", "fall",
            "autumn", "winter", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final Pattern WORD_DECADE = Pattern.compile("(?i:the\\s+((?:early|mid|late)[\\s-]+)?"
            + "(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\p{L}\\p{N}])");
    private static final Pattern CENTURY = Pattern.compile("(?i:(the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)"
            + "|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
            + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))"
            + "[\\s-]+century)(?![\\p{L}\\p{N}])");
    private static final Map<String, Integer> DECADES = Map.of("twenties", 2, "thirties", 3, "forties", 4,
            "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"};

    /** Lower-case words that can start an expression of this family (besides digits and "the"). */
    static final java.util.Set<String> STARTERS = java.util.Set.of(ORDINALS);

    private DecadeCenturyRule() {
    }

    /** The decade or century starting exactly at {@code i}, or null. */
    static RuleMatch at(String text, int i, LocalDate ref) {
        int limit = Math.min(text.length(), i + 40);
        Matcher m = CENTURY.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            int c;
            if (m.group(2) != null) {
                c = Integer.parseInt(m.group(2));
            } else {
                c = indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
            }
            if (c < 1 || c > 21) {
                return null;
            }
            int first = (c - 1) * 100;
            return new RuleMatch(i, m.end(), TimexType.DATE, String.format("%02d", c - 1), null,
                    LocalDate.of(first, 1, 1), LocalDate.of(first + 99, 12, 31),
                    "the " + ordinal(c) + " century, the years " + first + "-" + (first + 99), true);
        }
        m = WORD_DECADE.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            int d = DECADES.get(m.group(2).toLowerCase(Locale.ROOT));
            // "The twenties" are the 1920s until the 2020s are over.
            int century = ref != null && 2000 + d * 10 + 9 < ref.getYear() ? 2000 : 1900;
            return decade(i, m.end(), century + d * 10, m.group(1), "\"" + m.group().strip() + "\"");
        }
        m = SHORT_YEAR.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt() && BEFORE_SHORT_YEAR.contains(wordBefore(text, i))) {
            int refYear = ref == null ? 1999 : ref.getYear();
            int y = (refYear / 100) * 100 + Integer.parseInt(m.group(1));
            if (y > refYear + 5) {
                // "'08" in 2012 is 2008, "'92" is 1992; a year a few years ahead ("in '16" in 2012) stays ahead.
                y -= 100;
            }
            return new RuleMatch(i, m.end(), TimexType.DATE, String.valueOf(y), null, LocalDate.of(y, 1, 1),
                    LocalDate.of(y, 12, 31), "\"" + m.group() + "\": the year " + y + ", written with its last two digits",
                    true);
        }
        m = SHORT_DECADE.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            int d = m.group(1).charAt(0) - '0';
            int refYear = ref == null ? 1999 : ref.getYear();
            int y = (refYear / 100) * 100 + d * 10;
            if (y > refYear) {
                y -= 100;
            }
            return decade(i, m.end(), y, null, "\"" + m.group() + "\", the decade before the reference year "
                    + refYear);
        }
        return null;
    }

    private static RuleMatch decade(int start, int end, int y, String part, String how) {
        String mod = null;
        if (part != null) {
            String p = part.strip().toLowerCase(Locale.ROOT).replace("-", "");
            mod = p.startsWith("early") ? "START" : p.startsWith("mid") ? "MID" : "END";
        }
        return new RuleMatch(start, end, TimexType.DATE, String.valueOf(y / 10), mod, LocalDate.of(y, 1, 1),
                LocalDate.of(y + 9, 12, 31), how + ": the years " + y + "-" + (y + 9), true);
    }

    private static int indexOf(String ordinal) {
        for (int k = 0; k < ORDINALS.length; k++) {
            if (ORDINALS[k].equals(ordinal)) {
                return k;
            }
        }
        return -1;
    }

    private static String ordinal(int c) {
        int mod100 = c % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : c % 10 == 1 ? "st" : c % 10 == 2 ? "nd" : c % 10 == 3 ? "rd" : "th";
        return c + suffix;
    }

    /**
     * The lower-case word before {@code i} when at least one space stands between (an abbreviation's stop is
     * skipped: "Sept. '08"), else "".
     */
    private static String wordBefore(String text, int i) {
        int p = i;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == i) {
            return "";
        }
        return Windowed.previousWord(text, p > 0 && text.charAt(p - 1) == '.' ? p - 1 : p);
    }
}
