package com.factline.temporal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets: recurring times, which TimeML types {@code SET} with the period as value (TimeML guidelines
 * 1.2.1, section 2.2.1.4): "every week" P1W, "every other month" P2M, "each morning" XXXX-XX-XXTMO,
 * "every weekend" and "on weekends" XXXX-WXX-WE, "on weekdays" XXXX-WXX-WD, "every Monday" and "Mondays"
 * XXXX-WXX-1, "each July" XXXX-07, "every spring" XXXX-SP, "daily" P1D, "quarterly" P3M,
 * "twice a year" and "three times a week" (the period, P1Y and P1W), "Tuesday nights" XXXX-WXX-2TNI (a
 * plural part of the day makes the weekday recurring, and every weekday listed before it: "Monday and
 * Tuesday nights" are two sets).
 *
 * <p>Adverbs used as adjectives before a noun ("a daily newspaper", "the quarterly dividend") describe
 * a thing, not a time, and are left out, as are adverbs after an amount ("to grow 8% annually"), which
 * make a rate. Pure and stateless; each call reads a bounded window.
 */
final class SetRule {

    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String WD = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern EVERY = Pattern.compile("(?i:(every|each)\\s+(other\\s+)?(?:(" + Durations.NUM
            + ")\\s+)?(second|minute|hour|day|week|fortnight|month|quarter|year|decade|morning|afternoon|evening|night"
            + "|weekend)s?)" + END);
    private static final Pattern EVERY_WEEKDAY = Pattern.compile("(?i:every|each)\\s+(?i:(other)\\s+)?" + WD + END);
    private static final Pattern EVERY_MONTH_OR_SEASON = Pattern.compile("(?i:every|each)\\s+(January|February|March"
            + "|April|May|June|July|August|September|October|November|December|(?i:spring|summer|autumn|fall|winter))"
            + END);
    private static final Pattern PLURAL_WEEKDAY = Pattern.compile(WD + "s" + END);
    private static final String PARTS = "(morning|afternoon|evening|night)s";
    /** "Tuesday nights": a weekday and a plural part of the day. */
    private static final Pattern WEEKDAY_PARTS = Pattern.compile(WD + "\\s+" + PARTS + END);
    /**
     * "Monday" in "Monday and Tuesday nights", "Monday, Wednesday and Friday mornings": a weekday listed
     * before a weekday with a plural part of the day shares that part. The list is bounded (at most six
     * more weekdays), so each position reads a bounded window.
     */
    private static final Pattern LISTED_WEEKDAY = Pattern.compile(WD + "(?=(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?"
            + "|\\s+(?:and|or)\\s+)" + WD + "){1,6}\\s+" + PARTS + END + ")");
    private static final Pattern ADVERB = Pattern.compile("(daily|weekly|monthly|annually|yearly|nightly|hourly"
            + "|fortnightly|quarterly)" + END);
    private static final Pattern TIMES = Pattern.compile("(?i:(once|twice|thrice|" + Durations.NUM
            + "\\s+times)\\s+(?:a|an|per|each)\\s+" + Durations.UNIT + ")" + END);

    /** Words after which an adverb such as "daily" still stands for a time ("meets daily in Rome"). */
    private static final Set<String> ADVERB_FOLLOWERS = Set.of("and", "or", "to", "in", "at", "on", "for",
            "by", "from", "since", "until", "with", "than", "as", "but", "during", "through", "into",
            "basis", "the", "a", "an", "this", "that", "is", "are", "was", "were", "will", "would", "if", "when",
            "outside", "inside", "near", "around", "across", "over", "after", "before", "along", "against");

    /** Words before "weekdays", "weekends" that make them recurring ("on weekdays", "at weekends"). */
    private static final Set<String> WEEK_PART_PREPS = Set.of("on", "at", "during", "over");

    /** Other words that can start an amount in "N times a year" ("a few times a year", "several times a week"). */
    private static final Set<String> TIMES_STARTERS = Set.of("half", "few", "several", "dozens", "hundreds",
            "thousands", "many");

    private SetRule() {
    }

    /** The longest set expression starting exactly at {@code i}, or null. */
    static RuleMatch at(TextAnalysis a, int i) {
        String text = a.text();
        int e = i;
        while (e < text.length() && e - i < 14 && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        String word = text.substring(i, e).toLowerCase(Locale.ROOT);
        // Only the patterns this first word can start are tried: most candidates (digits in tables of
        // numbers) cost one word read, not five matchers.
        return switch (word) {
            case "every", "each" -> longer(longer(every(text, i), everyWeekday(text, i)), everyMonthOrSeason(text, i));
            case "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly", "fortnightly",
                 "quarterly" -> adverb(a, i);
            case "weekdays", "weekends" -> weekPart(a, i, e, word);
            case "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays" ->
                    pluralWeekday(text, i);
            case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" ->
                    weekdayWithPluralPart(text, i);
            default -> word.isEmpty() || !(Character.isDigit(word.charAt(0)) || word.equals("once")
                    || word.equals("twice") || word.equals("thrice") || Durations.isNumberWord(word)
                    || TIMES_STARTERS.contains(word)) ? null : times(text, i);
        };
    }

    private static RuleMatch longer(RuleMatch best, RuleMatch m) {
        return m != null && (best == null || m.end() > best.end()) ? m : best;
    }

    private static Matcher at(Pattern p, String text, int i) {
        Matcher m = p.matcher(text);
        m.region(i, Math.min(text.length(), i + 120));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    private static RuleMatch set(int start, int end, String value, String explanation) {
        return new RuleMatch(start, end, TimexType.SET, value, null, null, null, explanation, false);
    }

    private static RuleMatch every(String text, int i) {
        Matcher m = at(EVERY, text, i);
        if (m == null) {
            return null;
        }
        boolean other = m.group(2) != null;
        String numStr = m.group(3);
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        String value = switch (unit) {
            case "morning" -> "XXXX-XX-XXTMO";
            case "afternoon" -> "XXXX-XX-XXTAF";
            case "evening" -> "XXXX-XX-XXTEV";
            case "night" -> "XXXX-XX-XXTNI";
            case "weekend" -> "XXXX-WXX-WE";
            default -> {
                Double amount = numStr == null ? Double.valueOf(1) : Durations.amount(numStr.toLowerCase(Locale.ROOT));
                if (other && amount != null) {
                    amount *= 2;
                }
                yield Durations.isoDuration(amount, unit);
            }
        };
        return set(i, m.end(), value, "recurring \"" + m.group().trim() + "\"");
    }

    private static RuleMatch everyWeekday(String text, int i) {
        Matcher m = at(EVERY_WEEKDAY, text, i);
        if (m == null) {
            return null;
        }
        RuleMatch every = weekdaySet(i, m.end(), m.group(2));
        // "every other Tuesday": the same weekday, every second week; TimeML's value names only the weekday.
        return m.group(1) == null ? every : set(i, m.end(), every.value(), every.explanation().replace("every ",
                "every other ") + " (every second week)");
    }

    /** "each July", "every spring": that month or season of every year (XXXX-07, XXXX-SP). */
    private static RuleMatch everyMonthOrSeason(String text, int i) {
        Matcher m = at(EVERY_MONTH_OR_SEASON, text, i);
        if (m == null) {
            return null;
        }
        String name = m.group(1);
        String lower = name.toLowerCase(Locale.ROOT);
        int month = CalendarDateRule.monthNumber(name);
        String value = month > 0 ? String.format("XXXX-%02d", month)
                : "XXXX-" + RelativeDayRule.seasonCode(lower);
        return set(i, m.end(), value, "every " + (month > 0 ? name : lower) + " of the year");
    }

    /**
     * "on weekdays" (XXXX-WXX-WD), "at weekends" (XXXX-WXX-WE): the working days or the weekends of every week.
     * Only after "on", "at", "during" or "over": "two weekends" is a length, "the weekends before the vote" a few
     * weekends the text has in mind.
     */
    private static RuleMatch weekPart(TextAnalysis a, int i, int e, String word) {
        if (!WEEK_PART_PREPS.contains(a.prevWord(i))) {
            return null;
        }
        boolean weekend = word.equals("weekends");
        return set(i, e, weekend ? "XXXX-WXX-WE" : "XXXX-WXX-WD", "recurring \"" + word + "\": "
                + (weekend ? "the weekend" : "the working days") + " of every week");
    }

    private static RuleMatch pluralWeekday(String text, int i) {
        Matcher m = at(PLURAL_WEEKDAY, text, i);
        return m == null ? null : weekdaySet(i, m.end(), m.group(1));
    }

    /**
     * "Tuesday nights" (XXXX-WXX-2TNI), and "Monday" listed before it in "Monday and Tuesday nights"
     * (XXXX-WXX-1TNI, the expression the weekday alone): the plural part of the day makes each a set.
     */
    private static RuleMatch weekdayWithPluralPart(String text, int i) {
        Matcher m = at(WEEKDAY_PARTS, text, i);
        if (m != null) {
            return partSet(i, m.end(), m.group(1), m.group(2), "");
        }
        Matcher listed = at(LISTED_WEEKDAY, text, i);
        if (listed == null) {
            return null;
        }
        // The part of the day is the last plural part word of the list (group of the lookahead).
        return partSet(i, listed.end(), listed.group(1), listed.group(3),
                ", listed before a weekday with the plural \"" + listed.group(3) + "s\"");
    }

    private static RuleMatch partSet(int start, int end, String name, String part, String why) {
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String code = switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
        return set(start, end, "XXXX-WXX-" + dow.getValue() + code, "every "
                + dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + part.toLowerCase(Locale.ROOT) + why);
    }

    private static RuleMatch weekdaySet(int start, int end, String name) {
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        return set(start, end, "XXXX-WXX-" + dow.getValue(),
                "every " + dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    private static RuleMatch adverb(TextAnalysis a, int i) {
        String text = a.text();
        Matcher m = at(ADVERB, text, i);
        if (m == null) {
            return null;
        }
        String next = a.nextWord(m.end());
        if (!next.isEmpty() && !ADVERB_FOLLOWERS.contains(next) && m.end() < text.length()
                && Character.isLetter(text.charAt(a.skipSpaces(m.end())))) {
            // "a daily newspaper", "the quarterly dividend": an adjective describing a thing, not a time.
            return null;
        }
        if (afterAnAmount(text, i)) {
            // "to grow 8% annually", "10,000 units annually", "$2 million annually": a rate, as "a year" is in
            // "$2 million a year", not a recurring time.
            return null;
        }
        String value = switch (m.group(1)) {
            case "daily" -> "P1D";
            case "weekly" -> "P1W";
            case "fortnightly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "hourly" -> "PT1H";
            case "nightly" -> "XXXX-XX-XXTNI";
            default -> "P1Y";
        };
        return set(i, m.end(), value, "recurring \"" + m.group(1) + "\"");
    }

    /** Words of amount that make an adverb after them a rate ("$3 million annually"). */
    private static final Set<String> AMOUNT_WORDS = Set.of("percent", "million", "billion", "trillion", "thousand",
            "hundred", "cents", "dollars", "points", "tons", "barrels");

    /**
     * Whether an amount stands right before {@code i}: a figure or percentage ("8%", "40"), an amount word
     * ("million", "percent") or a counted plural ("10,000 units"). Reads at most a few dozen characters back.
     */
    static boolean afterAnAmount(String text, int i) {
        int p = i - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return false;
        }
        char c = text.charAt(p);
        if (c == '%' || Character.isDigit(c)) {
            return true;
        }
        int e = p + 1;
        while (p >= 0 && e - p < 20 && Character.isLetter(text.charAt(p))) {
            p--;
        }
        String word = text.substring(p + 1, e).toLowerCase(Locale.ROOT);
        if (AMOUNT_WORDS.contains(word)) {
            return true;
        }
        if (!word.endsWith("s") || word.length() < 3 || p < 0 || text.charAt(p) != ' ') {
            return false;
        }
        int q = p;
        while (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        return q >= 0 && Character.isDigit(text.charAt(q));
    }

    private static RuleMatch times(String text, int i) {
        Matcher m = at(TIMES, text, i);
        if (m == null) {
            return null;
        }
        String unit = m.group(m.groupCount()).toLowerCase(Locale.ROOT);
        return set(i, m.end(), Durations.isoDuration(1.0, unit), "frequency \"" + m.group().trim() + "\"");
    }
}
