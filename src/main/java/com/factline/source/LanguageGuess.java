package com.factline.source;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of an article from its most frequent short words (stop-word profiles), for the
 * languages newsrooms in our users' region send most: English, German, French, Spanish, Italian,
 * Dutch and Portuguese. Pure and linear; reads at most the first {@value #SAMPLE} characters.
 * English is the default: another language is claimed only on clear evidence (at least
 * {@value #MIN_HITS} of its words and twice as many as English's), so a short English note is
 * never mistaken for something else. A text in a language without a profile is stored as "en"
 * unless the editor says otherwise (the reader shows the language and it can be corrected).
 */
final class LanguageGuess {

    static final int SAMPLE = 20_000;
    static final int MIN_HITS = 8;

    /** Languages the temporal resolver understands: suggestions are made only for these. */
    static final Set<String> RESOLVER_LANGUAGES = Set.of("en");

    private static final Map<String, Set<String>> PROFILES = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "he", "she", "it", "as",
                    "at", "by", "from", "his", "her", "said", "has", "have", "had", "were", "are", "this", "which", "not", "but"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "sich", "auf",
                    "für", "auch", "wurde", "hat", "von", "zu", "im", "sie", "er", "es", "wie", "bei", "nach", "aus", "sagte", "einer"),
            "fr", Set.of("le", "la", "les", "et", "des", "du", "est", "une", "un", "dans", "que", "qui", "pour", "pas", "sur",
                    "au", "par", "avec", "il", "elle", "ont", "été", "aux", "ce", "cette", "sont", "mais", "selon", "ses", "leur"),
            "es", Set.of("el", "la", "los", "las", "y", "de", "del", "que", "en", "por", "con", "una", "para", "es", "fue",
                    "su", "sus", "como", "más", "pero", "al", "se", "lo", "ha", "han", "dijo", "este", "esta", "según", "entre"),
            "it", Set.of("il", "lo", "la", "gli", "le", "e", "di", "che", "per", "con", "una", "della", "del", "dei", "nel",
                    "nella", "sono", "è", "ha", "non", "anche", "alla", "al", "come", "più", "ma", "questo", "stato", "detto", "tra"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met", "voor", "ook", "aan",
                    "bij", "werd", "heeft", "door", "naar", "maar", "hij", "zij", "wordt", "deze", "om", "nog", "volgens", "uit", "tegen"),
            "pt", Set.of("o", "a", "os", "as", "e", "de", "do", "da", "dos", "das", "que", "em", "no", "na", "um", "uma",
                    "para", "com", "por", "não", "foi", "é", "ao", "se", "mais", "seu", "sua", "disse", "pelo", "pela"));

    private LanguageGuess() {
    }

    static String detect(String text) {
        Map<String, Integer> hits = new java.util.HashMap<>();
        int n = Math.min(text.length(), SAMPLE);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= 8) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                for (var p : PROFILES.entrySet()) {
                    if (p.getValue().contains(word)) {
                        hits.merge(p.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        int english = hits.getOrDefault("en", 0);
        String best = "en";
        int bestHits = english;
        for (String lang : new java.util.TreeSet<>(hits.keySet())) {
            int h = hits.get(lang);
            if (!lang.equals("en") && h > bestHits) {
                best = lang;
                bestHits = h;
            }
        }
        if (!best.equals("en") && bestHits >= MIN_HITS && bestHits >= 2 * english) {
            return best;
        }
        return "en";
    }

    static boolean resolverSupports(String language) {
        String primary = language.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        return RESOLVER_LANGUAGES.contains(dash < 0 ? primary : primary.substring(0, dash));
    }
}
