package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds one person or place spelled several ways. Machine translation and differing transliteration house
 * styles produce exactly these variants (Zelensky/Zelenskyy, Kiev/Kyiv, Torigian/Tourejian); ordinary English
 * words and genuinely different names that merely look alike must stay apart, so matching is layered from
 * strict (transliteration skeleton) to loose (edit distance, consonant shape) with extra guards on the loose end.
 */
final class NameDetector {

    /** Spellings that no string rule links reliably but editors will recognise as one place. */
    private static final List<Set<String>> ALIASES = List.of(
            Set.of("kiev", "kyiv"), Set.of("kharkov", "kharkiv"), Set.of("odessa", "odesa"),
            Set.of("lvov", "lviv"), Set.of("nikolaev", "mykolaiv"), Set.of("zaporozhye", "zaporizhzhia"),
            Set.of("chernobyl", "chornobyl"), Set.of("belorussia", "belarus"), Set.of("peking", "beijing"));

    /** Real, different places/names that are one typo apart; both spellings are correct for different things. */
    private static final Set<String> DISTINCT = Words.set(
            "austria", "australia", "slovakia", "slovenia", "iran", "iraq", "niger", "nigeria", "gambia", "zambia",
            "mali", "malawi", "latvia", "lithuania", "mauritania", "mauritius", "colombia", "columbia", "sweden",
            "swaziland", "switzerland", "georgia", "guinea", "dominica", "dominican", "serbia", "siberia",
            "armenia", "romania", "india", "indiana", "korea", "kenya", "maria", "marie", "mario", "marina",
            "daniel", "danielle", "alexander", "alexandra", "alexandr", "pskov", "peskov", "china", "chita",
            "ukraine", "ukrainian", "russia", "prussia", "gaza", "gaze");

    private static final Set<String> DERIVATIONAL_SUFFIXES = Words.set(
            "s", "es", "n", "an", "ian", "ians", "ans", "ns", "ese", "ish", "i", "is", "ic", "ite", "ites", "ist",
            "ists", "ism", "er", "ers", "ern", "ia", "ic", "ics", "ly", "cy", "tic", "ty", "ity", "al", "ive",
            "ion", "tion", "ment", "ness");

    /**
     * @param follower the capitalised word right after, lower case, or null
     * @param neighbour a capitalised word right before or after that is not a title ("Bill" in "Bill Hemmer",
     *        "Capitol" in "Capitol Hill"), lower case, or null
     * @param weak at the start of its sentence before a determiner or preposition ("Calling the wall …"), or in a
     *        headline in title case: no evidence that the word is a name
     */
    private record Occurrence(DocText doc, int start, int end, String form, String follower, String neighbour,
                              boolean weak) {
    }

    /** Longer capitalised "words" are not names (the longest place names have about 40 letters). */
    static final int MAX_NAME_LENGTH = 40;
    /** Each form is compared with at most this many of its neighbours in its block. */
    static final int WINDOW = 32;
    /** Forms with one skeleton compared pairwise: at most this many of them. */
    static final int MAX_SAME_SKELETON = 64;
    /** Pairs of forms compared per story: the budget that stops the comparison. */
    static final int MAX_COMPARISONS = 500_000;
    /** A form with more different neighbours than this is not compared by its neighbours (bounds the pairs). */
    static final int MAX_NEIGHBOURS = 16;
    /** A reason sentence lists at most this many spellings (each with its documents). */
    static final int MAX_LISTED = 12;

    /** What the pair rules need to know about a form's occurrences, computed once per form instead of per pair. */
    private static final class FormStats {
        final List<Occurrence> occ;
        /** Skeletons of the capitalised words that follow the form, or null when some occurrence has none. */
        final Set<String> followers;
        final boolean alwaysFollowed;
        final boolean neverFollowed;
        /** The capitalised neighbours of the form, or null when some occurrence has none. */
        final Set<String> neighbours;
        /** Every occurrence is weak evidence of a name (see {@link Occurrence#weak()}). */
        final boolean allWeak;
        /** Documents in which the form occurs at least twice. */
        final Set<DocText> frequentIn = new HashSet<>();

        final String skeleton;
        final String form;

        FormStats(String form, List<Occurrence> occ) {
            this.occ = occ;
            this.form = form;
            this.skeleton = computeSkeleton(form);
            Set<String> fs = new HashSet<>();
            boolean all = true;
            boolean none = true;
            Map<DocText, Integer> counts = new HashMap<>();
            Set<String> ns = new HashSet<>();
            boolean everyNeighboured = true;
            boolean weak = true;
            for (Occurrence o : occ) {
                weak &= o.weak();
                if (o.neighbour() == null) {
                    everyNeighboured = false;
                } else {
                    ns.add(o.neighbour());
                }
                if (o.follower() == null) {
                    all = false;
                } else {
                    none = false;
                    fs.add(skeleton(o.follower()));
                }
                if (counts.merge(o.doc(), 1, Integer::sum) == 2) {
                    frequentIn.add(o.doc());
                }
            }
            this.followers = all ? fs : null;
            this.neighbours = everyNeighboured && ns.size() <= MAX_NEIGHBOURS ? ns : null;
            this.allWeak = weak;
            this.alwaysFollowed = all;
            this.neverFollowed = none;
        }
    }

    private static void compare(FormStats a, FormStats b, Map<String, String> parent) {
        if (Math.abs(a.form.length() - b.form.length()) <= 3 && variants(a.form, b.form, a, b)) {
            union(parent, a.form, b.form);
        }
    }

    private final Corpus corpus;

    NameDetector(Corpus corpus) {
        this.corpus = corpus;
    }

    List<Suggestion> detect() {
        Map<String, List<Occurrence>> byForm = new LinkedHashMap<>();
        for (DocText d : corpus.docs) {
            collect(d, byForm);
        }
        List<String> forms = new ArrayList<>(byForm.keySet());
        Map<String, String> parent = new HashMap<>();
        forms.forEach(f -> parent.put(f, f));

        Map<String, FormStats> stats = new HashMap<>();
        byForm.forEach((f, occ) -> stats.put(f, new FormStats(f, occ)));
        // Blocking: forms whose skeletons share the first letter, sorted by length and skeleton; each form is
        // compared with the next forms of at most 3 more letters, and with no more than WINDOW of them (the
        // sorted-neighbourhood method). Identical skeletons meet in their own group whatever the window.
        Map<Character, List<FormStats>> blocks = new TreeMap<>();
        Map<String, List<FormStats>> sameSkeleton = new LinkedHashMap<>();
        for (String f : forms) {
            FormStats st = stats.get(f);
            if (!st.skeleton.isEmpty() && !st.allWeak) {
                blocks.computeIfAbsent(st.skeleton.charAt(0), k -> new ArrayList<>()).add(st);
                sameSkeleton.computeIfAbsent(st.skeleton, k -> new ArrayList<>()).add(st);
            }
        }
        int budget = MAX_COMPARISONS;
        for (List<FormStats> group : sameSkeleton.values()) {
            List<FormStats> g = group.subList(0, Math.min(group.size(), MAX_SAME_SKELETON));
            for (int i = 0; i < g.size() && budget > 0; i++) {
                for (int j = i + 1; j < g.size() && budget > 0; j++, budget--) {
                    compare(g.get(i), g.get(j), parent);
                }
            }
        }
        for (List<FormStats> block : blocks.values()) {
            block.sort(java.util.Comparator.comparingInt((FormStats x) -> x.form.length())
                    .thenComparing((FormStats x) -> x.skeleton).thenComparing((FormStats x) -> x.form));
            for (int i = 0; i < block.size() && budget > 0; i++) {
                FormStats a = block.get(i);
                for (int j = i + 1; j < block.size() && j <= i + WINDOW && budget > 0; j++) {
                    FormStats b = block.get(j);
                    if (b.form.length() - a.form.length() > 3) {
                        break;
                    }
                    if (!a.skeleton.equals(b.skeleton)) { // those were compared above
                        budget--;
                        compare(a, b, parent);
                    }
                }
            }
        }
        for (Set<String> alias : ALIASES) {
            String first = null;
            for (String f : forms) {
                if (alias.contains(f)) {
                    if (first == null) {
                        first = f;
                    } else {
                        union(parent, first, f);
                    }
                }
            }
        }

        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String f : forms) {
            groups.computeIfAbsent(find(parent, f), k -> new ArrayList<>()).add(f);
        }
        List<Suggestion> out = new ArrayList<>();
        for (List<String> group : groups.values()) {
            if (group.size() >= 2) {
                out.add(toSuggestion(group, byForm));
            }
        }
        return out;
    }

    private Suggestion toSuggestion(List<String> group, Map<String, List<Occurrence>> byForm) {
        List<Span> spans = new ArrayList<>();
        StringBuilder reason = new StringBuilder();
        String display = null;
        int best = -1;
        for (String form : group) {
            List<Occurrence> occ = byForm.get(form);
            if (occ.size() > best) {
                best = occ.size();
                display = surface(occ);
            }
        }
        reason.append("Name spelled ").append(group.size()).append(" ways (").append(display).append("): ");
        List<String> parts = new ArrayList<>();
        for (String form : group) {
            List<Occurrence> occ = byForm.get(form);
            Map<DocText, Integer> counts = new LinkedHashMap<>();
            Set<DocText> spanned = new HashSet<>();
            for (Occurrence o : occ) {
                counts.merge(o.doc(), 1, Integer::sum);
                if (spanned.add(o.doc())) {
                    spans.add(o.doc().span(o.start(), o.end()));
                }
            }
            List<String> perDoc = new ArrayList<>();
            counts.entrySet().stream().sorted((x, y) -> Integer.compare(x.getKey().order, y.getKey().order))
                    .forEach(e -> perDoc.add(e.getKey().label + " ×" + e.getValue()));
            parts.add(Suggestions.quoted(surface(occ)) + " (" + String.join(", ", perDoc) + ")");
        }
        if (parts.size() > MAX_LISTED) {
            int more = parts.size() - MAX_LISTED;
            parts.subList(MAX_LISTED, parts.size()).clear();
            parts.add("… " + more + " more spellings");
        }
        reason.append(String.join(" vs ", parts));
        return Suggestions.create(corpus, SuggestionKind.NAME, spans, reason.toString());
    }

    private static String surface(List<Occurrence> occ) {
        for (Occurrence o : occ) {
            String t = o.doc().text.substring(o.start(), o.end());
            if (!t.equals(t.toUpperCase())) {
                return t;
            }
        }
        return o0(occ);
    }

    private static String o0(List<Occurrence> occ) {
        Occurrence o = occ.getFirst();
        return o.doc().text.substring(o.start(), o.end());
    }

    private void collect(DocText d, Map<String, List<Occurrence>> byForm) {
        List<DocText.Token> tokens = d.tokens;
        Map<Integer, Boolean> titleCase = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            DocText.Token t = tokens.get(i);
            String follower = null;
            String after = null;
            if (i + 1 < tokens.size()) {
                DocText.Token next = tokens.get(i + 1);
                if (next.sentence() == t.sentence() && d.text.substring(t.end(), next.start()).isBlank()) {
                    after = Words.lower(next.text());
                    if (Words.startsUpper(next.text())) {
                        follower = Words.lower(Words.stripAccents(Words.stripPossessive(next.text())));
                    }
                }
            }
            String before = null;
            if (i > 0) {
                DocText.Token prev = tokens.get(i - 1);
                if (prev.sentence() == t.sentence() && d.text.substring(prev.end(), t.start()).isBlank()
                        && Words.startsUpper(prev.text())) {
                    before = Words.lower(Words.stripAccents(Words.stripPossessive(prev.text())));
                }
            }
            String neighbour = NameVariants.isNameNeighbour(before) ? before
                    : NameVariants.isNameNeighbour(follower) ? follower : null;
            boolean weak = t.sentenceInitial() && NameVariants.opensVerbPhrase(t.text(), after)
                    || titleCase.computeIfAbsent(t.sentence(), k -> Words.headline(d.sentenceText(d.sentences.get(k))));
            int offset = 0;
            for (String part : t.text().split("-")) {
                int ps = t.start() + offset;
                offset += part.length() + 1;
                String p = Words.stripPossessive(part);
                if (p.length() < 2 || p.length() > MAX_NAME_LENGTH || !Words.startsUpper(p)
                        || !p.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                String form = Words.lower(Words.stripAccents(p));
                if (Words.STOPWORDS.contains(form) || Words.NON_NAME_CAPITALS.contains(form)
                        || corpus.lowercaseWords.contains(form)) {
                    continue;
                }
                byForm.computeIfAbsent(form, k -> new ArrayList<>())
                        .add(new Occurrence(d, ps, ps + p.length(), form, follower, neighbour, weak));
            }
        }
    }

    private static boolean variants(String a, String b, FormStats oa, FormStats ob) {
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        if (oa.neighbours != null && ob.neighbours != null
                && NameVariants.differentNeighbours(a, oa.neighbours, b, ob.neighbours)) {
            return false; // "Bill Hemmer" and "Dean Heller", "Capitol Hill" and "Hail Mary"
        }
        if (DISTINCT.contains(a) && DISTINCT.contains(b)) {
            return false;
        }
        String sa = oa.skeleton;
        String sb = ob.skeleton;
        if (differentPeopleSameFirstName(oa, ob) || feminineCounterpart(a, b, sa, sb)) {
            return false;
        }
        if (sa.equals(sb) || finalEy(a, b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5 || derivational(a, b) || derivational(sa, sb)) {
            return false;
        }
        if (a.length() < 6 || b.length() < 6 || bothFrequentInOneDocument(oa, ob) || differentNamePosition(oa, ob)) {
            return false;
        }
        double dist = Words.levenshtein(sa, sb) / (double) Math.max(sa.length(), sb.length());
        if (dist <= 0.2) {
            return true;
        }
        // Consonant shape catches vowel-mangled transliterations (Torigian/Tourejian) but is collision-prone,
        // hence the longer minimum length and the bounded edit distance.
        return Math.min(sa.length(), sb.length()) >= 6 && dist <= 0.4 && consonantCode(sa).equals(consonantCode(sb));
    }

    private static final java.util.Map<String, String> SKELETONS = new java.util.concurrent.ConcurrentHashMap<>();

    static String skeleton(String form) {
        String cached = SKELETONS.get(form);
        if (cached != null) {
            return cached;
        }
        String result = computeSkeleton(form);
        if (SKELETONS.size() < 100_000) {
            SKELETONS.put(form, result);
        }
        return result;
    }

    private static String computeSkeleton(String form) {
        String s = Words.lower(Words.stripAccents(form));
        s = s.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("tz", "ts").replace("ph", "f")
                .replace("ck", "k").replace("ou", "u").replace('w', 'v').replace("ie", "i").replace('y', 'i');
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String consonantCode(String skeleton) {
        StringBuilder sb = new StringBuilder();
        sb.append(skeleton.charAt(0));
        char last = 0;
        for (int i = 1; i < skeleton.length(); i++) {
            char code = switch (skeleton.charAt(i)) {
                case 'b', 'f', 'p', 'v' -> '1';
                case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> '2';
                case 'd', 't' -> '3';
                case 'l' -> '4';
                case 'm', 'n' -> '5';
                case 'r' -> '6';
                default -> 0;
            };
            if (code != 0 && code != last) {
                sb.append(code);
            }
            last = code;
        }
        return sb.toString();
    }

    private static boolean derivational(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (siblingForms(a, b)) {
            return true;
        }
        if (!longer.startsWith(shorter)) {
            // Ukraine/Ukrainian: drop a final vowel before testing the suffix
            String stem = !shorter.isEmpty() && "aeiouy".indexOf(shorter.charAt(shorter.length() - 1)) >= 0
                    ? shorter.substring(0, shorter.length() - 1) : shorter;
            if (stem.length() < 3 || !longer.startsWith(stem)) {
                return false;
            }
            return DERIVATIONAL_SUFFIXES.contains(longer.substring(stem.length()));
        }
        String rest = longer.substring(shorter.length());
        return rest.length() >= 2 || DERIVATIONAL_SUFFIXES.contains(rest);
    }

    /** Democrats/Democratic, Republicans/Republican: one stem of five letters or more with two word endings. */
    static boolean siblingForms(String a, String b) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        if (p < 5 || (p == a.length() && p == b.length())) {
            return false;
        }
        String ra = a.substring(p);
        String rb = b.substring(p);
        return (ra.isEmpty() || DERIVATIONAL_SUFFIXES.contains(ra)) && (rb.isEmpty() || DERIVATIONAL_SUFFIXES.contains(rb));
    }

    /**
     * "Stacey" and "Stacy" (or "Stacie"): English spells one final sound of a name "-ey", "-y" or "-ie"; the skeleton
     * already folds "-y" and "-ie" together, this adds "-ey" against either. Not "-ey" against a plain "-i" ("Turkey",
     * "Turki"), and the stem must have three letters ("Joey", "Joy").
     */
    static boolean finalEy(String a, String b) {
        String ey = a.endsWith("ey") ? a : b.endsWith("ey") ? b : null;
        String other = ey == a ? b : a;
        if (ey == null || other.endsWith("ey")) {
            return false;
        }
        String stem = ey.substring(0, ey.length() - 2);
        return stem.length() >= 3 && (other.equals(stem + "y") || other.equals(stem + "ie"));
    }

    /** Zelensky and Zelenska are husband and wife, Zakharov and Zakharova can be two people. */
    private static boolean feminineCounterpart(String a, String b, String sa, String sb) {
        String fa = feminineStem(a);
        String fb = feminineStem(b);
        if ((fa == null) == (fb == null)) {
            return false;
        }
        String masc = stripTrailingI(fa != null ? sb : sa);
        return computeSkeleton(fa != null ? fa : fb).equals(masc);
    }

    private static String stripTrailingI(String s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == 'i') {
            n--;
        }
        return s.substring(0, n);
    }

    private static final List<String[]> FEMININE_ENDINGS = List.of(
            new String[] {"skaya", "sk"}, new String[] {"skaia", "sk"}, new String[] {"ska", "sk"},
            new String[] {"ova", "ov"}, new String[] {"eva", "ev"}, new String[] {"ina", "in"},
            new String[] {"aya", ""});

    private static String feminineStem(String form) {
        for (String[] e : FEMININE_ENDINGS) {
            if (form.endsWith(e[0]) && form.length() > e[0].length() + 2) {
                return form.substring(0, form.length() - e[0].length()) + e[1];
            }
        }
        return null;
    }

    private static boolean differentPeopleSameFirstName(FormStats oa, FormStats ob) {
        Set<String> fa = oa.followers;
        Set<String> fb = ob.followers;
        if (fa == null || fb == null) {
            return false;
        }
        for (String x : fa) {
            if (fb.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** "David Pierson" and "Jamie Davies": a form always used as a first name is not a misspelt surname. */
    private static boolean differentNamePosition(FormStats oa, FormStats ob) {
        return (oa.alwaysFollowed && ob.neverFollowed) || (oa.neverFollowed && ob.alwaysFollowed);
    }

    private static boolean bothFrequentInOneDocument(FormStats oa, FormStats ob) {
        Set<DocText> small = oa.frequentIn.size() <= ob.frequentIn.size() ? oa.frequentIn : ob.frequentIn;
        Set<DocText> large = small == oa.frequentIn ? ob.frequentIn : oa.frequentIn;
        for (DocText d : small) {
            if (large.contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        // full path compression: every form on the way points at the root, so long chains of unions
        // (spellings sorted one after another) cannot make the grouping quadratic
        String y = x;
        while (!y.equals(root)) {
            String next = parent.get(y);
            parent.put(y, root);
            y = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // keep the earlier-seen form as root so group order follows first appearance
            parent.put(rb, ra);
        }
    }
}
