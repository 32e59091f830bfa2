package com.factline.discrepancy.detect;

import com.factline.align.AlignDocument;
import com.factline.align.AlignSentence;
import com.factline.align.AlignedPair;
import com.factline.align.Aligner;
import com.factline.temporal.DatePrecision;
import com.factline.temporal.TemporalExpression;
import com.factline.temporal.TemporalResolver;
import com.factline.temporal.TimexType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the facts of aligned passages: sentences of independent sources that report the same thing (found by
 * {@link Aligner}) are compared for amounts, dates, name spellings, quoted words that change the meaning and
 * contrasting characterisations. Differences that are not contradictions (a rounded figure, a full name against a
 * surname, a weekday against the date it names) are not reported. Findings about the same passages are merged into
 * one suggestion per kind that lists every outlet's wording and carries a confidence.
 */
final class AlignedFactDetector {

    /**
     * One contradiction between two aligned sentences; spans are code points. {@code what} opens the reason when the
     * kind's own opening does not say what differs (null: the kind's).
     */
    record Finding(SuggestionKind kind, Span a, String labelA, Span b, String labelB, double confidence, String what) {

        Finding(SuggestionKind kind, Span a, String labelA, Span b, String labelB, double confidence) {
            this(kind, a, labelA, b, labelB, confidence, null);
        }
    }

    private static final TemporalResolver RESOLVER = new TemporalResolver();
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}]+(?:['’]s)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** At most this many aligned pairs are compared, so a hostile project cannot make a refresh unbounded. */
    static final int MAX_PAIRS = 50_000;
    /**
     * Passages are paired more loosely than {@link Aligner#MIN_SCORE}: each comparison asks for its own evidence on top
     * (the same counted thing and matching surroundings, a contrast from the list, a near-identical name).
     */
    static final double PAIR_MIN_SCORE = 0.4;
    /** Dates are compared only in passages that read very much alike: a sentence often carries a date of another happening. */
    static final double DATE_MIN_SCORE = 0.65;
    /** Lists of people and ways of reaching someone are compared only in passages that read alike. */
    static final double LIST_MIN_SCORE = 0.55;

    private final Corpus corpus;
    private final Function<DetectDocument, List<AlignSentence>> sentences;
    private final Map<String, List<Quantity>> quantities = new HashMap<>();
    /** Each document's temporal expressions, resolved once per detection: dates are no amounts. */
    private final Map<String, List<TemporalExpression>> dates = new HashMap<>();
    /** The documents whose every sentence's amounts are in {@link #quantities} ({@link #statedIn}). */
    private final Set<String> allAmountsRead = new HashSet<>();
    private final Map<String, List<Contrasts.Hit>> contrastHits = new HashMap<>();
    private final Map<String, List<PersonLists.Person>> people = new HashMap<>();
    private final Map<String, Map<String, List<List<String>>>> peopleByDocument = new HashMap<>();
    private final Map<String, List<ContactModes.Contact>> contacts = new HashMap<>();
    private final Map<String, Set<String>> contactsByDocument = new HashMap<>();

    AlignedFactDetector(Corpus corpus, Function<DetectDocument, List<AlignSentence>> sentences) {
        this.corpus = corpus;
        this.sentences = sentences;
    }

    List<Suggestion> detect() {
        List<AlignDocument> docs = new ArrayList<>();
        Map<String, AlignDocument> byId = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (DocText d : corpus.docs) {
            AlignDocument a = new AlignDocument(d.id(), d.label, d.doc.independenceKey(), d.doc.published(),
                    sentences.apply(d.doc));
            docs.add(a);
            byId.put(d.id(), a);
            LocalDate reference = d.doc.published();
            // without a publication date only the places of dates matter (they are not amounts)
            dates.put(d.id(), RESOLVER.resolve(d.text, reference == null ? LocalDate.of(2000, 1, 1) : reference));
            Set<String> w = new HashSet<>();
            for (DocText.Token t : d.tokens) {
                w.add(Words.stripPossessive(t.text()));
            }
            words.put(d.id(), w);
        }
        List<AlignedPair> pairs = Aligner.align(docs, PAIR_MIN_SCORE);
        List<Finding> findings = new ArrayList<>();
        for (AlignedPair p : pairs.subList(0, Math.min(MAX_PAIRS, pairs.size()))) {
            AlignDocument da = byId.get(p.docA());
            AlignDocument db = byId.get(p.docB());
            AlignSentence sa = da.sentences().get(p.sentenceA());
            AlignSentence sb = db.sentences().get(p.sentenceB());
            List<TemporalExpression> ta = within(dates.get(da.id()), sa);
            List<TemporalExpression> tb = within(dates.get(db.id()), sb);
            numbers(da, sa, ta, db, sb, tb, p.score(), findings);
            if (da.published() != null && db.published() != null) {
                dates(da, sa, ta, db, sb, tb, p.score(), findings);
            }
            names(da, sa, db, sb, words, findings);
            quotes(da, sa, db, sb, p.score(), findings);
            contrasts(da, sa, db, sb, p.score(), findings);
            unstated(da, sa, db, sb, tb, p.score(), findings);
            unstated(db, sb, da, sa, ta, p.score(), findings);
            whereabouts(da, sa, db, sb, p.score(), findings);
            scopes(da, sa, db, sb, p.score(), findings);
            if (p.score() >= LIST_MIN_SCORE) {
                people(da, sa, db, sb, p.score(), findings);
                contacts(da, sa, db, sb, p.score(), findings);
            }
        }
        durations(docs, dates, findings);
        actDates(docs, dates, findings);
        offences(docs, findings);
        return merge(findings);
    }

    // ---- the offence of a plea or a conviction ------------------------------------------------------------

    private record Offence(AlignDocument doc, AlignSentence sentence, Offences.Mention mention) {
    }

    private static final Pattern GUILTY_WORD = Pattern.compile("(?i)guilty|convicted");

    /** Plea and conviction mentions kept per document, so a story full of them stays bounded. */
    static final int MAX_OFFENCES_PER_DOCUMENT = 12;

    /**
     * The offence one outlet says a plea (or a conviction) was to, against a different one in another outlet
     * ("pleaded guilty to conspiracy" vs "pleaded guilty to one felony fraud count"). Compared story-wide, as the two
     * sentences often report different details of the plea; an outlet that names both offences agrees with both.
     */
    private void offences(List<AlignDocument> docs, List<Finding> out) {
        Map<String, List<Offence>> byDoc = new LinkedHashMap<>();
        for (AlignDocument d : docs) {
            List<Offence> list = new ArrayList<>();
            for (AlignSentence s : d.sentences()) {
                if (list.size() >= MAX_OFFENCES_PER_DOCUMENT) {
                    break;
                }
                if (!GUILTY_WORD.matcher(s.text()).find()
                        || s.text().toLowerCase(Locale.ROOT).length() != s.text().length()) {
                    continue; // no plea or conviction (most sentences), or offsets that would not carry over
                }
                for (Offences.Mention m : Offences.find(s.text())) {
                    list.add(new Offence(d, s, m));
                }
            }
            byDoc.put(d.id(), list);
        }
        // Documents that name the same offences form one side; each document is compared with the first document of
        // every other side (not with every other document), so the work grows with documents × distinct offence sets.
        for (Offences.Step step : Offences.Step.values()) {
            Map<Set<String>, List<List<Offence>>> sides = new LinkedHashMap<>();
            for (AlignDocument d : docs) {
                List<Offence> mine = byDoc.get(d.id()).stream().filter(o -> o.mention().step() == step).toList();
                if (!mine.isEmpty()) {
                    Set<String> names = new java.util.TreeSet<>(mine.stream().map(o -> o.mention().offence()).toList());
                    sides.computeIfAbsent(names, k -> new ArrayList<>()).add(mine);
                }
            }
            List<Set<String>> keys = new ArrayList<>(sides.keySet());
            for (int i = 0; i < keys.size() && i < MAX_OFFENCES_PER_DOCUMENT; i++) {
                for (int j = i + 1; j < keys.size() && j < MAX_OFFENCES_PER_DOCUMENT; j++) {
                    Set<String> na = keys.get(i);
                    if (na.stream().anyMatch(keys.get(j)::contains)) {
                        continue; // an outlet that names both agrees with both
                    }
                    List<Offence> first = sides.get(keys.get(j)).getFirst();
                    for (List<Offence> a : sides.get(keys.get(i))) {
                        offenceFinding(a, first, out);
                    }
                    List<Offence> firstA = sides.get(keys.get(i)).getFirst();
                    for (List<Offence> b : sides.get(keys.get(j))) {
                        offenceFinding(firstA, b, out);
                    }
                }
            }
        }
    }

    private static void offenceFinding(List<Offence> a, List<Offence> b, List<Finding> out) {
        Offence x = a.getFirst();
        Offence y = b.getFirst();
        if (x.doc().independenceKey().equals(y.doc().independenceKey())) {
            return; // a copy and its original: one source
        }
        Span sx = span(x.doc(), x.sentence(), x.mention().start(), x.mention().end());
        Span sy = span(y.doc(), y.sentence(), y.mention().start(), y.mention().end());
        out.add(new Finding(SuggestionKind.DESCRIPTION, sx, sx.text(), sy, sy.text(), OFFENCE_CONFIDENCE));
    }

    /** A plea to another offence is a firm claim, but the two sentences were not aligned: a middling confidence. */
    static final double OFFENCE_CONFIDENCE = 0.45;

    // ---- lengths of one named thing -------------------------------------------------------------------

    /** One "two-year investigation" of a story: where it is said and how long it is said to last. */
    private record Length(AlignDocument doc, AlignSentence sentence, Quantity quantity) {
    }

    /** A quick test for the words a length is written with, before the sentence is read for amounts. */
    private static final Pattern LENGTH_WORD = Pattern.compile("(?i)year|month|week|day|hour|minute|long");

    /** Mentions of one noun's length kept per story ("investigation"), so a story full of them stays bounded. */
    static final int MAX_LENGTHS_PER_NOUN = 24;

    /**
     * How long one named thing lasted ("after a two-year investigation" in one outlet, "after a monthslong criminal
     * investigation" in another) is compared across the whole story, not only in aligned passages: the two sentences
     * often report different steps (the indictment, the lawyer's letter). The noun the length modifies blocks the
     * comparison, so only mentions of the same noun meet, and each noun keeps at most {@link #MAX_LENGTHS_PER_NOUN}.
     */
    private void durations(List<AlignDocument> docs, Map<String, List<TemporalExpression>> dates, List<Finding> out) {
        Map<String, List<Length>> byNoun = new TreeMap<>();
        for (AlignDocument d : docs) {
            List<TemporalExpression> all = dates.get(d.id());
            int from = 0;
            for (AlignSentence s : d.sentences()) {
                while (from < all.size() && all.get(from).end() <= s.start()) {
                    from++;
                }
                if (!LENGTH_WORD.matcher(s.text()).find()) {
                    continue; // no "-year", "monthslong", "weeks-long": nothing to read (most sentences)
                }
                List<TemporalExpression> inside = within(all, from, s);
                List<Quantity> qs = quantities.computeIfAbsent(d.id() + "\u0001" + s.index(),
                        k -> QuantityExtractor.extract(s.text(), charRanges(s, inside)));
                for (Quantity q : qs) {
                    if (q.key().startsWith("duration:") && q.key().length() > "duration:".length()) {
                        List<Length> list = byNoun.computeIfAbsent(q.key(), k -> new ArrayList<>());
                        if (list.size() < MAX_LENGTHS_PER_NOUN) {
                            list.add(new Length(d, s, q));
                        }
                    }
                }
            }
        }
        for (List<Length> list : byNoun.values()) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Length x = list.get(i);
                    Length y = list.get(j);
                    if (x.doc().independenceKey().equals(y.doc().independenceKey())
                            || x.quantity().compatibleWith(y.quantity())) {
                        continue;
                    }
                    Quantity qx = x.quantity();
                    Quantity qy = y.quantity();
                    out.add(new Finding(SuggestionKind.NUMBER, span(x.doc(), x.sentence(), qx.start(), qx.end()),
                            qx.surface(), span(y.doc(), y.sentence(), qy.start(), qy.end()), qy.surface(),
                            clamp(0.35 + 0.3 * qx.gap(qy))));
                }
            }
        }
    }

    // ---- amounts --------------------------------------------------------------------------------------

    private void numbers(AlignDocument da, AlignSentence sa, List<TemporalExpression> ta, AlignDocument db,
                         AlignSentence sb, List<TemporalExpression> tb, double score, List<Finding> out) {
        // a sentence takes part in many pairs: its amounts are read once
        List<Quantity> qa = quantities.computeIfAbsent(da.id() + "\u0001" + sa.index(),
                k -> QuantityExtractor.extract(sa.text(), charRanges(sa, ta)));
        List<Quantity> qb = quantities.computeIfAbsent(db.id() + "\u0001" + sb.index(),
                k -> QuantityExtractor.extract(sb.text(), charRanges(sb, tb)));
        for (Quantity x : qa) {
            if (x.key().equals("duration") || x.key().equals("duration:")) {
                continue; // "eight years" and "84 days" without what lasted so long: not comparable
            }
            boolean unit = UNIT_KEYS.contains(x.key());
            // an amount of money or a distance says little by itself: the words around it must match too
            List<Quantity> same = qb.stream().filter(y -> y.key().equals(x.key())
                    && (!unit || sharesContext(sa.text(), x, sb.text(), y))).toList();
            if (same.isEmpty() || same.stream().anyMatch(x::compatibleWith)) {
                continue;
            }
            if (same.size() > 1) {
                List<Quantity> near = same.stream().filter(y -> sharesContext(sa.text(), x, sb.text(), y)).toList();
                if (near.isEmpty() || near.stream().anyMatch(x::compatibleWith)) {
                    continue; // several amounts of one kind: compare only those whose surroundings match
                }
                same = near;
            }
            Quantity y = same.stream().min(Comparator.comparingDouble(z -> distance(x, z))).orElseThrow();
            if (qa.stream().anyMatch(z -> z != x && z.key().equals(x.key()) && z.isBare() && z.compatibleWith(y))) {
                continue; // the other figure is also stated on this side: a list, not a conflict
            }
            if (statedIn(db, x, sa.text()) || statedIn(da, y, sb.text())) {
                // "Obama cut $716 billion from Medicare" against "McCain's plan would cut Medicare by $800 billion":
                // the other outlet also gives the first figure for the same thing elsewhere ("more than $700 billion
                // out of Medicare"), so its other figure counts something else.
                continue;
            }
            double confidence = clamp(0.45 + 0.35 * x.gap(y) + 0.4 * (score - PAIR_MIN_SCORE));
            out.add(new Finding(SuggestionKind.NUMBER, span(da, sa, x.start(), x.end()), x.surface(),
                    span(db, sb, y.start(), y.end()), y.surface(), confidence));
        }
    }

    /**
     * Whether {@code doc} states, in any of its sentences, an amount of the same kind as {@code q} that agrees with it
     * and stands among some of the same words ({@code qSentence} is q's sentence). Each document's amounts are read
     * once, and only for a pair about to be reported.
     */
    private boolean statedIn(AlignDocument doc, Quantity q, String qSentence) {
        if (allAmountsRead.add(doc.id())) {
            // the same reading of each sentence as for the aligned pairs (one pass, a cursor over the dates)
            List<TemporalExpression> all = dates.get(doc.id());
            int from = 0;
            for (AlignSentence s : doc.sentences()) {
                while (from < all.size() && all.get(from).end() <= s.start()) {
                    from++;
                }
                List<TemporalExpression> inside = within(all, from, s);
                quantities.computeIfAbsent(doc.id() + "\u0001" + s.index(),
                        k -> QuantityExtractor.extract(s.text(), charRanges(s, inside)));
            }
        }
        for (AlignSentence s : doc.sentences()) {
            for (Quantity z : quantities.get(doc.id() + "\u0001" + s.index())) {
                if (z.key().equals(q.key()) && z.compatibleWith(q) && sharesContext(qSentence, q, s.text(), z)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> UNIT_KEYS = Set.of("usd", "eur", "gbp", "percent", "km", "m", "kg", "duration");

    /** The words just before and after two amounts share a content word ("vacation at the Martha's Vineyard"). */
    private static boolean sharesContext(String a, Quantity x, String b, Quantity y) {
        Set<String> around = context(a, x);
        around.retainAll(context(b, y));
        return !around.isEmpty();
    }

    /** Content words among the three words before and the four after an amount. */
    private static Set<String> context(String s, Quantity q) {
        List<String> before = WordDiff.words(s.substring(0, q.start()));
        List<String> after = WordDiff.words(s.substring(q.end()));
        List<String> near = new ArrayList<>(before.subList(Math.max(0, before.size() - 3), before.size()));
        near.addAll(after.subList(0, Math.min(4, after.size())));
        Set<String> out = new HashSet<>();
        for (String w : near) {
            String l = Words.lower(w).replace('’', '\'');
            if (l.length() > 2 && !Words.STOPWORDS.contains(l) && !Character.isDigit(l.charAt(0))) {
                out.add(l.endsWith("'s") ? l.substring(0, l.length() - 2) : l);
            }
        }
        return out;
    }

    private static double distance(Quantity x, Quantity y) {
        return Math.abs(Math.log1p(Math.abs(x.base())) - Math.log1p(Math.abs(y.base())));
    }

    // ---- dates ----------------------------------------------------------------------------------------

    private void dates(AlignDocument da, AlignSentence sa, List<TemporalExpression> ta, AlignDocument db,
                       AlignSentence sb, List<TemporalExpression> tb, double score, List<Finding> out) {
        List<TemporalExpression> xa = anchoredDates(ta);
        List<TemporalExpression> xb = anchoredDates(tb);
        if (xa.isEmpty() || xb.isEmpty()) {
            return;
        }
        int[] amounts = sharedAmount(da, sa, db, sb);
        if (amounts != null) {
            // the same amount on both sides ("repaid about $60,000", "repaid more than $60,000"): the passages report
            // one happening, and the date nearest that amount on each side is the one to compare
            xa = List.of(nearest(xa, sa, amounts[0]));
            xb = List.of(nearest(xb, sb, amounts[1]));
            score = Math.max(score, DATE_MIN_SCORE);
        }
        if (xa.size() + xb.size() > 3) {
            return; // many dates in the passages: which happening each dates is not clear enough
        }
        for (TemporalExpression x : xa) {
            for (TemporalExpression y : xb) {
                if (!x.latest().isBefore(y.earliest()) && !y.latest().isBefore(x.earliest())) {
                    return; // the passages share a date: "Tuesday" and "May 4", "last year" and "in November"
                }
            }
        }
        // one date against one or two others, none of them agreeing: compare the nearest two
        TemporalExpression x = xa.getFirst();
        TemporalExpression y = xb.getFirst();
        long best = Long.MAX_VALUE;
        for (TemporalExpression u : xa) {
            for (TemporalExpression v : xb) {
                long g = Math.max(ChronoUnit.DAYS.between(u.latest(), v.earliest()),
                        ChronoUnit.DAYS.between(v.latest(), u.earliest()));
                if (g < best) {
                    best = g;
                    x = u;
                    y = v;
                }
            }
        }
        if (score < DATE_MIN_SCORE || span(x) > 31 * span(y) || span(y) > 31 * span(x)) {
            return; // a day against a year or a decade: seldom the same happening
        }
        if (amounts == null && !DateContext.sameHappening(sa.text(), charRange(sa, x), sb.text(), charRange(sb, y))) {
            return; // alike passages, but the two dates date different things ("said Monday" vs "the photo was sent last weekend")
        }
        if (!x.latest().isBefore(y.earliest()) && !y.latest().isBefore(x.earliest())) {
            return; // overlapping: "Tuesday" and "May 4", "last year" and "in November"
        }
        long gap = Math.max(ChronoUnit.DAYS.between(x.latest(), y.earliest()), ChronoUnit.DAYS.between(y.latest(),
                x.earliest()));
        boolean coarse = coarse(x.precision()) || coarse(y.precision());
        double confidence = clamp((coarse ? 0.35 : 0.5) + Math.min(0.3, gap / 120.0) + 0.4 * (score - PAIR_MIN_SCORE));
        out.add(new Finding(SuggestionKind.DATE, span(da, sa, x), x.text() + " (" + x.edtf() + ")", span(db, sb, y),
                y.text() + " (" + y.edtf() + ")", confidence));
    }

    // ---- one act dated differently by two outlets ---------------------------------------------------------

    /** A date with the act it dates; {@code from}–{@code to} the days it covers. */
    private record DatedAct(AlignDocument doc, AlignSentence sentence, TemporalExpression date, LocalDate from,
                            LocalDate to, DatedActs.Act act) {

        boolean overlaps(DatedAct o) {
            return !to.isBefore(o.from) && !o.to.isBefore(from);
        }

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }

        String label() {
            return date.text() + " (" + (to.equals(date.latest()) ? date.edtf() : from + "/" + to) + ")";
        }
    }

    /** Dated acts kept per document, so a story full of them stays bounded. */
    static final int MAX_DATED_ACTS_PER_DOCUMENT = 24;

    /**
     * See {@link DatedActs}: one act dated on days that do not overlap by two independent outlets, compared story-wide
     * (the two sentences often read too differently to align: "A staffer on Friday apologized for a post" / "The
     * communications director had to apologize Saturday for a post"). A week that contains the other's day agrees with
     * it, and an outlet that also dates the act on the other outlet's day agrees with both.
     */
    private void actDates(List<AlignDocument> docs, Map<String, List<TemporalExpression>> dates, List<Finding> out) {
        Map<String, List<DatedAct>> byDoc = new LinkedHashMap<>();
        for (AlignDocument d : docs) {
            if (d.published() == null) {
                continue;
            }
            List<DatedAct> list = new ArrayList<>();
            List<TemporalExpression> all = dates.get(d.id());
            int from = 0;
            for (AlignSentence s : d.sentences()) {
                // a cursor over the document's dates: every expression of every sentence once, not once per sentence
                while (from < all.size() && all.get(from).end() <= s.start()) {
                    from++;
                }
                for (TemporalExpression e : anchoredDates(within(all, from, s))) {
                    DatedActs.Act a = list.size() < MAX_DATED_ACTS_PER_DOCUMENT ? DatedActs.of(s.text(), charRange(s, e)) : null;
                    if (a != null) {
                        // "earlier this week" written on a Friday is a day before that Friday
                        LocalDate to = e.text().toLowerCase(Locale.ROOT).startsWith("earlier")
                                && e.latest().equals(d.published()) && e.earliest().isBefore(e.latest())
                                ? e.latest().minusDays(1) : e.latest();
                        list.add(new DatedAct(d, s, e, e.earliest(), to, a));
                    }
                }
            }
            byDoc.put(d.id(), list);
        }
        List<List<DatedAct>> all = new ArrayList<>(byDoc.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                for (DatedAct x : all.get(i)) {
                    for (DatedAct y : all.get(j)) {
                        // datesAct also covers x and y themselves: overlapping days (a weekday and its date,
                        // a week and a day in it) are no difference
                        if (!x.doc().independenceKey().equals(y.doc().independenceKey())
                                && x.days() <= 31 * y.days() && y.days() <= 31 * x.days()
                                && DatedActs.same(x.sentence().text(), x.act(), y.sentence().text(), y.act())
                                && !datesAct(all.get(i), y) && !datesAct(all.get(j), x)) {
                            out.add(new Finding(SuggestionKind.DATE, span(x.doc(), x.sentence(), x.date()), x.label(),
                                    span(y.doc(), y.sentence(), y.date()), y.label(), 0.4));
                        }
                    }
                }
            }
        }
    }

    /** Whether one of the document's dated acts is the same act on a day overlapping the other's. */
    private static boolean datesAct(List<DatedAct> list, DatedAct other) {
        return list.stream().anyMatch(a -> a.act().key().equals(other.act().key()) && a.overlaps(other));
    }

    /**
     * Char offsets (in each sentence) of an amount both passages state compatibly, when they do: money or a count of
     * the same thing, not a length or a share. Null when there is none.
     */
    private int @org.jspecify.annotations.Nullable [] sharedAmount(AlignDocument da, AlignSentence sa, AlignDocument db,
                                                                   AlignSentence sb) {
        List<Quantity> qa = quantities.getOrDefault(da.id() + "\u0001" + sa.index(), List.of());
        List<Quantity> qb = quantities.getOrDefault(db.id() + "\u0001" + sb.index(), List.of());
        for (Quantity x : qa) {
            if (x.key().startsWith("duration") || x.key().equals("percent") || x.base() == 0) {
                continue;
            }
            for (Quantity y : qb) {
                if (y.key().equals(x.key()) && x.compatibleWith(y) && x.base() == y.base()) {
                    return new int[] {x.start(), y.start()};
                }
            }
        }
        return null;
    }

    /** The date of the list nearest a char offset of the sentence. */
    private static TemporalExpression nearest(List<TemporalExpression> list, AlignSentence s, int charOffset) {
        int cp = s.text().codePointCount(0, charOffset) + s.start();
        return list.stream().min(Comparator.comparingInt((TemporalExpression e) -> Math.min(Math.abs(e.start() - cp),
                Math.abs(e.end() - cp)))).orElseThrow();
    }

    /** Days covered by an expression. */
    private static long span(TemporalExpression e) {
        return ChronoUnit.DAYS.between(e.earliest(), e.latest()) + 1;
    }

    private static boolean coarse(DatePrecision p) {
        return p != DatePrecision.DAY;
    }

    private static List<TemporalExpression> anchoredDates(List<TemporalExpression> list) {
        return list.stream().filter(e -> (e.type() == TimexType.DATE || e.type() == TimexType.TIME) && e.anchored()
                && e.earliest() != null && e.latest() != null).toList();
    }

    // ---- names ----------------------------------------------------------------------------------------

    private void names(AlignDocument da, AlignSentence sa, AlignDocument db, AlignSentence sb,
                       Map<String, Set<String>> words, List<Finding> out) {
        List<int[]> na = names(sa.text());
        List<int[]> nb = names(sb.text());
        Set<String> inA = words.get(da.id());
        Set<String> inB = words.get(db.id());
        for (int[] x : na) {
            String a = Words.stripPossessive(sa.text().substring(x[0], x[1]));
            if (inB.contains(a) || corpus.lowercaseWords.contains(Words.lower(a)) || a.length() > 40) {
                continue;
            }
            for (int[] y : nb) {
                String b = Words.stripPossessive(sb.text().substring(y[0], y[1]));
                if (inA.contains(b) || corpus.lowercaseWords.contains(Words.lower(b)) || b.length() > 40
                        || !NameVariants.isVariant(a, b)) {
                    continue;
                }
                String left = neighbour(sa.text(), x);
                String right = neighbour(sb.text(), y);
                if (left != null && right != null && NameVariants.differentNeighbours(a, Set.of(left), b, Set.of(right))) {
                    continue; // "Capitol Hill" and "Hail Mary": look-alike words of two different names
                }
                out.add(new Finding(SuggestionKind.NAME, span(da, sa, x[0], x[1]), a, span(db, sb, y[0], y[1]), b,
                        0.6));
            }
        }
    }

    /** The capitalised word right before or after a name in its sentence that can be part of it, lower case, or null. */
    static String neighbour(String s, int[] x) {
        Matcher before = NEIGHBOUR_BEFORE.matcher(s.substring(Math.max(0, x[0] - 40), x[0]));
        if (before.find()) {
            String w = Words.lower(Words.stripAccents(Words.stripPossessive(before.group(1))));
            if (NameVariants.isNameNeighbour(w)) {
                return w;
            }
        }
        Matcher after = NEIGHBOUR_AFTER.matcher(s.substring(x[1], Math.min(s.length(), x[1] + 40)));
        if (after.lookingAt()) {
            String w = Words.lower(Words.stripAccents(Words.stripPossessive(after.group(1))));
            if (NameVariants.isNameNeighbour(w)) {
                return w;
            }
        }
        return null;
    }

    private static final Pattern NEIGHBOUR_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}]+(?:['’]s)?) $");
    private static final Pattern NEIGHBOUR_AFTER = Pattern.compile(" (\\p{Lu}[\\p{L}]+(?:['’]s)?)");

    /** Capitalised words that are not the sentence's first word, in a sentence that is not a headline: candidate names. */
    private static List<int[]> names(String s) {
        List<int[]> out = new ArrayList<>();
        if (Words.headline(s)) {
            return out;
        }
        Matcher m = NAME.matcher(s);
        boolean first = true;
        while (m.find()) {
            boolean initial = first && s.substring(0, m.start()).chars().noneMatch(Character::isLetter);
            first = false;
            if (!initial && !Words.NON_NAME_CAPITALS.contains(Words.lower(m.group()))) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    // ---- quotes ---------------------------------------------------------------------------------------

    /**
     * Two quotes count as one statement, for a negation added or dropped, when they share at least this many content
     * words and this share of the words either has (Jaccard, so a short partial quote still counts): "the way the vice president handled himself in the
     * debate" and "Mr. Vice president, I know you are not under any duress in the debate" share three of ten words
     * and are two statements.
     */
    static final int MIN_SHARED_QUOTE_WORDS = 2;
    static final double SHARED_QUOTE_SHARE = 0.4;

    private void quotes(AlignDocument da, AlignSentence sa, AlignDocument db, AlignSentence sb, double score,
                        List<Finding> out) {
        for (int[] x : quoted(sa.text())) {
            String qa = sa.text().substring(x[0], x[1]);
            Set<String> wa = contentWords(qa);
            for (int[] y : quoted(sb.text())) {
                String qb = sb.text().substring(y[0], y[1]);
                Set<String> wb = contentWords(qb);
                Set<String> shared = new HashSet<>(wa);
                shared.retainAll(wb);
                if (shared.size() < MIN_SHARED_QUOTE_WORDS
                        || shared.size() < SHARED_QUOTE_SHARE * (wa.size() + wb.size() - shared.size())) {
                    continue; // not the same statement: a negation is compared only between quotes mostly alike
                }
                String flip = negationFlip(WordDiff.diff(qa, qb));
                if (flip != null) {
                    out.add(new Finding(SuggestionKind.QUOTE, span(da, sa, x[0], x[1]), qa, span(db, sb, y[0], y[1]),
                            qb, clamp(0.65 + 0.4 * (score - PAIR_MIN_SCORE))));
                }
            }
        }
    }

    /** The changed words when one side has a negation the other lacks ("shouldn't" → "should"), else null. */
    static String negationFlip(List<DiffToken> diff) {
        int deleted = 0;
        int inserted = 0;
        // words only one side quotes at either end (a quote cut short, "and if we don't get it" quoted by one outlet
        // only) are left out: a flip is a negation added or dropped where both quote the same words around it
        int first = 0;
        int last = diff.size() - 1;
        if (!edgeReplaces(diff, 0, 1)) {
            while (first <= last && diff.get(first).op() != DiffToken.Op.EQUAL) {
                first++;
            }
        }
        if (!edgeReplaces(diff, diff.size() - 1, -1)) {
            while (last >= first && diff.get(last).op() != DiffToken.Op.EQUAL) {
                last--;
            }
        }
        for (DiffToken t : diff.subList(first, last + 1)) {
            if (t.op() != DiffToken.Op.EQUAL && isNegation(t.text())) {
                if (t.op() == DiffToken.Op.DELETE) {
                    deleted++;
                } else {
                    inserted++;
                }
            }
        }
        return deleted == inserted ? null : WordDiff.summary(diff, 3);
    }

    /** The run of changes at one end (from {@code at}, walking by {@code step}) holds words of both sides. */
    private static boolean edgeReplaces(List<DiffToken> diff, int at, int step) {
        boolean del = false;
        boolean ins = false;
        for (int i = at; i >= 0 && i < diff.size() && diff.get(i).op() != DiffToken.Op.EQUAL; i += step) {
            del |= diff.get(i).op() == DiffToken.Op.DELETE;
            ins |= diff.get(i).op() == DiffToken.Op.INSERT;
        }
        return del && ins;
    }

    private static boolean isNegation(String word) {
        String w = Words.lower(word).replace('’', '\'');
        return w.equals("not") || w.equals("never") || w.equals("no") || w.equals("nothing") || w.equals("none")
                || w.equals("neither") || w.equals("nor") || w.equals("without") || w.endsWith("n't");
    }

    /** Char ranges of the quoted words of a sentence (inside quotation marks), at most 600 characters each. */
    static List<int[]> quoted(String s) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        boolean sawClose = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean straight = c == '"';
            if (c == '“' || (straight && open < 0)) {
                open = i + 1;
            } else if (c == '”' || straight) {
                int from = open < 0 && !sawClose ? 0 : open;
                if (from >= 0 && i > from) {
                    out.add(new int[] {from, Math.min(i, from + 600)});
                }
                open = -1;
                sawClose = true;
            }
        }
        if (open >= 0 && open < s.length()) {
            out.add(new int[] {open, Math.min(s.length(), open + 600)});
        }
        return out;
    }

    // ---- who is named -----------------------------------------------------------------------------------

    private boolean ordinary(String lowerWord) {
        return corpus.lowercaseWords.contains(lowerWord);
    }

    /**
     * Two lists of people for the same fact that each name someone the other outlet never mentions ("Ortiz, Baker and
     * Mendez" against "Mendez, Ortiz and Cole"); see {@link PersonLists}.
     */
    private void people(AlignDocument da, AlignSentence sa, AlignDocument db, AlignSentence sb, double score,
                        List<Finding> out) {
        List<PersonLists.Person> pa = people.computeIfAbsent(da.id() + "\u0001" + sa.index(),
                k -> PersonLists.find(sa.text(), this::ordinary));
        List<PersonLists.Person> pb = people.computeIfAbsent(db.id() + "\u0001" + sb.index(),
                k -> PersonLists.find(sb.text(), this::ordinary));
        if (pa.size() < PersonLists.MIN_LISTED || pb.size() < PersonLists.MIN_LISTED) {
            return; // most sentences: no list, and no need to index the documents' names
        }
        PersonLists.Difference d = PersonLists.compare(pa, pb, peopleOf(da), peopleOf(db));
        if (d == null) {
            return;
        }
        out.add(new Finding(SuggestionKind.NAME, span(da, sa, d.startA(), d.endA()), names(sa.text(), d.onlyA()),
                span(db, sb, d.startB(), d.endB()), names(sb.text(), d.onlyB()),
                clamp(0.45 + 0.4 * (score - PAIR_MIN_SCORE)),
                "Different people named in passages on the same fact (each outlet names someone the other never mentions): "));
    }

    private Map<String, List<List<String>>> peopleOf(AlignDocument d) {
        return peopleByDocument.computeIfAbsent(d.id(),
                k -> PersonLists.index(d.sentences().stream().map(AlignSentence::text).toList(), this::ordinary));
    }

    private static String names(String sentence, List<PersonLists.Person> people) {
        return String.join(", ", people.stream().map(p -> PersonLists.text(sentence, p)).toList());
    }

    // ---- how someone was reached ------------------------------------------------------------------------

    /**
     * The same sender reaching out in different ways ("wrote to the governor" against "called Ms. Dane"), when
     * neither outlet also reports the other way anywhere; see {@link ContactModes}.
     */
    private void contacts(AlignDocument da, AlignSentence sa, AlignDocument db, AlignSentence sb, double score,
                          List<Finding> out) {
        List<ContactModes.Contact> ca = contactsOf(da, sa);
        List<ContactModes.Contact> cb = contactsOf(db, sb);
        for (ContactModes.Contact x : ca) {
            for (ContactModes.Contact y : cb) {
                String sender = ContactModes.sharedSender(x, y);
                if (sender == null || reported(db, sender, x.mode()) || reported(da, sender, y.mode())) {
                    continue;
                }
                String who = sa.text().substring(x.clauseStart(), x.start()).strip();
                int at = Words.lower(who).indexOf(sender);
                String name = at < 0 ? sender : who.substring(at, at + sender.length());
                out.add(new Finding(SuggestionKind.DESCRIPTION, span(da, sa, x.clauseStart(), x.end()),
                        sa.text().substring(x.start(), x.end()), span(db, sb, y.clauseStart(), y.end()),
                        sb.text().substring(y.start(), y.end()), clamp(0.4 + 0.4 * (score - PAIR_MIN_SCORE)),
                        "How " + name + " reached out differs (" + x.mode().words + " or " + y.mode().words + "): "));
            }
        }
    }

    private List<ContactModes.Contact> contactsOf(AlignDocument d, AlignSentence s) {
        return contacts.computeIfAbsent(d.id() + "\u0001" + s.index(), k -> ContactModes.find(s.text(), this::ordinary));
    }

    /** The document reports this sender reaching out this way somewhere. */
    private boolean reported(AlignDocument d, String sender, ContactModes.Mode mode) {
        Set<String> all = contactsByDocument.computeIfAbsent(d.id(), k -> {
            Set<String> set = new HashSet<>();
            for (AlignSentence s : d.sentences()) {
                for (ContactModes.Contact c : ContactModes.find(s.text(), this::ordinary, true)) {
                    for (String who : c.senders()) {
                        set.add(who + "\u0001" + c.mode());
                    }
                }
            }
            return set;
        });
        return all.contains(sender + "\u0001" + mode);
    }

    // ---- a fact one outlet says was not given ------------------------------------------------------------

    private final Map<String, List<Unstated.Gap>> gaps = new HashMap<>();

    /** sa leaves a question open ("did not say where the ad would run") that sb answers ("in Iowa"). */
    private void unstated(AlignDocument da, AlignSentence sa, AlignDocument db, AlignSentence sb,
                          List<TemporalExpression> tb, double score, List<Finding> out) {
        List<Unstated.Gap> open = gaps.computeIfAbsent(da.id() + "\u0001" + sa.index(), k -> Unstated.find(sa.text()));
        if (open.isEmpty()) {
            return;
        }
        List<int[]> dates = charRanges(sb, tb.stream()
                .filter(e -> e.type() == TimexType.DATE || e.type() == TimexType.TIME).toList());
        for (Unstated.Gap g : open) {
            Unstated.Answer a = Unstated.answer(g, sa.text(), sb.text(), dates);
            if (a != null) {
                out.add(new Finding(SuggestionKind.DESCRIPTION, span(da, sa, g.start(), g.end()),
                        sa.text().substring(g.start(), g.end()), span(db, sb, a.start(), a.end()),
                        sb.text().substring(a.start(), a.end()), clamp(0.3 + 0.4 * (score - PAIR_MIN_SCORE)),
                        "Not given (" + g.kind().question + ") in one outlet, stated in another: "));
            }
        }
    }

    private final Map<String, List<Whereabouts.Place>> places = new HashMap<>();
    private final Map<String, Set<String>> vocabularies = new HashMap<>();

    private Set<String> vocabulary(AlignDocument d) {
        return vocabularies.computeIfAbsent(d.id(), k -> Whereabouts.vocabulary(corpus.byId.get(k).text));
    }

    /** The same person or act placed in two different towns ({@link Whereabouts}). */
    private void whereabouts(AlignDocument da, AlignSentence sa, AlignDocument db, AlignSentence sb, double score,
                             List<Finding> out) {
        List<Whereabouts.Place> pa = places.computeIfAbsent(da.id() + "\u0001" + sa.index(), k -> Whereabouts.find(sa.text()));
        List<Whereabouts.Place> pb = places.computeIfAbsent(db.id() + "\u0001" + sb.index(), k -> Whereabouts.find(sb.text()));
        if (pa.isEmpty() || pb.isEmpty()) {
            return;
        }
        for (Whereabouts.Difference d : Whereabouts.differ(sa.text(), pa, vocabulary(da), sb.text(), pb, vocabulary(db))) {
            out.add(new Finding(SuggestionKind.DESCRIPTION, span(da, sa, d.a().start(), d.a().end()),
                    sa.text().substring(d.a().start(), d.a().end()), span(db, sb, d.b().start(), d.b().end()),
                    sb.text().substring(d.b().start(), d.b().end()), clamp(0.3 + 0.4 * (score - PAIR_MIN_SCORE)),
                    "Placed in different towns in passages on the same happening: "));
        }
    }

    // ---- the same fact with another scope or quantifier --------------------------------------------------

    private final Map<String, List<Scopes.Claim>> scopeClaims = new HashMap<>();
    private final Map<String, String> lowerTexts = new HashMap<>();

    /** See {@link Scopes}; an outlet that also gives the other wording anywhere agrees with both. */
    private void scopes(AlignDocument da, AlignSentence sa, AlignDocument db, AlignSentence sb, double score,
                        List<Finding> out) {
        List<Scopes.Claim> ca = scopeClaims.computeIfAbsent(da.id() + "\u0001" + sa.index(), k -> Scopes.find(sa.text()));
        List<Scopes.Claim> cb = ca.isEmpty() ? List.of()
                : scopeClaims.computeIfAbsent(db.id() + "\u0001" + sb.index(), k -> Scopes.find(sb.text()));
        for (Scopes.Claim a : ca) {
            for (Scopes.Claim b : cb) {
                String why = Scopes.differ(a, sa.text(), b, sb.text());
                if (why != null && !lowerText(da).contains(b.phrase()) && !lowerText(db).contains(a.phrase())) {
                    out.add(new Finding(SuggestionKind.DESCRIPTION, span(da, sa, a.start(), a.end()),
                            sa.text().substring(a.start(), a.end()), span(db, sb, b.start(), b.end()),
                            sb.text().substring(b.start(), b.end()), clamp(0.35 + 0.4 * (score - PAIR_MIN_SCORE)), why));
                }
            }
        }
    }

    private String lowerText(AlignDocument d) {
        return lowerTexts.computeIfAbsent(d.id(), k -> corpus.byId.get(k).text.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    // ---- characterisations ------------------------------------------------------------------------------

    private void contrasts(AlignDocument da, AlignSentence sa, AlignDocument db, AlignSentence sb, double score,
                           List<Finding> out) {
        // one finding per contrast group: "mild but overcast and at-times drizzly" against "soggy" is one difference
        Map<Integer, int[]> byGroup = new TreeMap<>();
        List<Contrasts.Hit> ha = contrastHits.computeIfAbsent(da.id() + "\u0001" + sa.index(), k -> Contrasts.find(sa.text()));
        List<Contrasts.Hit> hb = contrastHits.computeIfAbsent(db.id() + "\u0001" + sb.index(), k -> Contrasts.find(sb.text()));
        if (ha.isEmpty() || hb.isEmpty()) {
            return;
        }
        for (Contrasts.Hit[] h : Contrasts.contradictions(sa.text(), ha, sb.text(), hb)) {
            int[] r = byGroup.computeIfAbsent(h[0].group(), g -> new int[] {Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 0});
            r[0] = Math.min(r[0], h[0].start());
            r[1] = Math.max(r[1], h[0].end());
            r[2] = Math.min(r[2], h[1].start());
            r[3] = Math.max(r[3], h[1].end());
        }
        for (int[] r : byGroup.values()) {
            out.add(new Finding(SuggestionKind.DESCRIPTION, span(da, sa, r[0], r[1]), sa.text().substring(r[0], r[1]),
                    span(db, sb, r[2], r[3]), sb.text().substring(r[2], r[3]), clamp(0.4 + 0.5 * (score - PAIR_MIN_SCORE))));
        }
    }

    // ---- merging ----------------------------------------------------------------------------------------

    /**
     * Findings of one kind become one suggestion when they share a passage and say the same on their other side
     * ("Sandra" in two outlets against "Sandi" in a third); different values do not chain into one suggestion.
     */
    private List<Suggestion> merge(List<Finding> findings) {
        int[] uf = new int[findings.size()];
        for (int i = 0; i < uf.length; i++) {
            uf[i] = i;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            // one passage contradicted by two passages of one other document is one suggestion too
            String kind = f.what() == null ? f.kind().name() : f.kind() + "\u0004" + f.what();
            for (String key : List.of(key(kind, f.a(), f.labelB()), key(kind, f.b(), f.labelA()),
                    key(kind, f.a(), "\u0003" + f.b().documentId()), key(kind, f.b(), "\u0003" + f.a().documentId()))) {
                Integer other = seen.putIfAbsent(key, i);
                if (other != null) {
                    union(uf, i, other);
                }
            }
        }
        Map<Integer, List<Finding>> clusters = new TreeMap<>();
        for (int i = 0; i < findings.size(); i++) {
            clusters.computeIfAbsent(find(uf, i), k -> new ArrayList<>()).add(findings.get(i));
        }
        List<Suggestion> out = new ArrayList<>();
        Set<String> fingerprints = new HashSet<>();
        for (List<Finding> cluster : clusters.values()) {
            Suggestion s = suggestion(cluster);
            if (fingerprints.add(s.fingerprint())) {
                out.add(s);
            }
        }
        return out;
    }

    private static String key(String kind, Span span, String otherLabel) {
        return kind + "\u0001" + span.documentId() + "\u0001" + span.start() + "\u0001" + span.end() + "\u0001"
                + Suggestions.normalise(otherLabel);
    }

    private Suggestion suggestion(List<Finding> cluster) {
        SuggestionKind kind = cluster.getFirst().kind();
        // wording → outlets that use it, in corpus order
        Map<String, Set<String>> sides = new LinkedHashMap<>();
        Map<Span, String> labels = new HashMap<>();
        for (Finding f : cluster) {
            labels.putIfAbsent(f.a(), f.labelA());
            labels.putIfAbsent(f.b(), f.labelB());
        }
        List<Span> spans = new ArrayList<>(labels.keySet());
        spans.sort(Comparator.comparingInt((Span s) -> corpus.byId.get(s.documentId()).order).thenComparingInt(Span::start));
        for (Span s : spans) {
            String wording = Suggestions.shorten(labels.get(s), 80);
            sides.computeIfAbsent(wording, k -> new LinkedHashSet<>()).add(corpus.byId.get(s.documentId()).label);
        }
        double confidence = cluster.stream().mapToDouble(Finding::confidence).max().orElse(0.5);
        String reason = reason(kind, cluster.getFirst().what(), sides);
        return Suggestions.create(corpus, kind, spans, List.of(), null, reason).withConfidence(confidence);
    }

    private static String reason(SuggestionKind kind, String opening, Map<String, Set<String>> sides) {
        List<String> parts = new ArrayList<>();
        for (var e : sides.entrySet()) {
            parts.add(Suggestions.quoted(e.getKey()) + " (" + String.join(", ", e.getValue()) + ")");
        }
        String what = opening != null ? opening : switch (kind) {
            case NUMBER -> "Different figures for the same fact: ";
            case DATE -> "Different dates for the same happening: ";
            case NAME -> "Name spelled differently in passages on the same fact: ";
            case QUOTE -> "The same statement quoted with and without a negation: ";
            case DESCRIPTION -> "Contradicting descriptions of the same happening: ";
        };
        if (kind == SuggestionKind.QUOTE) {
            return what.substring(0, what.length() - 2) + " (" + String.join(" vs ", sides.entrySet().stream()
                    .map(e -> e.getKey() + " in " + String.join(", ", e.getValue())).toList()) + ").";
        }
        return what + String.join(" vs ", parts) + ".";
    }

    private static void union(int[] uf, int a, int b) {
        int ra = find(uf, a);
        int rb = find(uf, b);
        if (ra != rb) {
            uf[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] uf, int a) {
        while (uf[a] != a) {
            uf[a] = uf[uf[a]];
            a = uf[a];
        }
        return a;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /**
     * The expressions of {@code all} (in text order) inside {@code s}, reading from {@code from}, the first that does
     * not end before the sentence: a pass over a document's sentences with a cursor stays linear.
     */
    private static List<TemporalExpression> within(List<TemporalExpression> all, int from, AlignSentence s) {
        List<TemporalExpression> inside = new ArrayList<>();
        for (int k = from; k < all.size() && all.get(k).start() < s.end(); k++) {
            if (all.get(k).start() >= s.start() && all.get(k).end() <= s.end()) {
                inside.add(all.get(k));
            }
        }
        return inside;
    }

    private static List<TemporalExpression> within(List<TemporalExpression> all, AlignSentence s) {
        List<TemporalExpression> out = new ArrayList<>();
        for (TemporalExpression e : all) {
            if (e.start() >= s.start() && e.end() <= s.end()) {
                out.add(e);
            }
        }
        return out;
    }

    /** Temporal expressions of a sentence as char ranges within the sentence text. */
    private static List<int[]> charRanges(AlignSentence s, List<TemporalExpression> list) {
        List<int[]> out = new ArrayList<>();
        for (TemporalExpression e : list) {
            int from = s.text().offsetByCodePoints(0, e.start() - s.start());
            int to = s.text().offsetByCodePoints(from, e.end() - e.start());
            out.add(new int[] {from, to});
        }
        return out;
    }

    private static Span span(AlignDocument d, AlignSentence s, int charStart, int charEnd) {
        int cpStart = s.start() + s.text().codePointCount(0, charStart);
        int cpEnd = cpStart + s.text().codePointCount(charStart, charEnd);
        return new Span(d.id(), cpStart, cpEnd, s.text().substring(charStart, charEnd));
    }

    private static Span span(AlignDocument d, AlignSentence s, TemporalExpression e) {
        int[] r = charRange(s, e);
        return span(d, s, r[0], r[1]);
    }

    /** The expression's place in the sentence's text, in chars. */
    private static int[] charRange(AlignSentence s, TemporalExpression e) {
        int from = s.text().offsetByCodePoints(0, e.start() - s.start());
        int to = s.text().offsetByCodePoints(from, e.end() - e.start());
        return new int[] {from, to};
    }

    static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = Words.lower(m.group()).replace('’', '\'');
            if (w.length() > 2 && !Words.STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static double clamp(double x) {
        return Math.max(0.05, Math.min(0.99, x));
    }
}
