package com.factline.proposal.draft;

/**
 * Converts between UTF-16 char indexes (what {@link String} uses) and code point offsets (what passages and the
 * temporal resolver use). Texts without surrogate pairs, the common case, need no tables.
 */
final class CodePoints {

    private final String text;
    private final int[] charToCp;
    private final int[] cpToChar;

    CodePoints(String text) {
        this.text = text;
        int n = text.length();
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            charToCp = null;
            cpToChar = null;
            return;
        }
        int cps = text.codePointCount(0, n);
        charToCp = new int[n + 1];
        cpToChar = new int[cps + 1];
        int cp = 0;
        for (int i = 0; i < n; i++) {
            charToCp[i] = cp;
            boolean pairTail = Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (!pairTail) {
                cpToChar[cp] = i;
                cp++;
            } else {
                charToCp[i] = cp - 1;
            }
        }
        charToCp[n] = cp;
        cpToChar[cp] = n;
    }

    int length() {
        return cpToChar == null ? text.length() : cpToChar.length - 1;
    }

    int toCodePoint(int charIndex) {
        return charToCp == null ? charIndex : charToCp[charIndex];
    }

    int toChar(int codePoint) {
        return cpToChar == null ? codePoint : cpToChar[codePoint];
    }

    /** The text between two code point offsets. */
    String substring(int cpStart, int cpEnd) {
        return text.substring(toChar(cpStart), toChar(cpEnd));
    }
}
