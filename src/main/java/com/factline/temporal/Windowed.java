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
}
