package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two wordings of one statement differ in what the speaker said, not only in how the outlet quoted it. Not a
 * change: a quote cut short or extended at either end (a partial quote, a lead-in left inside the quotation marks),
 * words moved within the sentence, a different tense or number of the same word ("have"/"had", "run"/"running"), a
 * contraction written out ("we've"/"we have"), or an added or dropped article or "and" where a comma stands. Any
 * negation added or dropped is always a change.
 */
final class QuoteChange {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "none", "nothing", "nobody",
            "neither", "without");
    /** Words whose adding or dropping leaves the statement as it was: articles and list joiners. */
    private static final Set<String> LIGHT = Set.of("a", "an", "the", "and", "that", "then");
    private static final Map<String, String> FORMS = new HashMap<>();

    static {
        for (String[] group : new String[][] {{"have", "has", "had", "having"}, {"be", "is", "are", "was", "were",
                "been", "being", "am"}, {"do", "does", "did", "done"}, {"will", "would"}, {"can", "could"},
                {"shall", "should"}, {"may", "might"}, {"run", "ran", "running", "runs"},
                // an outlet's abbreviation of a title or a common word is its house style, not the speaker's
                {"senator", "sen"}, {"representative", "rep"}, {"governor", "gov"}, {"general", "gen"},
                {"lieutenant", "lt"}, {"sergeant", "sgt"}, {"professor", "prof"}, {"department", "dept"},
                {"government", "govt"}, {"percent", "pct"}, {"versus", "vs"}}) {
            for (String w : group) {
                FORMS.put(w, group[0]);
            }
        }
    }

    /** At least this many words in common, or an edge cut is not "the same quote, shortened". */
    static final int MIN_COMMON_WORDS = 3;

    private QuoteChange() {
    }

    private static final java.util.regex.Pattern ACRONYM =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.){2,}(?![\\p{L}\\p{N}])");

    /**
     * An acronym written with stops as one word ("the F.B.I." → "the FBI"): outlets differ in the stops, and the
     * letters apart would align with nothing in the other wording.
     */
    static String foldAcronyms(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        return ACRONYM.matcher(s).replaceAll(m -> m.group().replace(".", ""));
    }

    /**
     * True when two wordings of one statement differ in what was said. One wording found word for word inside the
     * other is a partial quote ("We will bring back our borders." out of a longer sentence), not a change.
     */
    static boolean changesWording(String a, String b) {
        if (hasEllipsis(a) || hasEllipsis(b)) {
            a = ELLIPSIS.matcher(a).replaceAll(" " + GAP + " ");
            b = ELLIPSIS.matcher(b).replaceAll(" " + GAP + " ");
            return changesWording(bridgeGaps(WordDiff.diff(a, b)));
        }
        List<String> x = keys(a);
        List<String> y = keys(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        if (shorter.size() >= MIN_COMMON_WORDS && java.util.Collections.indexOfSubList(longer, shorter) >= 0) {
            return false;
        }
        return changesWording(WordDiff.diff(a, b));
    }

    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile("…|\\.\\s?\\.\\s?\\.");
    /** A word no text holds, standing for an ellipsis while the two wordings are compared. */
    private static final String GAP = "xxellipsisxx";

    private static boolean hasEllipsis(String s) {
        return s.indexOf('…') >= 0 || s.contains("..") && ELLIPSIS.matcher(s).find();
    }

    /**
     * An ellipsis marks words the outlet left out of the quote: the words the other wording has in its place are not
     * a change ("we would be remiss … if we did not act" / "we would be remiss in our duty if we did not act"). In a
     * run of differing words that holds an ellipsis, the other wording's words are dropped; the elided wording's own
     * different words there still count.
     */
    static List<DiffToken> bridgeGaps(List<DiffToken> diff) {
        List<DiffToken> out = new ArrayList<>();
        int i = 0;
        while (i < diff.size()) {
            if (diff.get(i).op() == DiffToken.Op.EQUAL) {
                if (!diff.get(i).text().equals(GAP)) {
                    out.add(diff.get(i));
                }
                i++;
                continue;
            }
            int j = i;
            DiffToken.Op gapSide = null;
            while (j < diff.size() && diff.get(j).op() != DiffToken.Op.EQUAL) {
                if (diff.get(j).text().equals(GAP)) {
                    gapSide = diff.get(j).op();
                }
                j++;
            }
            for (int k = i; k < j; k++) {
                DiffToken t = diff.get(k);
                if (!t.text().equals(GAP) && (gapSide == null || t.op() == gapSide)) {
                    out.add(t);
                }
            }
            i = j;
        }
        return out;
    }

    private static List<String> keys(String s) {
        List<String> out = new ArrayList<>();
        for (String w : WordDiff.words(s)) {
            out.addAll(expand(w));
        }
        return out;
    }

    /** True when the diff holds a change a fact-checker would call a different wording. */
    static boolean changesWording(List<DiffToken> diff) {
        int first = -1;
        int last = -1;
        int common = 0;
        for (int i = 0; i < diff.size(); i++) {
            if (diff.get(i).op() == DiffToken.Op.EQUAL) {
                common++;
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (common == 0) {
            return !diff.isEmpty();
        }
        List<String> deleted = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        // the edges: a cut at one end counts only when both sides have words there (a replacement)
        if (common >= MIN_COMMON_WORDS) {
            if (edgeIsReplacement(diff.subList(0, first)) || edgeIsReplacement(diff.subList(last + 1, diff.size()))) {
                return true;
            }
        } else {
            first = 0;
            last = diff.size() - 1;
        }
        for (int i = first; i <= last; i++) {
            DiffToken t = diff.get(i);
            if (t.op() != DiffToken.Op.EQUAL) {
                (t.op() == DiffToken.Op.DELETE ? deleted : inserted).addAll(expand(t.text()));
            }
        }
        if (hasNegation(deleted) || hasNegation(inserted)) {
            return true;
        }
        // words moved: the same words leave one place and arrive at another
        List<String> d = normalised(deleted);
        List<String> n = normalised(inserted);
        for (String w : List.copyOf(d)) {
            if (n.remove(w)) {
                d.remove(w);
            }
        }
        d.removeIf(LIGHT::contains);
        n.removeIf(LIGHT::contains);
        if (d.isEmpty() && n.isEmpty()) {
            return false;
        }
        // a compound written as one word by one outlet and as two by the other ("workforce" / "work force")
        return !String.join("", deleted).equals(String.join("", inserted));
    }

    private static boolean edgeIsReplacement(List<DiffToken> edge) {
        boolean del = false;
        boolean ins = false;
        for (DiffToken t : edge) {
            del |= t.op() == DiffToken.Op.DELETE;
            ins |= t.op() == DiffToken.Op.INSERT;
        }
        if (!(del && ins)) {
            return false;
        }
        List<String> ds = new ArrayList<>();
        List<String> is = new ArrayList<>();
        for (DiffToken t : edge) {
            (t.op() == DiffToken.Op.DELETE ? ds : is).addAll(expand(t.text()));
        }
        return hasNegation(ds) != hasNegation(is)
                || !normalised(ds).equals(normalised(is)) && !String.join("", ds).equals(String.join("", is));
    }

    static boolean isNegation(String word) {
        return NEGATIONS.contains(word);
    }

    private static boolean hasNegation(List<String> words) {
        return words.stream().anyMatch(NEGATIONS::contains);
    }

    /** The same word in another form: a tense, a number, an abbreviation of a title ("had"/"have", "Sen."/"senator"). */
    static boolean sameWord(String a, String b) {
        return normalised(List.of(a)).equals(normalised(List.of(b)));
    }

    private static List<String> normalised(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String l = Words.lemma(w);
            out.add(FORMS.getOrDefault(l, FORMS.getOrDefault(w, l)));
        }
        out.sort(null);
        return out;
    }

    /**
     * Lower case, with a contraction written out: "we've" → "we", "have"; "shouldn't" → "should", "not"; a hyphenated
     * word in its parts: "state-funded" → "state", "funded" (outlets differ in hyphens, not in what was said).
     */
    static List<String> expand(String word) {
        String w = Words.lower(Words.foldPunctuation(word));
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1) {
            List<String> parts = new ArrayList<>();
            for (String part : w.split("-+")) {
                if (!part.isEmpty()) {
                    parts.addAll(expand(part));
                }
            }
            return parts;
        }
        if (w.equals("can't") || w.equals("cannot")) {
            return List.of("can", "not");
        }
        if (w.equals("won't")) {
            return List.of("will", "not");
        }
        for (String[] c : new String[][] {{"n't", "not"}, {"'ve", "have"}, {"'re", "are"}, {"'ll", "will"},
                {"'m", "am"}, {"'d", "would"}}) {
            if (w.endsWith(c[0]) && w.length() > c[0].length()) {
                return List.of(w.substring(0, w.length() - c[0].length()), c[1]);
            }
        }
        return List.of(w);
    }
}
