package com.factline.temporal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as news writes them: "3 p.m.", "10:35 a.m.", "9.25 a.m.", "5:55p", "9:30 GMT", "14:05", "noon", "midnight",
 * "0600 GMT" and "0900 hours" (wire-service style), "3 o'clock",
 * and the time zone that may follow them ("5 p.m. EST"). TimeML values a time {@code Thh:mm} on its
 * day; which day that is (the publication date, the day the sentence talks about, or the day named
 * right after the time) is decided by the resolver, which knows the context.
 *
 * <p>Rules: an a.m./p.m. hour must lie in 1–12 ("12 a.m." is midnight, "12 p.m." noon); a 24-hour
 * time without a zone needs a two-digit hour or a weekday after it ("9:25 Thursday morning"), because "3:2" is
 * more often a score or a ratio than a time; "midnight" is {@code T24:00}, as in TimeML. Only the text from {@code i} to at most
 * {@value #WINDOW} characters further is read, so the cost per candidate is bounded.
 */
final class TimeOfDayRule {

    /** How far a match may reach from its first character. */
    static final int WINDOW = 60;

    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final Pattern WORD = Pattern.compile("(?i:(noon|midday|midnight))" + END, Pattern.UNICODE_CASE);
    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2})(?:[:.]([0-5]\\d)(?::(?<sec>[0-5]\\d))?)?\\s*(?<ampm>(?i:a\\.m\\.|p\\.m\\.|am|pm))(?![\\p{L}])");
    /** "5:55p", "11:30a": a single letter right after hour and minutes, as some sports sites write times. */
    private static final Pattern CLOCK_LETTER = Pattern.compile("(\\d{1,2}):([0-5]\\d)(?::(?<sec>[0-5]\\d))?(?<ampm>[ap])"
            + "(?![\\p{L}\\p{N}])");
    /**
     * The zones written after a clock time: the US ones with and without standard/daylight ("ET", "PT", "CT", "MT";
     * "EST", "PDT"), the European, Indian, Japanese and Australian ones news names ("BST", "CET", "IST", "AEST"),
     * and "local time". Case matters: "et" or "mt" in lower case are no zones. The short US ones are left out of
     * {@link #WIRE}, where "1500 MT" is more often tonnes than a time.
     */
    private static final String ZONES = "GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|BST|IST"
            + "|WET|WEST|CET|CEST|EET|EEST|MSK|JST|KST|HKT|SGT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|(?i:local\\s+time)";
    private static final Pattern CLOCK24 = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)(?::(?<sec>[0-5]\\d))?(?:\\s*(?<zone>"
            + ZONES + "))?" + END, Pattern.UNICODE_CASE);
    /**
     * "0600 GMT", "1430 local time", "0900 hours": four digits are a wire-service clock time only with a zone or
     * "hours" after them; "hours" also makes a length ("1500 hours of work"), so it needs a leading zero or a
     * preposition of time before ({@link #hoursAfterPreposition}).
     */
    private static final Pattern WIRE = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)\\s*(?:(GMT|UTC|BST|CET|CEST|EST"
            + "|EDT|CST|CDT|MST|MDT|PST|PDT|MSK|(?i:local\\s+time))|((?i:hours|hrs)))" + END, Pattern.UNICODE_CASE);
    /**
     * "3 o'clock", "eleven o'clock": an hour 1–12 read as written, since nothing says which half of the day, unless
     * "in the morning", "in the afternoon", "in the evening" or "at night" follows and says it (then part of it).
     */
    private static final Pattern O_CLOCK = Pattern.compile("(\\d{1,2}|(?i:one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve))\\s+(?i:o['’]\\s?clock)(?:\\s+(?i:in\\s+the\\s+(morning|afternoon|evening)"
            + "|at\\s+(night)))?" + END, Pattern.UNICODE_CASE);
    private static final java.util.List<String> HOUR_WORDS = java.util.List.of("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final java.util.Set<String> HOURS_PREPOSITIONS = java.util.Set.of("at", "by", "until", "till",
            "before");
    private static final Pattern ZONE = Pattern.compile("(?:" + ZONES + ")" + END, Pattern.UNICODE_CASE);

    /** A clock time found at [start, end): hour 0–24 and minute, and what it was ("clock time", "\"noon\""). */
    record Clock(int start, int end, int hour, int minute, int second, String what) {

        /** A time to the minute. */
        Clock(int start, int end, int hour, int minute, String what) {
            this(start, end, hour, minute, -1, what);
        }

        /** The TimeML time part, e.g. {@code T09:30}, with the seconds when written ({@code T23:37:05}). */
        String timePart() {
            return second < 0 ? TimeOfDayRule.timePart(hour, minute)
                    : TimeOfDayRule.timePart(hour, minute) + String.format(":%02d", second);
        }
    }

    private TimeOfDayRule() {
    }

    /** The clock time starting exactly at {@code i}, or null. */
    static Clock at(String text, int i) {
        if (i >= text.length()) {
            return null;
        }
        if (Character.isDigit(text.charAt(i))) {
            Clock wire = wire(text, i);
            if (wire != null) {
                return wire;
            }
            Clock oClock = oClock(text, i);
            if (oClock != null) {
                return oClock;
            }
            if (!mayBeClock(text, i)) {
                return null;
            }
            Matcher m = match(CLOCK, text, i);
            if (m == null) {
                m = match(CLOCK_LETTER, text, i);
            }
            if (m != null) {
                Clock c = twelveHour(m);
                if (c != null) {
                    return c;
                }
            }
            m = match(CLOCK24, text, i);
            // Without a zone or am/pm, "3:2" style ratios and scores are more common than times.
            if (m != null && (m.group("zone") != null || m.group(1).length() == 2 || weekdayAfter(text, m.end()))) {
                return new Clock(i, m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), seconds(m),
                        "24-hour clock time");
            }
            return null;
        }
        Matcher m = match(WORD, text, i);
        if (m == null) {
            return oClock(text, i);
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (idiom(text, i, m.end(), w)) {
            return null;
        }
        return new Clock(i, m.end(), w.equals("midnight") ? 24 : 12, 0, "\"" + w + "\"");
    }

    /**
     * A four-digit wire-service time at {@code i} ("0600 GMT", "at 2300 hours"), or null. A time restated in
     * another zone in parentheses after a local time ("10:35 a.m. (0735 GMT)") is left out, as TimeBank does.
     */
    private static Clock wire(String text, int i) {
        if (i + 4 >= text.length() || !Character.isDigit(text.charAt(i + 3)) || i > 0
                && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
            return null;
        }
        Matcher m = match(WIRE, text, i);
        if (m == null || m.group(4) != null && text.charAt(i) != '0' && !hoursAfterPreposition(text, i)) {
            return null;
        }
        return new Clock(i, m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                "wire-service clock time");
    }

    /** Whether the word before {@code i} is a preposition of time ("at 1800 hours", "by 2100 hours"). */
    private static boolean hoursAfterPreposition(String text, int i) {
        return HOURS_PREPOSITIONS.contains(Windowed.previousWord(text, i));
    }

    /** "3 o'clock", "eleven o'clock" at {@code i}, or null; the hour must lie in 1–12. */
    private static Clock oClock(String text, int i) {
        Matcher m = match(O_CLOCK, text, i);
        if (m == null) {
            return null;
        }
        String h = m.group(1).toLowerCase(Locale.ROOT);
        int hour = Character.isDigit(h.charAt(0)) ? Integer.parseInt(h) : HOUR_WORDS.indexOf(h) + 1;
        if (hour < 1 || hour > 12) {
            return null;
        }
        if (m.group(2) == null && m.group(3) == null) {
            return new Clock(i, m.end(), hour, 0, "\"o'clock\" time, hour as written");
        }
        boolean morning = "morning".equalsIgnoreCase(m.group(2));
        // "twelve o'clock at night" is midnight, T24:00 as "midnight" is.
        int h24 = morning ? hour % 12 : hour < 12 ? hour + 12 : m.group(3) != null ? 24 : 12;
        return new Clock(i, m.end(), h24, 0, "\"o'clock\" time, " + (morning ? "before" : "after") + " noon as said");
    }

    /**
     * Whether the word at [s, e) is part of an idiom rather than a time: "high noon" (a showdown, "high
     * noon comes today") and "the midnight oil" name no hour.
     */
    private static boolean idiom(String text, int s, int e, String w) {
        if (w.equals("noon")) {
            int p = s - 1;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            return p >= 3 && text.regionMatches(true, p - 3, "high", 0, 4)
                    && (p < 4 || !Character.isLetter(text.charAt(p - 4)));
        }
        if (w.equals("midnight")) {
            int p = e;
            while (p < text.length() && text.charAt(p) == ' ') {
                p++;
            }
            return text.regionMatches(true, p, "oil", 0, 3)
                    && (p + 3 >= text.length() || !Character.isLetter(text.charAt(p + 3)));
        }
        return false;
    }

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");

    /** Whether a weekday name follows {@code p}, "on" allowed between: "9:25 Thursday morning", "7:30 on Friday". */
    private static boolean weekdayAfter(String text, int p) {
        String next = Windowed.wordAfter(text, p);
        if (next.equals("on")) {
            next = Windowed.wordAfter(text, text.indexOf("on", p) + 2);
        }
        return WEEKDAYS.contains(next);
    }

    /** The seconds a clock pattern matched ("23:37:05"), or -1 when it has none. */
    private static int seconds(Matcher m) {
        String sec = m.group("sec");
        return sec == null ? -1 : Integer.parseInt(sec);
    }

    /** The TimeML time part of an hour and minute, e.g. {@code T09:30}. */
    static String timePart(int hour, int minute) {
        return String.format("T%02d:%02d", hour, minute);
    }

    /** Where a time zone written at {@code p} ("EST", "GMT", "local time") ends, or -1 when there is none. */
    static int zoneEnd(String text, int p) {
        Matcher m = match(ZONE, text, p);
        return m == null ? -1 : m.end();
    }

    /**
     * A cheap look before any matcher: one or two digits followed by ':' or (after spaces) by a or p.
     * Most numbers in news are no times, and the scanner asks at every one of them.
     */
    private static boolean mayBeClock(String text, int i) {
        int n = text.length();
        int p = i;
        while (p < n && p - i < 2 && Character.isDigit(text.charAt(p))) {
            p++;
        }
        if (p < n && Character.isDigit(text.charAt(p))) {
            return false;
        }
        if (p < n && text.charAt(p) == ':') {
            return true;
        }
        if (p + 2 < n && text.charAt(p) == '.' && Character.isDigit(text.charAt(p + 1))
                && Character.isDigit(text.charAt(p + 2))) {
            // "9.25 a.m.": the minutes after a point; the pattern then needs a.m. or p.m.
            p += 3;
        }
        while (p < n && p - i < 8 && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p >= n) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(p));
        return c == 'a' || c == 'p';
    }

    private static Clock twelveHour(Matcher m) {
        int h = Integer.parseInt(m.group(1));
        int mi = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h < 1 || h > 12) {
            return null;
        }
        boolean pm = m.group("ampm").toLowerCase(Locale.ROOT).startsWith("p");
        if (pm && h < 12) {
            h += 12;
        } else if (!pm && h == 12) {
            h = 0;
        }
        return new Clock(m.start(), m.end(), h, mi, seconds(m), "clock time");
    }

    private static Matcher match(Pattern p, String text, int i) {
        return Windowed.lookingAt(p, text, i, WINDOW);
    }

    /**
     * The end (after the closing parenthesis) of a short parenthesis at {@code p} that gives the time in
     * another zone, as in "10:35 a.m. (0735 GMT) Friday"; -1 when there is none. At most
     * {@link #PAREN_MAX} chars are read.
     */
    static int parenthesisEnd(String text, int p) {
        if (p >= text.length() || text.charAt(p) != '(') {
            return -1;
        }
        boolean digit = false;
        for (int k = p + 1; k < text.length() && k - p <= PAREN_MAX; k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return digit ? k + 1 : -1;
            }
            if (c == '(' || c == '\n') {
                return -1;
            }
            digit |= Character.isDigit(c);
        }
        return -1;
    }

    private static final int PAREN_MAX = 24;
}
