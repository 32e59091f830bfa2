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
        if (i >= text.length()) {
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

    /** {@link #wordAfter} in lower case. */
    static String nextWord(String text, int pos) {
        return wordAfter(text, pos).toLowerCase(java.util.Locale.ROOT);
    }
}
