package com.factline.discrepancy.detect;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Small English word lists and normalisers shared by the detectors. Deliberately tiny: no dictionary. */
final class Words {
    private Words() {
    }

    static final Set<String> STOPWORDS = set(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
            "those", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "about",
            "into", "onto", "over", "under", "after", "before", "during", "since", "until", "while", "as", "is", "are",
            "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "it's", "he", "him",
            "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our", "ours", "you", "your",
            "i", "me", "my", "mine", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all",
            "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "not", "only", "own", "same",
            "too", "very", "just", "also", "even", "again", "once", "now", "still", "already", "up", "down", "out",
            "off", "through", "between", "against", "among", "amid", "per", "via", "because", "although", "though",
            "however", "whether", "either", "neither", "another", "much", "many", "well", "one", "ones", "further",
            "indeed", "effectively", "really", "said", "says", "say", "told", "tells", "according", "added", "noted",
            "stated", "wrote", "mr", "mrs", "ms", "dr", "s", "t", "don't", "doesn't", "it’s", "don’t", "doesn’t",
            "would", "upon", "within", "across", "around", "toward", "towards", "like", "unlike", "last", "next");

    /** Capitalised words that start sentences or name offices; never person/place names on their own. */
    static final Set<String> NON_NAME_CAPITALS = set(
            "however", "throughout", "instead", "meanwhile", "although", "earlier", "later", "since", "despite",
            "against", "during", "after", "before", "while", "when", "where", "there", "these", "those", "their",
            "other", "another", "about", "under", "among", "between", "following", "according", "several", "further",
            "because", "nevertheless", "moreover", "furthermore", "still", "perhaps", "today", "yesterday", "tomorrow",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "president", "presidents", "minister", "ministers", "ministry", "ministries", "secretary", "council",
            "security", "national", "international", "foreign", "prime", "court", "criminal", "party", "government",
            "department", "state", "states", "united", "union", "republic", "federation", "agency", "news", "office",
            "committee", "army", "forces", "force", "general", "chief", "commission", "commissioner", "parliament",
            "senate", "congress", "house", "white", "city", "region", "province", "kingdom", "east", "west", "north",
            "south", "eastern", "western", "northern", "southern", "central", "middle", "group", "organization",
            "organisation", "cooperation", "summit", "crown", "prince", "princess", "king", "queen", "spokesman",
            "spokeswoman", "spokesperson", "leader", "leaders", "deputy", "defense", "defence", "justice", "interior",
            "affairs", "relations", "research", "network", "institute", "university", "college", "school", "center",
            "centre", "games", "winter", "summer", "spring", "autumn", "peninsula", "world", "global", "read",
            "follow", "leave", "reply", "comment", "disclaimer", "visited", "denial", "responsibility", "content");

    static final Set<String> WEEKDAYS = set(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Like Set.of, but tolerant of duplicates so that editing the word lists cannot break class loading. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String stripAccents(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}+", "");
    }

    /** Folds typographic apostrophes/quotes/dashes so that the same word typed two ways compares equal. */
    static String foldPunctuation(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s;
        }
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('«', '"').replace('»', '"').replace('„', '"').replace('–', '-').replace('—', '-');
    }

    static String stripPossessive(String w) {
        int n = w.length();
        if (n >= 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S') && isApostrophe(w.charAt(n - 2))) {
            return w.substring(0, n - 2);
        }
        if (n >= 1 && isApostrophe(w.charAt(n - 1))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    /**
     * Crude lemma: lower case, possessive and common inflections removed. Good enough to let "neighbors" meet
     * "neighbor" and "allowing" meet "allow"; wrong lemmas only cost a little similarity.
     */
    static String lemma(String word) {
        String w = lower(foldPunctuation(stripPossessive(word)));
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "committ" → "commit", so "committing" meets "commit". */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdglmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}{4,}");

    /**
     * A headline in title case: at least four words of four letters or more, nine in ten of them capitalised ("Obama
     * Poised to Back Comprehensive Plan to Curb Gun Violence"). Its capitalised words are no evidence of names. A
     * sentence listing places ("Utah, West Virginia and Wyoming are looking to put a law on their books") stays below.
     */
    static boolean headline(String s) {
        int longer = 0;
        int upper = 0;
        java.util.regex.Matcher m = LETTERS.matcher(s);
        while (m.find()) {
            longer++;
            if (Character.isUpperCase(m.group().codePointAt(0))) {
                upper++;
            }
        }
        return longer >= 4 && upper >= 0.9 * longer;
    }

    static boolean isContent(String lowerWord) {
        return lowerWord.length() > 1 && !STOPWORDS.contains(lowerWord) && !lowerWord.chars().allMatch(Character::isDigit);
    }

    static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
