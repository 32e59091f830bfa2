package com.factline.proposal.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses at punctuation and connectives, and says how each clause's time relates to the
 * sentence's: a relative clause ("who resigned last month") describes background, a clause after "after", "before",
 * "since" or "days after" happened at another time, and a "when"/"while" clause at the same time. Rules over
 * words and punctuation only, so they hold for any English news text.
 */
final class Clauses {

    /** How a clause's time relates to the rest of its sentence. */
    enum Kind {
        /** The sentence's own assertion: shares the sentence's time. */
        MAIN,
        /** "when", "while", "as": at the same time as the main clause. */
        SIMULTANEOUS,
        /** "who …", "which …": background that keeps its own time. */
        RELATIVE,
        /** "after …", "before …", "since …", "days after …": at another time than the main clause. */
        SHIFTED
    }

    /** A clause; offsets are char indexes into the sentence string, end exclusive. */
    record Clause(int start, int end, Kind kind) {
    }

    private static final Set<String> RELATIVE = Set.of("who", "which", "whom", "whose", "where");
    private static final Set<String> SHIFTED = Set.of("after", "before", "since", "until", "once");
    private static final Set<String> SIMULTANEOUS = Set.of("when", "while", "amid");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "although", "though", "because", "whereas", "yet");
    private static final Set<String> SUBJECTS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "his", "her", "their", "its", "our", "this", "that", "these", "those", "there", "mr.", "mrs.", "ms.");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    /** Spaced dashes, semicolons and colons always separate clauses. */
    private static final Pattern HARD = Pattern.compile("\\s+(?:--|[–—])\\s+|;\\s+|:\\s+");
    private static final Pattern TIME_UNITS = Pattern.compile("(?:hours|days|weeks|months|years|minutes|shortly|soon|just|day|week|month|year)",
            Pattern.CASE_INSENSITIVE);

    /** Clauses shorter than this many words stay with their neighbour. */
    static final int MIN_WORDS = 3;

    private Clauses() {
    }

    static List<Clause> split(String sentence) {
        List<Integer> cuts = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        cuts.add(0);
        kinds.add(openingKind(sentence));
        Matcher hard = HARD.matcher(sentence);
        while (hard.find()) {
            cuts.add(hard.end());
            kinds.add(null);
        }
        Matcher w = WORD.matcher(sentence);
        String prev = null;
        boolean inRelative = kinds.get(0) == Kind.RELATIVE;
        int prevStart = -1;
        int prevEnd = -1;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (prev != null) {
                String gap = sentence.substring(prevEnd, w.start());
                boolean comma = gap.contains(",");
                Kind k = null;
                int at = w.start();
                if (RELATIVE.contains(word) && comma) {
                    k = Kind.RELATIVE;
                } else if (SHIFTED.contains(word) && (comma || (startsSubject(sentence, w.end()) && verbBeforeComma(sentence, w.end(), true)))) {
                    // "before the same judge on Wednesday" is a phrase, not a clause: without a comma a clause needs a verb
                    k = Kind.SHIFTED;
                    if (TIME_UNITS.matcher(prev).matches()) {
                        // "just days after": the offset belongs to the shifted clause
                        at = wordStartBefore(sentence, prevStart);
                    }
                } else if (SIMULTANEOUS.contains(word) && (comma || (startsSubject(sentence, w.end()) && verbBeforeComma(sentence, w.end())))) {
                    k = Kind.SIMULTANEOUS;
                } else if (COORDINATORS.contains(word) && comma && verbBeforeComma(sentence, w.end())) {
                    k = Kind.MAIN;
                } else if (word.equals("and") && nextIsVerb(sentence, w.end())) {
                    k = null;
                    cuts.add(at);
                    kinds.add(null);
                }
                if (k == null && inRelative && comma) {
                    // "His wife, who resigned last month, will plead guilty": the main clause resumes
                    k = Kind.MAIN;
                }
                if (k != null) {
                    cuts.add(at);
                    kinds.add(k);
                    inRelative = k == Kind.RELATIVE;
                }
            }
            prev = word;
            prevStart = w.start();
            prevEnd = w.end();
        }
        return build(sentence, cuts, kinds);
    }

    private static List<Clause> build(String sentence, List<Integer> cuts, List<Kind> kinds) {
        // sort cuts with their kinds, drop duplicates
        Integer[] order = new Integer[cuts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(cuts.get(a), cuts.get(b)));
        List<int[]> spans = new ArrayList<>();
        List<Kind> spanKinds = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < order.length; i++) {
            int c = cuts.get(order[i]);
            if (c == last) {
                continue;
            }
            last = c;
            spans.add(new int[] {c, sentence.length()});
            spanKinds.add(kinds.get(order[i]));
        }
        for (int i = 0; i + 1 < spans.size(); i++) {
            spans.get(i)[1] = spans.get(i + 1)[0];
        }
        List<Clause> out = new ArrayList<>();
        Kind previous = Kind.MAIN;
        for (int i = 0; i < spans.size(); i++) {
            int s = spans.get(i)[0];
            int e = trimEnd(sentence, s, spans.get(i)[1]);
            Kind k = spanKinds.get(i);
            if (k == null) {
                // a coordinated clause ("and issued a warrant") shares the time of the one it continues; after a
                // dash or semicolon a new assertion starts
                k = s > 0 && startsWithAnd(sentence, s) ? previous : Kind.MAIN;
            }
            if (!out.isEmpty() && words(sentence, s, e) < MIN_WORDS) {
                Clause p = out.remove(out.size() - 1);
                out.add(new Clause(p.start(), e, p.kind()));
                continue;
            }
            if (!out.isEmpty() && words(sentence, out.get(out.size() - 1).start(), out.get(out.size() - 1).end()) < MIN_WORDS) {
                Clause p = out.remove(out.size() - 1);
                out.add(new Clause(p.start(), e, k));
                previous = k;
                continue;
            }
            out.add(new Clause(s, e, k));
            previous = k;
        }
        return out;
    }

    /** A sentence that opens with "After …," or "When …," starts with a subordinate clause that ends at a comma. */
    private static Kind openingKind(String sentence) {
        Matcher w = WORD.matcher(sentence);
        if (!w.find()) {
            return Kind.MAIN;
        }
        String first = w.group().toLowerCase(Locale.ROOT);
        if (SHIFTED.contains(first)) {
            return Kind.SHIFTED;
        }
        if (SIMULTANEOUS.contains(first)) {
            return Kind.SIMULTANEOUS;
        }
        return Kind.MAIN;
    }

    static boolean startsWithAnd(String sentence, int at) {
        return sentence.regionMatches(true, at, "and ", 0, 4) || sentence.regionMatches(true, at, "but ", 0, 4);
    }

    private static boolean startsSubject(String sentence, int from) {
        Matcher w = WORD.matcher(sentence);
        if (!w.find(from)) {
            return false;
        }
        String next = w.group();
        return SUBJECTS.contains(next.toLowerCase(Locale.ROOT)) || Character.isUpperCase(next.charAt(0));
    }

    private static boolean nextIsVerb(String sentence, int from) {
        Matcher w = WORD.matcher(sentence);
        return w.find(from) && EventCues.looksLikeVerb(w.group().toLowerCase(Locale.ROOT));
    }

    /** "…, and his wife, Margaret, were indicted" joins names, not clauses: a clause has its verb before a comma. */
    private static boolean verbBeforeComma(String sentence, int from) {
        return verbBeforeComma(sentence, from, false);
    }

    /**
     * With {@code thatClauseEnds} (for "after", "before", "since", "until"), a "that" that opens what was said or
     * found (followed by its subject: "that he", "that the court", "that Trump") ends the search, so "said after the
     * meeting that he had no intention" is a phrase followed by a that-clause, not a clause "after … had". A relative
     * or pronoun "that" ("after the attacks that killed", "after that animal became") does not.
     */
    private static boolean verbBeforeComma(String sentence, int from, boolean thatClauseEnds) {
        int comma = sentence.indexOf(',', from);
        int end = comma < 0 ? sentence.length() : comma;
        Matcher w = WORD.matcher(sentence).region(from, end);
        int n = 0;
        while (w.find() && n++ < 8) {
            String lower = w.group().toLowerCase(Locale.ROOT);
            if (thatClauseEnds && lower.equals("that") && startsSubject(sentence, w.end())) {
                return false;
            }
            if (EventCues.looksLikeVerb(lower)) {
                return true;
            }
        }
        return false;
    }

    private static int wordStartBefore(String sentence, int wordStart) {
        // include a "just" or "only" before the time unit
        Matcher w = WORD.matcher(sentence);
        int best = wordStart;
        int from = Math.max(0, wordStart - 6);
        while (w.find(from) && w.start() < wordStart) {
            String t = w.group().toLowerCase(Locale.ROOT);
            if ((t.equals("just") || t.equals("only") || t.equals("mere")) && w.end() < wordStart) {
                best = w.start();
            }
            from = w.end();
        }
        return best;
    }

    private static int trimEnd(String sentence, int s, int e) {
        while (e > s && (Character.isWhitespace(sentence.charAt(e - 1)) || sentence.charAt(e - 1) == ',')) {
            e--;
        }
        return e;
    }

    private static int words(String sentence, int s, int e) {
        Matcher w = WORD.matcher(sentence).region(s, e);
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }
}
