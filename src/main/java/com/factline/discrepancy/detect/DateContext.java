package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two dates in passages that read alike date the same happening. Aligned sentences about one story often
 * carry dates of different things ("Weiner said Wednesday he did not send the photo" against "Last weekend, a photo was
 * sent from his account"), so two different dates are a discrepancy only when the words right around them name the
 * same act: a word in common ("the House voted Wednesday to override" / "voting to override Wednesday afternoon"), or
 * both a statement ("said Monday" / "in an interview Tuesday"). Names are left out (the story's actors stand next to
 * every date of the story), and so are the words of dates and times themselves.
 */
final class DateContext {
    /** Words looked at on each side of a date, within its sentence. */
    static final int WINDOW = 4;
    /** Chars read on each side of a date to find those words. */
    static final int REACH = 200;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** Acts of saying: two dated statements are the same happening when the passages align. */
    private static final Set<String> SPEECH = Words.set("said", "says", "say", "saying", "told", "tell", "tells",
            "stated", "state", "states", "statement", "announced", "announce", "announces", "announcement",
            "admitted", "admit", "admits", "interview", "tweeted", "tweet", "wrote", "write", "writes", "remarks",
            "declared", "declare", "confirmed", "confirm", "confirms", "denied", "deny", "denies", "testified",
            "testify", "speech", "spoke", "speak", "speaks");

    /** Words of dates and times: the dates themselves, not the act they date. */
    private static final Set<String> TIME_WORDS = Words.set("day", "days", "week", "weeks", "weekend", "weekends",
            "month", "months", "year", "years", "morning", "afternoon", "evening", "night", "tonight", "today",
            "yesterday", "tomorrow", "earlier", "later", "late", "early", "ago", "this", "last", "next", "same",
            "previous", "following", "hour", "hours", "time", "times", "am", "pm", "noon", "midnight");

    private DateContext() {
    }

    /**
     * @param a sentence text; {@code ra} the date's char range in it
     * @param b the other sentence; {@code rb} the other date's char range
     */
    static boolean sameHappening(String a, int[] ra, String b, int[] rb) {
        if (afterSince(a, ra) != afterSince(b, rb)) {
            // "his first meeting with Putin since September": the start of a stretch, the last time before, not the
            // date of the meeting the other outlet dates; two starts of one stretch ("has led the party since 2002" /
            // "since 2003") are still compared
            return false;
        }
        List<String> ca = around(a, ra);
        List<String> cb = around(b, rb);
        if (ca.stream().anyMatch(SPEECH::contains) && cb.stream().anyMatch(SPEECH::contains)) {
            return true;
        }
        Set<String> la = lemmas(ca);
        for (String l : lemmas(cb)) {
            if (la.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word right before the range is "since" ("since September", "ever since 2019"). Reads one word. */
    static boolean afterSince(String sentence, int[] range) {
        int p = range[0];
        while (p > 0 && Character.isWhitespace(sentence.charAt(p - 1))) {
            p--;
        }
        int q = p;
        while (q > 0 && Character.isLetter(sentence.charAt(q - 1)) && p - q < 6) {
            q--;
        }
        return p - q == 5 && sentence.regionMatches(true, q, "since", 0, 5)
                && (q == 0 || !Character.isLetter(sentence.charAt(q - 1)));
    }

    /** The lower-case words, not names, within {@link #WINDOW} words before and after the range. */
    static List<String> around(String sentence, int[] range) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        // a bounded stretch around the date: four words never take more, and a giant sentence costs no more
        m.region(Math.max(0, range[0] - REACH), Math.min(sentence.length(), range[1] + REACH));
        while (m.find()) {
            if (m.end() <= range[0]) {
                before.add(m.group());
            } else if (m.start() >= range[1] && after.size() < WINDOW) {
                after.add(m.group());
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : before.subList(Math.max(0, before.size() - WINDOW), before.size())) {
            add(w, out);
        }
        for (String w : after) {
            add(w, out);
        }
        return out;
    }

    private static void add(String w, List<String> out) {
        String lower = Words.lower(Words.foldPunctuation(w));
        if (!Words.startsUpper(w) && !TIME_WORDS.contains(lower) && !Words.WEEKDAYS.contains(lower)) {
            out.add(lower);
        }
    }

    private static Set<String> lemmas(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (Words.isContent(w)) {
                out.add(Words.lemma(w));
            }
        }
        return out;
    }
}
