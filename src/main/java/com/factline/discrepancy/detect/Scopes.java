package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same fact given with a different scope or quantifier in two aligned sentences (pure; no state):
 * <ul>
 * <li>a rank claim over a wider or narrower class, or at another place in the count: "one of the first Muslims in
 * Congress" vs "one of the first Muslim women in Congress", "the first time he" vs "the second time he";</li>
 * <li>a whole class against a part of it doing the same thing: "all Republicans voted" vs "some Republicans voted";</li>
 * <li>a unanimous vote against a split one ("unanimously confirmed" vs "confirmed 7-2");</li>
 * <li>"never" against "rarely" / "seldom" / "sometimes" / "occasionally" with the same verb.</li>
 * </ul>
 * A claim is matched only when what it is about reads the same in both sentences (the words after the class, the
 * counted noun and its verb, a shared voting word, the verb after "never"), so two quantifiers of different things in
 * one sentence do not meet. Not claims: words inside quotation marks (a speaker's words are compared by the quote
 * rules, not as the reporter's), a quantifier after a negation or a hedge ("not all", "nearly all"), and "only" or
 * "last" against a numbered rank ("the only" and "the first" can both be true). Work is linear in the sentence:
 * at most {@link #MAX_CLAIMS} claims are read from at most {@link #MAX_CHARS} characters.
 */
final class Scopes {

    private Scopes() {
    }

    enum Kind { RANK, QUANTIFIER, VOTE, FREQUENCY }

    /**
     * One scope claim; start/end are chars of the sentence. {@code marker}: the ordinal, quantifier or frequency word
     * (for VOTE "unanimous" or "split"); {@code scope}: the class words of a rank, singular and lower case;
     * {@code anchor}: what must read the same in the other sentence (for a quantifier the words after it); {@code phrase}: marker and class as written, lower case (to see whether
     * an outlet also gives the other wording).
     */
    record Claim(Kind kind, int start, int end, String marker, Set<String> scope, String anchor, String phrase) {
    }

    static final int MAX_CLAIMS = 8;
    static final int MAX_CHARS = 2_000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "only", -1, "last", -2);
    /** Words that end a rank's class: what follows them is what the rank is about. */
    private static final Set<String> CLOSERS = Set.of("to", "in", "on", "at", "of", "for", "since", "ever", "from",
            "who", "that", "which", "he", "she", "they", "it", "we", "i", "you", "with", "by", "under", "as", "was", "is",
            "were", "has", "had", "have", "this", "his", "her", "their");
    private static final Set<String> UNIVERSAL = Set.of("all", "every", "each");
    /** After "first" / "last" these make a stretch of time or a count, not a class ("the last several weeks"). */
    private static final Set<String> NOT_A_CLASS = Set.of("several", "few", "two", "three", "four", "five", "couple",
            "many", "half");
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "were", "are", "was", "is", "will",
            "would", "did", "do", "does", "could", "should", "can");
    private static final Set<String> PARTIAL = Set.of("some", "several", "many", "most", "few");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its", "our", "these",
            "those", "of");
    private static final Set<String> HEDGES = Set.of("not", "nearly", "almost", "virtually", "practically", "roughly",
            "about", "n't", "never", "hardly");
    /** Before a quantifier word these make it no count of a group: "the most", "at most", "how many", "so many". */
    private static final Set<String> NOT_COUNTING = Set.of("the", "at", "how", "so", "too", "as", "a", "last",
            "first", "past", "next");
    private static final Set<String> SELDOM = Set.of("rarely", "seldom", "sometimes", "occasionally");
    private static final Set<String> VOTE_WORDS = Set.of("vote", "voted", "votes", "approved", "confirmed", "passed",
            "ruled", "ruling", "decision", "rejected", "upheld", "struck", "acquitted", "convicted", "verdict");
    private static final Pattern SPLIT = Pattern.compile("\\b(\\d{1,3}) ?(?:-|–|to) ?(\\d{1,3})\\b");

    private record Tok(String lower, int start, int end) {
    }

    /** The scope claims of a sentence, in order; none inside quotation marks. */
    static List<Claim> find(String sentence) {
        String s = sentence.length() > MAX_CHARS ? sentence.substring(0, MAX_CHARS) : sentence;
        List<int[]> quoted = AlignedFactDetector.quoted(s);
        List<Tok> toks = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            toks.add(new Tok(m.group().toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end()));
        }
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < toks.size() && out.size() < MAX_CLAIMS; i++) {
            Tok t = toks.get(i);
            if (inside(quoted, t.start())) {
                continue;
            }
            Claim c = null;
            if (ORDINALS.containsKey(t.lower()) && i > 0 && toks.get(i - 1).lower().equals("the")) {
                c = rank(s, toks, i);
            } else if ((UNIVERSAL.contains(t.lower()) || PARTIAL.contains(t.lower())) && !hedged(s, toks, i)
                    && (i == 0 || !NOT_COUNTING.contains(toks.get(i - 1).lower()))) {
                c = quantifier(s, toks, i);
            } else if (t.lower().equals("never") || SELDOM.contains(t.lower())) {
                c = frequency(s, toks, i);
            } else if (t.lower().equals("unanimous") || t.lower().equals("unanimously")) {
                c = new Claim(Kind.VOTE, t.start(), t.end(), "unanimous", Set.of(), "", t.lower());
            }
            if (c != null) {
                out.add(c);
            }
        }
        Matcher split = SPLIT.matcher(s);
        while (split.find() && out.size() < MAX_CLAIMS) {
            if (!inside(quoted, split.start()) && Integer.parseInt(split.group(2)) > 0
                    && Integer.parseInt(split.group(1)) > Integer.parseInt(split.group(2))
                    && Integer.parseInt(split.group(1)) + Integer.parseInt(split.group(2)) <= 500) {
                out.add(new Claim(Kind.VOTE, split.start(), split.end(), "split", Set.of(), "", split.group()));
            }
        }
        return out;
    }

    /** "the first Muslim women in Congress": class up to four words, then what it is about (two words). */
    private static Claim rank(String s, List<Tok> toks, int i) {
        Set<String> scope = new TreeSet<>();
        int j = i + 1;
        for (; j < toks.size() && j <= i + 4; j++) {
            Tok t = toks.get(j);
            if (CLOSERS.contains(t.lower()) || Words.STOPWORDS.contains(t.lower()) || !plainGap(s, toks.get(j - 1), t)) {
                break;
            }
            scope.add(singular(t.lower()));
        }
        if (scope.isEmpty() || j + 1 >= toks.size() || !CLOSERS.contains(toks.get(j).lower())
                || !plainGap(s, toks.get(j - 1), toks.get(j)) || !plainGap(s, toks.get(j), toks.get(j + 1))
                || NOT_A_CLASS.contains(toks.get(i + 1).lower()) || Character.isDigit(toks.get(i + 1).lower().charAt(0))) {
            return null; // nothing said after the class ("the first quarter."), or a span ("the last several weeks")
        }
        String anchor = toks.get(j).lower() + " " + singular(toks.get(j + 1).lower());
        int end = toks.get(j - 1).end();
        return new Claim(Kind.RANK, toks.get(i).start(), end, toks.get(i).lower(), scope, anchor,
                s.substring(toks.get(i).start(), end).toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /**
     * "all Republicans voted", "some of the senators voted": the words after the quantifier (up to five, no
     * punctuation between them); where the counted words end is settled when two claims are compared.
     */
    private static Claim quantifier(String s, List<Tok> toks, int i) {
        int j = i + 1;
        if (toks.get(i).lower().equals("most") && (j >= toks.size() || !toks.get(j).lower().equals("of"))) {
            return null; // "most" before an adjective is a superlative ("the most vulnerable members")
        }
        while (j < toks.size() && j <= i + 3 && DETERMINERS.contains(toks.get(j).lower())) {
            j++;
        }
        List<String> words = new ArrayList<>();
        for (int k = j; k < toks.size() && k < j + 5 && plainGap(s, toks.get(k - 1), toks.get(k)); k++) {
            words.add(toks.get(k).lower());
        }
        if (words.size() < 2 || Words.STOPWORDS.contains(words.getFirst()) || Character.isDigit(words.getFirst().charAt(0))) {
            return null;
        }
        int end = toks.get(j).end();
        return new Claim(Kind.QUANTIFIER, toks.get(i).start(), end, toks.get(i).lower(), Set.of(),
                String.join(" ", words), s.substring(toks.get(i).start(), end).toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /**
     * A quantifier's counted words and what they do, or null: the group ends at its first plural word ("all council
     * members voted" → {council, member} + "vot"), after "every" / "each" before a verb ("every council member voted");
     * after an auxiliary its next word is read too ("have said").
     */
    static String reading(String marker, String words) {
        String[] w = words.split(" ");
        boolean single = marker.equals("every") || marker.equals("each");
        Set<String> scope = new TreeSet<>();
        for (int k = 0; k + 1 < w.length && k < 3; k++) {
            if (Words.STOPWORDS.contains(w[k])) {
                return null;
            }
            scope.add(singular(w[k]));
            String after = w[k + 1];
            boolean ends = single ? AUXILIARIES.contains(after) || after.endsWith("ed") || after.endsWith("s")
                    : !singular(w[k]).equals(w[k]);
            if (!ends) {
                continue;
            }
            if (AUXILIARIES.contains(after)) {
                return k + 2 < w.length ? scope + "|" + after + " " + stem(w[k + 2]) : null;
            }
            return Words.STOPWORDS.contains(after) ? null : scope + "|" + stem(after);
        }
        return null;
    }

    /** "never lost", "has rarely lost": the verb right after. */
    private static Claim frequency(String s, List<Tok> toks, int i) {
        if (i + 1 >= toks.size() || !plainGap(s, toks.get(i), toks.get(i + 1)) || hedged(s, toks, i)) {
            return null;
        }
        String verb = toks.get(i + 1).lower();
        if (Words.STOPWORDS.contains(verb) && !verb.matches("been|had|has|have|was|were")) {
            return null;
        }
        return new Claim(Kind.FREQUENCY, toks.get(i).start(), toks.get(i + 1).end(), toks.get(i).lower(), Set.of(),
                stem(verb), s.substring(toks.get(i).start(), toks.get(i + 1).end()).toLowerCase(Locale.ROOT));
    }

    /**
     * Why the two claims differ, or null when they do not contradict: a narrower class, another numbered rank, the
     * whole against a part, unanimous against split, never against seldom.
     */
    static String differ(Claim a, String sentenceA, Claim b, String sentenceB) {
        if (a.kind() != b.kind()) {
            return null;
        }
        return switch (a.kind()) {
            case RANK -> {
                if (!a.anchor().equals(b.anchor())) {
                    yield null;
                }
                if (a.marker().equals(b.marker()) && !a.scope().equals(b.scope())
                        && (a.scope().containsAll(b.scope()) || b.scope().containsAll(a.scope()))) {
                    yield "The same rank given over a wider and a narrower group: ";
                }
                int ra = ORDINALS.get(a.marker());
                int rb = ORDINALS.get(b.marker());
                yield ra > 0 && rb > 0 && ra != rb && a.scope().equals(b.scope())
                        ? "The same event given a different place in a count: " : null;
            }
            case QUANTIFIER -> UNIVERSAL.contains(a.marker()) != UNIVERSAL.contains(b.marker())
                    && reading(a.marker(), a.anchor()) != null
                    && reading(a.marker(), a.anchor()).equals(reading(b.marker(), b.anchor()))
                    ? "A whole group in one outlet, a part of it in another: " : null;
            case VOTE -> !a.marker().equals(b.marker()) && shareVoteWord(sentenceA, sentenceB)
                    ? "A unanimous vote in one outlet, a split vote in another: " : null;
            case FREQUENCY -> a.anchor().equals(b.anchor()) && a.marker().equals("never") != b.marker().equals("never")
                    ? "Never in one outlet, sometimes in another: " : null;
        };
    }

    private static boolean shareVoteWord(String a, String b) {
        Set<String> wa = new TreeSet<>();
        Matcher m = WORD.matcher(a.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (VOTE_WORDS.contains(m.group())) {
                wa.add(stem(m.group()));
            }
        }
        m = WORD.matcher(b.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (VOTE_WORDS.contains(m.group()) && wa.contains(stem(m.group()))) {
                return true;
            }
        }
        return false;
    }

    /** A negation or a hedge right before the word ("not all", "nearly all", "did not ever"). */
    private static boolean hedged(String s, List<Tok> toks, int i) {
        return i > 0 && (HEDGES.contains(toks.get(i - 1).lower()) || toks.get(i - 1).lower().endsWith("n't"));
    }

    /** Only spaces between two words (no comma, dash or quotation mark). */
    private static boolean plainGap(String s, Tok a, Tok b) {
        return s.substring(a.end(), b.start()).isBlank();
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int[] r : ranges) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    static String singular(String w) {
        if (w.equals("women")) {
            return "woman";
        }
        if (w.equals("men")) {
            return "man";
        }
        if (w.equals("people")) {
            return "person";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** A crude verb stem: "voted", "votes", "voting" → "vot". */
    static String stem(String w) {
        for (String end : List.of("ing", "ed", "es", "s", "e")) {
            if (w.endsWith(end) && w.length() - end.length() >= 3) {
                return w.substring(0, w.length() - end.length());
            }
        }
        return w;
    }
}
