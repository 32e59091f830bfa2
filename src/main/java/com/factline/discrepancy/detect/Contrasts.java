package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure: a small list of characterisations that contradict each other when two sources use them for the same happening
 * (fired / stepped down, passed / introduced, charged / convicted, abandoned / put on hold, knocked down / grabbed,
 * drizzle / downpour, ...).
 * Each group holds mutually exclusive classes; a class is a set of word forms (regular expressions on lower-case
 * words). Which sentences speak of the same happening is decided by the alignment, not here.
 */
final class Contrasts {

    /** One match: the group, the class within it and where the words are (char offsets in the sentence). */
    record Hit(int group, int type, int start, int end, String text) {
    }

    private static final String[][][] GROUPS = {
        // how someone left office
        {{"fired", "sacked", "dismissed", "ousted", "removed from (?:office|his post|her post)"},
         {"resign(?:ed|s)?", "stepp(?:ed|ing) down", "steps down", "quit", "retired"}},
        // where a bill stands
        {{"passed", "approved", "enacted", "signed into law"},
         {"introduced", "proposed", "drafted", "unveiled"},
         {"rejected", "vetoed", "voted down", "defeated"}},
        // where a criminal case stands
        {{"charged", "accused", "indicted", "suspected"},
         {"convicted", "found guilty", "sentenced"},
         {"acquitted", "cleared", "exonerated"}},
        {{"pleaded guilty", "pleads guilty", "admitted guilt"}, {"pleaded not guilty", "pleads not guilty", "denied (?:the )?charges?"}},
        // what happened to people
        {{"killed", "died", "dead"}, {"injured", "wounded", "hurt"}, {"unharmed", "unhurt", "escaped unscathed"}},
        {{"arrested", "detained", "taken into custody"}, {"released", "freed", "let go"}},
        // physical acts
        {{"knock(?:ed|ing|s)?", "push(?:ed|ing)?", "shov(?:ed|ing)", "hit", "struck", "slapp(?:ed|ing)"},
         {"grab(?:bed|bing|s)?", "snatch(?:ed|ing)?", "seiz(?:ed|ing)", "took hold"}},
        // statements
        {{"confirmed", "acknowledged", "admitted"}, {"denied", "rejected claims"}},
        {{"accepted", "agreed to"}, {"refused", "declined", "turned down"}},
        {{"won", "victory"}, {"lost", "defeat(?:ed)?"}},
        {{"rose", "increased", "grew", "climbed", "jumped"}, {"fell", "decreased", "declined", "dropped", "shrank"}},
        // what became of a plan or a deal: still planned, given up for good, or only put off (abandoned / put on
        // hold, cancelled / postponed)
        {{"planned", "plans to", "scheduled", "will (?:hold|visit|meet|sign)", "expected to"},
         {"cancel(?:l)?ed", "cancels", "called off", "calls off", "abandon(?:ed|s|ing)?", "scrapp(?:ed|ing)", "scraps",
          "walked away from", "pulled out of", "terminated"},
         {"postpon(?:ed|es|ing)", "put (?:[\\w'-]+ ){0,4}on hold", "puts (?:[\\w'-]+ ){0,4}on hold",
          "putting (?:[\\w'-]+ ){0,4}on hold", "suspend(?:ed|s|ing)", "paused", "deferred", "delayed"}},
        // weather and crowds
        {{"drizzl(?:e|y)", "overcast", "cloudy", "dry", "sunny", "mild"},
         {"rain[- ]soaked", "soggy", "downpour", "pouring rain", "heavy rain", "drenched", "soaked"}},
        {{"packed", "huge crowds?", "massive crowds?", "record crowds?", "throngs?"},
         {"sparse", "thin crowds?", "smaller crowds?", "did not rival", "fewer than half", "half-empty", "empty"}},
    };

    private static final List<List<Pattern>> PATTERNS = new ArrayList<>();

    static {
        for (String[][] group : GROUPS) {
            List<Pattern> types = new ArrayList<>();
            for (String[] type : group) {
                types.add(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", type) + ")(?![\\p{L}\\p{N}])"));
            }
            PATTERNS.add(types);
        }
    }

    private Contrasts() {
    }

    static List<Hit> find(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<Hit> out = new ArrayList<>();
        for (int g = 0; g < PATTERNS.size(); g++) {
            List<Pattern> types = PATTERNS.get(g);
            for (int t = 0; t < types.size(); t++) {
                Matcher m = types.get(t).matcher(lower);
                while (m.find()) {
                    out.add(new Hit(g, t, m.start(), m.end(), sentence.substring(m.start(), m.end())));
                }
            }
        }
        return out;
    }

    /**
     * Pairs of hits that contradict: a class of a group used by one sentence only, and another class of the same group
     * used by the other sentence only. A negated class ("was not fired") is ignored, as is a hit inside "not guilty"
     * when the group has a "not guilty" class.
     */
    /**
     * Words just before a hit that make it a prospect: a modal of possibility, a condition, a way or a chance towards
     * it. Not "would": in reported speech it is a decision announced ("said the company would abandon the deal").
     */
    private static final Pattern PROSPECTIVE = Pattern.compile("\\b(?:could|might|may|if|whether|path to|road"
            + " to|way to|chances? of|hopes? (?:of|for)|bid for|quest for)\\s+(?:[\\w-]+\\s+){0,2}$");

    static List<Hit[]> contradictions(String a, String b) {
        return contradictions(a, find(a), b, find(b));
    }

    /** The same with the hits of each sentence already found by {@link #find}. */
    static List<Hit[]> contradictions(String a, List<Hit> foundA, String b, List<Hit> foundB) {
        List<Hit> ha = clean(a, foundA);
        List<Hit> hb = clean(b, foundB);
        List<Hit[]> out = new ArrayList<>();
        for (Hit x : ha) {
            for (Hit y : hb) {
                if (x.group() == y.group() && x.type() != y.type() && !has(ha, x.group(), y.type())
                        && !has(hb, y.group(), x.type())) {
                    out.add(new Hit[] {x, y});
                }
            }
        }
        return out;
    }

    private static List<Hit> clean(String sentence, List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean headline = Words.headline(sentence);
        for (Hit h : hits) {
            if (!headline && inAName(sentence, h)) {
                // "Deferred Action for Childhood Arrivals", "the Passed Over Veterans Fund": a word of a name, not what
                // became of anything
                continue;
            }
            String before = lower.substring(Math.max(0, h.start() - 40), h.start());
            if (before.matches("(?s).*\\b(?:not|never|n't|no)\\s+(?:[\\w-]+\\s+){0,3}$")) {
                // "was not fired"; "did not rival the energetic throngs": the throngs are what the crowd was not
                // ("did not rival" is its own class)
                continue;
            }
            if (PROSPECTIVE.matcher(before).find()) {
                // "Labrador's path to victory is steep", "could be fired", "if he is convicted": what may yet happen
                // is no report of what happened
                continue;
            }
            boolean inside = false;
            for (Hit o : hits) {
                if (o != h && o.start() <= h.start() && h.end() <= o.end() && o.end() - o.start() > h.end() - h.start()) {
                    inside = true;
                }
            }
            if (!inside) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Whether the hit is capitalised inside its sentence (not its first word) next to another capitalised word: part of
     * a name. Reads one word either side.
     */
    static boolean inAName(String sentence, Hit h) {
        if (h.start() == 0 || !Character.isUpperCase(sentence.charAt(h.start()))) {
            return false;
        }
        int p = h.start() - 1;
        while (p >= 0 && sentence.charAt(p) == ' ') {
            p--;
        }
        if (p < 0 || ".!?:\"“‘'(".indexOf(sentence.charAt(p)) >= 0) {
            return false;
        }
        int q = h.end();
        while (q < sentence.length() && sentence.charAt(q) == ' ') {
            q++;
        }
        boolean nextUpper = q > h.end() && q < sentence.length() && Character.isUpperCase(sentence.charAt(q));
        int w = p;
        while (w > 0 && Character.isLetter(sentence.charAt(w - 1))) {
            w--;
        }
        boolean prevUpper = Character.isLetter(sentence.charAt(p)) && Character.isUpperCase(sentence.charAt(w));
        return nextUpper || prevUpper;
    }

    private static boolean has(List<Hit> hits, int group, int type) {
        for (Hit h : hits) {
            if (h.group() == group && h.type() == type) {
                return true;
            }
        }
        return false;
    }
}
