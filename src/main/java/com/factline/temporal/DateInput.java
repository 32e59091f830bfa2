package com.factline.temporal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as an editor types it: "17 March 2023", "17/03/2023", "2023-03-17", "March 2023",
 * "03/2023", "2023", a range ("20–22 March 2023", "17/03/2023 – 2/04/2023") and "c. March 2023".
 * Day before month, as everywhere in Factline. Anything else is refused with a sentence saying why.
 */
public final class DateInput {

    /** What to write instead, added to every refusal. */
    public static final String FORMS = "Write it as 17 March 2023, 17/03/2023, 2023-03-17, March 2023 or 2023.";

    /** Longer than any date a person types: refused before any pattern runs. */
    static final int MAX_LENGTH = 60;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([\\p{L}]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([\\p{L}]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    /** "20–22 March 2023": a day range inside one month. */
    private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})\\s*[\u2013\u2014-]\\s*(\\d{1,2})\\s+([\\p{L}]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s+(?:to|until|[\u2013\u2014-])\\s+|\\s*[\u2013\u2014]\\s*");
    private static final Pattern APPROX = Pattern.compile("^(?:c\\.|ca\\.|circa|about|around|approx\\.?|approximately)\\s*", Pattern.CASE_INSENSITIVE);

    private DateInput() {
    }

    /**
     * The date the text means.
     *
     * @throws IllegalArgumentException with a message for the editor when the text is not a date
     */
    public static DateValue parse(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("No date given. " + FORMS);
        }
        if (t.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("That is too long for a date. " + FORMS);
        }
        Matcher approx = APPROX.matcher(t);
        if (approx.find()) {
            DateValue v = parse(t.substring(approx.end()));
            return new DateValue(v.earliest(), v.latest(), DatePrecision.APPROXIMATE, null);
        }
        Matcher m = DAY_RANGE.matcher(t);
        if (m.matches()) {
            int month = month(m.group(3), t);
            int year = year(m.group(4));
            LocalDate a = day(year, month, Integer.parseInt(m.group(1)), t);
            LocalDate b = day(year, month, Integer.parseInt(m.group(2)), t);
            return range(a, b, t);
        }
        String[] sides = RANGE_SEPARATOR.split(t, -1);
        if (sides.length == 2 && !sides[0].isBlank() && !sides[1].isBlank()) {
            DateValue b = single(sides[1].strip());
            DateValue a = single(withYearOf(sides[0].strip(), b));
            return range(a.earliest(), b.latest(), t);
        }
        return single(t);
    }

    private static DateValue range(LocalDate a, LocalDate b, String t) {
        if (a.isAfter(b)) {
            throw new IllegalArgumentException("\u201c" + t + "\u201d ends before it starts: give the earlier day first.");
        }
        return new DateValue(a, b, DateValue.guessPrecision(a, b), null);
    }

    /** "17 March – 2 April 2023": the first side borrows the year of the second. */
    private static String withYearOf(String side, DateValue other) {
        return side.matches(".*\\d{4}$") ? side : side + " " + other.latest().getYear();
    }

    private static DateValue single(String t) {
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            return DateValue.day(day(year(m.group(1)), monthNumber(m.group(2), t), Integer.parseInt(m.group(3)), t));
        }
        if ((m = NUMERIC.matcher(t)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (second > 12 && first <= 12) {
                throw new IllegalArgumentException("There is no month " + second + " in \u201c" + t + "\u201d: write the day first ("
                        + m.group(2) + "/" + m.group(1) + "/" + m.group(3) + ").");
            }
            return DateValue.day(day(year(m.group(3)), monthNumber(m.group(2), t), first, t));
        }
        if ((m = ISO_MONTH.matcher(t)).matches()) {
            return month(year(m.group(1)), monthNumber(m.group(2), t));
        }
        if ((m = NUMERIC_MONTH.matcher(t)).matches()) {
            return month(year(m.group(2)), monthNumber(m.group(1), t));
        }
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            return DateValue.day(day(year(m.group(3)), month(m.group(2), t), Integer.parseInt(m.group(1)), t));
        }
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches()) {
            return DateValue.day(day(year(m.group(3)), month(m.group(1), t), Integer.parseInt(m.group(2)), t));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return month(year(m.group(2)), month(m.group(1), t));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            int y = year(m.group(1));
            return DateValue.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
        }
        if (t.matches("\\d{1,2}[/.\\-]\\d{1,2}")) {
            throw new IllegalArgumentException("\u201c" + t + "\u201d has no year. " + FORMS);
        }
        throw new IllegalArgumentException("\u201c" + t + "\u201d is not a date Factline can read. " + FORMS);
    }

    private static DateValue month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return DateValue.of(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    private static int month(String word, String t) {
        Integer n = MONTHS.get(word.toLowerCase(Locale.ROOT));
        if (n == null) {
            throw new IllegalArgumentException("\u201c" + word + "\u201d in \u201c" + t + "\u201d is not a month. " + FORMS);
        }
        return n;
    }

    private static int monthNumber(String digits, String t) {
        int n = Integer.parseInt(digits);
        if (n < 1 || n > 12) {
            throw new IllegalArgumentException("There is no month " + n + " in \u201c" + t + "\u201d. " + FORMS);
        }
        return n;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (y < 1000 || y > 2999) {
            throw new IllegalArgumentException("The year " + y + " is outside the years 1000\u20132999.");
        }
        return y;
    }

    private static LocalDate day(int year, int month, int day, String t) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\u201c" + t + "\u201d is not a day of the calendar: "
                    + YearMonth.of(year, month).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + year
                    + " has " + YearMonth.of(year, month).lengthOfMonth() + " days.");
        }
    }
}
