package com.factline.temporal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shared anchoring context of one text: its sentences and, for any expression, the tense and modal
 * cues of the clause it stands in ("said", "was", "-ed" forms for the past; "will", "would", "due to",
 * "is set to", "expected" for the future). Some phrases decide before any verb: a date after "since"
 * is past, one something was "postponed until" or "extended to" is ahead, a plan in the past
 * perfect ("had been scheduled to") is past, and one after a plan and the planned thing ("planned a
 * rally", "prepared for a march") is ahead, and so is one right after an infinitive of plan ("an interview, to be
 * shown on Tuesday") or after "the chance of" doing something. Rule families ask it where to place a weekday, a month
 * without year or a quarter relative to the reference date.
 *
 * <p>Immutable once built, and bounded: a lookup reads at most {@link #TENSE_WINDOW} chars either side
 * of the expression inside its sentence, so the cost per expression is constant and a text of any
 * shape resolves in time linear in its length.
 */
final class ClauseContext {

    private final String text;
    private final int n;
    private final List<int[]> sentences;

    ClauseContext(String text, List<int[]> sentences) {
        this.text = text;
        this.n = text.length();
        this.sentences = sentences;
    }

    ClauseContext(String text) {
        this(text, SentenceSplitter.splitChars(text));
    }

    private int wordEnd(int i) {
        int j = i;
        while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * Tense cue of the expression [s, e) within its sentence, looking at most {@link #TENSE_WINDOW}
     * chars either side: the cost per expression is bounded, so a text resolves in time linear in its
     * length however long its sentences are. In the expression's own clause the nearest cue before it
     * wins (the verb a date follows is the one it modifies: "prepared for a march on Saturday that they
     * said …"), back to a "that"/"which"/"who" opening a clause inside it; failing that, the nearest cue
     * in the clause after it, then the nearest anywhere in the window.
     */
    Tense tense(int s, int e) {
        if (postponedTo(s) || afterSeeYou(s)) {
            return Tense.FUTURE;
        }
        if (afterSince(s)) {
            return Tense.PAST;
        }
        Cue c = lookup(s, e);
        return c.before() != Tense.UNKNOWN ? c.before() : c.inClause() != Tense.UNKNOWN ? c.inClause() : c.nearest();
    }

    /**
     * Whether a past-tense verb before the expression in its own clause governs it ("rose 3% in the 12
     * months to June", "was arrested on May 3", "changed its policy in December"): the event is told as
     * done, so a day or month named without a year is the most recent one, however near the coming one is.
     */
    boolean governedByPastVerb(int s, int e) {
        return !postponedTo(s) && !afterSeeYou(s) && !afterSince(s) && !afterSchedulingWord(s)
                && lookup(s, e).before() == Tense.PAST;
    }

    /**
     * Whether "see you" (with "on" or "in" after it) stands right before the expression: "See you Sunday", "see you
     * in November" look ahead whatever verb reports them ("she tweeted: 'See you Sunday.'").
     */
    boolean afterSeeYou(int s) {
        int p = prevWordStart(s);
        if (p >= 0 && Set.of("on", "in").contains(text.substring(p, wordEnd(p)).toLowerCase(Locale.ROOT))) {
            p = prevWordStart(p);
        }
        if (p < 0 || !text.substring(p, wordEnd(p)).equalsIgnoreCase("you")) {
            return false;
        }
        p = prevWordStart(p);
        return p >= 0 && text.substring(p, wordEnd(p)).equalsIgnoreCase("see");
    }

    /**
     * Whether "for", "until" or "till" stands at most two words before the expression ("was planned for
     * early March", "gave it until mid-November", "orders for November transactions"): a date something is
     * planned for or allowed until may lie ahead of a past-tense verb.
     */
    private boolean afterSchedulingWord(int s) {
        return oneOfWordsBefore(s, 2, SCHEDULING_WORDS);
    }

    /** Whether one of the {@code words} words before {@code pos} (in the same clause, lower case) is in {@code set}. */
    boolean oneOfWordsBefore(int pos, int words, Set<String> set) {
        int p = pos;
        for (int k = 0; k < words; k++) {
            p = prevWordStart(p);
            if (p < 0) {
                return false;
            }
            if (set.contains(text.substring(p, wordEnd(p)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SCHEDULING_WORDS = Set.of("for", "until", "till");

    /**
     * Whether the expression follows a past-tense verb, right after it or after "on": "was arrested on May 3", "met
     * on May 3", "the quarter ended Oct. 31", "died Nov. 2".
     */
    boolean pastVerbRightBefore(int s) {
        int p = prevWordStart(s);
        if (p < 0) {
            return false;
        }
        boolean on = text.substring(p, wordEnd(p)).equalsIgnoreCase("on");
        int v = on ? prevWordStart(p) : p;
        if (v < 0 || cue(text.substring(v, wordEnd(v)), wordEnd(v), n) != Tense.PAST) {
            return false;
        }
        // Without "on", a participle after "is", "be", "he's" is no past: "is to be sentenced May 3", "when he's
        // sentenced May 7" lie ahead.
        return on || !participleAfterPresentBe(v);
    }

    /**
     * Whether a past-tense verb and its object stand before "on" and the expression: "the company had a loss on Oct.
     * 31", "filed the lawsuit on Dec. 3". The object opens with a determiner and takes at most
     * {@value #OBJECT_WORDS} words, with no "to" and no punctuation ("announced plans to hold a vote on Oct. 31" looks
     * ahead); verbs that announce, call or ask for a thing ("called an election on Dec. 12") are left out, as their
     * object often lies ahead.
     */
    boolean pastVerbAndObjectBefore(int s) {
        int p = prevWordStart(s);
        if (p < 0 || !text.substring(p, wordEnd(p)).equalsIgnoreCase("on")) {
            return false;
        }
        for (int k = 0; k < OBJECT_WORDS; k++) {
            int q = prevWordStart(p);
            if (q < 0) {
                return false;
            }
            String w = text.substring(q, wordEnd(q)).toLowerCase(Locale.ROOT);
            if (w.equals("to") || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (OBJECT_DETERMINERS.contains(w)) {
                int v = prevWordStart(q);
                if (v < 0) {
                    return false;
                }
                String verb = text.substring(v, wordEnd(v)).toLowerCase(Locale.ROOT);
                return !BE_FORMS.contains(verb) && !OBJECT_AHEAD_VERBS.contains(verb)
                        && cue(verb, wordEnd(v), n) == Tense.PAST && !participleAfterPresentBe(v);
            }
            p = q;
        }
        return false;
    }

    /** Words that open a verb's object ("a loss", "the lawsuit", "its first profit"). */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our");

    /** Past verbs whose object is often still ahead ("announced a vote on", "called an election on"). */
    private static final Set<String> OBJECT_AHEAD_VERBS = Set.of("announced", "called", "proposed", "ordered",
            "set", "scheduled", "planned", "sought", "requested", "demanded", "urged", "promised", "pledged", "vowed",
            "threatened", "offered", "invited", "asked", "slated", "booked", "arranged", "organized", "organised",
            "expected", "wanted", "hoped", "needed", "got", "won", "lost");

    /** Forms of "be" that make a participle after them (at most one adverb between) no past tense. */
    private static final Set<String> NOT_PAST_BE = Set.of("is", "are", "am", "be", "been", "being");

    private boolean participleAfterPresentBe(int v) {
        int p = v;
        for (int k = 0; k < 2; k++) {
            p = prevWordStart(p);
            if (p < 0) {
                return false;
            }
            String w = text.substring(p, wordEnd(p)).toLowerCase(Locale.ROOT);
            boolean contracted = (w.equals("s") || w.equals("re")) && p > 0
                    && (text.charAt(p - 1) == '\'' || text.charAt(p - 1) == '’');
            if (NOT_PAST_BE.contains(w) || contracted) {
                return true;
            }
        }
        return false;
    }

    /** The tense cues found around an expression: the nearest before it in its own clause, in it, anywhere. */
    private record Cue(Tense before, Tense inClause, Tense nearest) {
    }

    private Cue lookup(int s, int e) {
        int[] sent = sentenceContaining(s);
        int best = Integer.MAX_VALUE;
        Tense result = Tense.UNKNOWN;
        int i = Math.max(sent[0], s - TENSE_WINDOW);
        if (i > sent[0]) {
            // Start at a word boundary so that no word is read from its middle.
            while (i < s && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        int limit = Math.min(sent[1], e + TENSE_WINDOW);
        while (limit > e && limit < sent[1] && Character.isLetter(text.charAt(limit))
                && Character.isLetter(text.charAt(limit - 1))) {
            limit--;
        }
        // A cue in the expression's own clause (between punctuation marks) beats a nearer one across a
        // comma: "who is running for re-election in November, signed the bill" looks ahead.
        int clauseStart = s;
        while (clauseStart > i) {
            // A word or two in quotation marks inside a sentence ("needs to "refocus" on the November election") is
            // cited, not a quotation of its own: the clause runs on through it.
            int next = isClauseMark(text.charAt(clauseStart - 1)) ? scareQuoteOpening(clauseStart - 1) : clauseStart - 1;
            if (next < i) {
                break;
            }
            clauseStart = next;
        }
        if (clauseStart > i && text.charAt(clauseStart - 1) == ',') {
            // "is running for re-election against Jane Roe, a registered nurse, in November": a noun phrase set off
            // by commas just before the date's phrase does not close the clause; the verb before it still governs.
            int before = clauseStart - 1;
            while (before > i && !isClauseMark(text.charAt(before - 1))) {
                before--;
            }
            if (isAppositive(before, clauseStart - 1) && !hasTenseCue(before, clauseStart - 1, limit)) {
                clauseStart = before - 1;
                while (clauseStart > i && !isClauseMark(text.charAt(clauseStart - 1))) {
                    clauseStart--;
                }
            }
        }
        int clauseEnd = e;
        while (clauseEnd < limit) {
            int next = isClauseMark(text.charAt(clauseEnd)) ? scareQuoteClosing(clauseEnd) + 1 : clauseEnd + 1;
            if (next <= clauseEnd || next > limit) {
                break;
            }
            clauseEnd = next;
        }
        int bestInClause = Integer.MAX_VALUE;
        Tense inClause = Tense.UNKNOWN;
        int bestBefore = Integer.MAX_VALUE;
        Tense before = Tense.UNKNOWN;
        boolean participleAfter = false;
        while (i < limit) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < limit && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\''
                    || text.charAt(j) == '’')) {
                j++;
            }
            if (j > s && i < e) {
                i = j;
                continue;
            }
            int dist = j <= s ? s - j : i - e;
            boolean sameClause = i >= clauseStart && j <= clauseEnd;
            if (sameClause && i >= e) {
                if (isSubordinator(i, j) && participleAfter) {
                    // "his statement on Tuesday criticizing the announcement that the country would use …": the
                    // clause after "that" hangs on the participle's object and says nothing of the date's time.
                    break;
                }
                participleAfter |= j - i > 4 && text.regionMatches(true, j - 3, "ing", 0, 3);
            }
            if (sameClause && j <= s && isSubordinator(i, j)) {
                // "were hoping that the vote on Thursday would …": a verb before "that" is the outer
                // clause's and does not govern the date.
                bestBefore = Integer.MAX_VALUE;
                before = Tense.UNKNOWN;
            }
            if (sameClause && j <= s && opensClauseOfTimeOrConditionInPresent(i, j, s)) {
                // "had not signed the deal to sell him if he is fit when the window is open in July": after "when",
                // "if", "until" and the like a present tense speaks of what is still ahead, whatever the outer verb.
                bestBefore = dist;
                before = Tense.FUTURE;
                bestInClause = dist;
                inClause = Tense.FUTURE;
            }
            if (dist < best || (sameClause && dist < bestInClause)) {
                Tense t = cue(text.substring(i, j), j, limit);
                if (t == Tense.UNKNOWN && j <= s && infinitiveOfPlan(i, j, s)) {
                    t = Tense.FUTURE;
                }
                if (t == Tense.FUTURE && !sameClause && (isProgressive(text.substring(i, j), j)
                        || modalOfWhatLiesAhead(text.substring(i, j).toLowerCase(Locale.ROOT), j))) {
                    // "it is continuing to try, under a June agreement", "ruled that he must be returned, and set
                    // Friday as the deadline": a progressive or a modal speaks only for a date in its own clause.
                    t = Tense.UNKNOWN;
                }
                if (t == Tense.FUTURE && i >= e && isIntentBeforeTo(text.substring(i, j), j)) {
                    // "In March, the board decided to sell the unit": a date before the verb dates the
                    // decision, which is past; only what follows "to" lies ahead.
                    t = Tense.PAST;
                }
                if (t != Tense.UNKNOWN) {
                    if (dist < best) {
                        best = dist;
                        result = t;
                    }
                    if (sameClause && dist < bestInClause) {
                        bestInClause = dist;
                        inClause = t;
                    }
                    if (sameClause && j <= s && dist < bestBefore) {
                        bestBefore = dist;
                        before = t;
                    }
                }
            } else if (i >= e) {
                break;
            }
            i = j;
        }
        if (inClause == Tense.UNKNOWN && isAppositive(clauseStart, clauseEnd)) {
            // "Jane Roe, a candidate in the primary on June 3, announced …": a noun phrase set off by commas has
            // no verb of its own, and the verb of the sentence around it tells nothing of its date.
            result = Tense.UNKNOWN;
        }
        return new Cue(before, inClause, result);
    }

    /** Whether a word in [start, end) gives a tense cue ("the firm said"): then it is a clause, not a noun phrase. */
    private boolean hasTenseCue(int start, int end, int limit) {
        int i = start;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (cue(text.substring(i, j), j, limit) != Tense.UNKNOWN) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** Articles that open a noun phrase set off by commas ("…, a candidate in …,"). */
    private static final List<String> APPOSITIVE_OPENERS = List.of("a", "an", "the");

    /** Whether [start, end) is a clause between two commas that opens with an article. */
    private boolean isAppositive(int start, int end) {
        if (start < 1 || end >= text.length() || text.charAt(start - 1) != ',' || text.charAt(end) != ',') {
            return false;
        }
        int i = skipSpaces(start);
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return oneOf(i, j, APPOSITIVE_OPENERS);
    }

    /**
     * Whether the word [i, j) is a "to" opening an infinitive of plan or purpose after a noun or a comma ("an
     * interview, to be shown on Tuesday", "a speech to air Tuesday morning", "a rule to take effect in May"): what
     * is still to be done lies ahead whatever the tense around it. Not after a verb of necessity or a rank ("had to
     * be rescued", "the first to be arrested"), where the infinitive tells what happened; and only with the date
     * at most two words after the verb ("to open the door … on Sunday" is no opening on Sunday).
     */
    private boolean infinitiveOfPlan(int i, int j, int s) {
        if (j - i != 2 || !text.regionMatches(true, i, "to", 0, 2)) {
            return false;
        }
        String before = prevWord(i);
        if (before.endsWith("ed") || NOT_PLAN_BEFORE_TO.contains(before)) {
            return false;
        }
        String verb = nextWord(j);
        int after = skipSpaces(j) + verb.length();
        if (verb.equals("be")) {
            String participle = nextWord(after);
            return isParticiple(participle) && withinWords(skipSpaces(after) + participle.length(), s, 2);
        }
        if (verb.equals("take") && nextWord(after).equals("effect")) {
            return withinWords(skipSpaces(after) + "effect".length(), s, 2);
        }
        return SCHEDULED_INFINITIVES.contains(verb) && withinWords(after, s, 2);
    }

    /** Whether {@code s} follows {@code pos} after at most {@code words} words and no punctuation. */
    private boolean withinWords(int pos, int s, int words) {
        int p = pos;
        for (int k = 0; k <= words; k++) {
            if (skipSpaces(p) >= s) {
                return true;
            }
            String w = nextWord(p);
            if (w.isEmpty()) {
                return false;
            }
            p = skipSpaces(p) + w.length();
        }
        return false;
    }

    /** Nouns of what may happen: "chance of", "odds of", "risk of" + verb-ing. */
    private static final Set<String> CHANCE_NOUNS = Set.of("chance", "chances", "odds", "risk", "risks", "hope",
            "hopes", "prospect", "prospects", "likelihood", "danger");

    /** Participles spelt like the verb: "to be broadcast", "to be put". */
    private static final Set<String> UNCHANGED_PARTICIPLES = Set.of("broadcast", "put", "cut", "read", "run", "set",
            "hit", "shut", "cast");

    /** Verbs whose infinitive after a noun names something scheduled: "a programme to air Tuesday". */
    private static final Set<String> SCHEDULED_INFINITIVES = Set.of("air", "open", "begin", "start", "premiere",
            "debut", "run");

    /** Words after which "to" + verb tells what happened, not what is planned: "had to", "the latest to", "able to". */
    private static final Set<String> NOT_PLAN_BEFORE_TO = Set.of("had", "has", "have", "having", "need", "needs",
            "got", "get", "gets", "first", "second", "third", "last", "latest", "only", "seemed", "seems", "appear",
            "appears", "went", "came", "able", "forced", "next", "due");

    /**
     * Whether the expression at {@code s} is where something was put off to: "postponed until Tuesday",
     * "extended the offer to Nov. 20", "adjourned till March". A deadline moved is moved forward, so the
     * date lies ahead even though the verb is in the past tense. The verb may stand up to
     * {@link #POSTPONE_WINDOW} words before "until"/"till"/"to", inside the same clause.
     */
    boolean postponedTo(int s) {
        int p = prevWordStart(s);
        if (p < 0) {
            return false;
        }
        String prep = text.substring(p, wordEnd(p)).toLowerCase(Locale.ROOT);
        if (!prep.equals("until") && !prep.equals("till") && !prep.equals("to")) {
            return false;
        }
        for (int k = 0; k < POSTPONE_WINDOW; k++) {
            p = prevWordStart(p);
            if (p < 0) {
                return false;
            }
            String w = text.substring(p, wordEnd(p)).toLowerCase(Locale.ROOT);
            for (String stem : POSTPONE_STEMS) {
                if (w.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int POSTPONE_WINDOW = 4;

    /**
     * Whether "since" opens the phrase the expression stands in ("since March", "since shortly after the
     * Oct. 23 slaying"), at most {@link #POSTPONE_WINDOW} words before it and with no punctuation between:
     * what something has lasted since is in the past.
     */
    boolean afterSince(int s) {
        int p = s;
        for (int k = 0; k < POSTPONE_WINDOW; k++) {
            p = prevWordStart(p);
            if (p < 0) {
                return false;
            }
            if (text.regionMatches(true, p, "since", 0, 5) && wordEnd(p) == p + 5) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that move a date later ("postponed", "delays", "deferred", "extending", "adjourned", "rescheduled"). */
    private static final List<String> POSTPONE_STEMS = List.of("postpone", "delay", "defer", "extend", "adjourn",
            "reschedul");

    private boolean isIntentBeforeTo(String word, int end) {
        String w = word.toLowerCase(Locale.ROOT);
        return INTENT_PAST.contains(w) && nextWord(end).equals("to") || plansAnEvent(w, end) || asksSomeoneTo(w, end)
                || invitationStillOpen(w, end);
    }

    /**
     * Whether {@code w} (ending at {@code end}) is "invited" in the present perfect ("has invited party leaders to
     * his office on Friday", "have been invited to speak in May") with "to" within {@value #INVITEE_WORDS} words
     * after it: an invitation that still stands is to something ahead, so a date after "to" is that thing's. The
     * simple past ("invited Xi to visit Russia during a video conference in late December") may date the invitation
     * itself and is left to the other cues.
     */
    private boolean invitationStillOpen(String w, int end) {
        if (!w.equals("invited")) {
            return false;
        }
        String before = prevWord(end - w.length());
        if (before.equals("been")) {
            int b = prevWordStart(end - w.length());
            before = b < 0 ? "" : prevWord(b);
        }
        return (before.equals("has") || before.equals("have")) && wordsBeforeTo(end, INVITEE_WORDS) >= 0;
    }

    /**
     * How many words stand between {@code end} and the next "to" (0 when "to" follows at once), or -1 when more than
     * {@code max} do or a punctuation mark comes first.
     */
    private int wordsBeforeTo(int end, int max) {
        int p = end;
        for (int k = 0; k <= max; k++) {
            String next = nextWord(p);
            if (next.isEmpty()) {
                return -1;
            }
            if (next.equals("to")) {
                return k;
            }
            p = skipSpaces(p) + next.length();
        }
        return -1;
    }

    /** How many words the invitee may take between "invited" and "to" ("Tea Party leaders and a legislator"). */
    private static final int INVITEE_WORDS = 8;

    /**
     * Whether {@code w} (ending at {@code end}), a verb of asking or urging in any form, has an object and then
     * "to" ("urging lawmakers to pass the bill by Friday", "asked the court to rule on Monday"): what is asked for
     * lies ahead of the asking, so a date after it is the asked thing's; a date before the verb dates the asking.
     * The object may take up to {@value #OBJECT_WORDS} words, with no punctuation in between.
     */
    private boolean asksSomeoneTo(String w, int end) {
        return ASKING.contains(w) && wordsBeforeTo(end, OBJECT_WORDS) > 0;
    }

    private static final int OBJECT_WORDS = 3;

    /**
     * Verbs of asking and urging, all their forms: "asked them to", "is urging lawmakers to", "pressed him to". Not
     * "invited" or "ordered": "invited Xi to visit Russia during a video conference in late December" dates the
     * invitation, and an order is as often dated by when it was given.
     */
    private static final Set<String> ASKING = Set.of("ask", "asks", "asked", "asking", "urge", "urges", "urged",
            "urging", "press", "pressed", "pressing", "encourage", "encouraged", "encouraging", "persuade", "persuaded",
            "persuading");

    /**
     * Whether the verb {@code w} (ending at {@code end}) names a plan with the planned thing as
     * its object: "planned a rally", "prepared for a march", "was preparing for the vote". A date after it is the planned thing's, which
     * lies ahead; "as planned" and "had planned" are plans already carried out or overtaken.
     */
    private boolean plansAnEvent(String w, int end) {
        String next = nextWord(end);
        if (w.equals("prepared") || w.equals("preparing")) {
            return next.equals("for");
        }
        if (!(w.equals("planned") || w.equals("planning")) || !PLAN_OBJECT_START.contains(next)) {
            return false;
        }
        String before = prevWord(end - w.length());
        return !before.equals("as") && !before.equals("had") && !before.equals("previously");
    }

    /** Words that open the object of "planned": the planned thing, not a date or an adverb. */
    private static final Set<String> PLAN_OBJECT_START = Set.of("a", "an", "the", "their", "its", "his", "her",
            "our", "another", "more", "further", "new");

    private boolean isProgressive(String word, int end) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.equals("is") && !w.equals("are")) {
            return false;
        }
        String next = nextWord(end);
        return next.length() > 4 && next.endsWith("ing") && !next.equals("being");
    }

    /**
     * Whether the word [i, j) opens a clause of time or condition ("when", "if", "until", "once", …) whose verb,
     * before the expression at {@code s}, is a present form of "be" ("until the budget is passed in June", "once
     * the talks are over in March"). In such a clause English uses the present for what is still to come
     * (the future of a plan, a condition or a promise), so the verb of the clause around it does not date it; a
     * past form in the clause ("when the case was heard") is a cue of its own and still wins, being nearer.
     */
    private boolean opensClauseOfTimeOrConditionInPresent(int i, int j, int s) {
        if (!oneOf(i, j, TIME_OR_CONDITION)) {
            return false;
        }
        int p = j;
        for (int k = 0; k < CLAUSE_VERB_WORDS; k++) {
            int w = skipSpaces(p);
            if (w >= s) {
                return false;
            }
            String word = nextWord(p);
            if (word.isEmpty()) {
                return false;
            }
            if (PRESENT_AUXILIARIES.contains(word)) {
                return true;
            }
            p = w + word.length();
        }
        return false;
    }

    /** Conjunctions that open a clause of time or condition. */
    private static final List<String> TIME_OR_CONDITION = List.of("when", "whenever", "if", "unless", "once",
            "until", "till", "before", "after");

    /**
     * Present forms of "be" that carry the tense of a clause ("is heard", "are over"). Not "has": a participle
     * after it reads as a past cue ("has closed"), which would win anyway.
     */
    private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "am");

    /** How many words (a subject) may stand between the conjunction and the verb of its clause. */
    private static final int CLAUSE_VERB_WORDS = 5;

    /** Words that open a clause inside a clause: cues before them belong to the outer one. */
    private static final List<String> SUBORDINATORS = List.of("that", "which", "who");

    /** Whether the word [i, j) is one of {@link #SUBORDINATORS}, compared in place (no copy per word). */
    private boolean isSubordinator(int i, int j) {
        return oneOf(i, j, SUBORDINATORS);
    }

    /** Whether the word [i, j) is one of {@code words} (lower case), compared in place (no copy per word). */
    private boolean oneOf(int i, int j, List<String> words) {
        for (String w : words) {
            if (j - i == w.length() && text.regionMatches(true, i, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation that closes a clause for the tense lookup. */
    /** Words at most in a cited word or phrase in quotation marks ("called it "reckless" in May"). */
    private static final int SCARE_QUOTE_WORDS = 3;

    /**
     * The opening quotation mark of a cited word or phrase whose closing mark is at {@code close}, or -1: at most
     * {@value #SCARE_QUOTE_WORDS} words of letters between the marks, a letter right inside each, and a word right
     * outside each, with a space between ("to "refocus" on"), so that a quotation after a colon or a comma is none.
     */
    private int scareQuoteOpening(int close) {
        if (!isQuote(text.charAt(close)) || close < 1 || !Character.isLetter(text.charAt(close - 1))
                || !wordAfterSpace(close + 1)) {
            return -1;
        }
        int words = 1;
        for (int p = close - 1; p >= 0 && close - p <= 40; p--) {
            char c = text.charAt(p);
            if (isQuote(c)) {
                return p + 1 < close && Character.isLetter(text.charAt(p + 1)) && p >= 2 && text.charAt(p - 1) == ' '
                        && Character.isLetter(text.charAt(p - 2)) ? p : -1;
            }
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                return -1;
            }
            if (words > SCARE_QUOTE_WORDS) {
                return -1;
            }
        }
        return -1;
    }

    /** The closing quotation mark of a cited word or phrase whose opening mark is at {@code open}, or -1. */
    private int scareQuoteClosing(int open) {
        if (!isQuote(text.charAt(open))) {
            return -1;
        }
        for (int p = open + 1; p < n && p - open <= 40; p++) {
            if (isQuote(text.charAt(p))) {
                return scareQuoteOpening(p) == open ? p : -1;
            }
        }
        return -1;
    }

    private boolean wordAfterSpace(int p) {
        return p + 1 < n && text.charAt(p) == ' ' && Character.isLetter(text.charAt(p + 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static boolean isClauseMark(char c) {
        return c == ',' || c == ';' || c == ':' || c == '"' || c == '“' || c == '”';
    }

    /** How far (in chars) the tense lookup reads before and after an expression. */
    private static final int TENSE_WINDOW = 160;


    int[] sentenceContaining(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int[] found = new int[] {0, n};
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (s[0] <= pos) {
                found = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }


    private static final Set<String> WEEKDAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> PAST_WORDS = Set.of("said", "told", "was", "were", "had", "did", "met",
            "went", "came", "began", "took", "gave", "made", "held", "wrote", "left", "spoke", "saw", "sent",
            "got", "ago", "yesterday", "thought", "felt", "found", "brought", "bought", "sold", "won", "lost",
            "fought", "led", "struck", "fell", "rose", "chose", "knew", "flew", "drove", "ran", "became",
            "sought", "taught", "caught", "meant", "paid", "laid", "stood", "understood", "broke", "spent",
            "heard", "kept", "wasn't", "weren't", "didn't", "hadn't", "earlier",
            // irregular past tenses that are no present, noun or common adjective ("dealt with a cable on Aug. 16")
            "dealt", "drew", "grew", "threw", "blew", "withdrew", "overthrew", "shook", "swore", "stole", "froze",
            "rode", "woke", "sang", "rang", "sank", "swam", "wore", "tore", "forbade", "foresaw", "overcame",
            "underwent", "oversaw", "forgave", "forgot", "arose", "awoke", "undertook", "overtook", "mistook",
            "strove", "strode", "sprang", "shrank", "fled", "slept", "wept", "swept", "crept", "knelt", "lent",
            "dug", "clung", "flung", "swung", "upheld", "withheld", "withstood", "misled");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "would", "shall", "won't", "wouldn't",
            "scheduled", "expected", "upcoming", "next", "intends", "intend",
            "aims", "tomorrow", "coming", "later", "ahead", "slated", "poised", "expects", "hopes", "forthcoming",
            "payable");
    private static final Set<String> NOT_PAST_ED = Set.of("need", "indeed", "speed", "proceed", "exceed",
            "succeed", "hundred", "united", "seed", "feed", "breed", "creed", "greed", "embed", "shed", "bed",
            "red", "alleged", "so-called", "armed", "based", "related", "limited", "advanced", "detailed",
            "concerned", "interested", "experienced", "supposed", "tired", "deed", "heed", "reed", "weed",
            "steed");

    /** Past tenses of verbs that begin with "un" ("unveiled", "uncovered"): verbs, unlike "unexpected" or "unnamed". */
    private static final Set<String> UN_VERBS = Set.of("unveiled", "unleashed", "uncovered", "unearthed", "unfolded",
            "unlocked", "unloaded", "unpacked", "unsealed", "unseated", "unplugged", "unraveled", "unravelled",
            "unwrapped", "unfurled", "unblocked", "underscored", "undermined", "underlined", "underestimated");

    /** The day or part of day after "the next" that counts from the day the story is on ("the next morning"). */
    private static final Set<String> ANAPHORIC_AFTER_NEXT = Set.of("day", "morning", "afternoon", "evening", "night");

    private static final Set<String> UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks", "month", "months", "year", "years", "decade", "decades");

    private static final Set<String> INTENT_PAST = Set.of("agreed", "decided", "promised", "pledged", "vowed",
            "offered", "threatened", "voted", "proposed", "sought", "hoped", "intended", "prepared", "preparing", "aimed",
            "wanted", "asked", "urged", "planned");

    /**
     * Whether {@code w} (ending at {@code end}) is a present modal of obligation or possibility: "must", "should",
     * "needs to", "ought to", "may" (lower case: "May" is the month), "might"; not before "have" ("must have left",
     * "might have met"), which looks back.
     */
    private boolean modalOfWhatLiesAhead(String w, int end) {
        String next = nextWord(end);
        if (w.equals("must") || w.equals("should") || w.equals("might")
                || w.equals("may") && Character.isLowerCase(text.charAt(end - 3))) {
            return !next.equals("have") && !next.equals("ve") && !next.equals("t");
        }
        if (w.equals("needs") || w.equals("need") || w.equals("ought")) {
            return next.equals("to") && !nextWord(skipSpaces(end) + 2).equals("have");
        }
        return false;
    }

    /** Adjectives of likelihood that, before "to" and a verb, speak of what may happen next. */
    private static final Set<String> LIKELIHOOD = Set.of("likely", "unlikely");

    private static final Set<String> BE_FORMS = Set.of("be", "is", "are", "was", "were", "been", "being", "am");

    /** Past forms of "be": a verb in -ing after them is a past progressive. */
    private static final Set<String> PAST_BE = Set.of("was", "were");

    /** Present forms of "be": a participle after them is a present passive, not a past tense. */
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am");

    private static final Set<String> ADJECTIVE_BEFORE = Set.of("a", "an", "the", "its", "their", "his", "her",
            "our", "my", "your", "this", "that", "these", "those", "still", "very", "newly", "so", "too", "more",
            "most", "less", "least", "well", "highly", "widely");

    private Tense cue(String word, int end, int limit) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'ll")) {
            return Tense.FUTURE;
        }
        if (w.equals("next") && nextWord(end).equals("to")) {
            // "the building next to the embassy" is a place, not the future.
            return Tense.UNKNOWN;
        }
        if (w.equals("next") && prevWord(end - word.length()).equalsIgnoreCase("the")
                && ANAPHORIC_AFTER_NEXT.contains(nextWord(end))) {
            // "reviewed them at a meeting the next day, Sept. 15": the day after the one the story is on, a step
            // within the story told, not the future ("next week" without "the" looks ahead from the writing).
            return Tense.UNKNOWN;
        }
        if (w.equals("later") && UNITS.contains(prevWord(end - word.length()))) {
            // "three days later", "a year later": a step forward within a story told in the past, not the future.
            return Tense.UNKNOWN;
        }
        if (w.equals("coming") && PAST_BE.contains(prevWord(end - word.length()))) {
            // "I was coming back home at 3am": a past progressive, not "the coming weeks".
            return Tense.PAST;
        }
        if (FUTURE_WORDS.contains(w)) {
            // "had been scheduled to", "had expected to testify on Thursday": a plan in the past perfect was overtaken.
            // ("The sale, which had been expected, is part of a plan to … by February" still looks ahead.)
            boolean overtaken = (w.equals("scheduled") || w.equals("slated")) && supersededPlan(end - word.length())
                    || w.equals("expected") && nextWord(end).equals("to") && (supersededPlan(end - word.length())
                            || prevWord(end - word.length()).equals("had"));
            return overtaken ? Tense.PAST : Tense.FUTURE;
        }
        if (INTENT_PAST.contains(w) && nextWord(end).equals("to") || plansAnEvent(w, end) || asksSomeoneTo(w, end)
                || invitationStillOpen(w, end)) {
            // "agreed to buy the line in February", "vowed to return on Friday", "planned a rally on
            // Saturday": the date belongs to what was intended, which lies ahead.
            return Tense.FUTURE;
        }
        if (w.equals("plan") || w.equals("plans") || w.equals("planned") || w.equals("planning")) {
            // "plans to leave on Thursday" looks ahead; "vacation plans" is a noun and says nothing; "as
            // planned" is done.
            return nextWord(end).equals("to") ? Tense.FUTURE : w.equals("planned") ? Tense.PAST : Tense.UNKNOWN;
        }
        if (CHANCE_NOUNS.contains(w) && nextWord(end).equals("of") && nextWord(skipSpaces(end) + 2).endsWith("ing")) {
            // "a one-in-three chance of losing the seat in November", "the risk of defaulting in June": the thing
            // that may happen lies ahead.
            return Tense.FUTURE;
        }
        if (LIKELIHOOD.contains(w) && nextWord(end).equals("to") && !nextWord(skipSpaces(end) + 2).equals("have")) {
            // "appeared likely to leave Friday", "is unlikely to vote before March": what is likely lies ahead of
            // the judging, even in a past-tense sentence; "likely to have left on Monday" looks back.
            return Tense.FUTURE;
        }
        if (modalOfWhatLiesAhead(w, end)) {
            // "said the firm must repay the loan in October", "needs to settle by March", "might pay a price on the
            // weekend": what must or may still be done lies ahead, even when a past-tense verb reports it; "must have
            // met in March" looks back.
            return Tense.FUTURE;
        }
        if ((w.equals("going") || w.equals("heading")) && nextWord(end).equals("into")) {
            // "safe seats going into November", "heading into Saturday's final": what one is heading into lies ahead.
            return Tense.FUTURE;
        }
        if (w.equals("due") || w.equals("set") || w.equals("going") || w.equals("is") || w.equals("are")
                || w.equals("was") || w.equals("were") || w.equals("about")) {
            // "due to", "set to", "going to", "is to", "was to": scheduled future events.
            String next = nextWord(end);
            if ((w.equals("set") || w.equals("due")) && supersededPlan(end - word.length())
                    && (next.equals("to") || next.equals("for") || next.equals("on") || next.equals("in"))) {
                // "it had been due to expire Friday": a plan in the past perfect was overtaken by events,
                // and its date is behind us.
                return Tense.PAST;
            }
            if (next.equals("to")) {
                return Tense.FUTURE;
            }
            if ((w.equals("is") || w.equals("are")) && (WEEKDAY_WORDS.contains(next)
                    || next.equals("on") && WEEKDAY_WORDS.contains(nextWord(skipSpaces(end) + 2)))) {
                // "The election is Thursday", "the hearings are on Monday": a present "be" naming the day of
                // something is its schedule, still ahead (a day behind would take "was").
                return Tense.FUTURE;
            }
            if (w.equals("set") && (next.equals("on") || next.equals("in")) && !BE_FORMS.contains(prevWord(end - 3))) {
                // "the record high set on Aug. 6", "a precedent set in 1990": a participle after a noun, and
                // what was set is behind us ("set for Friday" is a schedule and stays ahead).
                return Tense.PAST;
            }
            if ((w.equals("set") || w.equals("due")) && (next.equals("for") || next.equals("on") || next.equals("in"))) {
                // "the vote was set for March", "a ruling is due on Friday": a date still ahead, even when
                // the sentence itself is in the past tense.
                return Tense.FUTURE;
            }
            if (w.equals("was") || w.equals("were")) {
                return Tense.PAST;
            }
            if ((w.equals("is") || w.equals("are")) && next.length() > 4 && next.endsWith("ing")
                    && !next.equals("being")) {
                // Present progressive with a date: an arrangement still ahead ("is running for
                // re-election in November", "are meeting on Friday").
                return Tense.FUTURE;
            }
            return Tense.UNKNOWN;
        }
        if (word.equals("hit") && hitAfterSingularSubject(end - word.length())) {
            // "a quake hit the town in February", "the storm hit Tuesday": with a singular subject the present
            // would be "hits", so "hit" is the past tense. A capitalised "Hit" is a name ("fans of Smash Hit").
            return Tense.PAST;
        }
        if (PAST_WORDS.contains(w)) {
            // "would be paid", "will be held": an irregular participle after "be" is no past tense, nor is a
            // present passive ("are thought to", "is said to").
            String before = prevWord(end - word.length());
            return before.equals("be") || before.equals("being") || PRESENT_BE.contains(before) ? Tense.UNKNOWN
                    : Tense.PAST;
        }
        if (w.length() >= 4 && w.endsWith("ed") && !NOT_PAST_ED.contains(w)) {
            // After "be"/"been" an -ed form is a passive participle ("will be signed"), not a past tense;
            // after a determiner or "still" it is an adjective ("on a still unspecified date"), and so is
            // an "un-" form ("markets untouched by the crisis") unless it is a verb undoing something ("unveiled
            // the plan Monday").
            String before = prevWord(end - word.length());
            if (w.startsWith("un") && !UN_VERBS.contains(w) || ADJECTIVE_BEFORE.contains(before)) {
                return Tense.UNKNOWN;
            }
            if (before.equals("be") || before.equals("been") || before.equals("being") || before.equals("is")
                    || before.equals("are") || before.equals("get") || before.equals("gets")) {
                return Tense.UNKNOWN;
            }
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    /**
     * Whether "hit", starting at {@code start}, follows a word that can end a singular subject ("a quake hit",
     * "the storm hit", "it hit") or "has"/"have"/"had": then it is a past tense or a perfect. Not after "to", a
     * modal or "do" ("could hit", "to hit"), a form of "be" ("is hit", "been hit": a passive), a determiner or
     * adjective ("a hit", "the worst hit"), a plural or third-person word ("storms hit", "they hit": a present
     * is as likely), nor with no word before it in the clause.
     */
    private boolean hitAfterSingularSubject(int start) {
        String before = prevWord(start);
        if (before.equals("has") || before.equals("have") || before.equals("had")) {
            return true;
        }
        return !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1)) && !before.endsWith("s")
                && !NOT_BEFORE_PAST_HIT.contains(before) && !BE_FORMS.contains(before)
                && !ADJECTIVE_BEFORE.contains(before);
    }

    /** Words after which "hit" is no past tense: infinitive, modals, "do", pronouns of a plural or first person. */
    private static final Set<String> NOT_BEFORE_PAST_HIT = Set.of("to", "will", "would", "can", "could", "may", "might",
            "must", "shall", "should", "do", "not", "t", "never", "i", "we", "you", "they", "worst", "hardest", "hard",
            "big", "direct", "major", "heavily", "badly", "first", "another", "box", "smash", "key", "no", "any",
            "every", "each", "some", "one", "huge", "massive", "biggest", "latest");

    /**
     * Whether the scheduling word starting at {@code wordStart} stands in the past perfect ("had been
     * scheduled to", "had been due to", "had been expected"): a plan that was overtaken, so its date is
     * in the past.
     */
    private boolean supersededPlan(int wordStart) {
        int p = prevWordStart(wordStart);
        if (p < 0 || !text.substring(p, wordEnd(p)).equalsIgnoreCase("been")) {
            return false;
        }
        String before = prevWord(p);
        return before.equals("had");
    }

    /**
     * Whether the nearest verb before {@code s} in its clause is a present perfect ("has extended the loans through
     * January", "have been closed until March"): "has"/"have" and a participle, at most twelve words back, with no
     * other tense cue nearer.
     */
    boolean presentPerfectBefore(int s) {
        int p = s;
        for (int words = 0; words < 12; words++) {
            int w = prevWordStart(p);
            if (w < 0) {
                // Punctuation other than a space: "$90 million" is read past, a clause mark is not.
                int q = p - 1;
                while (q >= 0 && !Character.isLetterOrDigit(text.charAt(q))) {
                    if (isClauseMark(text.charAt(q)) && text.charAt(q) != '$') {
                        return false;
                    }
                    q--;
                }
                if (q < 0) {
                    return false;
                }
                w = q;
                while (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
                    w--;
                }
            }
            String word = text.substring(w, wordEnd(w)).toLowerCase(Locale.ROOT);
            if ((word.equals("has") || word.equals("have")) && participleAfter(wordEnd(w), s)) {
                return true;
            }
            if (cue(text.substring(w, wordEnd(w)), wordEnd(w), s) != Tense.UNKNOWN && !isParticiple(word)) {
                return false;
            }
            p = w;
        }
        return false;
    }

    /** Adverbs that may stand between "had" and its participle ("had already left", "had not been"). */
    private static final Set<String> PERFECT_ADVERBS = Set.of("already", "not", "never", "just", "previously", "also",
            "long", "repeatedly", "earlier", "first", "once", "since");

    /**
     * Whether the expression [s, e) dates something told in the past perfect, a time before the one the story is on:
     * the first verb after it in its sentence is "had" with a participle ("suggested saying that on Sept. 10, the
     * agency had warned the embassy"), or a participle after "had" stands right before it ("had arrived on
     * Monday"). A clock time told after it stays on the day the story is on. Another verb or a clause opener before
     * the "had" ("On Friday the judge ruled that he had lied") leaves the date to that verb. Reads at most eight
     * words either side, within {@link #TENSE_WINDOW} chars.
     */
    boolean flashback(int s, int e) {
        int[] sentence = sentenceContaining(s);
        int limit = Math.min(sentence[1], e + TENSE_WINDOW);
        int i = e;
        for (int words = 0; words < 8; words++) {
            while (i < limit && !Character.isLetter(text.charAt(i))) {
                if (text.charAt(i) == ';' || text.charAt(i) == ':') {
                    return false;
                }
                i++;
            }
            if (i >= limit) {
                break;
            }
            int j = wordEnd(i);
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            if (w.equals("had")) {
                return participleAfter(j, limit);
            }
            if (CLAUSE_OPENERS_FOR_FLASHBACK.contains(w) || cue(text.substring(i, j), j, limit) != Tense.UNKNOWN) {
                return false;
            }
            i = j;
        }
        int p = prevWordStart(s);
        if (p >= 0 && Set.of("on", "in", "at", "by", "until").contains(prevWord(s))) {
            p = prevWordStart(p);
        }
        if (p < 0 || !isParticiple(text.substring(p, wordEnd(p)).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String before = prevWord(p);
        return before.equals("had") || before.equals("been") && prevWord(prevWordStart(p)).equals("had");
    }

    private static final Set<String> CLAUSE_OPENERS_FOR_FLASHBACK = Set.of("that", "who", "which", "when", "while",
            "because", "and", "but", "after", "before", "as", "if");

    /** Whether a participle follows {@code pos}, past quotation marks and adverbs ("had “notified”", "had not been"). */
    private boolean participleAfter(int pos, int limit) {
        int i = pos;
        for (int words = 0; words < 3; words++) {
            while (i < limit && !Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\u00a0' && c != '“' && c != '"' && c != '‘' && c != '\'') {
                    return false;
                }
                i++;
            }
            if (i >= limit) {
                return false;
            }
            int j = wordEnd(i);
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            if (!PERFECT_ADVERBS.contains(w)) {
                return isParticiple(w);
            }
            i = j;
        }
        return false;
    }

    /** A past participle ("signed", "taken", "shown", "held", "put", "been"): what follows "be", "has" or "had". */
    private static boolean isParticiple(String w) {
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"))
                || PAST_WORDS.contains(w) && !w.equals("had") && !w.equals("was") && !w.equals("were")
                || UNCHANGED_PARTICIPLES.contains(w);
    }

    String prevWord(int pos) {
        int p = prevWordStart(pos);
        if (p < 0) {
            return "";
        }
        int e = wordEnd(p);
        return text.substring(p, e).toLowerCase(Locale.ROOT);
    }

    /** Start of the word before pos, or -1 if a sentence boundary or other punctuation intervenes. */
    int prevWordStart(int pos) {
        int p = pos - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '-' || text.charAt(p) == '\u00a0')) {
            p--;
        }
        if (p < 0 || !Character.isLetterOrDigit(text.charAt(p))) {
            return -1;
        }
        while (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    String nextWord(int pos) {
        int p = skipSpaces(pos);
        int e = p;
        while (e < n && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(p, e).toLowerCase(Locale.ROOT);
    }

    char nextWordFirstChar(int pos) {
        int p = skipSpaces(pos);
        return p < n ? text.charAt(p) : ' ';
    }

    int skipSpaces(int pos) {
        int p = pos;
        while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0')) {
            p++;
        }
        return p;
    }
}
