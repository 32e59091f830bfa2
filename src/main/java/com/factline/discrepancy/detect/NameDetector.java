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
            "ists", "ism", "er", "ers", "ern", "ia", "ic", "ics", "ly");

    private record Occurrence(DocText doc, int start, int end, String form, String follower) {
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

        // Blocking on the skeleton's first letter keeps this linear-ish for hundreds of articles.
        Map<Character, List<String>> blocks = new TreeMap<>();
        for (String f : forms) {
            String sk = skeleton(f);
            if (!sk.isEmpty()) {
                blocks.computeIfAbsent(sk.charAt(0), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<String> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    String a = block.get(i);
                    String b = block.get(j);
                    if (Math.abs(a.length() - b.length()) <= 3 && variants(a, b, byForm.get(a), byForm.get(b))) {
                        union(parent, a, b);
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
        for (int i = 0; i < tokens.size(); i++) {
            DocText.Token t = tokens.get(i);
            String follower = null;
            if (i + 1 < tokens.size()) {
                DocText.Token next = tokens.get(i + 1);
                if (next.sentence() == t.sentence() && d.text.substring(t.end(), next.start()).isBlank()
                        && Words.startsUpper(next.text())) {
                    follower = Words.lower(Words.stripAccents(Words.stripPossessive(next.text())));
                }
            }
            int offset = 0;
            for (String part : t.text().split("-")) {
                int ps = t.start() + offset;
                offset += part.length() + 1;
                String p = Words.stripPossessive(part);
                if (p.length() < 2 || !Words.startsUpper(p) || !p.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                String form = Words.lower(Words.stripAccents(p));
                if (Words.STOPWORDS.contains(form) || Words.NON_NAME_CAPITALS.contains(form)
                        || corpus.lowercaseWords.contains(form)) {
                    continue;
                }
                byForm.computeIfAbsent(form, k -> new ArrayList<>())
                        .add(new Occurrence(d, ps, ps + p.length(), form, follower));
            }
        }
    }

    private static boolean variants(String a, String b, List<Occurrence> oa, List<Occurrence> ob) {
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        if (DISTINCT.contains(a) && DISTINCT.contains(b)) {
            return false;
        }
        if (differentPeopleSameFirstName(oa, ob) || feminineCounterpart(a, b)) {
            return false;
        }
        String sa = skeleton(a);
        String sb = skeleton(b);
        if (sa.equals(sb)) {
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
        if (!longer.startsWith(shorter)) {
            // Ukraine/Ukrainian: drop a final vowel before testing the suffix
            String stem = shorter.replaceAll("[aeiouy]$", "");
            if (stem.length() < 3 || !longer.startsWith(stem)) {
                return false;
            }
            return DERIVATIONAL_SUFFIXES.contains(longer.substring(stem.length()));
        }
        String rest = longer.substring(shorter.length());
        return rest.length() >= 2 || DERIVATIONAL_SUFFIXES.contains(rest);
    }

    /** Zelensky and Zelenska are husband and wife, Zakharov and Zakharova can be two people. */
    private static boolean feminineCounterpart(String a, String b) {
        String fa = feminineStem(a);
        String fb = feminineStem(b);
        if ((fa == null) == (fb == null)) {
            return false;
        }
        String masc = skeleton(fa != null ? b : a).replaceAll("i+$", "");
        return skeleton(fa != null ? fa : fb).equals(masc);
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

    private static boolean differentPeopleSameFirstName(List<Occurrence> oa, List<Occurrence> ob) {
        Set<String> fa = new HashSet<>();
        Set<String> fb = new HashSet<>();
        for (Occurrence o : oa) {
            if (o.follower() == null) {
                return false;
            }
            fa.add(skeleton(o.follower()));
        }
        for (Occurrence o : ob) {
            if (o.follower() == null) {
                return false;
            }
            fb.add(skeleton(o.follower()));
        }
        for (String x : fa) {
            if (fb.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** "David Pierson" and "Jamie Davies": a form always used as a first name is not a misspelt surname. */
    private static boolean differentNamePosition(List<Occurrence> oa, List<Occurrence> ob) {
        boolean aFirst = oa.stream().allMatch(o -> o.follower() != null);
        boolean bFirst = ob.stream().allMatch(o -> o.follower() != null);
        boolean aLast = oa.stream().allMatch(o -> o.follower() == null);
        boolean bLast = ob.stream().allMatch(o -> o.follower() == null);
        return (aFirst && bLast) || (aLast && bFirst);
    }

    private static boolean bothFrequentInOneDocument(List<Occurrence> oa, List<Occurrence> ob) {
        Map<DocText, Integer> ca = new HashMap<>();
        Map<DocText, Integer> cb = new HashMap<>();
        oa.forEach(o -> ca.merge(o.doc(), 1, Integer::sum));
        ob.forEach(o -> cb.merge(o.doc(), 1, Integer::sum));
        for (Map.Entry<DocText, Integer> e : ca.entrySet()) {
            if (e.getValue() >= 2 && cb.getOrDefault(e.getKey(), 0) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.get(x);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        parent.put(x, p);
        return p;
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
