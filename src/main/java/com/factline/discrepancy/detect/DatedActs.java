package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The act a date dates, for passages that do not read alike enough for the plain date comparison: news dates a
 * one-day act by putting the day right next to its verb or event noun ("apologized Friday", "on Friday apologized",
 * "the story published Friday", "his resignation Tuesday"). Two outlets date the same act when the act next to each
 * date is the same (a closed list of one-day acts; "apologized" meets "apology") and words of its actor or object
 * stand near both ("Republican", "for a Facebook post"). A date whose nearest act word is a verb of saying dates the statement, not
 * what the statement reports ("said Friday that she had apologized"), so it dates no act here.
 */
final class DatedActs {
    /** Words looked at on each side of a date for its act. */
    static final int ACT_WINDOW = 4;
    /** Words looked at on each side of the act for its actor or object. */
    static final int CONTEXT_WINDOW = 8;
    /** Words of the actor or object both sentences must share near the act: one name alone is any act of that actor. */
    static final int MIN_SHARED = 2;
    /** Chars read on each side of a date or an act, so a giant sentence costs no more. */
    static final int REACH = 300;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** One-day acts, every form listed: verb and event noun share the key ("apologized", "apology"). */
    private static final Map<String, String> ACTS = acts(
            "apologize apologized apologizes apologizing apologise apologised apology apologies",
            "publish published publishes publishing publication",
            "resign resigned resigns resigning resignation",
            // leaving a post: "quit" and "left the administration" are one act; see LEAVE for "left"
            "quit quits quitting left leaves leaving",
            "arrest arrested arrests arresting",
            "indict indicted indictment",
            "sentenced sentencing",
            "convicted conviction",
            "die died dies death",
            "sue sued sues suing lawsuit",
            "endorse endorsed endorses endorsing endorsement",
            "withdraw withdrew withdrawn withdraws withdrawal",
            "suspend suspended suspends suspension",
            "launch launched launches launching",
            "unveil unveiled unveils unveiling",
            "nominate nominated nominates nomination",
            "pardon pardoned pardons",
            "veto vetoed vetoes",
            "impeach impeached impeachment",
            "married marries marry wedding");

    private static Map<String, String> acts(String... groups) {
        Map<String, String> out = new HashMap<>();
        for (String g : groups) {
            String[] forms = g.split(" ");
            for (String f : forms) {
                out.put(f, forms[0]);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * "left" is quitting only with a post, an organisation or a place after it ("left the F.B.I.", "left office",
     * "left Google"), not "the storm left three dead", "left behind", "left over" or the political left.
     */
    private static final Set<String> LEAVE = Words.set("left", "leaves", "leaving");
    private static final Set<String> LEFT_WHAT = Words.set("the", "his", "her", "their", "its", "office", "government",
            "administration", "post", "job", "company", "firm", "team", "party", "country", "city", "town");

    /** Verbs and nouns of saying: a date next to one dates the statement. */
    private static final Set<String> SPEECH = Words.set("said", "says", "say", "saying", "told", "tell", "tells",
            "stated", "statement", "interview", "tweeted", "tweet", "wrote", "writes", "remarks", "added", "reported",
            "reports", "explained", "insisted", "argued", "claimed", "noted", "spoke", "speech", "testified",
            "confirmed", "denied", "admitted", "recalled", "acknowledged", "announce", "announced", "announces",
            "announcing", "announcement");

    /** Words that open a clause: a date does not date an act across them. */
    private static final Set<String> CLAUSE = Words.set("and", "but", "or", "after", "before", "when", "while", "that",
            "which", "who", "because", "as", "since", "until", "then", "where", "amid");

    /** Words of dates and times, left out of the actor or object. */
    private static final Set<String> TIME_WORDS = Words.set("day", "days", "week", "weeks", "weekend", "month",
            "months", "year", "years", "morning", "afternoon", "evening", "night", "today", "yesterday", "earlier",
            "later", "early", "late", "ago", "this", "last", "next", "on", "time", "hour", "hours",
            // titles: "Mr. Varga" is one word of the actor
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "jr", "sr");

    private DatedActs() {
    }

    /** The act a date dates and where its word stands (chars of the sentence). */
    record Act(String key, int start, int end) {
    }

    /**
     * The act the date at {@code range} (chars of the sentence) dates, or null: none, or a statement. Only words of the
     * date's own clause are read: "elected in 1995 and resigned last year" does not date the resignation 1995.
     */
    static Act of(String sentence, int[] range) {
        List<int[]> before = new ArrayList<>();
        List<int[]> after = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        m.region(Math.max(0, range[0] - REACH), Math.min(sentence.length(), range[1] + REACH));
        int last = Math.max(0, range[0] - REACH);
        boolean open = true;
        while (m.find()) {
            boolean clause = CLAUSE.contains(Words.lower(m.group()));
            if (m.end() <= range[0]) {
                if (punctuation(sentence, last, m.start()) || clause) {
                    before.clear();
                }
                if (!clause) {
                    before.add(new int[] {m.start(), m.end()});
                }
            } else if (m.start() >= range[1] && open && after.size() < ACT_WINDOW) {
                open = !clause && !punctuation(sentence, Math.max(last, range[1]), m.start());
                if (open) {
                    after.add(new int[] {m.start(), m.end()});
                }
            }
            last = m.end();
        }
        if (!before.isEmpty() && punctuation(sentence, before.getLast()[1], range[0])) {
            before.clear();
        }
        // nearest first, the word before the date first at equal distance ("apologized Friday for")
        for (int d = 0; d < ACT_WINDOW; d++) {
            for (int[] w : new int[][] {d < before.size() ? before.get(before.size() - 1 - d) : null,
                    d < after.size() ? after.get(d) : null}) {
                if (w == null) {
                    continue;
                }
                String lower = Words.lower(sentence.substring(w[0], w[1]));
                if (SPEECH.contains(lower)) {
                    return null;
                }
                String key = key(lower);
                if (key != null && LEAVE.contains(lower) && !leavesSomething(sentence, w[1])) {
                    key = null;
                }
                if (key != null) {
                    return new Act(key, w[0], w[1]);
                }
            }
        }
        return null;
    }

    /** Whether the word after a "left" at {@code end} is a post, an organisation or a place it leaves. */
    private static boolean leavesSomething(String sentence, int end) {
        Matcher m = WORD.matcher(sentence);
        m.region(end, Math.min(sentence.length(), end + REACH));
        if (!m.find() || !sentence.substring(end, m.start()).isBlank()) {
            return false;
        }
        return LEFT_WHAT.contains(Words.lower(m.group())) || Words.startsUpper(m.group());
    }

    /** Whether a comma, a dash, a bracket or a quotation mark stands between two places: a clause ends there. */
    private static boolean punctuation(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",;:()\"“”—–".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two acts are the same: the same key, and {@link #MIN_SHARED} words of the actor or object (a name, a
     * title, a thing) within {@link #CONTEXT_WINDOW} words of the act in both sentences.
     */
    static boolean same(String a, Act x, String b, Act y) {
        if (x == null || y == null || !x.key().equals(y.key())) {
            return false;
        }
        Set<String> ca = context(a, x);
        int shared = 0;
        for (String w : context(b, y)) {
            if (ca.contains(w)) {
                shared++;
            }
        }
        return shared >= MIN_SHARED;
    }

    private static Set<String> context(String s, Act act) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        m.region(Math.max(0, act.start() - REACH), Math.min(s.length(), act.end() + REACH));
        while (m.find()) {
            if (m.end() <= act.start()) {
                before.add(m.group());
            } else if (m.start() >= act.end() && after.size() < CONTEXT_WINDOW) {
                after.add(m.group());
            }
        }
        Set<String> out = new HashSet<>();
        List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - CONTEXT_WINDOW), before.size()));
        words.addAll(after);
        for (String w : words) {
            String lower = Words.lower(Words.foldPunctuation(w));
            if (Words.isContent(lower) && !TIME_WORDS.contains(lower) && !Words.WEEKDAYS.contains(lower)
                    && key(lower) == null && !SPEECH.contains(lower)) {
                out.add(Words.lemma(lower));
            }
        }
        return out;
    }

    private static String key(String lower) {
        return ACTS.get(lower);
    }
}
