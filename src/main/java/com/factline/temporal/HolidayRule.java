package com.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named days of news calendars: "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving (Day)",
 * "Easter (Sunday)", "Easter week" and "Holy Week" (the week ending on Easter Sunday), "Good Friday",
 * "Independence Day", "Labor Day", "Memorial Day", "Halloween", "Election Day" (US federal: the Tuesday
 * after the first Monday of November), "Veterans Day", "Valentine's Day", optionally after "last", "next" or "this", or followed by a year.
 *
 * <p>Anchoring follows the day-and-month rule: with a year written after it, that year; after
 * "last"/"next", the latest one before / the first one after the reference date; otherwise the
 * occurrence within 60 days of the reference date if there is one, else the one the clause's tense
 * points to (the nearest when it gives no cue). Pure and bounded.
 */
final class HolidayRule {

    private static final Pattern PATTERN = Pattern.compile("(?:(?i:(last|next|this)\\s+))?(Christmas\\s+Eve"
            + "|Christmas(?:\\s+Day)?|New\\s+Year['’]s\\s+Eve|New\\s+Year['’]s(?:\\s+Day)?|Thanksgiving(?:\\s+Day)?"
            + "|Easter\\s+[Ww]eek|Holy\\s+Week|Easter(?:\\s+Sunday)?|Good\\s+Friday|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Halloween"
            + "|Election\\s+Day|Veterans\\s+Day|Valentine['’]s\\s+Day)(?:,?\\s+(1\\d{3}|20\\d{2}))?"
            + "(?![\\p{L}\\p{N}])");

    private HolidayRule() {
    }

    /** The holiday starting exactly at {@code i}, or null; {@code tense} is asked only when it matters. */
    static RuleMatch at(String text, int i, LocalDate ref, java.util.function.Supplier<Tense> tense) {
        RuleMatch r = atDay(text, i, ref, tense);
        if (r == null || r.from() == null || !text.regionMatches(true, r.end() - 4, "week", 0, 4)) {
            return r;
        }
        // "Easter week", "Holy Week": the week (Monday to Sunday, as in ISO 8601) that ends on Easter Sunday.
        LocalDate easter = r.from();
        String week = String.format("%d-W%02d", easter.get(IsoFields.WEEK_BASED_YEAR),
                easter.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new RuleMatch(r.start(), r.end(), TimexType.DATE, week, null, easter.minusDays(6), easter,
                "the week ending on Easter Sunday " + easter + " (" + r.explanation() + ")", false);
    }

    private static RuleMatch atDay(String text, int i, LocalDate ref, java.util.function.Supplier<Tense> tense) {
        Matcher m = PATTERN.matcher(text).region(i, Math.min(text.length(), i + 50)).useTransparentBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(2).replaceAll("\\s+", " ").replace('’', '\'');
        Function<Integer, LocalDate> inYear = dayOf(name);
        if (inYear == null) {
            return null;
        }
        String rel = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        if (m.group(3) != null) {
            LocalDate d = inYear.apply(Integer.parseInt(m.group(3)));
            return day(i, m.end(), d, name + " of the year written with it");
        }
        if (rel == null) {
            Integer written = yearWrittenBeside(text, i, m.end());
            if (written != null) {
                return day(i, m.end(), inYear.apply(written), name + " of the year " + written + " written beside it");
            }
        }
        if (rel == null && generic(text, i, m.end())) {
            return new RuleMatch(i, m.end(), TimexType.DATE, genericValue(inYear), null, null, null,
                    name + " as a custom of every year (" + GENERIC_HOW + "), no one year's day", false);
        }
        if (ref == null) {
            return new RuleMatch(i, m.end(), TimexType.DATE, null, null, null, null,
                    name + " without a year; no reference date", false);
        }
        LocalDate before = inYear.apply(ref.getYear());
        if (before.isAfter(ref)) {
            before = inYear.apply(ref.getYear() - 1);
        }
        LocalDate after = inYear.apply(ref.getYear());
        if (after.isBefore(ref)) {
            after = inYear.apply(ref.getYear() + 1);
        }
        if ("last".equals(rel)) {
            LocalDate d = before.equals(ref) ? inYear.apply(ref.getYear() - 1) : before;
            return day(i, m.end(), d, "last " + name + " before the publication date " + ref);
        }
        if ("next".equals(rel)) {
            LocalDate d = after.equals(ref) ? inYear.apply(ref.getYear() + 1) : after;
            return day(i, m.end(), d, "next " + name + " after the publication date " + ref);
        }
        if ("this".equals(rel)) {
            return day(i, m.end(), inYear.apply(ref.getYear()), name + " of the publication year " + ref.getYear());
        }
        long back = ref.toEpochDay() - before.toEpochDay();
        long ahead = after.toEpochDay() - ref.toEpochDay();
        if (Math.min(back, ahead) <= 60) {
            LocalDate d = back <= ahead ? before : after;
            return day(i, m.end(), d, "the " + name + " nearest to the publication date " + ref);
        }
        Tense t = tense.get();
        LocalDate d = t == Tense.PAST ? before : t == Tense.FUTURE ? after : back <= ahead ? before : after;
        return day(i, m.end(), d, name + (d.equals(before) ? " before" : " after") + " the publication date " + ref
                + (t == Tense.UNKNOWN ? ", the nearest (tense unclear)" : ", " + t.name().toLowerCase(Locale.ROOT)
                        + " tense"));
    }

    private static final Set<String> SCORING_VERBS = Set.of("went", "shot", "scored", "hit", "made", "sank",
            "converted", "finished");
    /** "9/11" standing alone: not part of a longer number, a date with its year ("9/11/2001") or a fraction. */
    private static final Pattern NINE_ELEVEN = Pattern.compile("9/11(?![\\p{L}\\p{N}]|/\\d|\\.\\d)");

    /**
     * "9/11" at {@code i} ("since 9/11", "the 9/11 attacks", "post-9/11"), or null: American news names the day of
     * the 2001 attacks by its month and day alone, and a careful reader dates it so, whatever the publication
     * year; a September 11 of another year is written with its month's name or its year.
     */
    static RuleMatch nineEleven(String text, int i) {
        if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '/'
                || text.charAt(i - 1) == '.')) {
            return null;
        }
        Matcher m = Windowed.lookingAt(NINE_ELEVEN, text, i, 6);
        // "went 9/11 from the field": a shooting record, nine of eleven.
        if (m == null || SCORING_VERBS.contains(Windowed.previousWord(text, i))) {
            return null;
        }
        return day(i, m.end(), LocalDate.of(2001, 9, 11), "\"9/11\", the day of the attacks of September 11, 2001");
    }

    private static final String GENERIC_HOW = "a celebration one can or may hold, a custom's plural noun or the day"
            + " named a holiday";
    /**
     * "can't openly celebrate", "are free to observe" right before a holiday: a modal of ability or permission (one
     * "-ly" adverb may follow it) governing "celebrate"/"observe". The present "celebrates Christmas" is left out:
     * headlines and photo captions write one year's celebration so ("The president celebrates Christmas with
     * troops").
     */
    private static final Pattern CUSTOM_BEFORE = Pattern.compile("(?i)\\b(?:can|cannot|can['’]t|could|couldn['’]t"
            + "|(?:allowed|able|free|right|freedom)\\s+to)\\s+(?:\\p{L}+ly\\s+)?(?:celebrate|observe)\\s+$");
    /** "this year", "next year" within three words after a holiday ("can celebrate Christmas at home this year"). */
    private static final Pattern ONE_YEARS_AFTER = Pattern.compile("(?i)\\s+(?:\\p{L}+\\s+){0,3}?(?:this|next|last)"
            + "\\s+year\\b");
    /** "… Election Day a federal holiday", "designating Election Day as a holiday": the day named a holiday. */
    private static final Pattern NAMED_A_HOLIDAY = Pattern.compile("\\s+(?:as\\s+)?an?\\s+(?:\\p{L}+\\s+)?holiday\\b");
    /** Plural nouns after a holiday naming its customs ("Thanksgiving turkeys", "Christmas carols"). */
    private static final Set<String> CUSTOMS = Set.of("turkeys", "trees", "carols", "cards", "presents", "gifts",
            "lights", "decorations", "eggs", "costumes", "songs", "ornaments", "stockings", "traditions", "cookies");

    /**
     * Whether the holiday at [start, end), with no year and no "this/last/next", is meant in general rather than
     * as one year's day: governed by a modal of ability or permission ("kids can't openly celebrate Christmas",
     * "free to observe Easter"), followed by a plural noun naming its customs ("the tradition of
     * Thanksgiving turkeys"), or itself named a holiday ("making Election Day a federal holiday"). TimeML gives
     * such a holiday no year. "will celebrate Christmas in Hawaii", "spent Christmas with", "by Christmas" and "can
     * celebrate Christmas at home this year" stay one day. Reads at most 60 characters before and 40 after.
     */
    static boolean generic(String text, int start, int end) {
        if (Windowed.lookingAt(ONE_YEARS_AFTER, text, end, 40) != null) {
            return false;
        }
        if (CUSTOM_BEFORE.matcher(text.substring(Math.max(0, start - 60), start)).find()
                || Windowed.lookingAt(NAMED_A_HOLIDAY, text, end, 40) != null) {
            return true;
        }
        return end < text.length() && text.charAt(end) == ' ' && CUSTOMS.contains(Windowed.nextWord(text, end));
    }

    /**
     * The TimeML value of a holiday of no year: its month and day when they are the same every year
     * ("XXXX-12-25"), its month alone when only that is ("XXXX-11" for Thanksgiving), else "XXXX" (Easter).
     */
    static String genericValue(Function<Integer, LocalDate> inYear) {
        LocalDate a = inYear.apply(2001);
        LocalDate b = inYear.apply(2002);
        LocalDate c = inYear.apply(2003);
        if (a.getMonth() != b.getMonth() || b.getMonth() != c.getMonth()) {
            return "XXXX";
        }
        return a.getDayOfMonth() == b.getDayOfMonth() && b.getDayOfMonth() == c.getDayOfMonth()
                ? String.format("XXXX-%02d-%02d", a.getMonthValue(), a.getDayOfMonth())
                : String.format("XXXX-%02d", a.getMonthValue());
    }

    /** "Sept. 11", "September 11th" written without a year. */
    private static final Pattern SEPT_ELEVEN = Pattern.compile("(?:Sept\\.?|September)\\s+11(?:th)?");
    /** Nouns after "Sept. 11" naming the 2001 attacks or those they struck ("the Sept. 11 hijackers"). */
    private static final Set<String> OF_THE_ATTACKS = Set.of("attacks", "attackers", "hijackers", "hijackings",
            "terror", "terrorist", "terrorists", "terrorism", "victims", "survivors", "families", "widows",
            "responders", "commission", "memorial", "museum", "era", "generation", "advocates");
    /** Words near "Sept. 11 attacks" that speak of the 2012 attacks in Libya rather than those of 2001. */
    private static final Pattern ATTACKS_IN_LIBYA = Pattern.compile("(?i)\\b(?:Benghazi|Libya|consulate)\\b");

    /**
     * "Sept. 11" or "September 11(th)" written without a year at [start, end) naming the day of the 2001 attacks,
     * or null: followed by a noun naming the attacks or those they struck ("the Sept. 11 attacks", "Sept. 11
     * survivors", "September 11th Advocates"), after "post-"/"pre-" ("the post-Sept. 11 law") or "attacks of" ("the
     * terrorist attacks of Sept. 11"), in text published after that day, with no word of Benghazi, Libya or a
     * consulate within 100 characters. "the Sept. 11 attack" (singular, often Benghazi's), "attacks on Sept. 11"
     * and "on Sept. 11" with a verb stay the day of their year.
     */
    static RuleMatch namedNineEleven(String text, int start, int end, LocalDate ref) {
        LocalDate attacks = LocalDate.of(2001, 9, 11);
        if (ref != null && !ref.isAfter(attacks)) {
            return null;
        }
        Matcher m = Windowed.lookingAt(SEPT_ELEVEN, text, start, 16);
        if (m == null || m.end() != end) {
            return null;
        }
        String prefix = "";
        if (start > 0 && text.charAt(start - 1) == '-') {
            String p = Windowed.previousWord(text, start - 1);
            prefix = "post".equals(p) || "pre".equals(p) ? p + "-" : "";
        } else if ("of".equals(Windowed.previousWord(text, start))
                && "attacks".equals(Windowed.previousWord(text, Windowed.wordBeforeStart(text, start)))) {
            prefix = "attacks of";
        }
        String next = Windowed.nextWord(text, end);
        boolean named = !prefix.isEmpty()
                || end < text.length() && text.charAt(end) == ' ' && OF_THE_ATTACKS.contains(next);
        if (!named || ATTACKS_IN_LIBYA.matcher(text.substring(Math.max(0, start - 100),
                Math.min(text.length(), end + 100))).find()) {
            return null;
        }
        return day(start, end, attacks, "\"" + m.group() + "\" naming the attacks of September 11, 2001 ("
                + (prefix.isEmpty() ? "before \"" + next + "\")" : "after \"" + prefix + "\")"));
    }

    /** Words before a holiday that make a capitalised word after it the rest of a name ("the Easter Egg Roll"). */
    private static final Set<String> NAME_OPENERS = Set.of("the", "a", "an", "annual", "s");
    /** Capitalised words after a holiday that make it a place's name ("Easter Island", "Christmas Islands"). */
    private static final Set<String> PLACE_WORDS = Set.of("Island", "Islands", "Isle", "Bay", "Creek", "Lake",
            "Street", "Avenue", "Road", "Square");
    /** Capitalised words after a holiday that still speak of its time ("the Labor Day Weekend", "Christmas Week"). */
    private static final Set<String> TIME_WORDS = Set.of("Weekend", "Week", "Holiday", "Holidays", "Season", "Break",
            "Recess", "Morning", "Afternoon", "Evening", "Night", "Eve");

    /**
     * Whether the holiday at [start, end) opens a capitalised name instead of naming a day: the next word is
     * capitalised (not a month, weekday or time word) and either a determiner, a possessive or a capitalised word
     * stands before the holiday ("the Easter Egg Roll", "Macy's Thanksgiving Day Parade", "the White House Christmas
     * Party"), or the next word makes it a place ("Easter Island"). Such a name is an event or a place, which need
     * not fall on that day (the egg roll is on the Monday after Easter), so TimeML marks no date in it; "the Christmas
     * party" in lower case and "at Christmas Mr. Lee said" stay dates. The caller leaves out lines in title case,
     * where every word has a capital. Reads one word either side.
     */
    static boolean opensAName(String text, int start, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        String next = Windowed.wordAfter(text, end);
        if (next.length() < 2 || !Character.isUpperCase(next.charAt(0)) || !Character.isLowerCase(next.charAt(1))
                || TIME_WORDS.contains(next) || CalendarDateRule.isMonthName(next)
                || java.util.Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equalsIgnoreCase(next))) {
            return false;
        }
        if (PLACE_WORDS.contains(next)) {
            return true;
        }
        int before = Windowed.wordBeforeStart(text, start);
        if (before < 0) {
            return false;
        }
        String prev = Windowed.previousWord(text, start);
        return NAME_OPENERS.contains(prev) || Character.isUpperCase(text.charAt(before)) && !firstOfSentence(text, before);
    }

    /** A year standing alone as a word: not part of a longer number or a money amount. */
    private static final Pattern YEAR_WORD = Pattern.compile("(1\\d{3}|20\\d{2})");
    /** "in 2012" or ", April 8, 2012" right after a holiday. */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?:\\s+in\\s+|,\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2},\\s+)"
            + "(1\\d{3}|20\\d{2})(?![\\p{L}\\p{N}])");

    /**
     * The year written right beside a holiday that has none of its own, or null: the word before it ("the 2009
     * Christmas special"), "in" + year after it ("on Valentine's Day in 2012"), or a full date set after it with a
     * comma ("on Easter Sunday, April 8, 2012"). Such a holiday is the one of that year, not the one nearest to the
     * publication date. Reads one word before and at most 30 characters after.
     */
    static Integer yearWrittenBeside(String text, int start, int end) {
        int b = Windowed.wordBeforeStart(text, start);
        if (b >= 0 && (b == 0 || text.charAt(b - 1) != '$' && text.charAt(b - 1) != '.' && text.charAt(b - 1) != ',')) {
            String prev = Windowed.previousWord(text, start);
            if (prev.length() == 4 && YEAR_WORD.matcher(prev).matches() && start - (b + 4) <= 1) {
                return Integer.parseInt(prev);
            }
        }
        Matcher after = Windowed.lookingAt(YEAR_AFTER, text, end, 30);
        return after == null ? null : Integer.parseInt(after.group(1));
    }

    /** Words before a holiday that make it a yearly event rather than one day ("the annual Christmas Eve concert"). */
    private static final Set<String> YEARLY = Set.of("annual", "yearly");

    /**
     * Whether the holiday at {@code start} follows "annual" or "yearly" ("the annual New Year's Eve program", "a
     * yearly Thanksgiving dinner"): the event comes back every year, and no one year's day is meant. Reads one word.
     */
    static boolean yearly(String text, int start) {
        return YEARLY.contains(Windowed.previousWord(text, start).toLowerCase(Locale.ROOT));
    }

    /** Whether the word at {@code p} is the first of its sentence (or line). */
    private static boolean firstOfSentence(String text, int p) {
        int q = p - 1;
        while (q >= 0 && (text.charAt(q) == ' ' || text.charAt(q) == '\u00a0')) {
            q--;
        }
        return q < 0 || ".!?\n\r\"“‘'(:;—–-".indexOf(text.charAt(q)) >= 0;
    }

    private static RuleMatch day(int start, int end, LocalDate d, String how) {
        return new RuleMatch(start, end, TimexType.DATE, d.toString(), null, d, d, how, false);
    }

    /** The date of the holiday in a given year, or null for an unknown name. */
    static Function<Integer, LocalDate> dayOf(String name) {
        return switch (name) {
            case "Christmas", "Christmas Day" -> y -> LocalDate.of(y, 12, 25);
            case "Christmas Eve" -> y -> LocalDate.of(y, 12, 24);
            case "New Year's", "New Year's Day" -> y -> LocalDate.of(y, 1, 1);
            case "New Year's Eve" -> y -> LocalDate.of(y, 12, 31);
            case "Thanksgiving", "Thanksgiving Day" -> y -> LocalDate.of(y, 11, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "Easter", "Easter Sunday", "Easter week", "Easter Week", "Holy Week" -> HolidayRule::easter;
            case "Good Friday" -> y -> easter(y).minusDays(2);
            case "Independence Day" -> y -> LocalDate.of(y, 7, 4);
            case "Labor Day" -> y -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "Memorial Day" -> y -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "Halloween" -> y -> LocalDate.of(y, 10, 31);
            case "Election Day" -> y -> LocalDate.of(y, 11, 1)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case "Veterans Day" -> y -> LocalDate.of(y, 11, 11);
            case "Valentine's Day" -> y -> LocalDate.of(y, 2, 14);
            default -> null;
        };
    }

    /** Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
