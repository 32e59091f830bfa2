package com.factline.temporal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Matching a rule's pattern at one position, reading at most a fixed window of the text (linear time overall). */
final class Windowed {

    private Windowed() {
    }

    /**
     * The match of {@code p} starting exactly at {@code i}, looking at no more than {@code window}
     * characters from there (look-arounds may see past the window's ends); null when there is none.
     */
    static @Nullable Matcher lookingAt(Pattern p, String text, int i, int window) {
        if (i >= text.length() || !FirstChars.of(p).mayStartWith(text.charAt(i))) {
            return null;
        }
        Matcher m = p.matcher(text).region(i, Math.min(text.length(), i + window));
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    /**
     * The word right after {@code pos} (spaces, no-break spaces included, skipped; letters and digits, at most 20),
     * as written; empty when none follows.
     */
    static String wordAfter(String text, int pos) {
        int p = pos;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0')) {
            p++;
        }
        int e = p;
        while (e < text.length() && e - p < 20 && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return text.substring(p, e);
    }

    /**
     * Where the word right before {@code pos} starts (at most 8 spaces and 30 letters or digits read back), or -1
     * when no word stands there; the word is {@code text.substring(start, end of its letters and digits)}.
     */
    static int wordBeforeStart(String text, int pos) {
        int e = pos;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00a0') && pos - e < 8) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)) && e - s < 30) {
            s--;
        }
        return s == e ? -1 : s;
    }

    /** The word right before {@code pos} ({@link #wordBeforeStart}) in lower case; empty when none. */
    static String previousWord(String text, int pos) {
        int s = wordBeforeStart(text, pos);
        if (s < 0) {
            return "";
        }
        int e = s;
        while (e < pos && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@link #wordAfter} in lower case. */
    static String nextWord(String text, int pos) {
        return wordAfter(text, pos).toLowerCase(java.util.Locale.ROOT);
    }
}
