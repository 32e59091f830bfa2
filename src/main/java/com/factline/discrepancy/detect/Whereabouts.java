package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same act or person placed in two different towns by two outlets: "a student at a college in Bellingham" against
 * "a Seattle woman" / "a student in Seattle". {@link #find} reads the places a sentence names (a capitalised name after
 * "in" or "at", with an optional ", State"; "at X in Y" is one place; "a Seattle woman"); {@link #differ} compares
 * two aligned sentences' places. It is a difference only when the two places are told near the same thing (a content
 * word shared within a few words of each place: the person, the act), when neither outlet names the other's place
 * anywhere in its text (an outlet naming both tells of both, or of one inside the other: "Manhattan" and "New York"),
 * and when neither place is a state or a country (a town is inside those; "in Washington" is usually the government).
 * Pure: the callers give the two documents' words ({@link #vocabulary}). At most {@link #MAX_PLACES} places a
 * sentence, so a comparison is linear in the two sentences' lengths.
 */
final class Whereabouts {
    private Whereabouts() {
    }

    /** A place named in a sentence: {@code start}–{@code end} in it (chars), its distinguishing words. */
    record Place(int start, int end, List<String> names) {
    }

    /** Two places of one happening: the first sentence's and the second's. */
    record Difference(Place a, Place b) {
    }

    private static final String CAP = "\\p{Lu}[\\p{L}'’-]*";
    private static final String RUN = "(?:(?:Ft|St|Mt)\\.\\s+)?" + CAP + "(?:\\s+" + CAP + "){0,3}";
    private static final String INITIALS = "\\p{Lu}\\.(?:\\p{Lu}\\.)+";
    /** A state after a town: "Wash.", "N.J.", "Texas". */
    private static final String STATE = INITIALS + "|" + CAP + "\\.?(?:\\s+" + CAP + ")?";
    /** "in Bellingham, Wash." / "at Whatcom Community College in Bellingham". */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:[Ii]n|[Aa]t)\\s+(" + RUN + ")"
            + "(?:\\s+in\\s+(" + RUN + "))?(?:,\\s+(" + STATE + "))?");
    /** "a Seattle woman". */
    private static final Pattern BEFORE_PERSON = Pattern.compile("\\b(?:a|an)\\s+(" + CAP + "(?:\\s+" + CAP + ")?)\\s+"
            + "(?:woman|man|girl|boy|student|resident|native|teenager|teen|couple|family|mother|father|lawyer|doctor"
            + "|teacher|pastor|businessman|businesswoman|voter|voters|residents|students)\\b");
    /** "a Republican woman", "an Irish student", "a Catholic voter": a group, not a place. */
    private static final Pattern ADJECTIVE = Pattern.compile("(?:an|ish|ese|ic|i)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?");
    /** Words of a place's name that do not tell it from another (Fort Myers / Ft. Myers, New York / New Jersey). */
    private static final Set<String> GENERIC = Words.set("fort", "ft", "saint", "st", "san", "santa", "los", "las", "new",
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "lake",
            "port", "mount", "mt", "city", "county", "beach", "island", "valley", "park", "heights", "springs",
            "college", "community", "university", "school", "high", "center", "centre", "hall", "hotel", "church",
            "hospital", "airport", "station", "stadium", "club", "house", "street", "avenue", "road", "the", "of");
    /** Capitalised words after "in"/"at" that are not places. */
    private static final Set<String> NOT_PLACE = Words.set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "congress", "senate", "house", "parliament", "court", "god", "english",
            "spanish", "french", "arabic", "washington", "the", "his", "her", "their", "its", "our", "my", "this",
            "that", "these", "those", "a", "an", "i", "he", "she", "we", "they", "it", "one", "first", "last",
            "twitter", "facebook", "instagram", "youtube", "christmas", "easter", "thanksgiving", "mr", "mrs", "ms",
            "miss", "dr", "sen", "rep", "gov", "gen", "lt", "sgt", "president", "senator", "governor", "mayor", "judge",
            "secretary", "speaker", "chairman", "leader", "prime", "minister");
    /** An abbreviation in capitals after "in"/"at" is mostly a body or an outlet ("at DNC", "in CNN's poll"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}(?:['’]s)?");
    /** States, their abbreviations and countries (places a town is inside): a difference needs two towns or venues. */
    private static final Set<String> CONTAINERS = Words.set("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "hampshire", "jersey", "mexico", "york",
            "carolina", "dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode", "tennessee", "texas", "utah",
            "vermont", "virginia", "wisconsin", "wyoming", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla",
            "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
            "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo", "america", "united", "states", "us",
            "usa", "britain", "england", "scotland", "wales", "ireland", "canada", "china", "russia", "iran", "iraq",
            "israel", "syria", "libya", "egypt", "france", "germany", "italy", "spain", "japan", "korea", "india",
            "pakistan", "afghanistan", "ukraine", "cuba", "europe", "asia", "africa", "gaza");
    /** Words either side of a place in which the thing both sentences tell of is looked for. */
    private static final int NEAR = 8;
    /** At most this many places are read from one sentence. */
    static final int MAX_PLACES = 8;

    /** The places a sentence names, in order (at most {@link #MAX_PLACES}). */
    static List<Place> find(String sentence) {
        List<Place> out = new ArrayList<>();
        Matcher m = AFTER_PREPOSITION.matcher(sentence);
        while (m.find() && out.size() < MAX_PLACES) {
            List<String> names = new ArrayList<>();
            boolean container = NOT_PLACE.contains(words(m.group(1)).getFirst())
                    || ACRONYM.matcher(m.group(1).split("\\s+")[0]).matches();
            for (int g = 1; g <= 2; g++) {
                for (String w : m.group(g) == null ? List.<String>of() : words(m.group(g))) {
                    if (CONTAINERS.contains(w)) {
                        container = true; // "in Florida", "in New York": a state or a country, with towns inside
                    } else if (!GENERIC.contains(w)) {
                        names.add(w);
                    }
                }
            }
            // ", Wash." after a town is its state, part of the place; another name after a comma is not
            boolean state = m.group(3) != null && (m.group(3).matches(INITIALS)
                    || words(m.group(3)).stream().allMatch(CONTAINERS::contains));
            int end = state ? m.end(3) : m.group(2) != null ? m.end(2) : m.end(1);
            if (!container && !names.isEmpty()) {
                out.add(new Place(m.start(), end, List.copyOf(names)));
            }
        }
        Matcher p = BEFORE_PERSON.matcher(sentence);
        while (p.find() && out.size() < MAX_PLACES) {
            List<String> words = words(p.group(1));
            if (words.stream().noneMatch(w -> NOT_PLACE.contains(w) || CONTAINERS.contains(w)
                    || ADJECTIVE.matcher(w).find())) {
                List<String> names = words.stream().filter(w -> !GENERIC.contains(w)).toList();
                if (!names.isEmpty()) {
                    out.add(new Place(p.start(), p.end(), names));
                }
            }
        }
        return out;
    }

    /**
     * The places of one happening the two sentences give differently, each pair once; {@code textA} and {@code textB}
     * are the words of the sentences' whole documents ({@link #vocabulary}).
     */
    static List<Difference> differ(String a, List<Place> placesA, Set<String> textA, String b, List<Place> placesB,
                                   Set<String> textB) {
        List<Difference> out = new ArrayList<>();
        for (Place pa : placesA) {
            if (namedIn(pa, textB)) {
                continue;
            }
            for (Place pb : placesB) {
                if (!namedIn(pb, textA) && shareNear(a, pa, b, pb)) {
                    out.add(new Difference(pa, pb));
                }
            }
        }
        return out;
    }

    /** A document's words, lower case, for {@link #differ}. */
    static Set<String> vocabulary(String text) {
        return new HashSet<>(words(text));
    }

    /** Whether a document names one of the place's distinguishing words anywhere (any case, whole words). */
    private static boolean namedIn(Place p, Set<String> vocabulary) {
        return p.names().stream().anyMatch(vocabulary::contains);
    }

    /** Whether the two places are told near the same thing: a content word within {@link #NEAR} words of both. */
    private static boolean shareNear(String a, Place pa, String b, Place pb) {
        Set<String> near = near(a, pa);
        near.retainAll(near(b, pb));
        return !near.isEmpty();
    }

    private static Set<String> near(String s, Place p) {
        List<int[]> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            tokens.add(new int[] {w.start(), w.end()});
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i)[1] > p.start() && tokens.get(i)[0] < p.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Set<String> out = new HashSet<>();
        if (first < 0) {
            return out;
        }
        Set<String> own = new HashSet<>(words(s.substring(p.start(), p.end())));
        for (int i = Math.max(0, first - NEAR); i <= Math.min(tokens.size() - 1, last + NEAR); i++) {
            if (i >= first && i <= last) {
                continue;
            }
            String lower = Words.lower(Words.stripPossessive(s.substring(tokens.get(i)[0], tokens.get(i)[1])));
            if (Words.isContent(lower) && !own.contains(lower) && !CONTAINERS.contains(lower)) {
                out.add(lower);
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            out.add(Words.lower(Words.stripPossessive(w.group())));
        }
        return out;
    }
}
