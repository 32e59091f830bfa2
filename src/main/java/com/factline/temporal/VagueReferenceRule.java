package com.factline.temporal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to the present, past or future that TimeML values {@code PRESENT_REF}, {@code PAST_REF}
 * and {@code FUTURE_REF} (TimeML guidelines 1.2.1, section 2.2.2): "now", "right now", "currently",
 * "nowadays", "these days", "the present", "current" before a noun ("then current" is past), "recently",
 * "the past",
 * "the future", "the near future", "the near (short, long) term", and "soon" next to a modal or "to" ("will
 * soon", "may soon", "soon will", "to soon grow", "soon to") or ending a phrase a modal opens ("will update soon").
 * They have no calendar interval.
 *
 * <p>Left out on purpose, because news uses them far more often without a time meaning: "soon" in a story
 * told in the past ("was soon released", "soon after", "soon became": shortly after another event, not
 * ahead of the writer), "as soon as", "already", "previously", "future" as an adjective, "the
 * foreseeable future" (an idiom).
 * Pure and stateless; the cost per call is bounded by the short pattern.
 */
final class VagueReferenceRule {

    private static final Pattern PATTERN = Pattern.compile("(?i:(right\\s+now|now|currently|nowadays|presently"
            + "|these\\s+days|the\\s+present(?!\\s+(?:day|time|value|tense|system|government|case))|current"
            + "|recently|soon|the\\s+past|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term))"
            + "(?![\\p{L}\\p{N}'’-])");

    /** Words that start one of the expressions; a scanner may skip any other word. */
    static final Set<String> STARTERS = Set.of("now", "right", "currently", "nowadays", "presently", "these",
            "the", "current", "recently", "soon");

    /** Words next to "soon" that put it ahead of the writer: modals and the infinitive's "to". */
    private static final Set<String> FUTURE_NEIGHBOURS = Set.of("will", "would", "may", "might", "could", "should",
            "can", "shall", "must", "to");
    /** Words before "soon" that make it a degree ("too soon to tell", "as soon as", "how soon"), not a time. */
    private static final Set<String> DEGREE_BEFORE_SOON = Set.of("too", "as", "so", "how", "very");

    // "current" is a time reference before most nouns, but not in these fixed uses.
    private static final Set<String> NOT_AFTER_CURRENT = Set.of("account", "accounts", "affairs", "events",
            "issue", "issues", "quarter", "year", "month", "week", "fiscal", "period", "season", "term", "session",
            "of", "and", "or", "is", "was", "prices", "dollars", "through", "flows", "flow", "liabilities",
            "assets");

    private static final Set<String> COUNT_OR_UNIT = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred", "few",
            "several", "couple", "many", "decade", "decades", "year", "years", "week", "weeks", "month", "months",
            "day", "days", "hour", "hours", "century", "centuries", "quarter", "quarters", "weekend", "summer",
            "winter", "spring", "fall", "autumn", "season", "generation", "half");

    /** Words that may follow "the short term" when it ends its phrase ("in the short term and beyond"). */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "as", "because", "when", "while",
            "if", "is", "are", "was", "will", "would", "could", "at", "to", "for");

    private VagueReferenceRule() {
    }

    /** The vague reference starting exactly at {@code i}, or null. */
    static RuleMatch at(String text, int i) {
        Matcher m = PATTERN.matcher(text);
        m.region(i, Math.min(text.length(), i + 40));
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String prev = previousWord(text, i);
        String next = Windowed.nextWord(text, m.end());
        switch (w) {
            case "now" -> {
                if (prev.equals("from")) {
                    // "two weeks from now" is part of a duration; "from now on" marks a change, not a time. "Now on"
                    // without "from" is the present ("the shares are now on sale").
                    return null;
                }
                if (discourseNow(text, i, m.end())) {
                    // "Now, he says, ...": a discourse marker that opens the sentence, not a time.
                    return null;
                }
                return RuleMatch.vague(i, m.end(), "PRESENT_REF", "\"now\": the present (reference to the time of "
                        + "writing, not a calendar date)");
            }
            case "current" -> {
                if (next.isEmpty() || NOT_AFTER_CURRENT.contains(next) || !Character.isLetter(next.charAt(0))) {
                    return null;
                }
                if (prev.equals("then") || (i > 5 && text.charAt(i - 1) == '-'
                        && text.regionMatches(true, i - 5, "then", 0, 4)
                        && (i == 5 || !Character.isLetter(text.charAt(i - 6))))) {
                    // "the then-current chairman", "then current rules": the present of a time gone by.
                    return RuleMatch.vague(i, m.end(), "PAST_REF", "\"then current\": what was current at a past "
                            + "time, a vague past reference");
                }
                return RuleMatch.vague(i, m.end(), "PRESENT_REF", "\"current\" before a noun: the present");
            }
            case "the past" -> {
                if (COUNT_OR_UNIT.contains(next) || Character.isDigit(next.isEmpty() ? ' ' : next.charAt(0))) {
                    // "the past three years" is a duration, found by the duration rule.
                    return null;
                }
                return RuleMatch.vague(i, m.end(), "PAST_REF", "\"the past\": a vague past reference");
            }
            case "soon" -> {
                boolean contracted = prev.equals("ll") && i >= 4 && "'’".indexOf(text.charAt(i - 4)) >= 0;
                String cue = contracted ? "'ll soon" : FUTURE_NEIGHBOURS.contains(prev) ? prev + " soon"
                        : FUTURE_NEIGHBOURS.contains(next) ? "soon " + next : modalAhead(text, i, next);
                if (cue == null || DEGREE_BEFORE_SOON.contains(prev)) {
                    // "was soon released", "soon after the crash", "as soon as", "too soon to tell": no future
                    // of the writer's.
                    return null;
                }
                return RuleMatch.vague(i, m.end(), "FUTURE_REF", "\"" + cue + "\": a vague future reference");
            }
            case "recently" -> {
                if ((prev.equals("as") && next.equals("as")) || (prev.equals("most") && startsDate(text, m.end()))) {
                    // "as recently as 1995", "most recently last October": the date that follows is the time
                    // (TimeML marks it alone); "recently" only says how late it was.
                    return null;
                }
                return RuleMatch.vague(i, m.end(), "PAST_REF", "\"recently\": a vague past reference");
            }
            case "the near term", "the short term", "the long term" -> {
                if (!next.isEmpty() && Character.isLetter(next.charAt(0)) && !CLAUSE_WORDS.contains(next)) {
                    // "the short term debt": an adjective before a noun, not a time.
                    return null;
                }
                return RuleMatch.vague(i, m.end(), "FUTURE_REF", "\"" + w + "\": a vague future reference");
            }
            default -> {
                if (w.endsWith("future")) {
                    if (next.equals("of") || prev.equals("foreseeable")) {
                        return null;
                    }
                    return RuleMatch.vague(i, m.end(), "FUTURE_REF", "\"" + w + "\": a vague future reference");
                }
                return RuleMatch.vague(i, m.end(), "PRESENT_REF", "\"" + w + "\": the present");
            }
        }
    }

    /** Words that start a date after "most recently" ("last October", "in 1995", "on Friday"). */
    private static final Set<String> DATE_STARTERS = Set.of("last", "this", "in", "on", "yesterday", "earlier",
            "early", "late", "during", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Whether a date starts right after {@code pos}: a starter word, a month name or digits. */
    private static boolean startsDate(String text, int pos) {
        String word = Windowed.wordAfter(text, pos);
        return !word.isEmpty() && (DATE_STARTERS.contains(word.toLowerCase(Locale.ROOT))
                || CalendarDateRule.isMonthName(word) || Character.isDigit(word.charAt(0)));
    }

    /** "Now," opening a sentence (after a full stop, a quote or nothing): a discourse marker. */
    private static boolean discourseNow(String text, int start, int end) {
        if (end >= text.length() || text.charAt(end) != ',' || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int p = start - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        while (p >= 0 && "\"'`“‘".indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        return p < 0 || ".!?:;".indexOf(text.charAt(p)) >= 0 || text.charAt(p) == '\n';
    }


    /**
     * "will update soon", "would be decided soon": a modal at most three words back in the same phrase (no
     * punctuation between) puts "soon" ahead of the writer as "will soon" does; "to" does not count there, being
     * as often a preposition ("went to Paris soon after"), nor does a "soon" followed by "after", "afterwards" or
     * "enough". Returns the cue ("will … soon") or null; reads at most three short words back.
     */
    private static String modalAhead(String text, int i, String next) {
        if (SOON_NOT_AHEAD_BEFORE.contains(next)) {
            return null;
        }
        int pos = i;
        for (int k = 0; k < 3; k++) {
            String w = previousWord(text, pos);
            if (w.isEmpty()) {
                return null;
            }
            if (!w.equals("to") && FUTURE_NEIGHBOURS.contains(w)) {
                return w + " … soon";
            }
            pos -= skippedBack(text, pos) + w.length();
        }
        return null;
    }

    /** How many spaces stand right before {@code pos}. */
    private static int skippedBack(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        return pos - e;
    }

    /** Words after "soon" that tie it to another event rather than to the writer's future. */
    private static final Set<String> SOON_NOT_AHEAD_BEFORE = Set.of("after", "afterward", "afterwards",
            "thereafter", "enough", "as");

    private static String previousWord(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && e - s < 20 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }
}
