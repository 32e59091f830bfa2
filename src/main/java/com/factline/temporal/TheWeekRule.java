package com.factline.temporal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The week" on its own ("For the week, the index fell 3.8%", "the week's most active session"): a
 * definite week the text refers back to without naming it. Market and business reports use it for the
 * trading week they report on, which the words do not pin down (the week just ended, or the one in
 * progress), so the value is a week of the reference date's year left unspecified, {@code 1989-WXX}, as
 * the TimeML guidelines 1.2.1 write an underspecified unit (section 2.2.1, "X" for the digits not known),
 * and the expression has no calendar interval.
 *
 * <p>Left to other rules or alone: "the week of March 6" (the week containing that day), "the week
 * ended/ending Friday", "the week before/after the vote", "the week earlier/later" and "the week
 * ago" (counted from another date), and "the end of the week" (a modifier before it: the current week).
 * A possessive ("the week's") is grammar, not part of the expression. Pure and bounded.
 */
final class TheWeekRule {

    private static final Pattern THE_WEEK = Pattern.compile("(?i:the\\s+week)(?:['’]s)?(?![\\p{L}\\p{N}'’-])");

    /** Words after "the week" that make it a week counted from, or named by, what follows. */
    private static final Set<String> NOT_BEFORE = Set.of("of", "ended", "ending", "ends", "before", "after",
            "earlier", "later", "ago", "prior", "to", "starting", "beginning", "through", "since", "until", "from",
            "when", "in", "that", "which", "between", "leading", "preceding", "long", "old");

    private static final int WINDOW = 16;

    private TheWeekRule() {
    }

    /** "The week" starting exactly at {@code i} (at "the"), or null. */
    static RuleMatch at(String text, int i, LocalDate ref) {
        if (ref == null || i + 8 > text.length() || !text.regionMatches(true, i, "the", 0, 3)) {
            return null;
        }
        int w = i + 3;
        while (w < text.length() && w < i + 8 && Character.isWhitespace(text.charAt(w))) {
            w++;
        }
        if (w == i + 3 || !text.regionMatches(true, w, "week", 0, 4)) {
            // Asked at every "the": look at the next word before building any matcher.
            return null;
        }
        Matcher m = Windowed.lookingAt(THE_WEEK, text, i, WINDOW);
        if (m == null) {
            return null;
        }
        int end = m.end();
        if (text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
            end -= 2;
        } else if (NOT_BEFORE.contains(Windowed.nextWord(text, end))) {
            return null;
        }
        String value = String.format(Locale.ROOT, "%04d-WXX", ref.getYear());
        return new RuleMatch(i, end, TimexType.DATE, value, null, null, null,
                "\"the week\" on its own: a week the text refers back to without naming it, in the year of the"
                        + " publication date " + ref + " (" + value + ")", false);
    }

}
