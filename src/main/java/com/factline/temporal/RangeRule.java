package com.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and rules that join two dates into a range: "from X to Y", "between X and Y", "X–Y",
 * "1990-94", "from Monday to Wednesday". A range stays one interval for a claim, and TimeML marks its
 * two ends; the resolver parses the ends and builds both. Pure and stateless.
 *
 * <p>Rules: an opening word ("from", "between") must be followed by a date, a separator ("to",
 * "until", "till", "through", "thru", "and", or a dash) and a second date; a bare dash joins two dates
 * of the same granularity. A two-digit second year ("1990-94") takes the century of the first and
 * must be less than ten years after it (otherwise "1990-20" is no range). A weekday range runs forward
 * from its first day ("from Friday to Monday" spans the weekend).
 */
final class RangeRule {

    private static final Pattern OPEN = Pattern.compile("(?i:(from|between))\\s+", Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:(?i:to|until|till|through|thru|and)\\s+|[–—-]\\s*)", Pattern.UNICODE_CASE);
    private static final Pattern DASH = Pattern.compile("[ \\t]*[–—-][ \\t]*");
    private static final Pattern TWO_DIGITS = Pattern.compile("(\\d{2})(?![\\p{L}\\p{N}])");
    private static final int WINDOW = 200;

    private RangeRule() {
    }

    /** Where the first date of "from …"/"between …" starting at {@code i} begins, or -1. */
    static int afterOpening(String text, int i) {
        char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
        // Most candidate words start otherwise: no matcher for them.
        return c == 'f' || c == 'b' ? end(OPEN, text, i) : -1;
    }

    /** Where the second date begins after a separator ("to", "and", a dash) at {@code p}, or -1. */
    static int afterSeparator(String text, int p) {
        return end(SEPARATOR, text, p);
    }

    /** Where the second date begins after a bare dash (on the same line) at {@code p}, or -1. */
    static int afterDash(String text, int p) {
        return end(DASH, text, p);
    }

    /**
     * The year a two-digit second end written at {@code p} stands for after the first year {@code y1}
     * ("1990-94" is 1994, "1998-03" is 2003), as {year, end offset}; null when there are no two digits
     * there or the year would be ten or more years after the first.
     */
    static int[] twoDigitEndYear(String text, int p, int y1) {
        Matcher m = Windowed.lookingAt(TWO_DIGITS, text, p, WINDOW);
        if (m == null) {
            return null;
        }
        int y2 = (y1 / 100) * 100 + Integer.parseInt(m.group(1));
        if (y2 <= y1) {
            y2 += 100;
        }
        return y2 - y1 < 10 ? new int[] {y2, m.end()} : null;
    }

    /** The last day of a weekday range starting on {@code start} (a {@code first}) and ending on a {@code last}. */
    static LocalDate weekdayEnd(LocalDate start, DayOfWeek first, DayOfWeek last) {
        return start.plusDays((last.getValue() - first.getValue() + 7) % 7);
    }

    private static int end(Pattern p, String text, int i) {
        Matcher m = Windowed.lookingAt(p, text, i, WINDOW);
        return m == null ? -1 : m.end();
    }
}
