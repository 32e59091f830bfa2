package com.factline.temporal;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a direct quotation was spoken, when its sentence names it next to the verb of saying: "'We lost a friend
 * yesterday,' she said on Sunday", "'The shop closed this morning,' the owner told reporters Sunday", "In a statement
 * Sunday, she said: 'Last night was a tragedy.'" Words such as "yesterday", "today" or "last night" inside the
 * quotation count from that day, as its speaker meant them, not from the publication date.
 *
 * <p>Only a weekday is read (a date written in full needs no help), outside the quotation and in the same sentence:
 * after a word of saying ("said", "told", "wrote", "tweeted", "statement", "remarks", …) with at most three words
 * of whom and where between, or after "on" and before such a word ("On Sunday, the mayor said"). A quotation
 * opens at a curly opening quote or an odd straight quote and closes at the next closing one. Pure; reads only the
 * sentence given, and of it at most {@value #WINDOW} characters either side of the expression.
 */
final class QuotedSpeechDay {

    /** A weekday named next to a word of saying: the weekday and the words that tie it to the speech. */
    record Found(DayOfWeek day, String cue) {
    }

    private static final String DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String SAYING = "(?i:said|says|told|wrote|tweeted|posted|added|statement|remarks|interview"
            + "|speech|briefing)";
    /**
     * Words that may stand between the word of saying and its weekday: whom it was told to and where ("told
     * reporters", "wrote on Facebook", "said in an interview"), a name. Not a verb: in "said it reopens Sunday" the
     * weekday is the reopening's.
     */
    private static final String FILLER = "(?:(?i:on|in|at|to|with|reporters|journalists|a|an|the|his|her|their|news"
            + "|conference)|\\p{Lu}[\\p{L}.’']*)";
    /** "said on Sunday", "told reporters late Sunday", "in a statement Sunday": the word of saying first. */
    private static final Pattern SAYING_THEN_DAY = Pattern.compile("\\b" + SAYING + "(?:\\s+" + FILLER + "){0,3}?\\s+"
            + "(?:(?i:on|late|early|earlier|later)\\s+)?" + DAY + "\\b");
    /** "On Sunday, Clinton said", "on Sunday the mayor told": "on" and the weekday first. */
    private static final Pattern DAY_THEN_SAYING = Pattern.compile("\\b(?i:on)\\s+" + DAY
            + ",?(?:\\s+[\\p{L}.’']+){0,3}?\\s+" + SAYING + "\\b");

    static final int WINDOW = 300;

    private QuotedSpeechDay() {
    }

    /**
     * The weekday the quotation around {@code pos} was spoken on, read in the sentence [{@code sentStart},
     * {@code sentEnd}); null when {@code pos} stands in no quotation or no weekday is tied to a word of saying.
     */
    static Found of(String text, int sentStart, int sentEnd, int pos) {
        // A giant "sentence" is read only near the expression, so the cost per expression stays bounded.
        int from = Math.max(sentStart, pos - WINDOW);
        int to = Math.min(sentEnd, pos + WINDOW);
        int open = -1;
        boolean inside = false;
        for (int k = from; k < pos; k++) {
            char c = text.charAt(k);
            if (c == '“' || c == '"' && !inside) {
                inside = true;
                open = k;
            } else if (c == '”' || c == '"') {
                inside = false;
            }
        }
        if (!inside) {
            return null;
        }
        int close = -1;
        for (int k = pos; k < to; k++) {
            char c = text.charAt(k);
            if (c == '”' || c == '"') {
                close = k;
                break;
            }
        }
        Found after = close < 0 ? null : find(text.substring(close + 1, to));
        return after != null ? after : find(text.substring(from, open));
    }

    private static Found find(String outside) {
        if (!outside.contains("day")) {
            // Every weekday ends so; most quotations name none, and the patterns need not run.
            return null;
        }
        Matcher m = SAYING_THEN_DAY.matcher(outside);
        if (m.find()) {
            return found(m.group(1), m.group().strip());
        }
        m = DAY_THEN_SAYING.matcher(outside);
        return m.find() ? found(m.group(1), m.group().strip()) : null;
    }

    private static Found found(String day, String cue) {
        return new Found(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)), cue.replaceAll("\\s+", " "));
    }
}
