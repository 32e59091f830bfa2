package com.factline.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based English sentence splitter tuned for news copy.
 *
 * <p>Stateless and thread-safe. Offsets returned by {@link #split(String)} are Unicode code point
 * offsets (end exclusive); {@link #splitChars(String)} gives UTF-16 offsets for internal callers.
 */
public final class SentenceSplitter {

    /**
     * The version of the sentence boundaries this splitter draws. <b>Bump it when a change moves, adds or removes a
     * boundary</b> on any text: data derived per sentence and stored (the sentence vectors of {@code align}) is keyed
     * by it, so what was stored under another version is computed again instead of being paired with the wrong
     * sentences (a change that keeps the number of sentences but moves a boundary would otherwise go unnoticed).
     */
    public static final int VERSION = 1;

    /** A sentence span, end exclusive. */
    public record Sentence(int start, int end) {
    }

    // Lower-cased tokens that end with a period without ending the sentence. Months are included
    // because "Jan. 5" is far more common in news than a sentence ending in "Jan".
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr",
            "adm", "maj", "rep", "sen", "gov", "pres", "rev", "hon", "fr", "messrs", "mt", "ft", "ave", "blvd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "bros", "vs", "etc", "no", "nos", "vol", "approx", "est", "dept",
            "univ", "assn", "fig", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c");

    // Three-letter ones end a sentence when no day number follows ("in Jan. The …", "of Acme Inc. Then …"), except
    // these titles, which stand before a name: "to Gov. Chris Christie", "for Mrs. Clinton" go on.
    private static final Set<String> TITLES = Set.of(
            "mrs", "gen", "col", "sgt", "adm", "maj", "rep", "sen", "gov", "rev", "hon");

    // After an acronym like "U.S." a new sentence is only assumed when the next word is a typical
    // sentence opener; "U.S. officials said" is far more common than a sentence ending in "U.S.".
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "But", "And", "He", "She", "It", "They", "We", "I", "In", "This", "That",
            "There", "His", "Her", "Their", "Its", "On", "At", "As", "If", "When", "While", "Yet", "So");

    private SentenceSplitter() {
    }

    /** Splits text into sentences; offsets are code points. */
    public static List<Sentence> split(String text) {
        List<int[]> chars = splitChars(text);
        List<Sentence> out = new ArrayList<>(chars.size());
        OffsetMap map = new OffsetMap(text);
        for (int[] s : chars) {
            out.add(new Sentence(map.toCodePoint(s[0]), map.toCodePoint(s[1])));
        }
        return out;
    }

    /** Splits text into sentences; offsets are UTF-16 char indexes, end exclusive. */
    static List<int[]> splitChars(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = skipSpace(text, 0);
        int start = i;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int j = i;
                int newlines = 0;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    if (text.charAt(j) == '\n') {
                        newlines++;
                    }
                    j++;
                }
                if (j >= n) {
                    break;
                }
                if (newlines > 1 || lineBreakEndsSentence(text, start, i, j)) {
                    addSentence(out, text, start, i);
                    start = j;
                }
                i = j;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && isTerminalTrail(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end);
                if (next >= n) {
                    break;
                }
                if (next > end && isBoundary(text, start, i, end, next)) {
                    addSentence(out, text, start, end);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < n) {
            addSentence(out, text, start, n);
        }
        return out;
    }

    private static boolean lineBreakEndsSentence(String text, int start, int lineEnd, int next) {
        int p = lineEnd - 1;
        while (p >= start && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        if (p < start) {
            return false;
        }
        char prev = text.charAt(p);
        char nxt = text.charAt(next);
        // A hard-wrapped paragraph continues with a lower-case word or after a comma; anything else
        // (headline, dateline, paragraph per line) is treated as a sentence end.
        if (Character.isLowerCase(nxt)) {
            return false;
        }
        return !(prev == ',' || prev == ';' || prev == '-' || prev == '(');
    }

    private static boolean isBoundary(String text, int start, int punct, int afterTrail, int next) {
        char nxt = text.charAt(next);
        // Anything but a lower-case letter or clause punctuation can open a sentence (capitals, digits,
        // quotes, emoji and other symbols).
        boolean opener = !Character.isLowerCase(nxt) && ",;:)]}".indexOf(nxt) < 0;
        if (!opener) {
            return false;
        }
        if (text.charAt(punct) != '.') {
            return true;
        }
        // Ellipsis-like "..": treat as a normal stop.
        // The word before the period, looked for at most MAX_WORD characters back: a longer "word" is no
        // abbreviation, and walking further for every period of one huge dotted token would be quadratic.
        int ws = punct;
        int floor = Math.max(start, punct - MAX_WORD);
        while (ws > floor && !Character.isWhitespace(text.charAt(ws - 1))
                && !isOpeningQuote(text.charAt(ws - 1)) && text.charAt(ws - 1) != '(') {
            ws--;
        }
        if (ws == floor && floor > start && !Character.isWhitespace(text.charAt(ws - 1))) {
            return true;
        }
        String token = text.substring(ws, punct);
        if (token.isEmpty()) {
            return true;
        }
        if (afterTrail > punct + 1) {
            // Period followed by a closing quote or bracket: the quote ends the sentence.
            return true;
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            // A middle initial ("Vladimir V. Putin") rather than a sentence end.
            return false;
        }
        if (lower.indexOf('.') > 0 && isAcronym(lower)) {
            // Acronym such as U.S. or U.N.: only a boundary before an obvious sentence opener.
            return SENTENCE_OPENERS.contains(firstWord(text, next));
        }
        if (ABBREVIATIONS.contains(lower)) {
            if ((lower.length() == 3 && !TITLES.contains(lower)) || lower.equals("sept")) {
                // Months and "Inc."-like ones end a sentence only when no day number follows.
                return !Character.isDigit(nxt);
            }
            return false;
        }
        return true;
    }

    /** Longer than any abbreviation or acronym the splitter knows. */
    private static final int MAX_WORD = 64;

    /** True for "u.s", "u.n", "e.u": single letters joined by periods (checked without a regex, in one pass). */
    private static boolean isAcronym(String lower) {
        if (lower.length() < 3 || lower.length() % 2 == 0) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (k % 2 == 0 ? !(c >= 'a' && c <= 'z') : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private static boolean isTerminalTrail(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»'
                || c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addSentence(List<int[]> out, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
