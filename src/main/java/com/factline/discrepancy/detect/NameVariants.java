package com.factline.discrepancy.detect;

/** Pure: whether two names are spellings of one name (transliteration, a typo) rather than two names or two forms. */
final class NameVariants {

    private NameVariants() {
    }

    /**
     * Same first letter, at least four letters each, not one a plural or possessive of the other, and an edit distance
     * of at most a third of the longer name ("Sandra"/"Sandi", "Zelensky"/"Zelenskyy", "Tchaikovsky"/"Chaikovsky" is
     * not caught: the first letters differ).
     */
    static boolean isVariant(String a, String b) {
        String x = Words.lower(Words.stripAccents(a));
        String y = Words.lower(Words.stripAccents(b));
        if (x.equals(y) || x.length() < 4 || y.length() < 4 || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        if (x.equals(y + "s") || y.equals(x + "s") || x.equals(y + "es") || y.equals(x + "es")) {
            return false;
        }
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (longer.startsWith(shorter) && DERIVED.contains(longer.substring(shorter.length()))) {
            return false; // "Russia" and "Russian", "Democrat" and "Democrats"
        }
        if (longer.startsWith(shorter) && longer.length() - shorter.length() >= 2) {
            return false; // "Hunt" and "Hunter"
        }
        int d = Words.levenshtein(x, y);
        int longest = Math.max(x.length(), y.length());
        if (d > longest / 3 && !(d <= longest / 2 && skeleton(x).equals(skeleton(y)))) {
            return false; // more than a third differs, unless only vowels do ("Kiev", "Kyiv")
        }
        // transliterations differ in vowels, doubled letters and like-sounding consonants; "Iran" and "Iraq" differ in
        // a consonant, so they are two names
        String sx = skeleton(x);
        String sy = skeleton(y);
        if (sx.equals(sy)) {
            return true;
        }
        String ls = sx.length() >= sy.length() ? sx : sy;
        String ss = ls == sx ? sy : sx;
        return ls.length() == ss.length() + 1 && Words.levenshtein(ls, ss) == 1;
    }

    private static final java.util.Set<String> DERIVED = java.util.Set.of("s", "es", "n", "an", "ian", "ns", "ans",
            "ians", "ese", "ic", "ish", "i", "ist", "ists", "ism");

    /** Consonants only, like-sounding ones folded, doubled letters collapsed. */
    static String skeleton(String w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ("aeiouy".indexOf(c) >= 0 || !Character.isLetter(c)) {
                continue;
            }
            c = switch (c) {
                case 'j' -> 'g';
                case 'k', 'q' -> 'c';
                case 'z' -> 's';
                case 'w' -> 'v';
                default -> c;
            };
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
