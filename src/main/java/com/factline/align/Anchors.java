package com.factline.align;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a sentence names: numbers (digits, separators removed) and capitalised words that are not the sentence's
 * first word and not common function words. Two sentences that share such anchors more likely report the same fact.
 */
final class Anchors {

    private static final Set<String> COMMON = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our",
            "this", "that", "these", "those", "there", "in", "on", "at", "by", "for", "of", "to", "and", "but", "or",
            "mr", "mrs", "ms", "dr", "said", "says", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "when", "after", "before", "while", "as", "if");

    /** At most this many anchors per sentence, so hostile input cannot make the comparison expensive. */
    static final int MAX_PER_SENTENCE = 24;

    private Anchors() {
    }

    static Set<String> of(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        int n = sentence.length();
        int i = 0;
        boolean first = true;
        while (i < n && out.size() < MAX_PER_SENTENCE) {
            char c = sentence.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = i;
            boolean digits = Character.isDigit(c);
            while (j < n) {
                char d = sentence.charAt(j);
                if (Character.isLetterOrDigit(d)
                        || (digits && (d == ',' || d == '.') && j + 1 < n && Character.isDigit(sentence.charAt(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            String token = sentence.substring(i, j);
            if (digits) {
                out.add(token.replace(",", ""));
            } else if (!first && Character.isUpperCase(c) && token.length() > 1
                    && !COMMON.contains(token.toLowerCase(Locale.ROOT))) {
                out.add(token);
            }
            first = false;
            i = j;
        }
        return out;
    }
}
