package com.factline.proposal.draft;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level cues that a passage reports a happening, and the participants it names. Plain rules over words, so
 * they hold for any English news story, not just the ones they were tried on.
 */
final class EventCues {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,$%-]*[\\p{L}\\p{N}%]|[\\p{L}\\p{N}]");

    /** Irregular past forms and future markers that report a happening. */
    private static final Set<String> EVENT_WORDS = Set.of(
            "met", "meet", "meets", "held", "holds", "took", "made", "gave", "won", "lost", "left", "began", "went",
            "came", "fell", "rose", "shot", "hit", "struck", "broke", "built", "caught", "chose", "drove", "fled",
            "fought", "found", "flew", "froze", "grew", "hung", "led", "paid", "ran", "sold", "sent", "set", "sought",
            "spent", "repaid", "stole", "swore", "sworn", "taken", "told", "threw", "thrown", "wore", "wrote", "written", "arrived",
            "will", "shall", "scheduled", "expected", "plans", "planned", "due", "begun", "died", "killed", "quit",
            "warrant", "visit", "arrest", "attack", "meeting", "election", "trial", "ceremony", "summit", "talks",
            "indictment", "hearing", "sentencing", "vote", "resignation", "death", "crash", "earthquake", "explosion",
            "shooting", "fire", "storm", "inauguration", "speech", "signing", "deal", "agreement", "launch", "release",
            "announcement", "verdict", "ruling", "charges", "plea", "merger", "acquisition", "strike", "protest",
            "rally", "march", "raid", "war", "invasion", "award", "wedding", "birth", "funeral", "lawsuit");

    private static final Set<String> EVENT_NOUNS = Set.of("warrant", "visit", "arrest", "attack", "meeting",
            "election", "trial", "ceremony", "summit", "talks", "indictment", "hearing", "sentencing", "vote",
            "resignation", "death", "crash", "earthquake", "explosion", "shooting", "fire", "storm", "inauguration",
            "speech", "signing", "deal", "agreement", "launch", "release", "announcement", "verdict", "ruling",
            "charges", "plea", "merger", "acquisition", "strike", "protest", "rally", "march", "raid", "war",
            "invasion", "award", "wedding", "birth", "funeral", "lawsuit", "due", "expected", "scheduled");

    private static final Set<String> NOT_PAST = Set.of("need", "needed", "red", "bed", "seed", "feed", "speed",
            "hundred", "indeed", "united", "based", "related", "so-called", "alleged", "detailed", "limited");

    private static final Set<String> STOP_CAPS = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "he", "she",
            "it", "they", "we", "i", "this", "that", "there", "his", "her", "their", "its", "as", "if", "when", "while",
            "mr.", "mrs.", "ms.", "dr.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "after", "before", "for", "to", "of", "by", "with", "from", "last", "next");

    private EventCues() {
    }

    /** The number of words of a passage. */
    static int words(String passage) {
        Matcher m = WORD.matcher(passage);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** True when the passage has a verb or noun that reports a happening. */
    static boolean reportsHappening(String passage) {
        Matcher m = WORD.matcher(passage);
        int words = 0;
        boolean cue = false;
        while (m.find()) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            if (EVENT_WORDS.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w))) {
                cue = true;
            }
        }
        return cue && words >= 4;
    }

    /** A formal statement, interview or press event ("said in a joint statement", "told CNN in an interview"). */
    private static final Pattern STATEMENT = Pattern.compile("(?i)\\b(?:in|at|during) an? (?:[\\p{L}-]+ )?"
            + "(?:statement|interview|conference call|news conference|press conference|briefing)\\b");

    /**
     * True when the passage names someone who made a formal statement: "Pelosi and Schumer said in a joint statement"
     * has no event verb of its own, but the statement is a happening that other outlets report too. A named speaker
     * (a capitalised word after the first) and four words at least.
     */
    static boolean namesStatement(String passage) {
        return STATEMENT.matcher(passage).find() && !participants(passage).isEmpty() && words(passage) >= 4;
    }

    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "had", "have", "will",
            "would", "did", "does", "could", "can", "may", "might", "should", "must");

    /** True for a word that is probably a finite verb: a past form, an auxiliary or a known event verb. */
    static boolean looksLikeVerb(String lower) {
        return AUXILIARIES.contains(lower) || (EVENT_WORDS.contains(lower) && !EVENT_NOUNS.contains(lower))
                || (lower.length() > 4 && lower.endsWith("ed") && !NOT_PAST.contains(lower));
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("that", "this", "these", "those", "with", "from", "have",
            "will", "would", "could", "should", "their", "there", "they", "them", "were", "been", "being", "which",
            "while", "when", "what", "where", "after", "before", "also", "said", "says", "about", "into", "than",
            "then", "over", "under", "more", "most", "some", "such", "only", "other", "just", "because", "since",
            "until", "against", "during", "between", "through", "both", "each", "very", "still", "even", "does",
            "his", "her", "its", "our", "your", "has", "had", "was", "are", "not", "but", "and", "for", "the");

    /** Stem length: "arrested" and "arrest" share "arres", "warrants" and "warrant" share "warra". */
    static final int STEM = 5;

    /** Lower-cased words of four letters or more, except function words, cut to {@value #STEM} letters. */
    static Set<String> contentWords(String passage) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(passage);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[.,%]+$", "");
            if (w.length() >= 4 && !FUNCTION_WORDS.contains(w) && Character.isLetter(w.charAt(0))) {
                out.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return out;
    }

    /** Cue words that only mark time or speech, not what happened. */
    private static final Set<String> NOT_HEADS = Set.of("will", "shall", "expected", "plans", "planned", "due",
            "scheduled", "told", "reported", "stated", "added", "noted", "asked", "called", "wanted", "needed");

    /**
     * The passage's event heads: its event nouns and its verbs in the past form, cut to a {@value #STEM}-letter stem
     * ("pleaded" and "plead" share "plead", "indicted" and "indictment" share "indic"). Two passages that report one
     * happening usually name it with the same verb or noun.
     */
    static Set<String> heads(String passage) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(passage);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (NOT_HEADS.contains(w) || AUXILIARIES.contains(w)) {
                continue;
            }
            if (EVENT_WORDS.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w))) {
                String stem = w.endsWith("ed") && w.length() > STEM + 2 ? w.substring(0, w.length() - 2) : w;
                out.add(stem.length() > STEM ? stem.substring(0, STEM) : stem);
            }
        }
        return out;
    }

    /**
     * True when two passages name their happening with the same event word: an event verb or noun of one
     * ({@link #heads}) is, cut to the same stem, an event word or a content word of the other ("rejected" /
     * "rejects", "apologized" / "issued an apology", "indicted" / "indictment"). Linear in the passages' words.
     */
    static boolean sameEventWord(Mention a, Mention b) {
        return anyIn(a.heads(), b.heads()) || anyIn(a.heads(), b.words()) || anyIn(b.heads(), a.words());
    }

    private static boolean anyIn(Set<String> these, Set<String> those) {
        for (String w : these) {
            if (those.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words (not the first of the passage) and numbers, lower-cased: who and what it is about. */
    static Set<String> participants(String passage) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(passage);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            char c = w.charAt(0);
            String lower = w.toLowerCase(Locale.ROOT);
            if (Character.isDigit(c) || c == '$') {
                out.add(lower.replaceAll("[,.]$", ""));
            } else if (!first && Character.isUpperCase(c) && !STOP_CAPS.contains(lower) && w.length() > 1) {
                out.add(lower.replaceAll("['’]s$", "").replaceAll("[.,]$", ""));
            }
            first = false;
        }
        return out;
    }
}
