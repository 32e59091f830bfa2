package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a sentence names in full ("Ann Maria Ortiz", "former Vice President Tom R. Baker Jr."), and the
 * rule for two lists of people that report the same thing: when two passages name at least three people each, share
 * at least two of them, and each names someone the other outlet never mentions at all, the outlets disagree on who
 * took part ("Ortiz, Baker and Mendez" against "Mendez, Ortiz and Cole"). A shorter list (someone left out)
 * is not a disagreement: only a name on both sides that the other side lacks is. Pure; linear in the sentence.
 */
final class PersonLists {

    private PersonLists() {
    }

    /** A person named with at least one given name; offsets are chars of the sentence. */
    record Person(List<String> given, String surname, int start, int end) {

        /** The same person: the same surname, and a given name (or its initial) in common. */
        boolean sameAs(Person o) {
            return surname.equalsIgnoreCase(o.surname) && givenMatch(given, o.given);
        }
    }

    /**
     * Two lists that disagree: who each side names that the other outlet never mentions, and where those names are
     * (from the first to the last of them, chars of each sentence).
     */
    record Difference(List<Person> onlyA, List<Person> onlyB, List<Person> shared, int startA, int endA, int startB,
                      int endB) {
    }

    /** People each list needs to be compared: fewer is a pair of names, not a list. */
    static final int MIN_LISTED = 3;
    /**
     * More people than this in one sentence is a roll of names, not a list of who took part; it is not compared (and
     * comparing two lists stays a few thousand steps, whatever the sentence).
     */
    static final int MAX_LISTED = 40;
    /** People both lists must share to report the same group. */
    static final int MIN_SHARED = 2;
    /** Capitalised words read per sentence, so a hostile sentence of capitals stays cheap. */
    static final int MAX_WORDS = 400;

    /** A capitalised word, an initial ("R."), or a surname particle followed by a capitalised word. */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*+\\.?+");
    private static final Set<String> PARTICLES = Words.set("de", "da", "di", "del", "della", "van", "von", "der", "le",
            "la", "du", "bin", "al", "st");
    private static final Set<String> SUFFIXES = Words.set("jr", "sr", "ii", "iii", "iv");
    /** Titles and words that open names of places or bodies, never a given name. */
    private static final Set<String> NOT_GIVEN = Words.set("rep", "sen", "gov", "gen", "lt", "col", "capt", "sgt",
            "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "representative", "senator", "governor", "mayor", "judge",
            "justice", "attorney", "director", "vice", "former", "speaker", "chairman", "chairwoman", "sheriff",
            "commissioner", "ambassador", "candidate", "actor", "actress", "singer", "pope", "saint", "sir", "lady",
            "lord", "democrat", "democrats", "democratic", "republican", "republicans", "gop", "new", "san", "santa",
            "los", "las", "el", "fort", "port", "mount", "lake", "hong", "sri", "tel", "rio", "buenos", "costa",
            "puerto", "saudi", "north", "south", "east", "west", "great", "upper", "lower", "fox", "the", "a", "an",
            "american", "british", "french", "german", "israeli", "russian", "chinese", "mexican", "canadian",
            "iranian", "arab", "african", "european", "asian", "catholic", "christian", "muslim", "jewish", "inc", "corp",
            "co", "ltd", "llc");

    /**
     * The people the sentence names with a given name and a surname, in order. A run of capitalised words is one
     * name: its last word (with a particle, without "Jr.") is the surname, the capitalised words before it up to a
     * title are given names and initials. A surname that the story also uses as an ordinary word ({@code ordinary})
     * is not a name ("American Airlines", "Port Authority").
     */
    static List<Person> find(String sentence, Predicate<String> ordinary) {
        List<Person> out = new ArrayList<>();
        for (List<int[]> run : runs(sentence)) {
            Person p = person(sentence, run, ordinary, false);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Every name of a document by surname (lower case) with the given names it is used with; a surname used alone
     * ("Mr. Baker", "Cole said") is recorded with no given name.
     */
    static Map<String, List<List<String>>> index(List<String> sentences, Predicate<String> ordinary) {
        Map<String, List<List<String>>> out = new HashMap<>();
        for (String s : sentences) {
            for (List<int[]> run : runs(s)) {
                Person p = person(s, run, ordinary, true);
                if (p != null) {
                    List<List<String>> forms = out.computeIfAbsent(Words.lower(p.surname()), k -> new ArrayList<>());
                    if (forms.size() < 16 && !forms.contains(p.given())) {
                        forms.add(p.given());
                    }
                }
            }
        }
        return out;
    }

    /** Nobody with this person's name is mentioned in the indexed document (a surname used alone may be anyone). */
    static boolean absent(Person p, Map<String, List<List<String>>> index) {
        List<List<String>> forms = index.get(Words.lower(p.surname()));
        if (forms == null) {
            return true;
        }
        for (List<String> given : forms) {
            if (given.isEmpty() || givenMatch(given, p.given())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The disagreement between two passages' lists of people, or null when they agree, one only leaves names out, or
     * they are not lists of one group.
     */
    static Difference compare(List<Person> a, List<Person> b, Map<String, List<List<String>>> indexA,
                              Map<String, List<List<String>>> indexB) {
        if (a.size() > MAX_LISTED || b.size() > MAX_LISTED) {
            return null;
        }
        List<Person> la = distinct(a);
        List<Person> lb = distinct(b);
        if (la.size() < MIN_LISTED || lb.size() < MIN_LISTED) {
            return null;
        }
        List<Person> shared = new ArrayList<>();
        for (Person x : la) {
            if (lb.stream().anyMatch(x::sameAs)) {
                shared.add(x);
            }
        }
        if (shared.size() < MIN_SHARED) {
            return null;
        }
        List<Person> onlyA = la.stream().filter(x -> absent(x, indexB)).toList();
        List<Person> onlyB = lb.stream().filter(y -> absent(y, indexA)).toList();
        if (onlyA.isEmpty() || onlyB.isEmpty()) {
            return null;
        }
        return new Difference(onlyA, onlyB, shared, onlyA.getFirst().start(), onlyA.getLast().end(),
                onlyB.getFirst().start(), onlyB.getLast().end());
    }

    private static List<Person> distinct(List<Person> people) {
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            if (out.stream().noneMatch(p::sameAs)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean givenMatch(List<String> x, List<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        for (String g : x) {
            for (String h : y) {
                String a = Words.lower(g);
                String b = Words.lower(h);
                if (a.equals(b) || (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs of capitalised words separated by one space each (a particle may join them), as char ranges of words. */
    private static List<List<int[]>> runs(String s) {
        List<List<int[]>> out = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        int words = 0;
        int previousEnd = -1;
        while (m.find() && words++ < MAX_WORDS) {
            boolean joined = previousEnd >= 0 && (m.start() == previousEnd + 1 && s.charAt(previousEnd) == ' '
                    || particleBetween(s, previousEnd, m.start()));
            if (!joined && !run.isEmpty()) {
                out.add(run);
                run = new ArrayList<>();
            }
            if (m.start() > 0 && Character.isLetterOrDigit(s.charAt(m.start() - 1))) {
                previousEnd = -1; // inside a word ("McCain" is matched from its first capital only)
                continue;
            }
            run.add(new int[] {m.start(), m.end()});
            previousEnd = m.end();
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }

    /** " de " or " van " between two capitalised words. */
    private static boolean particleBetween(String s, int from, int to) {
        if (to - from < 3 || to - from > 7 || s.charAt(from) != ' ' || s.charAt(to - 1) != ' ') {
            return false;
        }
        return PARTICLES.contains(s.substring(from + 1, to - 1));
    }

    private static Person person(String s, List<int[]> run, Predicate<String> ordinary, boolean surnameAlone) {
        int last = run.size() - 1;
        while (last >= 0 && SUFFIXES.contains(bare(s, run.get(last)))) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        int[] sw = run.get(last);
        String surname = Words.stripPossessive(s.substring(sw[0], sw[1]));
        if (surname.length() > 2 && surname.endsWith(".")) {
            surname = surname.substring(0, surname.length() - 1); // the sentence's last word
        }
        int end = sw[0] + surname.length();
        if (surname.length() < 2 || SUFFIXES.contains(Words.lower(surname)) || surname.chars().skip(1).allMatch(Character::isUpperCase)
                || NOT_GIVEN.contains(Words.lower(surname)) || Words.NON_NAME_CAPITALS.contains(Words.lower(surname))
                || ordinary.test(Words.lower(surname))) {
            return null;
        }
        int first = sw[0];
        List<String> given = new ArrayList<>();
        int k = last - 1;
        // a particle written in capitals belongs to the surname ("De Niro")
        if (k >= 0 && PARTICLES.contains(bare(s, run.get(k))) && k > 0) {
            first = run.get(k)[0];
            surname = s.substring(first, sw[0]) + surname;
            k--;
        }
        for (; k >= 0; k--) {
            int[] w = run.get(k);
            String word = s.substring(w[0], w[1]);
            String lower = bare(s, w);
            boolean initial = word.length() == 2 && word.endsWith(".");
            if (!initial && (word.endsWith(".") || NOT_GIVEN.contains(lower) || Words.NON_NAME_CAPITALS.contains(lower)
                    || word.chars().skip(1).anyMatch(Character::isUpperCase) || word.endsWith("s") && word.contains("'"))) {
                break; // a title, an office or an abbreviation: the name starts after it
            }
            given.addFirst(initial ? lower.substring(0, 1) : word);
            first = w[0];
        }
        if (given.isEmpty() && (!surnameAlone || s.substring(0, sw[0]).isBlank())) {
            return null; // a surname alone is only recorded, and a sentence's capitalised first word is no evidence
        }
        return new Person(List.copyOf(given), surname.replace('’', '\''), first, end);
    }

    private static String bare(String s, int[] w) {
        String word = s.substring(w[0], w[1]);
        return (word.endsWith(".") ? word.substring(0, word.length() - 1) : word).toLowerCase(Locale.ROOT);
    }

    /** "Rachel Cole", "Tom R. Baker Jr." as written (without the titles before it). */
    static String text(String sentence, Person p) {
        return sentence.substring(p.start(), p.end());
    }
}
