package com.factline.temporal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which ASCII characters can begin a match of a pattern tried at one position, so that a pattern is not run where
 * it cannot match (most candidate words start with a letter none of a pattern's alternatives starts with).
 *
 * <p>Learned once per pattern by matching it against each one-character text: when the match fails without the
 * matcher reaching the end of that text, no text beginning with that character can match. Characters outside ASCII
 * are always tried (case-insensitive matching maps some of them to ASCII letters). Patterns that look before their
 * start (a look-behind, a word boundary) depend on the character before and are always tried.
 */
final class FirstChars {

    private static final Map<Pattern, FirstChars> CACHE = new ConcurrentHashMap<>();
    private static final FirstChars ANY = new FirstChars(null);

    private final boolean[] ascii;

    private FirstChars(boolean[] ascii) {
        this.ascii = ascii;
    }

    static FirstChars of(Pattern p) {
        return CACHE.computeIfAbsent(p, FirstChars::learn);
    }

    /** Whether a match of the pattern may begin with {@code c}. */
    boolean mayStartWith(char c) {
        return ascii == null || c >= 128 || ascii[c];
    }

    private static FirstChars learn(Pattern p) {
        String rx = p.pattern();
        if (rx.contains("(?<") || rx.contains("\\b") || rx.contains("\\B") || rx.contains("\\G")) {
            return ANY;
        }
        boolean[] can = new boolean[128];
        for (char c = 0; c < 128; c++) {
            Matcher m = p.matcher(String.valueOf(c));
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            can[c] = m.lookingAt() || m.hitEnd();
        }
        return new FirstChars(can);
    }
}
