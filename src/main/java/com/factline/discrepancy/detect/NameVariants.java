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

    /** Titles and offices before a name: not part of the name itself ("Sen. Dean Heller", "Sheriff Adam Hayward"). */
    private static final java.util.Set<String> TITLES = Words.set("mr", "mrs", "ms", "dr", "sen", "senator", "rep",
            "representative", "gov", "governor", "gen", "lt", "col", "capt", "sgt", "prof", "rev", "st", "sheriff",
            "judge", "justice", "mayor", "speaker", "chairman", "chairwoman", "director", "attorney", "officer",
            "detective", "sir", "lord", "lady", "pope", "father", "sister", "brother", "coach", "agent");

    /** Words that follow a sentence-opening participle, never a name ("Calling the wall", "Speaking to reporters"). */
    private static final java.util.Set<String> PHRASE_OPENERS = Words.set("the", "a", "an", "his", "her", "their",
            "its", "our", "my", "your", "this", "that", "these", "those", "to", "on", "in", "at", "about", "for",
            "with", "from", "into", "up", "out", "back", "off", "over", "after", "before");

    /** A capitalised neighbour that can be part of a name: not a title, a function word or an office. */
    static boolean isNameNeighbour(String lower) {
        return lower != null && lower.length() >= 2 && !TITLES.contains(lower) && !Words.STOPWORDS.contains(lower)
                && !Words.NON_NAME_CAPITALS.contains(lower) && lower.chars().allMatch(Character::isLetter);
    }

    /**
     * A capitalised word at a sentence's start that opens a verb phrase, not a name: an "-ing" or "-ed" form followed by
     * a determiner or a preposition ("Calling the wall …", "Asked about the plan …"). Names at a sentence's start are
     * followed by a verb, a comma or another name.
     */
    static boolean opensVerbPhrase(String word, String nextLower) {
        String w = Words.lower(word);
        return nextLower != null && PHRASE_OPENERS.contains(nextLower) && w.length() > 5
                && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /**
     * Two look-alike names that stand next to different names are two people or places: "Bill Hemmer" and "Dean Heller",
     * "Capitol Hill" and "Hail Mary". Not when the neighbours are themselves spellings of one name, nor for a longer
     * name whose spellings differ in vowels only: a transliteration often differs in both words ("Muammar Qaddafi",
     * "Moammar Gadhafi").
     */
    static boolean differentNeighbours(String a, java.util.Set<String> na, String b, java.util.Set<String> nb) {
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        String x = Words.lower(Words.stripAccents(a));
        String y = Words.lower(Words.stripAccents(b));
        if (Math.min(x.length(), y.length()) >= 6 && skeleton(x).equals(skeleton(y))) {
            return false;
        }
        for (String u : na) {
            for (String v : nb) {
                if (u.equals(v) || isVariant(u, v)) {
                    return false;
                }
            }
        }
        return true;
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
