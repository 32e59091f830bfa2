package com.factline.proposal.draft;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.temporal.SentenceSplitter;
import com.factline.temporal.TemporalExpression;
import com.factline.temporal.TemporalResolver;
import com.factline.temporal.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The date a span of an article gets from its context, the way a careful reader dates it:
 * <ol>
 * <li>a temporal expression in the span's own sentence (inside the span first, else the nearest one);</li>
 * <li>else the reference time set by an earlier sentence of the same paragraph ("… on Friday. … the court charged
 * Mr. Putin" → that Friday);</li>
 * <li>else, for reported speech and announcements ("said", "announced", "according to"), the days up to the
 * publication date.</li>
 * </ol>
 * One analysis of the text ({@link #of}) answers any number of spans; the drafter dates every mention with it, and
 * the reader calls {@link #dateAt(String, LocalDate, int, int)} for a selection. Offsets are code points.
 */
public final class ContextDates {

    /** How far back "on or before the publication date" reaches for speech without a date of its own. */
    static final int SPEECH_WINDOW_DAYS = 6;

    /** How many earlier sentences of the paragraph may set the reference time (bounds the cost of long paragraphs). */
    static final int MAX_LOOKBACK = 8;

    private static final TemporalResolver RESOLVER = new TemporalResolver();

    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:said|says|say|told|tells|announced|announces|announce|stated|states|confirmed|confirms|reported"
                    + "|reports|added|declared|declares|insisted|warned|warns|wrote|writes|tweeted|claimed|claims"
                    + "|denied|denies|noted|argued|explained|urged|vowed|acknowledged|admitted|according to"
                    + "|in a statement|spokesman|spokeswoman|spokesperson)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String text;
    private final @Nullable LocalDate published;
    private final CodePoints cp;
    private final List<SentenceSplitter.Sentence> sentences;
    /** Paragraph number of each sentence. */
    private final int[] paragraph;
    /** Calendar-anchored DATE and TIME expressions, in text order. */
    private final List<TemporalExpression> dates;
    private final List<Span>[] clauseCache;

    private ContextDates(String text, @Nullable LocalDate published) {
        this.text = text;
        this.published = published;
        this.cp = new CodePoints(text);
        this.sentences = SentenceSplitter.split(text);
        this.paragraph = new int[sentences.size()];
        @SuppressWarnings("unchecked")
        List<Span>[] cache = new List[sentences.size()];
        this.clauseCache = cache;
        int p = 0;
        for (int i = 1; i < sentences.size(); i++) {
            String gap = cp.substring(sentences.get(i - 1).end(), sentences.get(i).start());
            if (gap.indexOf('\n') >= 0 && gap.indexOf('\n') != gap.lastIndexOf('\n')) {
                p++;
            }
            paragraph[i] = p;
        }
        List<TemporalExpression> out = new ArrayList<>();
        for (TemporalExpression e : RESOLVER.resolve(text, published)) {
            if ((e.type() == TimexType.DATE || e.type() == TimexType.TIME) && e.anchored() && e.earliest() != null
                    && e.latest() != null && !e.earliest().isAfter(e.latest())) {
                out.add(e);
            }
        }
        out.sort(java.util.Comparator.comparingInt(TemporalExpression::start));
        this.dates = List.copyOf(out);
    }

    /** Analyses a text once, for dating many spans of it. */
    public static ContextDates of(String text, @Nullable LocalDate published) {
        return new ContextDates(text, published);
    }

    /**
     * The date the span [start, end) gets from its context, or empty when neither its sentence, nor its paragraph,
     * nor the publication date gives one.
     *
     * @throws IllegalArgumentException when the span is not inside the text
     */
    public static Optional<DatedSpan> dateAt(String text, @Nullable LocalDate published, int start, int end) {
        return of(text, published).dateAt(start, end);
    }

    /** See {@link #dateAt(String, LocalDate, int, int)}. */
    public Optional<DatedSpan> dateAt(int start, int end) {
        if (start < 0 || end < start || end > cp.length()) {
            throw new IllegalArgumentException("The span " + start + "–" + end + " is not inside the text (length "
                    + cp.length() + ").");
        }
        int s = sentenceAt(start);
        if (s < 0) {
            return Optional.empty();
        }
        SentenceSplitter.Sentence sentence = sentences.get(s);
        List<Span> clauses = clausesOf(s);
        Span clause = clauses.get(0);
        for (Span c : clauses) {
            if (c.start() <= start) {
                clause = c;
            }
        }
        TemporalExpression inside = finest(datesIn(Math.max(start, sentence.start()), Math.max(end, start + 1)), start, end);
        if (inside == null) {
            inside = nearest(datesIn(clause.start(), clause.end()), start, end);
        }
        if (inside != null) {
            return Optional.of(ahead(clauseDate(inside, "in the same clause"), inside, s));
        }
        boolean sharesTime = clause.kind() == Clauses.Kind.MAIN || clause.kind() == Clauses.Kind.SIMULTANEOUS;
        if (sharesTime) {
            List<TemporalExpression> main = new ArrayList<>();
            for (Span c : clauses) {
                if (c != clause && (c.kind() == Clauses.Kind.MAIN || c.kind() == Clauses.Kind.SIMULTANEOUS)) {
                    main.addAll(datesIn(c.start(), c.end()));
                }
            }
            TemporalExpression near = nearest(main, start, end);
            if (near != null) {
                return Optional.of(ahead(clauseDate(near, "in the same sentence"), near, s));
            }
            for (int i = s - 1; i >= 0 && i >= s - MAX_LOOKBACK && paragraph[i] == paragraph[s]; i--) {
                TemporalExpression earlier = referenceTimeOf(i);
                if (earlier != null) {
                    DateValue d = DateValue.from(earlier);
                    return Optional.of(new DatedSpan(d, DatedSpan.Basis.DISCOURSE, "Inherited from \u201c" + earlier.text()
                            + "\u201d earlier in the paragraph (" + d.display() + ")."));
                }
            }
        }
        if (published != null && clause.kind() != Clauses.Kind.SHIFTED
                && SPEECH.matcher(cp.substring(sentence.start(), sentence.end())).find()) {
            DateValue d = DateValue.of(published.minusDays(SPEECH_WINDOW_DAYS), published, DatePrecision.RANGE);
            return Optional.of(new DatedSpan(d, DatedSpan.Basis.PUBLICATION,
                    "Reported speech or an announcement without a date of its own: on or before the publication date "
                            + DateValue.day(published).display() + " (taken as the week up to it)."));
        }
        return Optional.empty();
    }

    private static DatedSpan clauseDate(TemporalExpression e, String where) {
        return new DatedSpan(DateValue.from(e), DatedSpan.Basis.CLAUSE,
                "Dated by \u201c" + e.text() + "\u201d " + where + " (" + e.explanation() + ").");
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    /** Modals and words of plans: the clause speaks of what is to come. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("\\b(?:will|would|should|shall|must|could|might|can|"
            + "upcoming|planned|scheduled|expected|due|set to|plans? to|is to|are to|going to)\\b", Pattern.CASE_INSENSITIVE);
    /** A time clause in the present ("when they meet on Monday") speaks of the future. */
    private static final Pattern TIME_CLAUSE = Pattern.compile("^\\W*(?:when|until|once|before)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|did|said|told|met|held|took|made|went|came|"
            + "gave|left|began|sent|spent|paid|\\p{L}{3,}ed)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A bare weekday the resolver put in the days before publication, in a clause without a past-tense verb that looks
     * ahead ("the talks in Helsinki on Monday should not move forward", "when they meet on Monday"), is the next such
     * day: news reports what is to come in modals and present-tense time clauses, and what happened in the past tense.
     */
    private DatedSpan ahead(DatedSpan dated, TemporalExpression e, int sentenceIndex) {
        if (published == null || !WEEKDAY.matcher(e.text()).find() || !e.earliest().equals(e.latest())
                || !e.earliest().isBefore(published) || e.earliest().isBefore(published.minusDays(6))
                || e.text().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:last|this|next|past)\\b.*")) {
            return dated;
        }
        Span clause = null;
        for (Span c : clausesOf(sentenceIndex)) {
            if (c.start() <= e.start()) {
                clause = c;
            }
        }
        if (clause == null) {
            return dated;
        }
        String words = cp.substring(clause.start(), clause.end());
        if (PAST.matcher(words).find() || !(LOOKS_AHEAD.matcher(words).find() || TIME_CLAUSE.matcher(words).find())) {
            return dated;
        }
        LocalDate next = e.earliest().plusDays(7);
        DateValue d = DateValue.day(next);
        return new DatedSpan(d, dated.basis(), "Dated by \u201c" + e.text() + "\u201d in a clause that looks ahead"
                + " (no past tense): the next " + e.text().strip() + " after the publication date, " + d.display() + ".");
    }

    /** A clause of a sentence, in code points. */
    record Span(int start, int end, Clauses.Kind kind) {
    }

    /** The clauses of sentence {@code i}, code point offsets; computed once. */
    List<Span> clausesOf(int i) {
        List<Span> cached = clauseCache[i];
        if (cached != null) {
            return cached;
        }
        SentenceSplitter.Sentence sentence = sentences.get(i);
        String text = cp.substring(sentence.start(), sentence.end());
        List<Span> out = new ArrayList<>();
        for (Clauses.Clause c : Clauses.split(text)) {
            out.add(new Span(sentence.start() + text.codePointCount(0, c.start()),
                    sentence.start() + text.codePointCount(0, c.end()), c.kind()));
        }
        if (out.isEmpty()) {
            out.add(new Span(sentence.start(), sentence.end(), Clauses.Kind.MAIN));
        }
        clauseCache[i] = List.copyOf(out);
        return clauseCache[i];
    }

    /** The reference time a sentence sets for the next ones: the last date of its main or "when" clauses. */
    private @Nullable TemporalExpression referenceTimeOf(int i) {
        TemporalExpression last = null;
        for (Span c : clausesOf(i)) {
            if (c.kind() == Clauses.Kind.MAIN || c.kind() == Clauses.Kind.SIMULTANEOUS) {
                List<TemporalExpression> in = datesIn(c.start(), c.end());
                if (!in.isEmpty()) {
                    last = in.get(in.size() - 1);
                }
            }
        }
        return last;
    }

    /** The sentences of the text, code point offsets. */
    List<SentenceSplitter.Sentence> sentences() {
        return sentences;
    }

    /** The paragraph number of sentence {@code i}. */
    int paragraphOf(int i) {
        return paragraph[i];
    }

    /** Calendar-anchored DATE and TIME expressions in [from, to). */
    List<TemporalExpression> datesIn(int from, int to) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<TemporalExpression> out = new ArrayList<>();
        for (int i = lo; i < dates.size() && dates.get(i).start() < to; i++) {
            if (dates.get(i).end() <= to) {
                out.add(dates.get(i));
            }
        }
        return out;
    }

    private static final Pattern WHEN_AFTER_DATE = Pattern.compile("^\\s*,?\\s*when\\b", Pattern.CASE_INSENSITIVE);

    /**
     * True when the clause [start, end) is a "when" clause right after a date of its sentence ("since April, when she
     * began her campaign", "By March 2017, when the department opened its inquiry") and {@code dated} is that date: a
     * relative clause on the time expression, which dates the clause's happening as if written in it.
     */
    boolean whenClauseOf(int start, int end, DatedSpan dated) {
        int s = sentenceAt(start);
        if (s < 0) {
            return false;
        }
        List<TemporalExpression> before = datesIn(sentences.get(s).start(), start);
        if (before.isEmpty()) {
            return false;
        }
        TemporalExpression last = before.get(before.size() - 1);
        String after = cp.substring(last.end(), Math.max(last.end(), end));
        java.util.regex.Matcher m = WHEN_AFTER_DATE.matcher(after);
        // the "when" opens this clause, not an earlier one of the sentence
        return m.find() && last.end() + after.codePointCount(0, m.end()) >= start
                && DateValue.from(last).equals(dated.date());
    }

    /** True when a calendar date is written inside [start, end). */
    boolean hasDateIn(int start, int end) {
        return !datesIn(start, end).isEmpty();
    }

    String substring(int start, int end) {
        return cp.substring(start, end);
    }

    int length() {
        return cp.length();
    }

    private int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best < 0 && !sentences.isEmpty()) {
            best = 0;
        }
        return best;
    }

    /** The expression covering the least time among those overlapping the span. */
    private static @Nullable TemporalExpression finest(List<TemporalExpression> candidates, int start, int end) {
        TemporalExpression best = null;
        long bestWidth = Long.MAX_VALUE;
        for (TemporalExpression e : candidates) {
            if (e.start() < end && e.end() > start) {
                long width = e.latest().toEpochDay() - e.earliest().toEpochDay();
                if (width < bestWidth) {
                    bestWidth = width;
                    best = e;
                }
            }
        }
        return best;
    }

    /** The expression nearest to the span; at equal distance the one covering less time. */
    private static @Nullable TemporalExpression nearest(List<TemporalExpression> candidates, int start, int end) {
        TemporalExpression best = null;
        long bestScore = Long.MAX_VALUE;
        for (TemporalExpression e : candidates) {
            long distance = e.start() < end && e.end() > start ? 0 : Math.min(Math.abs(e.start() - end), Math.abs(start - e.end()));
            long width = e.latest().toEpochDay() - e.earliest().toEpochDay();
            long score = distance * 1_000_000L + Math.min(width, 999_999L);
            if (score < bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }
}
