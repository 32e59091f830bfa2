package com.factline.temporal;

/**
 * Converts UTF-16 char indexes to code point offsets. Texts without surrogate pairs (the common
 * case) need no table at all, which keeps the fast path allocation-free.
 */
final class OffsetMap {
    private final int[] prefix;

    OffsetMap(String text) {
        int n = text.length();
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            prefix = null;
            return;
        }
        prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // The low half of a surrogate pair adds nothing: the pair is one code point.
            boolean pairTail = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            prefix[i + 1] = prefix[i] + (pairTail ? 0 : 1);
        }
    }

    int toCodePoint(int charIndex) {
        return prefix == null ? charIndex : prefix[charIndex];
    }
}
