package com.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in English news text and normalises them against a reference date
 * (normally the publication date).
 *
 * <p>Design: the text is scanned once, word by word. Only words that can start a temporal
 * expression (month and weekday names, digits, a small set of keywords) trigger anchored regex
 * matches, so the cost is proportional to the number of candidate words and no pattern can
 * backtrack across the whole text. At each candidate the longest match wins.
 *
 * <p>Resolution rules (all relative to the reference date R):
 * <ul>
 * <li>Weekday without "last/next/this": if it is R's weekday it is R itself. Otherwise the tense of
 * the surrounding clause decides: past tense gives the most recent such day before R, future
 * tense the next one after R. When the clause gives no cue the nearest such weekday is used
 * (always within three days, because the week has seven days).</li>
 * <li>"last Friday" = the most recent Friday before R; "next Friday" = the first Friday after R;
 * "this Friday" = the Friday of R's ISO week.</li>
 * <li>Month without year: past tense gives the most recent such month not after R's month, future
 * tense the first not before it, otherwise the nearest (ties go to the past, as news mostly
 * reports past events). Day-of-month dates without a year follow the same rule by day.</li>
 * <li>"last February" = the most recent February before R's month, skipping the month directly
 * before R (writers say "last month" for that). "next April" mirrors this.</li>
 * <li>Seasons are meteorological, northern hemisphere (summer = June–August); winter Y is
 * December Y – February Y+1. "last summer" = the most recent summer that ended before R.</li>
 * <li>early/mid/late split a month into days 1–10, 11–20, 21–end and a year into thirds.</li>
 * <li>"the same day", "later in the day" refer to the most recent day-precise date in the text,
 * or R if there is none.</li>
 * </ul>
 * Instances are immutable and thread-safe; all patterns are compiled once.
 */
public final class TemporalResolver {

    // ---- vocabulary ---------------------------------------------------------------------------

    private static final String MONTH_FULL =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![a-z])\\.?)";
    private static final String WD = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String DAYN = "([0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEARN = "(1\\d{3}|20\\d{2})";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String POSS = "(?:['’]s)?";
    private static final String DASH = "\\s*[–—-]\\s*";
    private static final String NUM = Durations.NUM;
    private static final String UNIT = Durations.UNIT;

    private static final int FLAGS = Pattern.UNICODE_CASE;

    private static Pattern p(String rx) {
        return Pattern.compile(rx, FLAGS);
    }

    // ---- core patterns (each tried anchored at a candidate word) ------------------------------

    private static final Pattern ISO = p("(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{L}\\p{N}]|-\\d)");
    private static final Pattern NUMDATE = p("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|/\\d)");
    /** "08.07.2012": day, month and a four-digit year between points, as European papers write dates. */
    private static final Pattern DOTDATE = p("(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\p{L}\\p{N}]|\\.\\d)");
    private static final Pattern DMY = p("(?:(" + WD + "),?\\s+)?(?:the\\s+)?" + DAYN + "\\s+(?:of\\s+)?(" + MONTH
            + ")(?:,?\\s+" + YEARN + ")?" + END);
    private static final Pattern MDY = p("(?:(" + WD + "),?\\s+)?(" + MONTH + ")\\s+" + DAYN + "(?:,?\\s+" + YEARN + ")?"
            + END);
    private static final Pattern DRANGE = p(DAYN + DASH + DAYN + "\\s+(" + MONTH + ")(?:,?\\s+" + YEARN + ")?" + END);
    private static final Pattern MDRANGE = p("(" + MONTH + ")\\s+" + DAYN + DASH + DAYN + "(?:,?\\s+" + YEARN + ")?" + END);
    private static final Pattern DMDM = p(DAYN + "\\s+(" + MONTH + ")" + DASH + DAYN + "\\s+(" + MONTH + ")(?:,?\\s+"
            + YEARN + ")?" + END);
    private static final Pattern MDMD = p("(" + MONTH + ")\\s+" + DAYN + DASH + "(" + MONTH + ")\\s+" + DAYN
            + "(?:,?\\s+" + YEARN + ")?" + END);
    private static final Pattern MONTH_REL_YEAR = p("(" + MONTH + ")\\s+(?i:(this|last|next))\\s+year" + END);
    private static final Pattern MY = p("(" + MONTH + ")(?:,?\\s+|\\s+of\\s+)" + YEARN + END);
    private static final Pattern M = p("(" + MONTH_FULL + ")" + POSS + END);
    private static final Pattern YEAR = p(YEARN + POSS + END);
    private static final Pattern DECADE = p("(1\\d{2}0|20\\d0)['’]?s" + END);
    private static final Pattern QUARTER = p("(?i:Q([1-4]))\\s+" + YEARN + END);
    private static final Pattern LIST_JOINS = Pattern.compile(",|,? ?(?:and|or)(?: on)?");
    private static final Pattern WEEKDAY = p("(" + WD + ")" + POSS + "(?:\\s+((?i:morning|afternoon|evening|night)))?"
            + END);
    private static final Pattern RELDAY = p("(?i:(yesterday|today|tomorrow|tonight))" + POSS
            + "(?:\\s+((?i:morning|afternoon|evening|night)))?" + END);
    private static final Pattern RELDAY2 = p("(?i:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow"
            + "|last\\s+night|this\\s+(?:morning|afternoon|evening)))" + END);
    private static final Pattern RELUNIT = p("(?i:(last|this|next|coming|this\\s+past|this\\s+coming|past))\\s+(?:"
            + "((?i:week|month|year|weekend|decade|century|quarter|spring|summer|autumn|fall|winter))|(" + MONTH_FULL
            + ")|(" + WD + "))" + POSS + END);
    private static final Pattern YEAR_EARLIER = p("(?i:an?\\s+year\\s+earlier|year-(?:earlier|ago))"
            + "(?![\\p{L}\\p{N}-])");
    private static final Pattern THEUNIT = p("(?i:the\\s+(week|month|year))" + END);
    private static final Pattern EARLIERLATER = p("(?i:(earlier|later)\\s+(this|last|next)\\s+(week|month|year))" + END);
    private static final Pattern ANAPH = p("(?i:the\\s+(?:same|following|next|previous|preceding)\\s+day"
            + "|that\\s+(?:same\\s+)?day|(?:earlier|later)\\s+(?:in\\s+the|that)\\s+day)" + END);
    // " later" after a counted span ("a year later"), not a comparison ("a year later than planned").
    private static final Pattern LATER = p("\\s+(?i:later)" + END + "(?!\\s+than" + END + ")");
    // " earlier" / " prior" closing a counted span ("Two years prior, he ran"), not a comparison or the start of what
    // it is counted from ("earlier than", "prior to"). "Two years before, he said, …" is left out: in reported speech
    // it counts back from the speaking, not from the year named last.
    private static final Pattern EARLIER = p("\\s+(?i:earlier" + END + "(?!\\s+than" + END + ")|prior(?=\\s*[,.;:)—–]|\\s+--|\\s*$))");
    private static final Pattern THIS_DAY = p("(?i:this\\s+day)" + END);
    // After "this day": an anniversary ("this day in 1945", "this day last year") or no day at all ("this day and age").
    private static final Pattern NOT_THIS_DAY = p("\\s+(?i:(?:and\\s+age|in|of|last|a\\s+year|\\d+\\s+years))" + END);
    // "that night", "later that evening"; not "bring that night after night".
    private static final Pattern ANAPH_PART = p("(?i:(?:(?:earlier|later)\\s+)?that(?:\\s+same)?\\s+(morning|afternoon"
            + "|evening|night))" + END + "(?!\\s+(?i:after)\\s)");
    // "withdrew that March", "that summer": a month or season of the year given before ("that March 2 event" is a day).
    private static final Pattern THAT_MONTH = p("(?i:that)\\s+(" + MONTH_FULL + "|(?i:spring|summer|autumn|fall|winter))"
            + POSS + END + "(?!\\s*\\d)");
    // "at that March 2 event": a day without its year after "that" is one of the year given before.
    private static final Pattern THAT_MDY = p("(?i:that)\\s+(" + MONTH + ")\\s+" + DAYN + END + "(?!,?\\s+" + YEARN + ")");
    // Verbs after "that March" that make the month the subject of a clause ("said that March was cold").
    /** Words between an act and the time it is dated to ("was shot at 10 p.m.", "was shot last Oct. 23"). */
    private static final Set<String> ACT_DATE_WORDS = Set.of("at", "on", "last", "about", "around", "shortly", "just",
            "after", "before", "early", "late");
    /** Irregular past forms of acts a story dates ("was shot", "was hit"), besides those in -ed. */
    private static final Set<String> ACT_PAST_FORMS = Set.of("shot", "struck", "stabbed", "hit", "beaten", "broken",
            "taken", "seen", "found", "caught", "held", "sent", "left", "made", "built", "sold", "stolen", "thrown",
            "fell", "fled", "died", "slain", "born", "hung", "burnt", "lost", "won", "began", "begun");
    private static final Set<String> SAYING = Set.of("said", "told", "asked", "added", "stated", "reported",
            "announced", "tweeted", "wrote", "noted", "explained", "claimed", "replied", "responded", "confirmed");

    /** Words before a month that make it the end of a stretch ("through January", "until March"). */
    private static final Set<String> UNTIL_WORDS = Set.of("through", "until", "till", "thru");

    private static final Set<String> VERB_AFTER_SUBJECT = Set.of("is", "was", "were", "are", "has", "had", "have", "did",
            "does", "s");
    private static final Pattern ANAPH_UNIT = p("(?i:(?:(?:earlier|later)\\s+)?(?:in\\s+)?that\\s+(?:same\\s+)?(year|quarter|month))"
            + POSS + "(?![\\p{L}\\p{N}-])");
    private static final Pattern THE_REL_WEEKDAY = p("(?i:the\\s+(previous|preceding|following|next))\\s+(" + WD + ")"
            + POSS + END);
    private static final Pattern WEEK_OF = p("(?i:the\\s+week\\s+of)\\s+");
    private static final Pattern WEEKEND_OF = p("(?i:the\\s+weekend\\s+of)\\s+");
    private static final Pattern EDGE_DAY_OF = p("(?i:the\\s+(first|last|final)\\s+day\\s+of)\\s+");
    private static final Pattern DAY_BEFORE_AFTER = p("(?i:the\\s+day\\s+(before|after))\\s+");
    private static final Pattern DAY_BEFORE_AFTER_END = p("(?i:the\\s+day\\s+(before|after))(?=[,.;:)\"”—–]|$)");
    private static final Pattern PART_OF_DAY = p("(?i:(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(morning|afternoon|evening"
            + "|night))" + END);
    private static final Pattern NTH_DAY = p("(?i:the\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            + "|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day)" + END);
    private static final Pattern JUDGED_DAY = p("(?i:a\\s+(?:(?:very|truly|really)\\s+)?(?:great|historic|sad|proud|tragic"
            + "|momentous|memorable|black|dark|happy|terrible|glorious|joyous|somber|sombre)\\s+day)(?=\\s+for\\s)");
    private static final Pattern WEEKEND = p("(?i:the\\s+weekend)" + POSS + END);
    private static final Pattern THE_SEASON = p("(?i:the\\s+(?:(early|late|mid)[\\s-]+)?)(summer|winter|spring|autumn)"
            + "(?![\\p{L}\\p{N}-])");
    private static final Pattern SEASON_OF = p("(?i:(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+of\\s+)");
    private static final Pattern SEASONYEAR = p("(?i:(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?)"
            + YEARN + END);
    // "a few weeks back", "two years back": "back" after a length of time is "ago"; "three days back in Ohio", "a week
    // back at work" speak of a return and keep the length.
    private static final String BACK = "back(?![\\p{L}\\p{N}])(?!\\s+(?:in|at|on|to|into|onto|home|from|with"
            + "|inside|here|there|where|when|under|behind|down|up|out|for|after|before|and)(?![\\p{L}\\p{N}]))";
    private static final Pattern DURATION = p("(?i:(" + NUM + ")(\\s+and\\s+a\\s+half)?(?:\\s+|-)" + Durations.COUNTED + UNIT
            + "(s)?(\\s+and\\s+a\\s+half)?(?:-old|-long)?)" + END + "(?:(\\s+(?i:or\\s+so))?\\s+(?i:(ago|from\\s+(?:now|today)|"
            + BACK + "))" + END + ")?");
    private static final Pattern THEPAST = p("(?i:the\\s+(past|last|previous|next|coming|following)\\s+(?:(" + NUM
            + ")\\s+)?" + UNIT + "s?)" + END);
    // "the nine months", "the first two years", "the year-earlier nine months": a counted span with its determiner.
    private static final Pattern THE_COUNTED = p("(?i:the\\s+(?:(?:first|initial|latest|final|same|entire|whole|full"
            + "|comparable|year-earlier|year-ago)\\s+)?)(?=\\p{Alnum})");
    // "two to six days", "10-12 hours": the first amount of a range of durations, before "to" or a dash.
    private static final Pattern AMOUNT_TO = p("(?i:(" + NUM + ")(?:\\s+to\\s+|\\s*[-\u2013]\\s*))(?=\\p{Alnum})");
    private static final Pattern OR_SO = p("\\s+(?i:or\\s+so)(?![\\p{L}\\p{N}])");
    // "1994 or later", "1990 and beyond", "May or earlier": the date is one end of an open stretch. Where the word after
    // "and" could start a clause ("in 1994 and later moved"), only a punctuation mark or the text's end may follow.
    private static final Pattern OPEN_END = p("\\s+(?i:(?:or\\s+(later|earlier|sooner|beyond))(?![\\p{L}\\p{N}])"
            + "|(?:and\\s+(beyond))(?![\\p{L}\\p{N}])|(?:(?:or|and)\\s+(later|earlier|after|before|sooner))(?=\\s*[.,;:!?)\"'’”]|$))");
    // "in coming months", "future quarters", "in past years" (no article): an unspecified time ahead of or before now.
    private static final Pattern VAGUE_SIDE = p("(?i:(coming|upcoming|future|past)\\s+(?:days|weeks|months|years|quarters"
            + "|decades))" + END);
    private static final Pattern VAGUE = p("(?i:(?:recent\\s+(days|weeks|months|years|decades))"
            + "|(?:(days|weeks|months|years|decades)\\s+ago))" + END);
    private static final Pattern THE_PLURAL = p("(?i:the\\s+(days|weeks|months|years|decades)(\\s+(?:ahead|to\\s+come))?)"
            + END);
    private static final Pattern STRETCH_AFTER = p("\\s+(?i:(?:that|which)\\s+followed|since)" + END);
    private static final Pattern LONG_PLURAL = p("(?i:(hours|days|weeks|months|years)-long)" + END);
    private static final Pattern VAGUE_DUR = p("(?i:(hours|days|weeks|months|years|decades)(?:\\s+or\\s+(?:hours|days|weeks"
            + "|months|years|decades))?)" + END);
    private static final Pattern A_WHILE = p("(?i:a\\s+(?:(?:long|little|short)\\s+)?while"
            + "|an?\\s+(?:(?:very|fairly|rather|quite|relatively)\\s+)?(?:long|lengthy|short|brief|extended)\\s+"
            + "(?:period|time|spell|stretch)(?:\\s+of\\s+time)?)" + END);
    private static final Pattern BAREDAY = p(DAYN + "(?:,?\\s+" + YEARN + ")?" + END);

    // ---- prefixes handled around a core expression ---------------------------------------------

    private static final Pattern QUALIFIER = p("(?i:(around|about|approximately|roughly|circa|c\\.|some\\s*time\\s+in"
            + "|in\\s+or\\s+around|more\\s+than|just\\s+over|over|nearly|almost|at\\s+least|less\\s+than|fewer\\s+than"
            + "|just\\s+under|under|up\\s+to))\\s+");
    private static final Pattern MODIFIER = p("(?i:(early|mid|late|(?:the\\s+)?(?:very\\s+)?(end|beginning|start|middle)"
            + "\\s+of|(?:the\\s+)?(first|second|last|1st|2nd)\\s+(?:half|two\\s+quarters)\\s+of|(?:the\\s+)?(first|second|third|fourth|final"
            + "|last|1st|2nd|3rd|4th)\\s+quarter\\s+of|(?:the\\s+)?(?:very\\s+)?(first|last|final)\\s+(?:week|few\\s+days"
            + "|days)\\s+of))(?:\\s*-\\s*|\\s+)");

    // Nouns of a state of affairs that lasts: "the 8-month-old truce" says how long it has lasted (a duration), while
    // "a 6-year-old boy" is an age, which TimeML does not mark.
    private static final Set<String> EVENTS_WITH_AN_AGE = Set.of("truce", "cease-fire", "ceasefire", "war", "conflict",
            "embargo", "ban", "strike", "standoff", "stand-off", "blockade", "siege", "moratorium", "boycott", "feud",
            "dispute", "crisis", "insurgency", "rebellion", "uprising", "occupation", "investigation", "probe", "search",
            "manhunt", "campaign", "battle", "struggle", "drought", "recession", "slump", "lockout", "shutdown",
            "freeze", "stalemate", "deadlock", "rally", "protest", "protests", "fighting", "civil");
    // Words after which a bare "May"/"March" is a month rather than a verb.
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "during", "of",
            "early", "late", "mid", "last", "next", "this", "before", "after", "throughout", "from", "between",
            "around", "about", "through", "end", "beginning", "start", "middle", "circa", "as", "past", "for");
    // Determiners before "the March accession", "a May deadline", and words after which "March" is a name.
    private static final Set<String> MONTH_DETERMINERS = Set.of("the", "a", "its", "their", "his", "her", "our",
            "this", "that");
    private static final Set<String> NOT_NOUN_AFTER_MONTH = Set.of("for", "of", "on", "to", "into", "through",
            "against", "across", "and", "or", "was", "were", "had", "has", "have", "will", "would");
    // Nouns after "today's" that make it the present age: "today's Republican Party", "in today's world".
    private static final Set<String> NOWADAYS_NOUNS = Set.of("world", "society", "youth", "generation", "generations",
            "kids", "children", "teenagers", "people", "economy", "culture", "politics", "party", "standards",
            "technology", "media", "america", "americans", "students", "families", "workplace", "voters", "workers",
            "climate", "era", "age", "times", "environment", "military", "church", "internet");
    // "his evening message", "a weekend e-mail": a part of the day or "weekend" before a noun after these.
    private static final Set<String> PART_BEFORE_NOUN = Set.of("morning", "afternoon", "evening", "weekend");
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her", "their");
    // Nouns after "his morning" that name a habit or a trade, not one time: "his morning routine", "her evening job".
    private static final Set<String> HABIT_NOUNS = Set.of("routine", "routines", "job", "jobs", "shift", "shifts",
            "class", "classes", "show", "shows", "program", "programs", "programme", "news", "newspaper", "paper",
            "papers", "edition", "person", "people", "school", "prayers", "commute", "habit", "habits", "ritual",
            "rituals", "walks", "runs", "meals", "plans", "home", "homes", "house", "wear", "clothes");
    // Words after "the Friday" that are no noun it modifies ("the Friday before", "the Monday when").
    private static final Set<String> NOT_NOUN_AFTER_DAY = Set.of("before", "after", "when", "while", "that", "which",
            "last", "next", "morning", "afternoon", "evening", "night", "at", "in", "is");
    // Words that may follow the second day of "April 24 and 25" (a count would be followed by its noun).
    private static final Set<String> DAY_FOLLOWERS = Set.of("in", "at", "on", "and", "or", "when", "with",
            "respectively", "before", "after", "until", "by", "from", "but", "as", "to", "during", "while");
    // Prepositions before a part of the day named on its own ("in the morning", "by mid-afternoon"), and the
    // words that may follow it.
    private static final Set<String> PART_OF_DAY_PREPS = Set.of("in", "during", "by", "until", "till", "through",
            "throughout", "since");
    private static final Set<String> PART_OF_DAY_FOLLOWERS = Set.of("and", "but", "to", "as", "when", "after",
            "before", "while", "with", "at", "in", "on", "for", "so", "then", "until", "because", "that");
    /** Words before "dawn", "dusk" that make them a time ("at dawn", "before dusk"; not "the dawn of an era"). */
    private static final Set<String> TWILIGHT_PREPS = Set.of("at", "before", "after", "by", "until", "till", "since",
            "around");
    /** How far (days) a day without a year may lie from a day written with its year in its sentence to share it. */
    private static final int NEAR_DATED_DAYS = 62;
    private static final Set<String> STORY_TIME_PREPS = Set.of("at", "before", "after", "by", "until", "till",
            "around", "about", "shortly", "just");
    private static final Set<String> BE_DAY = Set.of("is", "was", "will", "be", "s");
    // Words before "from" + weekday that do not make the day a thing's origin: verbs, adjectives and adverbs of a
    // start ("open from Monday", "effective from Monday"), "be" and modal forms, conjunctions.
    private static final Set<String> NOT_ORIGIN_NOUN = Set.of("is", "are", "was", "were", "be", "been", "will",
            "would", "shall", "can", "may", "open", "opens", "closed", "available", "effective", "valid", "runs", "run",
            "apply", "applies", "start", "starts", "begin", "begins", "away", "back", "home", "off", "out", "and",
            "but", "nor", "yet", "dates", "date", "free", "far", "stay", "stays", "last", "lasts", "ago");
    // Words after a weekday that make "from" + weekday one end of a stretch.
    private static final Set<String> STRETCH_END = Set.of("to", "until", "till", "through", "thru", "onward", "onwards",
            "on", "forward", "and", "or");
    // "three days from Monday" counts from the day; the unit is no thing coming from it.
    private static final Pattern TIME_UNIT_WORD = Pattern.compile(Durations.UNIT + "s?");
    private static final Pattern FUTURE_IN_SENTENCE = Pattern.compile("(?i)\\b(?:will|shall|won't)\\b|['’]ll\\b");
    // What may follow "the day before/after" when it closes its phrase: punctuation, the end, or a preposition.
    private static final Pattern CLOSES_DAY_BEFORE = Pattern.compile("\\s*(?:[,.;:)\"”—–]|--|$)|\\s+(?:by|in|at|with|from|and)\\b");
    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "can", "shall",
            "should", "must");
    private static final Set<String> RATE_AMOUNTS = Set.of("million", "billion", "thousand", "hundred",
            "trillion", "percent", "once", "twice", "thrice", "times", "cents", "dollars");
    private static final Set<String> HOLIDAY_STARTERS = Set.of("Christmas", "New", "Thanksgiving", "Easter", "Good",
            "Holy", "Independence", "Labor", "Memorial", "Halloween", "Election", "Veterans", "Valentine");
    private static final Set<String> QUARTER_STARTERS = Set.of("the", "this", "last", "next", "fiscal",
            "calendar", "first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "4th");
    // Words that make "in five years" after them a span looked back over ("the biggest gain in five years").
    private static final Set<String> SUPERLATIVES = Set.of("first", "last", "only", "time", "ever", "highest", "lowest",
            "biggest", "largest", "smallest", "best", "worst", "most", "least", "fastest", "slowest", "strongest",
            "weakest", "sharpest", "steepest", "longest", "shortest", "greatest", "deepest", "heaviest", "busiest");
    // " or two", " or three weeks": the second amount of an approximate count ("in a year or two").
    private static final Pattern OR_AMOUNT = Pattern.compile("\\s+or\\s+(?:" + NUM + ")(?:\\s+" + UNIT + "s?)?"
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    // A period of a report longer than a quarter: "a year earlier" after it in the sentence compares that period.
    private static final Pattern LONGER_PERIOD = Pattern.compile("(?i:\\b(?:(?:six|nine|twelve|6|9|12)[\\s-]+months?"
            + "|first\\s+half|second\\s+half))(?![\\p{L}\\p{N}])");
    // The same, or a year spoken of as such ("last year", "the fiscal year"), in the sentence before, after the
    // quarter under discussion was last named.
    private static final Pattern LONGER_PERIOD_BEFORE = Pattern.compile("(?i:\\b(?:(?:six|nine|twelve|6|9|12)"
            + "[\\s-]+months?|first\\s+half|second\\s+half|(?:last|the(?:\\s+fiscal)?)\\s+year(?!-)))"
            + "(?![\\p{L}\\p{N}])");
    // How far (chars) before "a year earlier" the longer period may stand.
    private static final int PERIOD_WINDOW = 300;
    // How far (chars) a mentioned quarter stays the one that "the quarter" or "a year ago" refers to.
    private static final int QUARTER_CONTEXT = 1500;

    private static final Map<String, DayOfWeek> WEEKDAYS_BY_NAME = new HashMap<>();
    private static final Set<String> KEYWORD_STARTERS;

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            WEEKDAYS_BY_NAME.put(name, d);
        }
        KEYWORD_STARTERS = Set.of("the", "yesterday", "today", "tomorrow", "tonight", "last", "this", "next",
                "coming", "past", "earlier", "later", "that", "every", "each", "daily", "weekly", "monthly",
                "annually", "yearly", "nightly", "hourly", "fortnightly", "quarterly", "once", "twice", "thrice",
                "noon", "midday", "midnight", "recent", "hours", "days", "weeks", "months", "years", "decades",
                "spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4", "a", "an", "half", "few",
                "several", "dozens", "hundreds", "thousands", "many", "from", "between", "around", "about",
                "approximately", "roughly", "circa", "c", "some", "sometime", "in", "more", "just", "over", "nearly",
                "almost", "at", "less", "fewer", "under", "up", "early", "mid", "late", "end", "beginning", "start",
                "middle", "first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "4th", "hundred",
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "its", "their", "fiscal",
                "calendar", "year", "now", "right", "currently", "nowadays", "presently", "these", "current", "recently",
                "future", "upcoming", "dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall", "weekdays",
                "weekends", "morning", "afternoon", "evening", "weekend");
    }

    /** Every lower-case word that may start an expression, of this class and of the rule classes: one look-up a word. */
    private static final Set<String> ANY_STARTER = anyStarter();

    private static Set<String> anyStarter() {
        Set<String> all = new java.util.HashSet<>(KEYWORD_STARTERS);
        all.addAll(DecadeCenturyRule.STARTERS);
        all.addAll(FiscalYearRule.STARTERS);
        all.addAll(VagueReferenceRule.STARTERS);
        return java.util.Collections.unmodifiableSet(all);
    }

    /** Finds and resolves the temporal expressions in {@code text}; {@code reference} may be null. */
    public List<TemporalExpression> resolve(String text, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Resolved> detailed = new Run(text, reference).run();
        List<TemporalExpression> out = new ArrayList<>(detailed.size());
        for (Resolved r : detailed) {
            out.add(r.expression());
        }
        return out;
    }

    /**
     * Like {@link #resolve}, but an explicit range ("from 1990 to 1994", "March 20-22") also carries
     * its two ends as expressions of their own, as TimeML marks them: a claim keeps the one interval,
     * a TimeML view reports the two dates.
     */
    public List<Resolved> resolveDetailed(String text, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new Run(text, reference).run());
    }

    /**
     * One expression of {@link #resolveDetailed}; for an explicit range, {@code rangeStart} and
     * {@code rangeEnd} are its two ends (both null otherwise).
     */
    public record Resolved(TemporalExpression expression, TemporalExpression rangeStart,
            TemporalExpression rangeEnd) {

        /** The expressions TimeML would mark here: the two ends of a range, otherwise the expression itself. */
        public List<TemporalExpression> timeml() {
            return rangeStart == null ? List.of(expression) : List.of(rangeStart, rangeEnd);
        }
    }

    // ---- internal model ----------------------------------------------------------------------

    /** Granularity of a resolved interval; decides the TIMEX value, EDTF form and precision. */
    private enum G { DAY, TIME, WEEK, WEEKEND, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY, SUB, RANGE, NONE }


    /** Mutable intermediate result; turned into an immutable {@link TemporalExpression} at the end. */
    private static final class Res {
        TimexType type = TimexType.DATE;
        String value;
        String mod;
        LocalDate from;
        LocalDate to;
        G gran = G.NONE;
        boolean approx;
        boolean explicitYear;
        DayOfWeek dow;
        boolean monthDay;
        int mo;
        int dd;
        String rangeEdtf;
        String expl;
        // Refers back to another time ("the year-earlier quarter"), so it is not what later references mean.
        boolean backReference;
        // For a range: its two ends as found in the text (TimeML marks each of them).
        Cand[] ends;
        // When the expression takes in words after its pattern ("5 p.m. EST Nov. 9"), where it ends.
        int extendTo = -1;
        // When the pattern's first words are not part of the expression ("a" in "a decade-long war"), where it starts.
        int startAt = -1;

        static Res dated(G g, LocalDate from, LocalDate to, String value, String expl) {
            Res r = new Res();
            r.gran = g;
            r.from = from;
            r.to = to;
            r.value = value;
            r.expl = expl;
            return r;
        }
    }

    private record Cand(int start, int end, Res res) {
    }

    /** A pattern's matcher on one text, and the characters a match of it may start with. */
    private record PatternAt(Matcher matcher, FirstChars first) {
    }

    // ---- per-call state ------------------------------------------------------------------------

    private static final class Run {
        private final TextAnalysis analysis;
        private final String original;
        private final String text;
        private final int n;
        private final LocalDate ref;
        private final List<int[]> sentences;
        private final ClauseContext clause;
        private final Map<Pattern, PatternAt> matchers = new HashMap<>();
        private LocalDate lastDay;
        // The day named last that is not after the reference date: what a past-tense "later in the day" means when the
        // day named last is a day ahead ("sentencing is set for June 28").
        private LocalDate lastDayUpToRef;
        // The last date written with its year (a day, month, season, year…): what "the following year" counts from.
        private LocalDate lastDated;
        // The last day written with its year ("June 24, 2005") and its sentence: the year of a day without one
        // written near it in that sentence.
        private LocalDate lastDatedDay;
        private int lastDatedDaySentenceStart = -1;
        private int[] lastQuarter;
        // The quarter mentioned last, a back reference ("the year-ago quarter") included: what "that quarter" means.
        private int[] lastMentionedQuarter;
        private int lastMentionedQuarterPos;
        private int lastQuarterPos;
        private int lastDaySentenceStart = -1;
        // The day named last as the time of what the story tells, not as a word before an event's noun ("the June 20
        // shooting"), and its sentence: the day a clock time in the next sentence is on.
        private LocalDate lastFrameDay;
        private int lastFrameDaySentenceStart = -1;
        // The words of an act before each day the text named ("was shot to death" before "last Oct. 23") and that
        // day: a clock time told after the same words later ("was shot to death at 10 p.m.") is on that day.
        private final Map<String, LocalDate> actDays = new HashMap<>();
        private int lastDayPos = -1;
        // The month mentioned last ("last October", "in March 1998") and where it ends: what "that same day"
        // means when it was mentioned after the last day named (a day of that month, the day not given).
        private YearMonth lastMonth;
        private int lastMonthPos = -1;
        private int lastMonthSentenceStart = -1;
        // The weekday emitted last and where it ends: a weekday listed after it ("Monday and Tuesday") whose
        // clause gives no tense lies on the same side of the reference date.
        private LocalDate lastWeekday;
        private int lastWeekdayEnd = -1;
        private int sentenceCursor;
        private int scanPos;

        Run(String original, LocalDate ref) {
            // Dates in capitals ("DECEMBER 16, 2008") are read as written in names; expressions keep the original text.
            String text = CalendarDateRule.titleCaseDates(original);
            this.original = original;
            this.analysis = new TextAnalysis(text, ref);
            this.text = text;
            this.n = text.length();
            this.ref = ref;
            this.sentences = analysis.sentences();
            this.clause = analysis.clause();
        }

        List<Resolved> run() {
            List<Resolved> out = new ArrayList<>();
            OffsetMap map = new OffsetMap(text);
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    i++;
                    continue;
                }
                int we = wordEnd(i);
                scanPos = i;
                Cand cand = isCandidateWord(i, we) ? parseTop(i) : null;
                if (cand == null) {
                    i = we;
                    continue;
                }
                boolean holiday = HOLIDAY_STARTERS.contains(text.substring(cand.start, wordEnd(cand.start)));
                if (holiday ? HolidayRule.opensAName(text, cand.start, cand.end)
                        && !analysis.inTitleCaseLine(cand.start, cand.end) || HolidayRule.yearly(text, cand.start)
                        : analysis.capitalisedLikeAName(cand.start, cand.end)) {
                    // "the film High Noon", "CBS's 60 Minutes": a title, not a time ("Holy Week" is a holiday's name);
                    // "the Easter Egg Roll", "the Good Friday Agreement", "Easter Island": a name, not the day;
                    // "the annual New Year's Eve program": every year's, not one day.
                    i = Math.max(cand.end, i + 1);
                    continue;
                }
                Cand second = conjoinedDay(cand);
                if (second != null && !cand.res.explicitYear && second.res.explicitYear) {
                    // "March 3 or 4, 2024": the year written after the second day is the first day's too.
                    shiftYear(cand.res, second.res.from.getYear() - cand.res.from.getYear());
                    cand.res.expl = "day and month in the year written after the day joined to it, "
                            + second.res.from.getYear();
                    cand.res.explicitYear = true;
                }
                TemporalExpression e = emit(cand, map);
                Res r = cand.res;
                if (r.gran == G.RANGE && r.ends != null && (r.ends[0].res.from != null || r.ends[0].res.value != null)
                        && r.ends[1].res.from != null) {
                    out.add(new Resolved(e, endOf(r.ends[0], map, "first"), endOf(r.ends[1], map, "last")));
                } else {
                    out.add(new Resolved(e, null, null));
                    if (second != null) {
                        out.add(new Resolved(emit(second, map), null, null));
                        cand = second;
                    }
                }
                i = Math.max(cand.end, i + 1);
            }
            return out;
        }

        /**
         * "on April 24 and 25", "March 3 or 4": a bare day joined to a day with its month names a second
         * day of that month, an expression of its own. The number must lie later in the month and be
         * followed by punctuation, a year or a preposition, so that "on May 3 and 25 people" stays a count.
         */
        private Cand conjoinedDay(Cand c) {
            Res r = c.res;
            if (!r.monthDay || r.gran != G.DAY || r.from == null || r.ends != null) {
                return null;
            }
            int p = skipSpaces(c.end);
            int w = wordEnd(p);
            String conj = text.substring(p, w).toLowerCase(Locale.ROOT);
            if (!conj.equals("and") && !conj.equals("or")) {
                return null;
            }
            int d = skipSpaces(w);
            if (d >= n || !Character.isDigit(text.charAt(d))) {
                return null;
            }
            Cand b = bareDay(d, r);
            if (b == null) {
                return null;
            }
            int after = skipSpaces(b.end);
            if (after < n && Character.isLetterOrDigit(text.charAt(after))
                    && !DAY_FOLLOWERS.contains(nextWord(b.end))) {
                return null;
            }
            b.res.expl = "day " + b.res.dd + " of the same month as " + text.substring(c.start, c.end)
                    + " (joined by \"" + conj + "\"): " + b.res.from;
            return b;
        }

        private boolean isCandidateWord(int s, int e) {
            char c = text.charAt(s);
            if (Character.isDigit(c)) {
                return true;
            }
            if (e - s > 13) {
                return false;
            }
            String w = text.substring(s, e);
            if (Character.isUpperCase(c) && (CalendarDateRule.isMonthName(w) || WEEKDAYS_BY_NAME.containsKey(w)
                    || HOLIDAY_STARTERS.contains(w)
                    || (w.endsWith("s") && WEEKDAYS_BY_NAME.containsKey(w.substring(0, w.length() - 1))))) {
                return true;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            return ANY_STARTER.contains(lower);
        }

        private int wordEnd(int i) {
            int j = i;
            while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            return j;
        }

        private Matcher at(Pattern pattern, int pos) {
            PatternAt p = matchers.computeIfAbsent(pattern, k -> {
                Matcher mm = k.matcher(text);
                mm.useTransparentBounds(true);
                mm.useAnchoringBounds(false);
                return new PatternAt(mm, FirstChars.of(k));
            });
            if (pos < n && !p.first().mayStartWith(text.charAt(pos))) {
                return null;
            }
            Matcher m = p.matcher();
            m.region(pos, Math.min(n, pos + 200));
            return m.lookingAt() ? m : null;
        }

        // ---- top level: ranges, qualifiers, modifiers around a core expression ----

        private Cand parseTop(int i) {
            int firstPos = RangeRule.afterOpening(text, i);
            if (firstPos >= 0) {
                Cand r = parseRange(i, firstPos);
                if (r != null) {
                    return r;
                }
            }
            Matcher m = at(QUALIFIER, i);
            if (m != null) {
                String q = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                int after = m.end();
                Cand b = parseModified(after);
                if (b != null && b.start == after) {
                    Cand q2 = qualify(i, q, b);
                    if (q2 != null) {
                        return q2;
                    }
                }
            }
            Cand c = parseModified(i);
            if (c == null) {
                return null;
            }
            return openEnd(orSo(dashRange(c)));
        }

        /**
         * "1994 or later", "1990 and beyond", "March or earlier": TimeML marks the open side with the date, as
         * mod ON_OR_AFTER / ON_OR_BEFORE (the guidelines' "no earlier than" reading). The interval stays the date
         * written: the open side has no end a claim could be checked against.
         */
        private Cand openEnd(Cand c) {
            Matcher m = at(OPEN_END, c.end);
            if (m == null || c.res.type != TimexType.DATE || c.res.gran == G.RANGE || c.res.gran == G.NONE
                    || c.res.value == null || c.res.value.endsWith("_REF") || c.res.mod != null) {
                return c;
            }
            String side = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3))
                    .toLowerCase(Locale.ROOT);
            boolean after = side.equals("later") || side.equals("beyond") || side.equals("after");
            c.res.mod = after ? "ON_OR_AFTER" : "ON_OR_BEFORE";
            c.res.expl = c.res.expl + ", open " + (after ? "after" : "before") + " (\"" + text.substring(c.end, m.end())
                    .strip().replaceAll("\\s+", " ") + "\")";
            return new Cand(c.start, m.end(), c.res);
        }

        /** "the next year or so", "two weeks or so": the approximation belongs to the expression (mod=APPROX). */
        private Cand orSo(Cand c) {
            Matcher m = at(OR_SO, c.end);
            if (m == null || (c.res.type != TimexType.DATE && c.res.type != TimexType.DURATION) || c.res.gran == G.RANGE
                    || c.res.value == null || c.res.value.endsWith("_REF")) {
                return c;
            }
            if (c.res.mod == null) {
                c.res.mod = "APPROX";
            }
            c.res.approx = true;
            c.res.expl = c.res.expl + ", approximate (\"or so\")";
            return new Cand(c.start, m.end(), c.res);
        }

        private Cand parseModified(int i) {
            Matcher m = at(MODIFIER, i);
            if (m != null) {
                int after = m.end();
                String g1 = m.group(1).toLowerCase(Locale.ROOT);
                String edge = m.group(2);
                String half = m.group(3);
                String quarter = m.group(4);
                if (m.group(5) != null) {
                    // "the last week of March", "the first days of 2020": an edge of the period, one expression (not
                    // "the last week" before the publication date and "March").
                    edge = m.group(5).equalsIgnoreCase("first") ? "start" : "end";
                }
                Cand b = parseCore(after, true);
                if (b != null && b.start == after) {
                    Res r = modify(b.res, g1, edge, half, quarter);
                    if (r != null) {
                        return new Cand(i, b.end, r);
                    }
                }
            }
            return parseCore(i, false);
        }

        private Cand qualify(int start, String q, Cand b) {
            Res r = b.res;
            if (r.value != null && r.value.endsWith("_REF")) {
                // "worried about the future": a preposition before a vague reference, not an approximation.
                return null;
            }
            boolean approxWord = switch (q) {
                case "around", "about", "approximately", "roughly", "circa", "c.", "some time in", "sometime in",
                     "in or around" -> true;
                default -> false;
            };
            if (r.type == TimexType.DURATION) {
                if (q.equals("over") && text.regionMatches(true, b.start, "the", 0, 3)) {
                    // "over the past few years" describes a span, not "more than" it.
                    return null;
                }
                r.mod = switch (q) {
                    case "more than", "over", "just over" -> "MORE_THAN";
                    case "nearly", "almost", "less than", "fewer than", "just under", "under" -> "LESS_THAN";
                    case "at least" -> "EQUAL_OR_MORE";
                    case "up to" -> "EQUAL_OR_LESS";
                    default -> "APPROX";
                };
                r.expl = r.expl + ", qualified by \"" + q + "\"";
                // "about two weeks" is TimeML "two weeks" with mod=APPROX: "about" stays outside, the other
                // qualifiers ("nearly", "at least", "more than") inside, as the TimeBank gold marks them.
                return new Cand(q.equals("about") ? b.start : start, b.end, r);
            }
            String core = text.substring(b.start, b.end).toLowerCase(Locale.ROOT);
            boolean ago = core.endsWith(" ago");
            if (!approxWord && r.type == TimexType.DATE && r.value != null && (ago || core.endsWith(" from now") || core.endsWith(" from today"))) {
                // "nearly four years ago", "more than a decade ago": TimeML marks the qualifier with the date and
                // says in the mod which side of the date is meant.
                r.mod = switch (q) {
                    case "more than", "over", "just over" -> ago ? "BEFORE" : "AFTER";
                    case "less than", "fewer than", "just under", "under" -> ago ? "AFTER" : "BEFORE";
                    case "at least" -> ago ? "ON_OR_BEFORE" : "ON_OR_AFTER";
                    case "up to" -> ago ? "ON_OR_AFTER" : "ON_OR_BEFORE";
                    default -> "APPROX";
                };
                r.expl = r.expl + ", qualified by \"" + q + "\"";
                return new Cand(start, b.end, r);
            }
            // In "get around Wednesday's ruling", "around" is a preposition before a possessive, not "about".
            if (approxWord && (r.type == TimexType.DATE || r.type == TimexType.TIME) && !possessiveAt(b.end)) {
                r.approx = true;
                if (r.mod == null) {
                    r.mod = "APPROX";
                }
                r.expl = r.expl + ", approximate (\"" + q + "\")";
                return new Cand(q.equals("about") && r.type == TimexType.TIME ? b.start : start, b.end, r);
            }
            return null;
        }

        private Cand parseRange(int start, int firstPos) {
            Cand b1 = parseModified(firstPos);
            if (b1 == null || b1.start != firstPos || b1.res.type == TimexType.DURATION || b1.res.type == TimexType.SET) {
                return null;
            }
            int p2 = RangeRule.afterSeparator(text, b1.end);
            if (p2 < 0) {
                return null;
            }
            Cand b2 = parseModified(p2);
            if ((b2 == null || b2.start != p2) && b1.res.monthDay) {
                b2 = bareDay(p2, b1.res);
            }
            if (b2 == null || b2.start != p2 || b2.res.type == TimexType.DURATION || b2.res.type == TimexType.SET) {
                return null;
            }
            Res r = combineRange(b1.res, b2.res);
            if (r != null && r.ends != null) {
                r.ends = new Cand[] {new Cand(b1.start, b1.end, r.ends[0].res), new Cand(b2.start, b2.end, r.ends[1].res)};
            }
            return r == null ? null : new Cand(start, b2.end, r);
        }

        private Cand dashRange(Cand c) {
            Res r1 = c.res;
            if (r1.type != TimexType.DATE || r1.gran == G.NONE) {
                return c;
            }
            int p2 = RangeRule.afterDash(text, c.end);
            if (p2 < 0) {
                return c;
            }
            Cand b2 = null;
            if (r1.gran == G.YEAR && r1.from != null) {
                int[] two = RangeRule.twoDigitEndYear(text, p2, r1.from.getYear());
                if (two != null) {
                    b2 = new Cand(p2, two[1], yearRes(two[0], "explicit year"));
                }
            }
            if (b2 == null) {
                b2 = parseCore(p2, false);
            }
            if (b2 == null && r1.monthDay) {
                b2 = bareDay(p2, r1);
            }
            if (b2 == null || b2.start != p2 || b2.res.type != TimexType.DATE || b2.res.gran != r1.gran) {
                return c;
            }
            Res r = combineRange(r1, b2.res);
            if (r != null && r.ends != null) {
                r.ends = new Cand[] {new Cand(c.start, c.end, r.ends[0].res), new Cand(b2.start, b2.end, r.ends[1].res)};
            }
            return r == null ? c : new Cand(c.start, b2.end, r);
        }

        private Cand bareDay(int pos, Res first) {
            Matcher m = at(BAREDAY, pos);
            if (m == null || first.mo == 0) {
                return null;
            }
            int d = Integer.parseInt(m.group(1));
            YearMonth ym;
            if (m.group(2) != null) {
                ym = YearMonth.of(Integer.parseInt(m.group(2)), first.mo);
            } else if (first.from != null) {
                ym = YearMonth.from(first.from);
            } else {
                return null;
            }
            if (d < 1 || d > ym.lengthOfMonth() || d <= first.dd) {
                return null;
            }
            Res r = dayRes(ym.atDay(d), "day in the same month");
            r.explicitYear = m.group(2) != null || first.explicitYear;
            r.monthDay = true;
            r.mo = first.mo;
            r.dd = d;
            return new Cand(pos, m.end(), r);
        }

        private Res combineRange(Res a, Res b) {
            if (a.from == null && "PRESENT_REF".equals(a.value) && b.from != null && ref != null
                    && !b.to.isBefore(ref)) {
                // "between now and Feb. 10": from the publication date to the second end; TimeML marks "now"
                // (PRESENT_REF) and the date as two expressions.
                Res r = Res.dated(G.RANGE, ref, b.to, ref + "/" + b.to, "range from now (the publication date "
                        + ref + ") to " + b.to);
                String sb = single(b);
                r.rangeEdtf = ref + "/" + (sb != null ? sb : b.to);
                r.ends = new Cand[] {new Cand(0, 0, a), new Cand(0, 0, b)};
                r.explicitYear = b.explicitYear;
                return r;
            }
            if (a.from == null && a.monthDay && b.from != null && b.explicitYear
                    && a.dd <= YearMonth.of(b.from.getYear(), a.mo).lengthOfMonth()) {
                // "from March 20 to 22, 2023": the year written at the end applies to both ends.
                Res fixed = dayRes(LocalDate.of(b.from.getYear(), a.mo, a.dd), a.expl);
                fixed.explicitYear = true;
                fixed.monthDay = true;
                a = fixed.from.isAfter(b.from) ? shiftYear(fixed, -1) : fixed;
            }
            if (a.from == null || b.from == null) {
                Res r = new Res();
                r.gran = G.RANGE;
                r.expl = "range with an unresolved end point (no reference date)";
                return r;
            }
            if (a.dow != null && b.dow != null) {
                // A weekday range runs forward from its first day ("from Monday to Wednesday").
                LocalDate end = RangeRule.weekdayEnd(a.from, a.dow, b.dow);
                b = dayRes(end, "");
            } else if (!a.explicitYear && b.explicitYear && a.dow == null) {
                a = shiftYear(a, b.from.getYear() - a.from.getYear());
                if (a.from.isAfter(b.from)) {
                    a = shiftYear(a, -1);
                }
            } else if (a.explicitYear && !b.explicitYear && b.dow == null) {
                b = shiftYear(b, a.from.getYear() - b.from.getYear());
                if (b.to.isBefore(a.from)) {
                    b = shiftYear(b, 1);
                }
            }
            if (b.to.isBefore(a.from)) {
                return null;
            }
            Res r = new Res();
            r.gran = G.RANGE;
            r.from = a.from;
            r.to = b.to;
            String sa = single(a);
            String sb = single(b);
            r.rangeEdtf = sa != null && sb != null ? sa + "/" + sb : a.from + "/" + b.to;
            // Offsets are filled in by the caller, which knows where each end stands.
            r.ends = new Cand[] {new Cand(0, 0, a), new Cand(0, 0, b)};
            r.value = a.from + "/" + b.to;
            r.explicitYear = a.explicitYear || b.explicitYear;
            r.expl = "range from " + a.from + " to " + b.to;
            return r;
        }

        private Res shiftYear(Res r, int years) {
            if (years == 0) {
                return r;
            }
            r.from = r.from.plusYears(years);
            r.to = r.gran == G.DAY ? r.from : YearMonth.from(r.to.plusYears(years)).atEndOfMonth();
            if (r.gran == G.DAY) {
                r.value = r.from.toString();
            } else if (r.gran == G.MONTH) {
                r.value = YearMonth.from(r.from).toString();
            }
            r.expl = r.expl + ", year taken from the other end of the range";
            return r;
        }

        // ---- core expressions ----

        private Cand parseCore(int i, boolean allowTheUnit) {
            char c = text.charAt(i);
            Cand best = null;
            if (Character.isDigit(c)) {
                best = longest(best, i, ISO, this::iso);
                best = longest(best, i, NUMDATE, this::numDate);
                best = rule(best, HolidayRule.nineEleven(text, i), G.DAY);
                if (i == 0 || text.charAt(i - 1) != '.' && !Character.isDigit(text.charAt(i - 1))) {
                    best = longest(best, i, DOTDATE, this::dotDate);
                }
                best = longest(best, i, DMY, this::dmy);
                best = longest(best, i, DRANGE, this::dRange);
                best = longest(best, i, DMDM, this::dmdm);
                best = longest(best, i, YEAR, this::year);
                best = longest(best, i, DECADE, this::decade);
                best = longest(best, i, DURATION, this::duration);
                best = amountRange(best, i);
                best = rule(best, SetRule.at(analysis, i), G.NONE);
                best = clock(best, i);
                best = decadeOrCentury(best, i);
                if (best == null && i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
                    // "'80s": the apostrophe stands for the century.
                    best = decadeOrCentury(null, i - 1);
                }
                return withClockAfter(best);
            }
            if ((c == '\'' || c == '’') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                // "'90s" after a modifier ("the late '90s"): the apostrophe stands for the century.
                return decadeOrCentury(null, i);
            }
            if (Character.isUpperCase(c)) {
                int we = wordEnd(i);
                String w = text.substring(i, we);
                if (HOLIDAY_STARTERS.contains(w)) {
                    RuleMatch h = HolidayRule.at(text, i, ref, () -> tense(i, we));
                    return rule(null, h, h != null && h.from() != null && !h.from().equals(h.to()) ? G.WEEK : G.DAY);
                }
                if (CalendarDateRule.isMonthName(w)) {
                    best = longest(best, i, MDY, this::mdy);
                    best = longest(best, i, MDRANGE, this::mdRange);
                    best = longest(best, i, MDMD, this::mdmd);
                    best = longest(best, i, MY, this::my);
                    best = longest(best, i, MONTH_REL_YEAR, this::monthRelYear);
                    best = longest(best, i, M, this::month);
                    RuleMatch attacks = best == null ? null : HolidayRule.namedNineEleven(text, i, best.end, ref);
                    if (attacks != null) {
                        // "the Sept. 11 attacks": the day of 2001, whatever the publication year.
                        best = rule(null, attacks, G.DAY);
                    }
                    return withClockAfter(best);
                }
                if (WEEKDAYS_BY_NAME.containsKey(w)) {
                    // "Tuesday nights", "Monday and Tuesday nights": a plural part of the day makes a set, which
                    // the weekday date of the same extent does not replace.
                    best = rule(best, SetRule.at(analysis, i), G.NONE);
                    best = longest(best, i, WEEKDAY, this::weekday);
                    best = longest(best, i, DMY, this::dmy);
                    best = longest(best, i, MDY, this::mdy);
                    return best != null && best.res.dow == null ? withClockAfter(best) : best;
                }
                if (w.endsWith("s") && WEEKDAYS_BY_NAME.containsKey(w.substring(0, w.length() - 1))) {
                    return rule(null, SetRule.at(analysis, i), G.NONE);
                }
            }
            String lw = text.substring(i, wordEnd(i)).toLowerCase(Locale.ROOT);
            if (lw.equals("the") || lw.equals("early") || lw.equals("mid") || lw.equals("late")) {
                best = longest(best, i, PART_OF_DAY, this::partOfDay);
            }
            if (lw.equals("the")) {
                best = longest(best, i, NTH_DAY, this::nthDayOf);
            }
            if (PART_BEFORE_NOUN.contains(lw)) {
                best = partBeforeNoun(best, i, lw);
            }
            if (lw.equals("a")) {
                best = longest(best, i, JUDGED_DAY, this::judgedDay);
                best = longest(best, i, A_WHILE, this::aWhile);
            }
            if (lw.equals("an")) {
                best = longest(best, i, A_WHILE, this::aWhile);
            }
            if (VagueReferenceRule.STARTERS.contains(lw)) {
                best = rule(best, VagueReferenceRule.at(text, i), G.NONE);
            }
            if (lw.equals("the") || DecadeCenturyRule.STARTERS.contains(lw)) {
                best = decadeOrCentury(best, i);
            }
            if (lw.equals("the") || lw.equals("nineteen") || lw.equals("eighteen") || lw.equals("two")) {
                best = rule(best, SpelledYearRule.at(text, i, prevWord(i)), G.YEAR);
            }
            if (lw.equals("last") || lw.equals("next") || lw.equals("this")) {
                best = rule(best, HolidayRule.at(text, i, ref, () -> tense(i, i + 1)), G.DAY);
            }
            if (QUARTER_STARTERS.contains(lw)) {
                best = rule(best, QuarterRule.at(text, i, ref, recentQuarter(i),
                        () -> tense(i, i + 1) == Tense.FUTURE, () -> tense(i, i + 1) == Tense.PAST), G.QUARTER);
            }
            if (FiscalYearRule.STARTERS.contains(lw)) {
                best = rule(best, FiscalYearRule.at(text, i, ref), G.YEAR);
            }
            switch (lw) {
                case "the" -> {
                    best = longest(best, i, DMY, this::dmy);
                    best = longest(best, i, ANAPH, this::anaphoric);
                    best = longest(best, i, THE_REL_WEEKDAY, this::theRelativeWeekday);
                    best = longest(best, i, WEEKEND, this::weekend);
                    best = weekOf(best, i);
                    best = weekendOf(best, i);
                    best = edgeDayOf(best, i);
                    best = dayBeforeAfter(best, i);
                    best = longest(best, i, THEPAST, this::thePast);
                    best = theCounted(best, i);
                    best = longest(best, i, SEASONYEAR, this::seasonYear);
                    best = longest(best, i, THE_SEASON, this::theSeason);
                    best = longest(best, i, THE_PLURAL, this::thePlural);
                    best = seasonOfSpelledYear(best, i);
                    best = longest(best, i, RELDAY2, this::relDay2);
                    if (allowTheUnit) {
                        best = longest(best, i, THEUNIT, this::theUnit);
                    }
                    best = rule(best, ReportingYearRule.at(text, i, ref), G.YEAR);
                    best = rule(best, TheWeekRule.at(text, i, ref), G.NONE);
                }
                case "yesterday", "today", "tomorrow", "tonight" -> best = longest(best, i, RELDAY, this::relDay);
                case "last", "this", "next", "coming", "past" -> {
                    best = longest(best, i, RELUNIT, this::relUnit);
                    if (lw.equals("this")) {
                        best = longest(best, i, THIS_DAY, this::thisDay);
                    }
                    best = longest(best, i, RELDAY2, this::relDay2);
                    best = longest(best, i, VAGUE_SIDE, this::vagueSide);
                }
                case "earlier", "later" -> {
                    best = longest(best, i, EARLIERLATER, this::earlierLater);
                    best = longest(best, i, ANAPH, this::anaphoric);
                    best = longest(best, i, ANAPH_PART, this::anaphoricPart);
                    best = longest(best, i, ANAPH_UNIT, this::anaphoricUnit);
                }
                case "that" -> {
                    best = longest(best, i, THAT_MONTH, this::thatMonth);
                    best = longest(best, i, THAT_MDY, this::thatMonthDay);
                    best = longest(best, i, ANAPH, this::anaphoric);
                    best = longest(best, i, ANAPH_PART, this::anaphoricPart);
                    best = longest(best, i, ANAPH_UNIT, this::anaphoricUnit);
                }
                case "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly",
                     "fortnightly", "quarterly", "once", "twice", "thrice", "weekdays", "weekends" ->
                        best = rule(best, SetRule.at(analysis, i), G.NONE);
                case "noon", "midday", "midnight" -> best = clock(best, i);
                case "dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall" -> best = twilight(best, i);
                case "recent" -> best = longest(best, i, VAGUE, this::vague);
                case "future", "upcoming" -> best = longest(best, i, VAGUE_SIDE, this::vagueSide);
                case "hours", "days", "weeks", "months", "years", "decades" -> {
                    best = longest(best, i, VAGUE, this::vague);
                    best = longest(best, i, VAGUE_DUR, this::vagueDuration);
                    best = longest(best, i, LONG_PLURAL, this::longPlural);
                }
                case "spring", "summer", "autumn", "fall", "winter" -> {
                    best = longest(best, i, SEASONYEAR, this::seasonYear);
                    best = seasonOfSpelledYear(best, i);
                }
                case "q1", "q2", "q3", "q4" -> {
                    best = longest(best, i, QUARTER, this::quarter);
                    best = rule(best, QuarterRule.at(text, i, ref, recentQuarter(i),
                            () -> tense(i, i + 1) == Tense.FUTURE, () -> tense(i, i + 1) == Tense.PAST), G.QUARTER);
                }
                default -> {
                    if (Durations.isNumberWord(lw) || lw.equals("half") || lw.equals("few") || lw.equals("several")
                            || lw.equals("dozens") || lw.equals("hundreds") || lw.equals("thousands")
                            || lw.equals("many")) {
                        best = longest(best, i, DURATION, this::duration);
                        best = amountRange(best, i);
                        best = rule(best, SetRule.at(analysis, i), G.NONE);
                        best = longest(best, i, YEAR_EARLIER, this::yearEarlier);
                        best = clock(best, i);
                    } else if (lw.equals("year")) {
                        best = longest(best, i, YEAR_EARLIER, this::yearEarlier);
                    }
                }
            }
            return best;
        }

        /** Takes a rule class's match when it is longer than the best so far. */
        private Cand rule(Cand best, RuleMatch m, G gran) {
            if (m == null || (best != null && m.end() <= best.end)) {
                return best;
            }
            Res r = new Res();
            r.type = m.type();
            r.value = m.value();
            r.mod = m.mod();
            r.from = m.from();
            r.to = m.to();
            r.gran = m.from() == null ? G.NONE : gran;
            r.explicitYear = m.from() != null;
            r.expl = m.explanation();
            r.backReference = !m.topic();
            return new Cand(m.start(), m.end(), r);
        }

        private Cand decadeOrCentury(Cand best, int i) {
            RuleMatch m = DecadeCenturyRule.at(text, i, ref);
            return rule(best, m, m != null && m.value().length() == 2 ? G.CENTURY : G.DECADE);
        }

        /** "the winter of nineteen ninety-four": a season of a year written out in words. */
        private Cand seasonOfSpelledYear(Cand best, int i) {
            Matcher m = at(SEASON_OF, i);
            if (m == null) {
                return best;
            }
            String season = m.group(1).toLowerCase(Locale.ROOT);
            RuleMatch y = SpelledYearRule.at(text, m.end(), "of");
            if (y == null || y.start() != m.end() || y.from() == null) {
                // "the spring of last year", "the summer of that year": the season of the year named after "of".
                Cand year = parseCore(m.end(), false);
                if (year == null || year.start != m.end() || year.res.gran != G.YEAR || year.res.from == null
                        || (best != null && year.end <= best.end)) {
                    return best;
                }
                Res r = seasonRes(season, year.res.from.getYear(), "the " + season + " of " + year.res.from.getYear()
                        + " (" + year.res.expl + ")");
                r.explicitYear = year.res.explicitYear;
                return new Cand(i, year.end, r);
            }
            if (best != null && y.end() <= best.end) {
                return best;
            }
            Res r = seasonRes(season, y.from().getYear(), "season of a year written out (" + y.explanation() + ")");
            r.explicitYear = true;
            return new Cand(i, y.end(), r);
        }

        /** "the week of March 6": the week (Monday to Sunday, as in ISO 8601) that contains the day named. */
        private Cand weekOf(Cand best, int i) {
            Matcher m = at(WEEK_OF, i);
            if (m == null) {
                return best;
            }
            Cand day = followedBy(m.end(), best, r -> r.gran == G.DAY);
            if (day == null) {
                return best;
            }
            Res r = weekRes(day.res.from, "the week containing " + day.res.from + " (" + day.res.expl + ")");
            r.explicitYear = day.res.explicitYear;
            return new Cand(i, day.end, r);
        }

        /**
         * "the first day of 2020", "the last day of March": the first or last day of the month or year named, one
         * expression (not the month or year alone).
         */
        private Cand edgeDayOf(Cand best, int i) {
            Matcher m = at(EDGE_DAY_OF, i);
            if (m == null) {
                return best;
            }
            Cand period = followedBy(m.end(), best, r -> (r.gran == G.MONTH || r.gran == G.YEAR) && r.to != null);
            if (period == null) {
                return best;
            }
            boolean first = m.group(1).equalsIgnoreCase("first");
            LocalDate d = first ? period.res.from : period.res.to;
            Res r = dayRes(d, "the " + (first ? "first" : "last") + " day of " + period.res.value + " ("
                    + period.res.expl + ")");
            r.explicitYear = period.res.explicitYear;
            return new Cand(i, period.end, r);
        }

        /**
         * The expression that begins right at {@code after} (the phrase just matched leads into it), dated
         * ({@code from} known) and accepted by {@code fits}, when it ends beyond {@code best}; null otherwise.
         */
        private Cand followedBy(int after, Cand best, java.util.function.Predicate<Res> fits) {
            Cand next = parseCore(after, false);
            return next == null || next.start != after || next.res.from == null || !fits.test(next.res)
                    || (best != null && next.end <= best.end) ? null : next;
        }

        /**
         * "the weekend of May 5": the Saturday and Sunday of the week containing that day, one expression (not "the
         * weekend" nearest the publication date followed by "May 5").
         */
        private Cand weekendOf(Cand best, int i) {
            Matcher m = at(WEEKEND_OF, i);
            if (m == null) {
                return best;
            }
            Cand day = followedBy(m.end(), best, r -> r.gran == G.DAY);
            if (day == null) {
                return best;
            }
            LocalDate monday = day.res.from.with(DayOfWeek.MONDAY);
            Res r = weekendRes(monday, "the weekend of the week containing " + day.res.from + " (" + day.res.expl + ")");
            r.explicitYear = day.res.explicitYear;
            return new Cand(i, day.end, r);
        }

        /** "the day before last Tuesday's hearing", "the day after Christmas": one day off the day named. */
        private Cand dayBeforeAfter(Cand best, int i) {
            Matcher m = at(DAY_BEFORE_AFTER, i);
            if (m == null) {
                Matcher closing = at(DAY_BEFORE_AFTER_END, i);
                return closing == null ? best
                        : dayBeforeAfterBack(best, i, closing.end(), closing.group(1).equalsIgnoreCase("before") ? -1 : 1);
            }
            int sign = m.group(1).equalsIgnoreCase("before") ? -1 : 1;
            int wordEnd = m.end(1);
            Cand day = followedBy(m.end(), best, r -> r.gran == G.DAY);
            if (day == null) {
                return dayBeforeAfterBack(best, i, wordEnd, sign);
            }
            LocalDate d = day.res.from.plusDays(sign);
            Res r = dayRes(d, "the day " + (sign < 0 ? "before " : "after ") + day.res.from + " (" + day.res.expl
                    + ")");
            r.explicitYear = day.res.explicitYear;
            return new Cand(i, day.end, r);
        }

        /**
         * "the day before" / "the day after" with no date after it ([i, end)): set off by a comma right after the day
         * named last ("on Wednesday, the day after Cantor lost"), it names that same day; closing its phrase ("an
         * emergency meeting the day before", "left the day after, by train"), it is the day before or after the day
         * named last in this sentence or the one before. Before anything else ("the day before the vote") the day
         * is an event's, which the text does not date: nothing is reported.
         */
        private Cand dayBeforeAfterBack(Cand best, int i, int end, int sign) {
            if (lastDay == null || (best != null && best.end >= end)) {
                return best;
            }
            int p = i - 1;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            String w = text.substring(i, end).replaceAll("\\s+", " ");
            if (p >= 0 && text.charAt(p) == ',' && p == lastDayPos) {
                Res r = dayRes(lastDay, "\"" + w + "\" set off by a comma after the day named just before: that day, "
                        + lastDay);
                return new Cand(i, end, r);
            }
            if (!CLOSES_DAY_BEFORE.matcher(text).region(end, Math.min(n, end + 12)).lookingAt() || !dayInReach(i)) {
                return best;
            }
            LocalDate d = lastDay.plusDays(sign);
            return new Cand(i, end, dayRes(d, "\"" + w + "\": the day " + (sign < 0 ? "before" : "after")
                    + " the previously mentioned day " + lastDay));
        }

        /**
         * "the nine months", "the first two years", "the year-earlier nine months": TimeML marks a counted span
         * written as a noun phrase with its determiner (and an ordinal before the amount), valued as the span.
         * An adjectival length ("the 14-day period") keeps its determiner outside, and "ago"/"from now" makes a date.
         */
        private Cand theCounted(Cand best, int i) {
            Matcher m = at(THE_COUNTED, i);
            if (m == null) {
                return best;
            }
            int p = m.end();
            Matcher d = at(DURATION, p);
            if (d == null || d.group(4) == null || d.group(7) != null || text.charAt(d.start(3) - 1) == '-'
                    || (best != null && d.end() <= best.end)) {
                return best;
            }
            Res r = duration(d);
            if (r == null || r.type != TimexType.DURATION) {
                return best;
            }
            r.expl = r.expl + " (\"" + text.substring(i, d.end()).replaceAll("\\s+", " ") + "\")";
            return new Cand(i, d.end(), r);
        }

        /**
         * "within two to three weeks", "10-12 hours": a range of durations is one expression, as TimeBank marks
         * it, valued by its lower end in the unit written after the second amount (P2W: at least two weeks).
         * After "between" ("between two to six days") the text names two ends, as for dates, and TimeML marks
         * them apart: the first amount is then a duration of its own ("two", P2D) and the second ("six days")
         * is found as usual. Ages and dates counted back are left out, as they are for a single amount.
         */
        private Cand amountRange(Cand best, int i) {
            Matcher a = at(AMOUNT_TO, i);
            if (a == null) {
                return best;
            }
            String numStr = a.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Double amount = numStr.equals("a") || numStr.equals("an") ? null : Durations.amount(numStr);
            Matcher d = amount == null ? null : at(DURATION, a.end());
            if (d == null || d.group(7) != null || d.group(2) != null || d.group(5) != null) {
                return best;
            }
            Res second = duration(d);
            Double upper = Durations.amount(d.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (second == null || second.type != TimexType.DURATION || (upper != null && upper < amount)) {
                // A first number above the second ("won 3-2 days ago") is a score or a count, not a range.
                return best;
            }
            if (best != null && d.end() <= best.end) {
                return best;
            }
            String unit = d.group(3).toLowerCase(Locale.ROOT);
            Res r = new Res();
            r.type = TimexType.DURATION;
            r.value = Durations.isoDuration(amount, unit);
            String amountText = Durations.fmt(amount) + " " + unit + (amount == 1 ? "" : "s");
            if ("between".equals(prevWord(i))) {
                if (best != null && a.end(1) <= best.end) {
                    return best;
                }
                r.expl = "\"" + a.group(1).trim() + "\", the first end of the range of durations \"between "
                        + text.substring(i, d.end()).replaceAll("\\s+", " ") + "\": " + amountText;
                return new Cand(i, a.end(1), r);
            }
            r.expl = "a range of durations valued by its lower end: " + amountText + " to "
                    + d.group(0).strip().replaceAll("\\s+", " ");
            return new Cand(i, d.end(), r);
        }

        /**
         * The quarter under discussion: the one mentioned last (forecasts left out, see {@link #forecastQuarter}),
         * as {year, quarter}, when it is close enough to be what the text is about.
         */
        private int[] recentQuarter(int pos) {
            return lastQuarter != null && pos - lastQuarterPos < QUARTER_CONTEXT ? lastQuarter : null;
        }

        private interface Handler {
            Res apply(Matcher m);
        }

        private Cand longest(Cand best, int i, Pattern pattern, Handler h) {
            Matcher m = at(pattern, i);
            if (m == null) {
                return best;
            }
            int end = m.end();
            if (best != null && end <= best.end || blankLineIn(i, end)) {
                return best;
            }
            Res r = h.apply(m);
            if (r == null) {
                return best;
            }
            end = Math.max(end, r.extendTo);
            int start = Math.max(i, r.startAt);
            // A trailing possessive ("last week's") is grammar, not part of the expression.
            if (end - i > 2 && text.charAt(end - 1) == 's'
                    && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
                end -= 2;
            }
            return new Cand(start, end, r);
        }

        /**
         * Whether [from, to) crosses a blank line: "… WE 4" ending a headline and "August 16, 2011" on the dateline
         * below are two pieces of text, never one date ("4 August").
         */
        private boolean blankLineIn(int from, int to) {
            // reads [from, to) only: a search for the next line break could run to the end of a text without one
            // (one giant sentence), once per candidate
            boolean lineBreak = false;
            for (int p = from; p < to; p++) {
                char c = text.charAt(p);
                if (c == '\n') {
                    if (lineBreak) {
                        return true;
                    }
                    lineBreak = true;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    lineBreak = false;
                }
            }
            return false;
        }

        // ---- handlers: absolute dates ----

        private Res iso(Matcher m) {
            return explicitDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), "ISO date");
        }

        private Res numDate(Matcher m) {
            CalendarDateRule.Day d = CalendarDateRule.numeric(m.group(1), m.group(2), m.group(3), ref);
            return d == null ? null : explicitDay(d.date().getYear(), d.date().getMonthValue(),
                    d.date().getDayOfMonth(), d.how());
        }

        private Res dotDate(Matcher m) {
            return explicitDay(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    "numeric date with points, day.month.year");
        }

        private Res explicitDay(int y, int mo, int d, String how) {
            LocalDate day = CalendarDateRule.day(y, mo, d);
            if (day == null) {
                return null;
            }
            Res r = dayRes(day, how);
            r.explicitYear = true;
            r.monthDay = true;
            r.mo = mo;
            r.dd = d;
            return r;
        }

        private Res dmy(Matcher m) {
            return monthDay(m.group(1), m.group(3), m.group(2), m.group(4), m);
        }

        private Res mdy(Matcher m) {
            return monthDay(m.group(1), m.group(2), m.group(3), m.group(4), m);
        }

        private Res monthDay(String weekday, String monthName, String dayStr, String yearStr, Matcher m) {
            int mo = monthNumber(monthName);
            int d = Integer.parseInt(dayStr);
            if (mo == 0 || d < 1 || d > 31) {
                return null;
            }
            if (yearStr != null) {
                int y = Integer.parseInt(yearStr);
                if (d > YearMonth.of(y, mo).lengthOfMonth()) {
                    return null;
                }
                Res r = dayRes(LocalDate.of(y, mo, d), "explicit date");
                r.explicitYear = true;
                r.monthDay = true;
                r.mo = mo;
                r.dd = d;
                return r;
            }
            if (d > YearMonth.of(2024, mo).lengthOfMonth()) {
                return null;
            }
            if (ref == null) {
                Res r = new Res();
                r.gran = G.DAY;
                r.value = String.format("XXXX-%02d-%02d", mo, d);
                r.monthDay = true;
                r.mo = mo;
                r.dd = d;
                r.expl = "day and month without year; no reference date";
                return r;
            }
            Anchoring.Anchored<LocalDate> anchored = Anchoring.dayOfMonth(ref, mo, d, tense(m.start(), m.end()),
                    clause.pastVerbRightBefore(m.start()) || clause.pastVerbAndObjectBefore(m.start()));
            if (anchored == null) {
                return null;
            }
            LocalDate nearDated = lastDatedDay != null && lastDatedDaySentenceStart == sentenceContaining(m.start())[0]
                    ? Anchoring.nearDatedDay(lastDatedDay, mo, d, NEAR_DATED_DAYS) : null;
            Res r = nearDated != null && !nearDated.equals(anchored.date())
                    ? dayRes(nearDated, "day and month without year, in the year of " + lastDatedDay
                            + ", written with its year earlier in the sentence")
                    : dayRes(anchored.date(), anchored.explanation());
            r.monthDay = true;
            r.mo = mo;
            r.dd = d;
            return r;
        }

        private Res dRange(Matcher m) {
            return dayRange(m.group(3), m.group(1), m.group(3), m.group(2), m.group(4), m);
        }

        private Res mdRange(Matcher m) {
            return dayRange(m.group(1), m.group(2), m.group(1), m.group(3), m.group(4), m);
        }

        private Res dmdm(Matcher m) {
            return withDayEnds(dayRange(m.group(2), m.group(1), m.group(4), m.group(3), m.group(5), m), m);
        }

        private Res mdmd(Matcher m) {
            return withDayEnds(dayRange(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m), m);
        }

        /**
         * A range whose two ends each name a day and a month ("March 31-April 4", "31 March-4 April"), groups 1-2
         * the first end and 3-4 (5, a year) the second: TimeML marks each end as a date of its own, as it does
         * "from March 31 to April 4".
         */
        private Res withDayEnds(Res r, Matcher m) {
            if (r == null || r.from == null || r.to == null) {
                return r;
            }
            Res a = dayRes(r.from, r.expl);
            Res b = dayRes(r.to, r.expl);
            int secondEnd = m.group(5) != null ? m.end(5) : m.end(4);
            r.ends = new Cand[] {new Cand(m.start(1), m.end(2), a), new Cand(m.start(3), secondEnd, b)};
            return r;
        }

        private Res dayRange(String m1, String d1, String m2, String d2, String yearStr, Matcher m) {
            int mo1 = monthNumber(m1);
            int mo2 = monthNumber(m2);
            int a = Integer.parseInt(d1);
            int b = Integer.parseInt(d2);
            if (mo1 == 0 || mo2 == 0 || a < 1 || b < 1 || a > 31 || b > 31) {
                return null;
            }
            int y2;
            String how;
            if (yearStr != null) {
                y2 = Integer.parseInt(yearStr);
                how = "explicit range";
            } else if (ref != null) {
                y2 = Anchoring.yearByTense(ref, mo2, Math.min(b, YearMonth.of(ref.getYear(), mo2).lengthOfMonth()),
                        tense(m.start(), m.end()));
                how = "range without year, year chosen by tense relative to " + ref;
            } else {
                Res r = new Res();
                r.gran = G.RANGE;
                r.value = null;
                r.expl = "day range without year; no reference date";
                return r;
            }
            int y1 = mo1 > mo2 ? y2 - 1 : y2;
            if (b > YearMonth.of(y2, mo2).lengthOfMonth() || a > YearMonth.of(y1, mo1).lengthOfMonth()) {
                return null;
            }
            LocalDate from = LocalDate.of(y1, mo1, a);
            LocalDate to = LocalDate.of(y2, mo2, b);
            if (to.isBefore(from)) {
                return null;
            }
            Res r = new Res();
            r.gran = G.RANGE;
            r.from = from;
            r.to = to;
            r.value = from + "/" + to;
            r.rangeEdtf = from + "/" + to;
            r.explicitYear = yearStr != null;
            r.expl = how;
            return r;
        }

        /** "June last year", "February this year": one month of a year named relative to the reference. */
        private Res monthRelYear(Matcher m) {
            int mo = monthNumber(m.group(1));
            if (mo == 0 || ref == null) {
                return null;
            }
            String rel = m.group(2).toLowerCase(Locale.ROOT);
            int y = ref.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
            Res r = monthRes(YearMonth.of(y, mo), "month of " + rel + " year, the publication year being "
                    + ref.getYear());
            r.explicitYear = true;
            return r;
        }

        private Res my(Matcher m) {
            int mo = monthNumber(m.group(1));
            if (mo == 0) {
                return null;
            }
            Res r = monthRes(YearMonth.of(Integer.parseInt(m.group(2)), mo), "explicit month and year");
            r.explicitYear = true;
            return r;
        }

        private Res month(Matcher m) {
            String name = m.group(1);
            int mo = monthNumber(name);
            String prev = prevWord(m.start());
            boolean context = MONTH_CONTEXT.contains(prev);
            if (!context && (prev.equals("and") || prev.equals("or") || prev.equals("to"))) {
                context = monthBeforeConjunction(m.start());
            }
            if (!context) {
                if ((name.equals("May") || name.equals("March")) && !monthBeforeNoun(prev, m.end())) {
                    // Without a date cue these are the modal verb and the verb "to march".
                    return null;
                }
                int next = skipSpaces(m.end());
                if (next < n && Character.isUpperCase(text.charAt(next))) {
                    // "June Carter", "August Strindberg": a first name, not a month.
                    return null;
                }
            }
            if (ref == null) {
                Res r = new Res();
                r.gran = G.MONTH;
                r.value = String.format("XXXX-%02d", mo);
                r.expl = "month without year; no reference date";
                return r;
            }
            Tense t = prev.equals("since") ? Tense.PAST : tense(m.start(), m.end());
            if (t == Tense.PAST && UNTIL_WORDS.contains(prev) && clause.presentPerfectBefore(m.start())) {
                // "has extended the loans through January": the end of a stretch that reaches the present can lie on
                // either side of it, so the nearest such month, not the past one.
                Anchoring.Anchored<YearMonth> near = Anchoring.month(ref, mo, Tense.UNKNOWN, false);
                return monthRes(near.date(), near.explanation() + "; \"" + prev + "\" after a present perfect ends a"
                        + " stretch that reaches the present");
            }
            Anchoring.Anchored<YearMonth> anchored = Anchoring.month(ref, mo, t,
                    prev.equals("since") || clause.governedByPastVerb(m.start(), m.end()));
            return monthRes(anchored.date(), anchored.explanation());
        }

        /**
         * "the March accession", "a May deadline": a capitalised "March"/"May" between a determiner and a
         * lower-case noun it modifies is the month (the verb takes no determiner). A preposition after it
         * makes it a name ("the March of Dimes", "the March for Life").
         */
        private boolean monthBeforeNoun(String prev, int end) {
            if (!MONTH_DETERMINERS.contains(prev)) {
                return false;
            }
            int p = skipSpaces(end);
            if (p >= n || !Character.isLowerCase(text.charAt(p))) {
                return false;
            }
            String next = nextWord(end);
            return next.length() > 2 && !NOT_NOUN_AFTER_MONTH.contains(next);
        }

        /**
         * "the June 20 shooting", "his Friday speech": a day between a determiner and the lower-case noun of an event
         * names that event's day, not the time of the story told around it ("the Friday before" does).
         */
        private boolean dayBeforeItsNoun(int start, int end) {
            return monthBeforeNoun(prevWord(start), end) && !NOT_NOUN_AFTER_DAY.contains(nextWord(end));
        }

        private boolean monthBeforeConjunction(int pos) {
            // "March and May", "between 1 and 5 May": a month or number right before the conjunction.
            int p = prevWordStart(pos);
            if (p < 0) {
                return false;
            }
            String w2 = prevWord(p);
            return CalendarDateRule.isMonthName(capitalise(w2)) || w2.matches("\\d{1,2}");
        }

        private Res year(Matcher m) {
            int y = Integer.parseInt(m.group(1));
            int s = m.start();
            int e = m.end();
            if (!CalendarDateRule.isYear(text, s, e, y, prevWord(s), nextWord(e),
                    Character.isLowerCase(nextWordFirstChar(e)))) {
                return null;
            }
            Res r = yearRes(y, "explicit year");
            return r;
        }

        private Res decade(Matcher m) {
            int y = Integer.parseInt(m.group(1));
            if (y % 100 == 0 && y < 2000) {
                // "the 1800s", "the early 1900s" name a century (TimeML "18", "19"), not the years 1800-1809; "the
                // 2000s" stays the decade news means by it.
                Res c = Res.dated(G.CENTURY, LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31),
                        String.valueOf(y / 100), "century, the years " + y + "-" + (y + 99));
                c.explicitYear = true;
                return c;
            }
            Res r = Res.dated(G.DECADE, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31),
                    String.valueOf(y / 10), "decade");
            r.explicitYear = true;
            return r;
        }

        private Res quarter(Matcher m) {
            int q = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            return quarterRes(y, q, "explicit quarter");
        }

        private Res seasonYear(Matcher m) {
            String s = m.group(1).toLowerCase(Locale.ROOT);
            int y = Integer.parseInt(m.group(2));
            Res r = seasonRes(s, y, "season of an explicit year");
            r.explicitYear = true;
            return r;
        }

        // ---- handlers: relative expressions ----

        /**
         * "the summer", "the early winter" without a year: the season the reference date falls in, else
         * the last one before it, or the next one when the clause speaks of the future ("fall" is left
         * out: "the fall of the wall", "the fall in prices").
         */
        private Res theSeason(Matcher m) {
            if (ref == null || nextWord(m.end()).equals("of")) {
                return null; // "the winter of nineteen ninety-four" is a season of a year written out
            }
            String season = m.group(2).toLowerCase(Locale.ROOT);
            int inside = RelativeDayRule.seasonYear(ref, season, 0);
            LocalDate[] now = RelativeDayRule.season(season, inside);
            boolean during = !ref.isBefore(now[0]) && !ref.isAfter(now[1]);
            boolean future = !during && tense(m.start(), m.end()) == Tense.FUTURE;
            int y = during ? inside : RelativeDayRule.seasonYear(ref, season, future ? 1 : -1);
            String w = m.group().replaceAll("\\s+", " ");
            Res r = seasonRes(season, y, "\"" + w + "\": the " + season + (during ? " the publication date " + ref
                    + " falls in" : future ? " after the publication date " + ref + " (future tense)"
                    : " before the publication date " + ref));
            if (m.group(1) != null) {
                String edge = m.group(1).toLowerCase(Locale.ROOT);
                r.mod = edge.equals("early") ? "START" : edge.equals("late") ? "END" : "MID";
            }
            return r;
        }

        private Res weekday(Matcher m) {
            return weekdayRes(WEEKDAYS_BY_NAME.get(m.group(1)), m.group(2), m.start(), m.end());
        }

        /** A weekday (with an optional part of day) standing at [start, end), placed by the clause's tense. */
        private Res weekdayRes(DayOfWeek dow, String part, int start, int end) {
            if (ref == null) {
                Res r = new Res();
                r.gran = G.DAY;
                r.dow = dow;
                r.value = "XXXX-WXX-" + dow.getValue();
                r.expl = "weekday; no reference date";
                if (part != null) {
                    r.type = TimexType.TIME;
                    r.value += "T" + partCode(part);
                }
                return r;
            }
            String prev = prevWord(start);
            boolean origin = prev.equals("from") && originFrom(start, end);
            Tense t = prev.equals("since") || origin ? Tense.PAST
                    : (prev.equals("until") || prev.equals("till")) && !clause.postponedTo(start) ? Tense.UNKNOWN
                    : tense(start, end);
            boolean possessive = possessiveAt(start + Anchoring.dayName(dow).length());
            boolean futureIgnored = possessive && t == Tense.FUTURE;
            if (futureIgnored) {
                // "would look for ways to get around Wednesday's ruling": the future belongs to the verb, while
                // the possessive names an event the reader already knows of; take the nearest such day.
                t = Tense.UNKNOWN;
            }
            // The reference date's own weekday is that date whatever the tense, on neither side.
            String listedAfter = t == Tense.UNKNOWN && !futureIgnored && dow != ref.getDayOfWeek()
                    ? listedAfterWeekday(start) : null;
            if (listedAfter != null) {
                t = lastWeekday.isAfter(ref) ? Tense.FUTURE : Tense.PAST;
            }
            Anchoring.Anchored<LocalDate> anchored = Anchoring.weekday(ref, dow, t);
            LocalDate d = anchored.date();
            String how = origin ? anchored.explanation().replace(", past tense", "")
                    + "; a thing \"from\" a day (\"the results from " + Anchoring.dayName(dow)
                    + "\") comes from a day already behind"
                    : futureIgnored ? anchored.explanation().replace(", tense unclear", "")
                    + "; a possessive weekday names a known event, so the future verb of its clause does not move it"
                    : listedAfter == null ? anchored.explanation()
                    : anchored.explanation().replace(t == Tense.FUTURE ? ", future tense" : ", past tense", "")
                            + ", on the same side as " + listedAfter + " " + lastWeekday
                            + " listed before it (tense unclear)";
            Res r = dayRes(d, how);
            r.dow = dow;
            if (part != null) {
                r.type = TimexType.TIME;
                r.gran = G.TIME;
                r.value = d + "T" + partCode(part);
            }
            return r;
        }

        /**
         * The weekday's text ("Monday") when the weekday at {@code start} follows the weekday emitted last in
         * a list ("Monday and Tuesday", "Monday, Tuesday or Wednesday", "Monday night and on Tuesday"), else
         * null. Only a comma, "and", "or" and "on" may stand between them.
         */
        private String listedAfterWeekday(int start) {
            if (lastWeekday == null || lastWeekday.equals(ref) || lastWeekdayEnd < 0 || lastWeekdayEnd > start
                    || start - lastWeekdayEnd > 12) {
                return null;
            }
            String between = text.substring(lastWeekdayEnd, start).trim().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            if (!LIST_JOINS.matcher(between).matches()) {
                return null;
            }
            return Anchoring.dayName(lastWeekday.getDayOfWeek());
        }

        /**
         * Whether "from" before the weekday at [start, end) names where a thing comes from ("the message from
         * Tuesday is clear", "results from Monday's vote"): a noun before "from", no other end of a stretch after
         * the day ("from Monday to Friday", "from Monday on") and no future verb in the sentence ("the new rules
         * from Monday will apply": from then on). Such a day lies behind.
         */
        private boolean originFrom(int start, int end) {
            int fromStart = prevWordStart(start);
            String noun = prevWord(fromStart);
            if (noun.length() < 3 || NOT_ORIGIN_NOUN.contains(noun) || noun.endsWith("ed") || noun.endsWith("ing")
                    || noun.endsWith("ly") || TIME_UNIT_WORD.matcher(noun).matches()) {
                return false;
            }
            int after = end;
            if (possessiveAt(after)) {
                after += 2;
            }
            if (after < n && (text.charAt(after) == '-' || text.charAt(after) == '–' || text.charAt(after) == '—')) {
                return false;
            }
            if (STRETCH_END.contains(nextWord(after))) {
                return false;
            }
            int[] sentence = sentenceContaining(start);
            return !FUTURE_IN_SENTENCE.matcher(text).region(sentence[0], Math.min(n, sentence[1])).find();
        }

        /** Whether a possessive "'s" stands at {@code pos} ("Wednesday's ruling"). */
        private boolean possessiveAt(int pos) {
            return pos + 1 < n && (text.charAt(pos) == '\'' || text.charAt(pos) == '’') && text.charAt(pos + 1) == 's'
                    && (pos + 2 == n || !Character.isLetterOrDigit(text.charAt(pos + 2)));
        }

        private Res relDay(Matcher m) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String part = m.group(2);
            int offset = RelativeDayRule.dayOffset(w);
            if (w.equals("tonight")) {
                part = "night";
            }
            if (w.equals("today") && part == null && ref != null && possessiveAt(m.start() + 5) && nowadays(m.end())) {
                // "today's Republican Party", "in today's world": the present age, not the day.
                Res r = new Res();
                r.value = "PRESENT_REF";
                r.expl = "\"today's\" before a people, a world or an age (\"" + nextWord(m.end())
                        + "\"): the present, not the day";
                return r;
            }
            return relativeDay(offset, part, w, m.start());
        }

        /** Whether one of the two words after {@code end} names what "today's" makes of the present age. */
        private boolean nowadays(int end) {
            String first = nextWord(end);
            if (NOWADAYS_NOUNS.contains(first)) {
                return true;
            }
            int second = skipSpaces(end) + first.length();
            return !first.isEmpty() && second < n && text.charAt(second) == ' ' && NOWADAYS_NOUNS.contains(nextWord(second));
        }

        private Res relDay2(Matcher m) {
            String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return switch (w) {
                case "the day before yesterday" -> relativeDay(-2, null, w, m.start());
                case "the day after tomorrow" -> relativeDay(2, null, w, m.start());
                case "last night" -> relativeDay(-1, "night", w, m.start());
                default -> relativeDay(0, w.substring(5), w, m.start());
            };
        }

        /**
         * "yesterday", "last night", "this morning" at {@code at}: counted from the publication date, or inside a
         * quotation whose sentence names the weekday it was spoken on ("'We lost a friend yesterday,' she said
         * Sunday") from that day, as its speaker meant it ({@link QuotedSpeechDay}).
         */
        private Res relativeDay(int offset, String part, String word, int at) {
            Res r = new Res();
            r.gran = G.DAY;
            if (part != null) {
                r.type = TimexType.TIME;
                r.gran = G.TIME;
            }
            if (ref == null) {
                r.expl = "\"" + word + "\" needs a reference date";
                return r;
            }
            LocalDate base = ref;
            String from = "the publication date " + ref;
            int[] sent = sentenceContaining(at);
            QuotedSpeechDay.Found q = QuotedSpeechDay.of(text, sent[0], Math.min(n, sent[1]), at);
            if (q != null) {
                LocalDate said = Anchoring.weekday(ref, q.day(), Tense.PAST).date();
                if (!said.equals(ref)) {
                    base = said;
                    from = "the day the quotation was spoken, " + said + " (\"" + q.cue() + "\")";
                }
            }
            LocalDate d = base.plusDays(offset);
            r.from = d;
            r.to = d;
            r.value = part == null ? d.toString() : d + "T" + partCode(part);
            r.expl = "\"" + word + "\" relative to " + from;
            return r;
        }

        private Res relUnit(Matcher m) {
            String rel = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String unit = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
            String monthName = m.group(3);
            String wdName = m.group(4);
            if (rel.equals("past") && unit == null) {
                return null;
            }
            int dir = RelativeDayRule.direction(rel);
            String word = m.group().trim();
            if (ref == null) {
                Res r = new Res();
                r.gran = unit == null ? (monthName != null ? G.MONTH : G.DAY) : G.RANGE;
                if (wdName != null) {
                    r.dow = WEEKDAYS_BY_NAME.get(wdName);
                }
                r.expl = "\"" + word + "\" needs a reference date";
                return r;
            }
            if (wdName != null) {
                DayOfWeek dow = WEEKDAYS_BY_NAME.get(wdName);
                LocalDate d = RelativeDayRule.weekday(ref, dow, dir);
                Res r = dayRes(d, "\"" + word + "\" relative to the publication date " + ref);
                r.dow = dow;
                return r;
            }
            if (monthName != null) {
                YearMonth ym = RelativeDayRule.month(ref, monthNumber(monthName), dir);
                return monthRes(ym, "\"" + word + "\" relative to the publication date " + ref
                        + (dir < 0 ? " (the month before the reference month would be \"last month\")" : ""));
            }
            String expl = "\"" + word + "\" relative to the publication date " + ref;
            return switch (unit) {
                case "week" -> weekRes(ref.plusWeeks(dir), expl);
                case "weekend" -> {
                    LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(dir);
                    if (dir == 0 && ref.getDayOfWeek().getValue() <= 3 && tense(m.start(), m.end()) == Tense.PAST) {
                        // Early in the week, "this weekend" in the past tense is the one just gone.
                        yield weekendRes(monday.minusWeeks(1), "\"" + word + "\" in the past tense early in the week"
                                + " of the publication date " + ref + ": the weekend just gone");
                    }
                    yield weekendRes(monday, expl);
                }
                case "month" -> monthRes(YearMonth.from(ref).plusMonths(dir), expl);
                case "year" -> yearRes(ref.getYear() + dir, expl);
                case "quarter" -> {
                    LocalDate q = ref.plusMonths(3L * dir);
                    yield quarterRes(q.getYear(), q.get(IsoFields.QUARTER_OF_YEAR), expl);
                }
                case "decade" -> {
                    int start = (ref.getYear() / 10) * 10 + 10 * dir;
                    yield Res.dated(G.DECADE, LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31),
                            String.valueOf(start / 10), expl);
                }
                case "century" -> {
                    int start = (ref.getYear() / 100) * 100 + 100 * dir;
                    yield Res.dated(G.CENTURY, LocalDate.of(start, 1, 1), LocalDate.of(start + 99, 12, 31),
                            String.valueOf(start / 100), expl);
                }
                default -> relativeSeason(unit, dir, expl);
            };
        }

        private Res relativeSeason(String season, int dir, String expl) {
            return seasonRes(season, RelativeDayRule.seasonYear(ref, season, dir), expl);
        }

        private Res theUnit(Matcher m) {
            if (ref == null) {
                return null;
            }
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            String expl = "\"the " + unit + "\" taken as the current " + unit + " at " + ref;
            return switch (unit) {
                case "week" -> weekRes(ref, expl);
                case "month" -> monthRes(YearMonth.from(ref), expl);
                default -> yearRes(ref.getYear(), expl);
            };
        }

        private Res earlierLater(Matcher m) {
            String el = m.group(1).toLowerCase(Locale.ROOT);
            String rel = m.group(2).toLowerCase(Locale.ROOT);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            String word = m.group().trim();
            if (ref == null) {
                Res r = new Res();
                r.gran = G.SUB;
                r.expl = "\"" + word + "\" needs a reference date";
                return r;
            }
            int dir = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            Res base = switch (unit) {
                case "week" -> weekRes(ref.plusWeeks(dir), "");
                case "month" -> monthRes(YearMonth.from(ref).plusMonths(dir), "");
                default -> yearRes(ref.getYear() + dir, "");
            };
            Res r = Res.dated(G.SUB, base.from, base.to, base.value, "\"" + word + "\" relative to " + ref);
            if (dir == 0) {
                // "earlier this month" ends at the reference date, "later this month" starts there.
                if (el.equals("earlier")) {
                    r.to = ref;
                } else {
                    r.from = ref;
                }
            } else {
                long len = base.to.toEpochDay() - base.from.toEpochDay();
                if (el.equals("earlier")) {
                    r.to = base.from.plusDays(len / 2);
                    r.mod = "START";
                } else {
                    r.from = base.from.plusDays(len / 2 + 1);
                    r.mod = "END";
                }
            }
            return r;
        }

        private Res anaphoric(Matcher m) {
            String w = m.group().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean sameDay = !(w.contains("following") || w.contains("next") || w.contains("previous")
                    || w.contains("preceding"));
            LocalDate namedAfter = sameDay ? weekdayRightAfter(m.end()) : null;
            if (namedAfter != null) {
                // "Earlier in the day on Saturday, ...": the weekday right after says which day.
                return dayRes(namedAfter, "\"" + w + "\" on the day named right after it, " + namedAfter);
            }
            if (sameDay && lastMonth != null && lastMonthPos > lastDayPos && monthInReach(m.start())) {
                // "... killed last October. His name was crossed out that same day.": the day meant is one of the
                // month just mentioned, which the text does not give.
                Res r = monthRes(lastMonth, "\"" + w + "\" refers to a day of the month mentioned just before, "
                        + lastMonth + ", the day not given");
                r.value = lastMonth + "-XX";
                return r;
            }
            if (lastDay == null && (w.startsWith("that ") || w.contains(" that "))) {
                // "trades made that day", "redemptions that day": the demonstrative points back at a day the text
                // has not dated (an event's day, or any day), never at the publication date ("today").
                return null;
            }
            LocalDate anchor = lastDay != null ? lastDay : ref;
            String source = lastDay != null ? "the previously mentioned day " + lastDay
                    : "the publication date " + ref;
            if (lastDay != null && ref != null && lastDay.isAfter(ref) && tense(m.start(), m.end()) == Tense.PAST) {
                // "Sentencing is set for June 28. ... Later in the day she pleaded guilty": what happened is not on a
                // day ahead, but on the last day named up to the publication date, or on that date.
                anchor = lastDayUpToRef != null ? lastDayUpToRef : ref;
                source = (lastDayUpToRef != null ? "the last day named up to the publication date " : "the publication date ")
                        + anchor + " (past tense; the day named last, " + lastDay + ", is ahead)";
            }
            int offset = 0;
            if (w.contains("following") || w.contains("next")) {
                offset = 1;
            } else if (w.contains("previous") || w.contains("preceding")) {
                offset = -1;
            }
            Res r = new Res();
            r.gran = G.DAY;
            if (anchor == null) {
                r.expl = "\"" + w + "\" refers to an earlier day; no anchor available";
                return r;
            }
            LocalDate d = anchor.plusDays(offset);
            return dayRes(d, "\"" + w + "\" refers to " + source);
        }

        /**
         * "from this day forward", "this day": the present of whoever speaks, the day named in this sentence or the
         * one before ("said on Wednesday that from this day on ..."), otherwise the publication date; "to this day"
         * reaches the publication date. Not an anniversary ("this day in 1945") nor "this day and age".
         */
        private Res thisDay(Matcher m) {
            if (at(NOT_THIS_DAY, m.end()) != null) {
                return null;
            }
            String prev = prevWord(m.start());
            boolean upTo = prev.equals("to") || prev.equals("until") || prev.equals("till");
            boolean named = !upTo && dayInReach(m.start());
            LocalDate day = named ? lastDay : ref;
            if (day == null) {
                return null;
            }
            return dayRes(day, "\"" + m.group().replaceAll("\\s+", " ") + "\": "
                    + (named ? "the day named just before, " : upTo ? "up to the publication date " : "the publication date ")
                    + day);
        }

        /**
         * "that night", "later that evening": the part of the day that "that day" would give, typed and valued as
         * TimeML values a part of a named day (TIME 2023-03-20TNI).
         */
        private Res anaphoricPart(Matcher m) {
            Res day = anaphoric(m);
            if (day == null || day.from == null || day.gran != G.DAY) {
                return null;
            }
            day.type = TimexType.TIME;
            day.gran = G.TIME;
            day.value = day.from + "T" + partCode(m.group(1).toLowerCase(Locale.ROOT));
            return day;
        }

        /**
         * "withdrew from the race that March", "that summer he married": the month or season of the year the text gave
         * last; nothing without one, nor where "that" opens a clause whose subject is the month ("said that March was
         * cold": a verb follows).
         */
        private Res thatMonth(Matcher m) {
            String next = nextWord(m.end());
            if (lastDated == null || MODALS.contains(next) || VERB_AFTER_SUBJECT.contains(next)) {
                return null;
            }
            String name = m.group(1);
            int y = lastDated.getYear();
            String expl = "\"that " + name + "\": in the year of the date given before, " + y;
            int month = CalendarDateRule.monthNumber(name);
            Res r = month > 0 ? monthRes(YearMonth.of(y, month), expl) : seasonRes(name.toLowerCase(Locale.ROOT), y, expl);
            r.explicitYear = true;
            return r;
        }

        /** "at that March 2 event": the day (without "that") in the year the text gave last, as for "that March". */
        private Res thatMonthDay(Matcher m) {
            String next = nextWord(m.end());
            int mo = monthNumber(m.group(1));
            int d = Integer.parseInt(m.group(2));
            if (lastDated == null || MODALS.contains(next) || VERB_AFTER_SUBJECT.contains(next) || mo == 0 || d < 1
                    || d > YearMonth.of(lastDated.getYear(), mo).lengthOfMonth()) {
                return null;
            }
            int y = lastDated.getYear();
            Res r = dayRes(LocalDate.of(y, mo, d), "\"that " + m.group(1) + " " + m.group(2)
                    + "\": in the year of the date given before, " + y);
            r.explicitYear = true;
            r.startAt = m.start(1);
            return r;
        }

        /** The day of a weekday named right after {@code pos} (after "on" or a comma), or null. */
        private LocalDate weekdayRightAfter(int pos) {
            int p = skipSpaces(pos);
            if (p < n && text.charAt(p) == ',') {
                p = skipSpaces(p + 1);
            }
            if (text.regionMatches(true, p, "on ", 0, 3)) {
                p = skipSpaces(p + 3);
            }
            int e = p;
            while (e < n && e - p < 12 && Character.isLetter(text.charAt(e))) {
                e++;
            }
            DayOfWeek dow = WEEKDAYS_BY_NAME.get(text.substring(p, e));
            return dow == null || at(MDY, p) != null ? null : weekdayRes(dow, null, p, e).from;
        }

        /** Whether the month mentioned last stands in the sentence at {@code pos} or the one before it. */
        private boolean monthInReach(int pos) {
            return inReach(lastMonthSentenceStart, pos);
        }

        /** Whether the day named last stands in the sentence at {@code pos} or the one before it. */
        private boolean dayInReach(int pos) {
            return lastDay != null && inReach(lastDaySentenceStart, pos);
        }

        /** Whether {@code sentenceStart} starts the sentence at {@code pos} or the one before it. */
        private boolean inReach(int sentenceStart, int pos) {
            int[] current = sentenceContaining(pos);
            int previous = current[0] > 0 ? sentenceContaining(current[0] - 1)[0] : -1;
            return sentenceStart == current[0] || sentenceStart == previous;
        }

        /**
         * "that year", "later that year", "that quarter": the year of the date the text gave last with
         * its year, or the quarter it discussed last; nothing when the text has given none.
         */
        private Res anaphoricUnit(Matcher m) {
            String w = m.group().trim().replaceAll("\\s+", " ");
            if (m.group(1).equalsIgnoreCase("quarter")) {
                int[] q = lastMentionedQuarter;
                if (q == null || m.start() - lastMentionedQuarterPos > QUARTER_CONTEXT) {
                    return null;
                }
                Res r = quarterRes(q[0], q[1], "\"" + w + "\": the quarter mentioned before, " + q[0] + "-Q" + q[1]);
                r.backReference = true;
                return r;
            }
            if (m.group(1).equalsIgnoreCase("month")) {
                // "a bomb in June and an ambush that month": the month named last, in this sentence or the one
                // before; with none that near, "that month" is left unmarked rather than guessed.
                if (lastMonth == null || !monthInReach(m.start())) {
                    return null;
                }
                Res r = monthRes(lastMonth, "\"" + w + "\": the month mentioned before, " + lastMonth);
                r.backReference = true;
                return r;
            }
            if (lastDated == null) {
                return null;
            }
            Res r = yearRes(lastDated.getYear(), "\"" + w + "\": the year of the date mentioned before, "
                    + lastDated.getYear());
            r.backReference = true;
            return r;
        }

        /** "the previous Friday", "the following Monday": relative to the day under discussion. */
        private Res theRelativeWeekday(Matcher m) {
            String rel = m.group(1).toLowerCase(Locale.ROOT);
            DayOfWeek dow = WEEKDAYS_BY_NAME.get(m.group(2));
            LocalDate anchor = lastDay != null ? lastDay : ref;
            if (anchor == null) {
                Res r = new Res();
                r.gran = G.DAY;
                r.dow = dow;
                r.expl = "\"" + m.group().trim() + "\" refers to an earlier day; no anchor available";
                return r;
            }
            boolean before = rel.equals("previous") || rel.equals("preceding");
            LocalDate d = anchor.with(before ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow));
            Res r = dayRes(d, "the " + Anchoring.dayName(dow) + (before ? " before " : " after ")
                    + (lastDay != null ? "the previously mentioned day " : "the publication date ") + anchor);
            r.dow = dow;
            return r;
        }

        private Res weekend(Matcher m) {
            if (ref == null) {
                Res r = new Res();
                r.gran = G.WEEKEND;
                r.expl = "\"the weekend\" needs a reference date";
                return r;
            }
            Anchoring.Anchored<LocalDate> week = RelativeDayRule.weekend(ref, tense(m.start(), m.end()));
            return weekendRes(week.date(), week.explanation());
        }

        // ---- durations, sets, times ----

        private Res duration(Matcher m) {
            String numStr = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean halfBefore = m.group(2) != null || m.group(5) != null;
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            boolean plural = m.group(4) != null;
            String relation = m.group(7) == null ? null : m.group(7).toLowerCase(Locale.ROOT);
            if (m.end() + 1 < n && text.charAt(m.end()) == '-' && Character.isLetter(text.charAt(m.end() + 1))) {
                // "a year-earlier loss", "a year-end review": the unit is part of a compound adjective.
                return null;
            }
            if (relation == null && Durations.aroundTheClock(text, m.start(), m.end())) {
                // "24 hours a day", "seven days a week": "all the time", neither a length nor a recurring time.
                return null;
            }
            if ((numStr.equals("a") || numStr.equals("an")) && (unit.equals("second") || plural)) {
                // "a second time" is an ordinal, and "a days" is not English.
                return null;
            }
            if ((numStr.equals("a") || numStr.equals("an")) && relation == null && !halfBefore && isRate(m.start())) {
                // "$2 million a year", "four flights a week": a rate, not a span of time.
                return null;
            }
            if (unit.equals("quarter") && (Durations.isFraction(plural, text.substring(m.end(3) + (plural ? 1 : 0),
                    Math.min(n, m.end(3) + 24))) || Set.of("first", "last", "final").contains(prevWord(m.start())))) {
                // A fraction, or "the first two quarters of 1990": half of a year, not a length of time.
                return null;
            }
            if (numStr.equals("one") && unit.equals("day") && !plural && relation == null && !halfBefore
                    && MODALS.contains(prevWord(m.start()))) {
                // "Islam will one day be…", "she may one day run": "some day", a vague future, not a length.
                Res r = new Res();
                r.value = "FUTURE_REF";
                r.expl = "\"one day\" after \"" + prevWord(m.start()) + "\": some day in the future";
                return r;
            }
            Double amount = Durations.amount(numStr);
            if (halfBefore && amount != null) {
                amount += 0.5;
            }
            String hyphenated = m.group().contains("-" + unit) ? "adjectival " : "";
            boolean eventAge = m.group().endsWith("-old") && EVENTS_WITH_AN_AGE.contains(nextWord(m.end()));
            if (relation == null && !eventAge && (m.group().endsWith("-old") || nextWord(m.end()).equals("old"))) {
                // Ages ("a 6-year-old", "52 years old") are not temporal expressions in TimeML; how long a truce or
                // a war has lasted ("the 8-month-old truce") is a length of time.
                return null;
            }
            if (relation != null) {
                int sign = relation.startsWith("ago") || relation.equals("back") ? -1 : 1;
                Res r = agoDate(amount, unit, sign, m.group().trim());
                if (m.group(6) != null && r.value != null && !r.value.endsWith("_REF")) {
                    r.mod = "APPROX"; // "a week or so ago"
                }
                return r;
            }
            boolean inFuture = hyphenated.isEmpty() && prevWord(m.start()).equals("in")
                    && Set.of("day", "week", "month", "year", "decade").contains(unit)
                    && !superlativeBefore(prevWordStart(m.start()))
                    && (tense(m.start(), m.end()) == Tense.FUTURE
                    || MODALS.contains(wordBeforeAComma(prevWordStart(m.start()))));
            Matcher orMore = inFuture && nextWord(m.end()).equals("or") ? OR_AMOUNT.matcher(text) : null;
            if (orMore != null && orMore.region(m.end(), Math.min(n, m.end() + 40)).lookingAt()) {
                // "You may, in a year or two, save more lives": an approximate count ahead is a vague future.
                Res vague = new Res();
                vague.value = "FUTURE_REF";
                vague.extendTo = orMore.end();
                vague.expl = "\"in " + text.substring(m.start(), orMore.end()).replaceAll("\\s+", " ")
                        + "\" after a future or modal verb: an approximate time ahead, a vague future reference";
                return vague;
            }
            if (inFuture && amount != null && amount == Math.floor(amount) && !nextWord(m.end()).equals("or")) {
                // "The notes will be redeemed in five years": after a future verb, "in" counts forward to a date, as
                // "five years from now" does; "rose 5% in two years" (a span) keeps its duration.
                Res ahead = agoDate(amount, unit, 1, m.group().trim());
                if (ahead.value != null || ahead.from != null) {
                    ahead.expl = "\"in " + m.group().trim() + "\" after a future or modal verb: " + Durations.fmt(amount) + " "
                            + unit + (amount == 1 ? "" : "s") + " after the publication date " + ref;
                    return ahead;
                }
            }
            if (unit.equals("year") && hyphenated.isEmpty() && !halfBefore && amount != null
                    && amount == Math.floor(amount) && lastDated != null) {
                Matcher earlier = at(EARLIER, m.end());
                if (earlier != null && (years(amount) > 1 || !earlier.group().trim().equalsIgnoreCase("earlier"))) {
                    // ("a year earlier" is left to the year-earlier rule, which knows the quarter under discussion.)
                    // "In 2010 they used the charge. Two years prior, he had …": counted back from the year the text
                    // gave last, as "a year later" counts forward from it.
                    int years = years(amount);
                    Res before = yearRes(lastDated.getYear() - years, "\"" + text.substring(m.start(), earlier.end())
                            .replaceAll("\\s+", " ") + "\": " + years + " year" + (years == 1 ? "" : "s")
                            + " before the year of the date given before, " + lastDated.getYear());
                    before.extendTo = earlier.end();
                    return before;
                }
                Matcher later = at(LATER, m.end());
                if (later != null) {
                    // "In 2010 he ran. A year later he quit": counted from the year the text gave last, as "the
                    // following year" is; without a year given before, it stays a length of time.
                    int years = amount.intValue();
                    Res after = yearRes(lastDated.getYear() + years, "\"" + text.substring(m.start(), later.end())
                            .replaceAll("\\s+", " ") + "\": " + years + " year" + (years == 1 ? "" : "s")
                            + " after the year of the date given before, " + lastDated.getYear());
                    after.extendTo = later.end();
                    return after;
                }
            }
            Res r = new Res();
            r.type = TimexType.DURATION;
            r.value = Durations.isoDuration(amount, unit);
            r.expl = hyphenated + "duration of " + (amount == null ? "an unspecified number of" : Durations.fmt(amount)) + " "
                    + unit + (amount != null && amount == 1 ? "" : "s");
            boolean compound = !hyphenated.isEmpty() || m.group().toLowerCase(Locale.ROOT).endsWith("-long");
            if (compound && (numStr.equals("a") || numStr.equals("an"))) {
                // "a decade-long war", "an hour-long speech": the article belongs to the noun phrase; TimeML marks
                // the compound ("decade-long"), as it marks "16-hour" in "a 16-hour flight".
                r.startAt = m.start(3);
            }
            return r;
        }

        /**
         * "weeks-long talks", "a years-long feud": a compound adjective of a plural unit is a length of an unspecified
         * number of that unit ({@code PXW}, {@code PXY}). "decades-long" is left out: this resolver writes an unspecified
         * number of decades {@code PXDE}, while the TimeBank gold writes {@code PXY} for it.
         */
        private Res longPlural(Matcher m) {
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            Res r = new Res();
            r.type = TimexType.DURATION;
            r.value = Durations.isoDuration(null, unit.substring(0, unit.length() - 1));
            r.expl = "adjectival duration of an unspecified number of " + unit;
            return r;
        }

        /**
         * Whether one of the three words before {@code pos} makes "in a year" a span looked back over: "the first
         * increase in a year", "their biggest gain in five years".
         */
        private boolean superlativeBefore(int pos) {
            return clause.oneOfWordsBefore(pos, 3, SUPERLATIVES);
        }

        private static int years(Double amount) {
            return amount == null ? 0 : amount.intValue();
        }

        /** The word before {@code pos}, across one comma ("may, in a year"), lower case; "" when there is none. */
        private String wordBeforeAComma(int pos) {
            if (pos < 0) {
                return "";
            }
            int p = pos - 1;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            if (p >= 0 && text.charAt(p) == ',') {
                p--;
            }
            int e = p + 1;
            while (p >= 0 && e - p <= 12 && Character.isLetter(text.charAt(p))) {
                p--;
            }
            return text.substring(p + 1, e).toLowerCase(Locale.ROOT);
        }

        /** True when the word before pos is an amount or a counted plural noun, so that "a year" after it is "per year". */
        private boolean isRate(int pos) {
            int p = prevWordStart(pos);
            if (p < 0) {
                int q = pos - 1;
                while (q >= 0 && text.charAt(q) == ' ') {
                    q--;
                }
                return q >= 0 && Character.isDigit(text.charAt(q));
            }
            String w = prevWord(pos);
            if (Character.isDigit(w.isEmpty() ? ' ' : w.charAt(0)) || RATE_AMOUNTS.contains(w)) {
                return true;
            }
            return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                    && !CalendarDateRule.NOT_PLURAL.contains(w) && !w.equals("years") && !w.equals("days") && !w.equals("weeks")
                    && !w.equals("months") && !w.equals("hours");
        }

        private Res agoDate(Double amount, String unit, int sign, String word) {
            Res r = new Res();
            if (amount == null || ref == null || unit.equals("second") || unit.equals("minute")) {
                r.value = amount == null ? (sign < 0 ? "PAST_REF" : "FUTURE_REF") : null;
                r.expl = "\"" + word + "\" cannot be placed on the calendar";
                return r;
            }
            long whole = (long) Math.floor(amount);
            String expl = "\"" + word + "\" counted from the publication date " + ref;
            return switch (unit) {
                case "hour" -> {
                    Res t = dayRes(ref, expl);
                    t.type = TimexType.TIME;
                    yield t;
                }
                case "day" -> dayRes(ref.plusDays(sign * whole), expl);
                case "week" -> weekRes(ref.plusWeeks(sign * whole), expl);
                case "fortnight" -> weekRes(ref.plusWeeks(sign * 2 * whole), expl);
                case "month" -> monthRes(YearMonth.from(ref).plusMonths(sign * whole), expl);
                case "quarter" -> {
                    YearMonth first = YearMonth.from(ref).plusMonths(3 * sign * whole);
                    yield quarterRes(first.getYear(), (first.getMonthValue() - 1) / 3 + 1, expl);
                }
                case "year" -> {
                    if (amount != whole) {
                        // "a year and a half ago", "2 1/2 years ago": the month that many months back.
                        yield monthRes(YearMonth.from(ref).plusMonths(sign * Math.round(12 * amount)), expl);
                    }
                    int[] q = sign < 0 && whole == 1 && amount == 1 ? recentQuarter(scanPos) : null;
                    if (q == null) {
                        yield yearRes(ref.getYear() + (int) (sign * whole), expl);
                    }
                    String period = longerPeriodBefore(scanPos);
                    if (period != null) {
                        // "In the first half, sales fell from a year ago": the longer period's year, as for "a year
                        // earlier".
                        yield yearRes(q[0] - 1, "\"" + word + "\": the year before " + q[0] + ", since " + period
                                + ", longer than the quarter under discussion");
                    }
                    Res back = quarterRes(q[0] - 1, q[1], "\"" + word + "\": a year before the quarter last "
                            + "mentioned (" + q[0] + "-Q" + q[1] + ")");
                    back.backReference = true;
                    yield back;
                }
                // "half a century ago", "a quarter of a century ago": the fraction counts in years.
                case "decade" -> yearRes(ref.getYear() + (int) (sign * Math.round(10 * amount)), expl);
                default -> yearRes(ref.getYear() + (int) (sign * Math.round(100 * amount)), expl);
            };
        }

        /** "a year earlier", "year-ago": the year before, or the quarter a year before the quarter under discussion. */
        private Res yearEarlier(Matcher m) {
            String w = m.group().replaceAll("\\s+", " ");
            if (w.startsWith("year-") && at(DURATION, skipSpaces(m.end())) != null) {
                // "the year-earlier nine months": an adjective of the period that follows, which the duration
                // rule finds; not a date of its own.
                return null;
            }
            int[] q = recentQuarter(m.start());
            String period = q == null ? null : longerPeriodBefore(m.start());
            if (period != null) {
                // "For the nine months, net rose to $5 million from $3 million a year earlier": the sentence
                // compares a period longer than the quarter under discussion, so the time a year back is that
                // longer period's, which TimeML values by its year.
                return yearRes(q[0] - 1, "\"" + w + "\": the year before " + q[0] + ", since " + period
                        + ", longer than the quarter under discussion");
            }
            if (q != null) {
                Res r = quarterRes(q[0] - 1, q[1], "\"" + w + "\": a year before the quarter under discussion ("
                        + q[0] + "-Q" + q[1] + ")");
                r.backReference = true;
                return r;
            }
            if (ref == null) {
                return null;
            }
            return yearRes(ref.getYear() - 1, "\"" + w + "\": the year before the publication date " + ref);
        }

        /**
         * Why "a year earlier" at {@code pos} looks back a year rather than a quarter, or null: a period longer
         * than a quarter ("nine months", "the first half") named earlier in its sentence, or, failing that, one
         * (or "last year", "the fiscal year") named in the sentence before after the quarter under discussion
         * was last named ("… the 1988 period. The year-ago results were restated"); within
         * {@link #PERIOD_WINDOW} characters before it either way.
         */
        private String longerPeriodBefore(int pos) {
            int sentence = sentenceContaining(pos)[0];
            int from = Math.max(sentence, pos - PERIOD_WINDOW);
            Matcher p = LONGER_PERIOD.matcher(text);
            p.region(from, pos);
            String found = null;
            while (p.find()) {
                found = p.group().replaceAll("\\s+", " ");
            }
            if (found != null) {
                return "the sentence compares \"" + found + "\"";
            }
            if (sentence > 0) {
                int prev = Math.max(sentenceContaining(sentence - 1)[0], pos - PERIOD_WINDOW);
                if (prev < sentence) {
                    p = LONGER_PERIOD_BEFORE.matcher(text);
                    p.region(Math.min(sentence, Math.max(prev, lastQuarterPos)), sentence);
                    while (p.find()) {
                        found = p.group().replaceAll("\\s+", " ");
                    }
                }
            }
            return found == null ? null : "the sentence before, after the quarter, speaks of \"" + found + "\"";
        }

        private Res thePast(Matcher m) {
            Res named = theNamedUnit(m);
            if (named != null) {
                return named;
            }
            String numStr = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            if (unit.equals("quarter") && numStr == null && !m.group().endsWith("s")) {
                return null; // "the last quarter" is a quarter of the calendar, found by the quarter rule
            }
            // "the coming years" (a plural without a number) is an unknown number of years, PXY.
            boolean plural = m.group().endsWith("s");
            Double amount = numStr == null ? (plural ? null : Double.valueOf(1)) : Durations.amount(numStr);
            Res r = new Res();
            r.type = TimexType.DURATION;
            r.value = Durations.isoDuration(amount, unit);
            r.expl = "duration \"" + m.group().trim() + "\" ending or starting at the reference point"
                    + (numStr == null && plural ? ", an unspecified number of " + unit + "s" : "");
            return r;
        }

        /**
         * "the past year", "the last decade", "the next month", "the following year": one calendar unit
         * next to the reference date, as TimeML values them (DATE 1988, 198, 1989-11), not a span of
         * time. "The past/last" is the unit before the publication date's, "the next/coming" the one
         * after; "the previous/following" count from the date the text last gave with its year ("On
         * May 22, 1995, … the following year" is 1996), or from the publication date. With a number or
         * a plural ("the past two years", "the past years") it stays a duration.
         */
        private Res theNamedUnit(Matcher m) {
            if (m.group(2) != null || ref == null || m.group().endsWith("s")) {
                return null;
            }
            String rel = m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            if (!unit.equals("week") && !unit.equals("month") && !unit.equals("year") && !unit.equals("decade")) {
                return null;
            }
            boolean anaphoric = rel.equals("previous") || rel.equals("following");
            LocalDate anchor = anaphoric && lastDated != null ? lastDated : ref;
            int dir = rel.equals("past") || rel.equals("last") || rel.equals("previous") ? -1 : 1;
            String word = m.group().trim().replaceAll("\\s+", " ");
            String expl = "\"" + word + "\": the " + unit + (dir < 0 ? " before " : " after ")
                    + (anchor == ref ? "the publication date's, " + ref : "that of the date given before, " + anchor);
            return switch (unit) {
                case "week" -> weekRes(anchor.plusWeeks(dir), expl);
                case "month" -> monthRes(YearMonth.from(anchor).plusMonths(dir), expl);
                case "year" -> yearRes(anchor.getYear() + dir, expl);
                default -> {
                    int start = (anchor.getYear() / 10) * 10 + 10 * dir;
                    Res r = Res.dated(G.DECADE, LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31),
                            String.valueOf(start / 10), expl);
                    r.explicitYear = true;
                    yield r;
                }
            };
        }

        /** "in coming months", "future quarters", "in past years": a vague future or past reference. */
        private Res vagueSide(Matcher m) {
            String side = m.group(1).toLowerCase(Locale.ROOT);
            if (prevWord(m.start()).equals("the")) {
                return null; // "the past years", "the coming weeks" are spans, found at "the"
            }
            Res r = new Res();
            r.value = side.equals("past") ? "PAST_REF" : "FUTURE_REF";
            r.expl = "vague " + (side.equals("past") ? "past" : "future") + " reference \"" + m.group().trim() + "\"";
            return r;
        }

        private Res vague(Matcher m) {
            Res r = new Res();
            String unit = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            if ("weeks".equals(unit) || "months".equals(unit)) {
                // "in recent weeks/months": TimeBank values these as a span of unknown length (PXW, PXM).
                r.type = TimexType.DURATION;
                r.value = Durations.isoDuration(null, unit.substring(0, unit.length() - 1));
                r.expl = "\"" + m.group().trim() + "\": an unspecified number of " + unit + " up to now";
                return r;
            }
            r.value = "PAST_REF";
            r.expl = "vague past reference \"" + m.group().trim() + "\"";
            return r;
        }

        /**
         * "the weeks ahead", "the years to come", and "over (through, throughout) the years": a span of an
         * unknown number of the unit, as TimeML values them (PXW, PXY).
         */
        private Res thePlural(Matcher m) {
            String prev = prevWord(m.start());
            if (m.group(2) == null && !prev.equals("over") && !prev.equals("through") && !prev.equals("throughout")
                    && !(prev.equals("in") && STRETCH_AFTER.matcher(text).region(m.end(), Math.min(n, m.end() + 24))
                    .lookingAt())) {
                // "in the years that followed", "in the months since": the stretch after an event, a span; other
                // uses ("in the days before the vote") point at a date the text does not give.
                return null;
            }
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            Res r = new Res();
            r.type = TimexType.DURATION;
            r.value = Durations.isoDuration(null, unit.substring(0, unit.length() - 1));
            r.expl = "\"" + m.group().trim().replaceAll("\\s+", " ") + "\": an unspecified number of " + unit;
            return r;
        }

        /**
         * "for years", "over months", "within weeks", "weeks or months" after one of these, and "in years"
         * closing a clause ("for the first time in years."): an unknown number of the (first) unit.
         */
        private Res vagueDuration(Matcher m) {
            String prev = prevWord(m.start());
            boolean closesClause = m.end() >= n || !Character.isLetterOrDigit(text.charAt(skipSpaces(m.end())));
            if (!prev.equals("for") && !prev.equals("over") && !prev.equals("within")
                    && !(prev.equals("in") && closesClause)) {
                return null;
            }
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            Res r = new Res();
            r.type = TimexType.DURATION;
            r.value = Durations.isoDuration(null, unit.substring(0, unit.length() - 1));
            r.expl = "unspecified number of " + unit;
            return r;
        }

        /**
         * "for a while", "for a long while", "for a fairly lengthy period", "for a long time": a stretch of time of no
         * stated length or unit, {@code PXX}. Only after "for", which makes it a length ("after a while" and "once in a
         * while" say when or how often), and "time" or "period" only with an adjective of length ("for a second time",
         * "for a period of two years" are no such stretch).
         */
        private Res aWhile(Matcher m) {
            if (!prevWord(m.start()).equals("for")) {
                return null;
            }
            Res r = new Res();
            r.type = TimexType.DURATION;
            r.value = "PXX";
            r.expl = "\"for " + m.group().trim().replaceAll("\\s+", " ") + "\": a duration of no stated length or unit";
            return r;
        }

        /**
         * "in the morning", "by mid-afternoon", "during the night": a part of the day named on its own is
         * part of the day the text is on, the day named in this sentence or the one before, otherwise the
         * publication date. Only after a preposition of time and before punctuation or a linking word, so
         * that "the morning of Oct. 23", "the evening news" and "a morning person" stay out.
         */
        private Res partOfDay(Matcher m) {
            int prep = prevWordStart(m.start());
            if (prep < 0 || !PART_OF_DAY_PREPS.contains(prevWord(m.start()))) {
                return null;
            }
            int number = prevWordStart(prep);
            if (number >= 0 && Character.isDigit(text.charAt(number))) {
                // "4 in the morning" is a clock time; the part of the day only says which half of the clock.
                return null;
            }
            int after = skipSpaces(m.end());
            if (after < n && Character.isLetterOrDigit(text.charAt(after))
                    && !PART_OF_DAY_FOLLOWERS.contains(nextWord(m.end()))) {
                return null;
            }
            String part = m.group(2).toLowerCase(Locale.ROOT);
            String edge = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            String phrase = m.group().trim().replaceAll("\\s+", " ");
            Res r = new Res();
            r.type = TimexType.TIME;
            r.gran = G.TIME;
            if (edge != null) {
                r.mod = edge.equals("early") ? "START" : edge.equals("late") ? "END" : "MID";
            }
            boolean named = dayInReach(m.start());
            LocalDate day = named ? lastDay : ref;
            if (day == null) {
                r.value = "XXXX-XX-XXT" + partCode(part);
                r.expl = "\"" + phrase + "\", part of a day not given; no reference date";
                return r;
            }
            r.from = day;
            r.to = day;
            r.value = day + "T" + partCode(part);
            r.expl = "\"" + phrase + "\" of " + (named ? "the day named just before, " : "the publication date, ") + day;
            return r;
        }

        /**
         * "His evening message reversed the decision", "announced in a weekend e-mail": a part of the day after a
         * personal possessive, or "weekend" after one or "a", before the lower-case noun of what someone did, in the
         * past tense, is that part of the day the text is on (the day named in this sentence or the one before,
         * else the publication date), or the weekend before (or of) the publication date. Habits and trades ("his
         * morning routine", "her evening classes"), "the evening news" and other tenses stay out.
         */
        private Cand partBeforeNoun(Cand best, int i, String lw) {
            int end = i + lw.length();
            String prev = prevWord(i);
            boolean weekend = lw.equals("weekend");
            if (!(PERSONAL_POSSESSIVES.contains(prev) || weekend && prev.equals("a"))
                    || !nounAfter(end) || HABIT_NOUNS.contains(nextWord(end))
                    || (best != null && best.end >= end) || ref == null || tense(i, end) != Tense.PAST) {
                return best;
            }
            if (weekend) {
                Anchoring.Anchored<LocalDate> week = RelativeDayRule.weekend(ref, Tense.PAST);
                return new Cand(i, end, weekendRes(week.date(), "\"" + prev + " weekend\" before a noun, "
                        + week.explanation()));
            }
            boolean named = dayInReach(i);
            LocalDate day = named ? lastDay : ref;
            Res r = new Res();
            r.type = TimexType.TIME;
            r.gran = G.TIME;
            r.from = day;
            r.to = day;
            r.value = day + "T" + partCode(lw);
            r.expl = "\"" + prev + " " + lw + "\" before a noun, in the past tense: the " + lw + " of "
                    + (named ? "the day named just before, " : "the publication date, ") + day;
            return new Cand(i, end, r);
        }

        /** Whether a word that may be a noun ("message", "e-mail", "Twitter") follows {@code end}, no function word. */
        private boolean nounAfter(int end) {
            int p = skipSpaces(end);
            if (p == end || p >= n || !Character.isLetter(text.charAt(p))) {
                return false;
            }
            String next = nextWord(end);
            return (next.length() > 2 || p + 1 < n && text.charAt(p + 1) == '-') && !NOT_NOUN_AFTER_MONTH.contains(next)
                    && !NOT_NOUN_AFTER_DAY.contains(next);
        }

        /**
         * "Today is the eighth day of the strike", "it's the second day of an offensive": an ordinal day
         * that a present-tense "is" says the present is, which is the day the sentence names ("today") or
         * else the publication date. Elsewhere ("on the third day of the trial") the day counts from an
         * event the text does not date, and nothing is marked.
         */
        private Res nthDayOf(Matcher m) {
            String prev = prevWord(m.start());
            if (!prev.equals("is") && !(prev.equals("s") && m.start() >= 2
                    && (text.charAt(prevWordStart(m.start()) - 1) == '\'' || text.charAt(prevWordStart(m.start()) - 1) == '’'))) {
                return null;
            }
            int[] current = sentenceContaining(m.start());
            boolean named = lastDay != null && lastDaySentenceStart == current[0];
            LocalDate day = named ? lastDay : ref;
            if (day == null) {
                return null;
            }
            return dayRes(day, "\"" + m.group().replaceAll("\\s+", " ") + "\" of something under way, said (\"is\") to be "
                    + (named ? "the day named in the sentence, " : "the present: the publication date ") + day);
        }

        /**
         * "a great day for Poland", "a sad day for the Constitution": a judgement on the day the text is
         * about, the day it named last, otherwise the publication date.
         */
        private Res judgedDay(Matcher m) {
            int be = prevWordStart(m.start());
            if (be >= 0 && BE_DAY.contains(prevWord(m.start()))) {
                String subject = prevWord(be);
                if (subject.equals("today") || subject.equals("yesterday") || subject.equals("tomorrow")
                        || WEEKDAYS_BY_NAME.containsKey(capitalise(subject))) {
                    // "Today is a sad day for ...": the day is the subject, already an expression of its own.
                    return null;
                }
            }
            LocalDate day = lastDay != null ? lastDay : ref;
            if (day == null) {
                return null;
            }
            return dayRes(day, "\"" + m.group().replaceAll("\\s+", " ") + "\" judges the day under discussion: "
                    + (lastDay != null ? "the day named last, " : "the publication date ") + day);
        }

        /**
         * "November 11, 2011 20:09", "Jul 07, 2012 7:40 PM", "5/5/2010 1:41 PM": a date written with its day and the
         * clock time right after it on the same line (a comma between allowed), as datelines and "Updated:" lines
         * give them, are one TIME expression on that date, as TimeML marks "twelve o'clock January 3, 1984". A dash
         * with a space on each side may stand for the comma ("16/08/2011 - 13:42", as web pages stamp a post). A
         * weekday alone ("Saturday 10 p.m.") is left to its own rule, and a time after "at" stays apart.
         */
        private Cand withClockAfter(Cand c) {
            if (c == null || c.res.gran != G.DAY || c.res.from == null || !c.res.monthDay) {
                return c;
            }
            int p = c.end;
            if (p < n && text.charAt(p) == ',') {
                p++;
            } else {
                p = afterSpacedDash(p);
            }
            int q = p;
            while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\t' || text.charAt(q) == '\u00a0')) {
                q++;
            }
            TimeOfDayRule.Clock k = q > c.end ? TimeOfDayRule.at(text, q) : null;
            if (k == null) {
                return c;
            }
            Res r = Res.dated(G.TIME, c.res.from, c.res.from, c.res.from + k.timePart(),
                    k.what() + " right after its date: " + c.res.expl);
            r.type = TimexType.TIME;
            int zone = TimeOfDayRule.zoneEnd(text, skipSpaces(k.end()));
            return new Cand(c.start, zone < 0 ? k.end() : zone, r);
        }

        /** The position after a dash with spaces on both sides that follows {@code p} on its line, else {@code p}. */
        private int afterSpacedDash(int p) {
            int q = p;
            while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\u00a0')) {
                q++;
            }
            boolean dash = q > p && q + 1 < n && "-\u2013\u2014".indexOf(text.charAt(q)) >= 0
                    && (text.charAt(q + 1) == ' ' || text.charAt(q + 1) == '\u00a0');
            return dash ? q + 1 : p;
        }

        /** A clock time ({@link TimeOfDayRule}) on its day, when it is longer than the best so far. */
        private Cand clock(Cand best, int i) {
            TimeOfDayRule.Clock c = TimeOfDayRule.at(text, i);
            // "at 0900 hours": a clock time beats a length of the same extent (not 900 hours).
            if (c == null || (best != null && (c.end() < best.end
                    || c.end() == best.end && best.res.type != TimexType.DURATION))) {
                return best;
            }
            Res r = onFollowingDay(clockRes(c.timePart(), c.what(), i), c.end());
            return new Cand(i, Math.max(c.end(), r.extendTo), r);
        }

        /**
         * "at dawn", "before dusk", "by nightfall": the morning (dawn, daybreak, sunrise) or the evening (dusk,
         * sunset, nightfall) of the day the sentence is on, or of the day named right after ("at dawn Tuesday").
         * Only after a preposition of time; "the dawn of a new era" names no time.
         */
        private Cand twilight(Cand best, int i) {
            int e = wordEnd(i);
            if (!TWILIGHT_PREPS.contains(prevWord(i)) || (best != null && e <= best.end)) {
                return best;
            }
            String w = text.substring(i, e).toLowerCase(Locale.ROOT);
            boolean morning = w.equals("dawn") || w.equals("daybreak") || w.equals("sunrise");
            String part = morning ? "MO" : "EV";
            Res r = clockRes(TimeOfDayRule.timePart(0, 0), "\"" + w + "\", the " + (morning ? "morning" : "evening"), i);
            if (r.from == null) {
                r.value = "XXXX-XX-XXT" + part;
                return new Cand(i, e, r);
            }
            r.value = r.from + "T" + part;
            r = onFollowingDay(r, e);
            return new Cand(i, Math.max(e, r.extendTo), r);
        }

        /**
         * A time followed by the day it belongs to ("9:30 GMT on Tuesday", "noon Thursday", "8 p.m.
         * yesterday") takes that day rather than the publication date or the last day mentioned.
         */
        private Res onFollowingDay(Res r, int end) {
            if (r == null || ref == null || r.value == null) {
                return r;
            }
            int p = skipSpaces(end);
            int zone = TimeOfDayRule.zoneEnd(text, p);
            int zoneEnd = zone < 0 ? end : zone;
            if (zone >= 0) {
                p = skipSpaces(zone);
            }
            if (text.regionMatches(true, p, "hours ", 0, 6) || text.regionMatches(true, p, "hrs ", 0, 4)) {
                // "at 09:10 hours (0440 GMT) on Monday": the military "hours" stands between the time and its day.
                p = skipSpaces(wordEnd(p));
            }
            // "10:35 a.m. (0735 GMT) Friday": the time in another zone, in parentheses, stands between the
            // time and its day; the day still applies, but TimeML marks the time on its own.
            int paren = TimeOfDayRule.parenthesisEnd(text, p);
            if (paren >= 0) {
                p = skipSpaces(paren);
            }
            boolean comma = p < n && text.charAt(p) == ',';
            if (comma) {
                p = skipSpaces(p + 1);
            }
            boolean on = text.regionMatches(true, p, "on ", 0, 3);
            if (on) {
                p = skipSpaces(p + 3);
            }
            int e = p;
            while (e < n && e - p < 12 && Character.isLetter(text.charAt(e))) {
                e++;
            }
            String w = text.substring(p, e);
            LocalDate day;
            String how;
            DayOfWeek dow = WEEKDAYS_BY_NAME.get(w);
            Matcher md = CalendarDateRule.isMonthName(w) ? at(MDY, p) : null;
            Matcher dm = on && w.isEmpty() && p < n && Character.isDigit(text.charAt(p)) ? at(DMY, p) : null;
            if (dm != null) {
                // "restored at 10:57 on 11 October 2011": the date after "on" is the time's day; TimeML marks
                // the two apart.
                Res d = dmy(dm);
                if (d == null || d.from == null || !d.from.equals(d.to)) {
                    r.extendTo = zoneEnd;
                    return r;
                }
                return onDay(r, d.from, d.expl, zoneEnd);
            }
            if (dow != null && (md = at(MDY, p)) == null) {
                Res d = weekdayRes(dow, null, p, e);
                day = d.from;
                how = d.expl;
                // "4 a.m. EDT Thursday", "noon Saturday": TimeML marks the time and its day as one expression,
                // with the part of that day the time lies in ("9:25 Thursday morning").
                r.extendTo = on || paren >= 0 ? zoneEnd : partOfDayEnd(e);
            } else if (md != null) {
                // "5 p.m. EST, Nov. 9": a time and the date it falls on, one expression.
                Res d = mdy(md);
                if (d == null || d.from == null || !d.from.equals(d.to)) {
                    r.extendTo = zoneEnd;
                    return r;
                }
                day = d.from;
                how = d.expl;
                r.extendTo = on || paren >= 0 ? zoneEnd : md.end();
            } else {
                int offset = switch (w.toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> -1;
                    case "today", "tonight" -> 0;
                    case "tomorrow" -> 1;
                    default -> Integer.MIN_VALUE;
                };
                if (offset == Integer.MIN_VALUE) {
                    r.extendTo = zoneEnd;
                    return r;
                }
                day = ref.plusDays(offset);
                how = "\"" + w.toLowerCase(Locale.ROOT) + "\" after it";
            }
            return onDay(r, day, how, r.extendTo < 0 ? zoneEnd : r.extendTo);
        }

        /** Where "morning", "afternoon", "evening" or "night" right after {@code e} ends, else {@code e}. */
        private int partOfDayEnd(int e) {
            String next = nextWord(e);
            return switch (next) {
                case "morning", "afternoon", "evening", "night" -> skipSpaces(e) + next.length();
                default -> e;
            };
        }

        /** The time {@code r} moved to {@code day}, named after it ({@code how}), the expression ending at {@code extendTo}. */
        private Res onDay(Res r, LocalDate day, String how, int extendTo) {
            r.extendTo = extendTo;
            String hm = r.value.substring(r.value.indexOf('T'));
            r.from = day;
            r.to = day;
            r.value = day + hm;
            r.expl = r.expl.substring(0, r.expl.indexOf(" on ") < 0 ? r.expl.length() : r.expl.indexOf(" on "))
                    + " on the day named after it: " + how;
            return r;
        }

        /**
         * The time {@code hm} ("T06:00") of a clock time at {@code start}, on the day the sentence names, else, after a
         * preposition of time ("shortly after
         * 06:00", "at 6 a.m."), the day the sentence before named (the time of the event told there, as for a part
         * of the day), else, after a preposition of time in the past tense, the day named last if not after the
         * publication date (the day of the story told: "The shooting occurred about 3:10 p.m."), else the
         * publication date. A day before the noun of another event ("the June 20 shooting") is not taken from the
         * sentences before. A bare time ("UPDATE 2:52 p.m.") stamps the writing and stays on the publication date.
         */
        /**
         * The three words before the expression at {@code start} (past "at", "on", "last" and the like), lower case,
         * when they tell a past act ("was shot to death", "were killed in"): a participle or past verb among them
         * other than one of saying, and no sentence boundary. Null otherwise.
         */
        private String actBefore(int start) {
            int p = start;
            while (ACT_DATE_WORDS.contains(prevWord(p))) {
                p = prevWordStart(p);
            }
            String[] words = new String[3];
            boolean pastVerb = false;
            for (int k = 2; k >= 0; k--) {
                int w = prevWordStart(p);
                if (w < 0) {
                    return null;
                }
                words[k] = prevWord(p);
                pastVerb |= words[k].length() > 3 && (words[k].endsWith("ed") || ACT_PAST_FORMS.contains(words[k]))
                        && !SAYING.contains(words[k]);
                p = w;
            }
            return pastVerb ? String.join(" ", words) : null;
        }

        private Res clockRes(String hm, String what, int start) {
            Res r = new Res();
            r.type = TimexType.TIME;
            r.gran = G.TIME;
            int[] current = sentenceContaining(scanPos);
            int previous = current[0] > 0 ? sentenceContaining(current[0] - 1)[0] : -1;
            boolean before = lastFrameDay != null && lastFrameDaySentenceStart == previous
                    && TWILIGHT_PREPS.contains(prevWord(start));
            // "The shooting occurred about 3:10 p.m." with no day in it or the sentence before: in the past tense
            // the time of the story told, on the day named last (not after the publication date), not the writing's.
            boolean told = !before && lastFrameDay != null && ref != null && !lastFrameDay.isAfter(ref)
                    && STORY_TIME_PREPS.contains(prevWord(start)) && tense(start, wordEnd(start)) == Tense.PAST;
            LocalDate day = lastDay != null && lastDaySentenceStart == current[0] ? lastDay
                    : before || told ? lastFrameDay : ref;
            String act = before || told ? actBefore(start) : null;
            LocalDate actDay = act == null ? null : actDays.get(act);
            if (actDay != null && !actDay.equals(day)) {
                // "He was shot to death last Oct. 23 … He was shot to death at 10 p.m.": the same act told again
                // with its hour is on the day the text gave it, not on the day the story had moved on to.
                r.from = actDay;
                r.to = actDay;
                r.value = actDay + hm;
                r.expl = what + " of the act \"" + act + "\", dated earlier in the text: " + actDay;
                return r;
            }
            if (day == null) {
                r.value = hm;
                r.expl = what + "; no reference date";
                return r;
            }
            String pastDayDropped = "";
            if (day != ref && ref != null && day.isBefore(ref) && tense(start, wordEnd(start)) == Tense.FUTURE) {
                // "On Monday she wrote to donors, and at 7 p.m. she will speak": a time in a clause about what is
                // ahead is not on a day already past.
                pastDayDropped = " (future tense; the day named before it, " + day + ", is past)";
                day = ref;
            }
            r.from = day;
            r.to = day;
            r.value = day + hm;
            r.expl = what + " on " + (day == ref ? "the publication date "
                    : lastDaySentenceStart == current[0] ? "the day mentioned in the sentence "
                    : told ? "the day named last, in the past tense: the day the story told is on, "
                    : "the day named in the sentence before ") + day + pastDayDropped;
            return r;
        }


        // ---- modifiers ----

        private Res modify(Res b, String word, String edge, String half, String quarter) {
            if (b.type != TimexType.DATE && b.type != TimexType.TIME) {
                return null;
            }
            if (b.gran == G.RANGE || b.gran == G.SUB || b.gran == G.NONE) {
                return null;
            }
            String mod = Modifiers.code(word, edge, half, quarter);
            String phrase = word.replaceAll("\\s+", " ");
            if (b.from == null) {
                b.mod = Modifiers.isPartOfYear(mod) ? null : mod;
                b.gran = G.SUB;
                b.expl = b.expl + ", modified by \"" + phrase + "\"";
                return b;
            }
            if (Modifiers.isPartOfYear(mod)) {
                if (b.gran != G.YEAR) {
                    return null;
                }
                int y = b.from.getYear();
                if (mod.startsWith("H")) {
                    int first = mod.equals("H1") ? 1 : 7;
                    Res r = Res.dated(G.HALF, LocalDate.of(y, first, 1),
                            YearMonth.of(y, first + 5).atEndOfMonth(), y + "-" + mod,
                            (mod.equals("H1") ? "first" : "second") + " half of " + y);
                    r.explicitYear = b.explicitYear;
                    return r;
                }
                return quarterRes(y, mod.charAt(1) - '0', "quarter of " + y);
            }
            Modifiers.Span span = switch (b.gran) {
                case DAY, TIME -> Modifiers.Span.DAY;
                case MONTH -> Modifiers.Span.MONTH;
                case DECADE -> Modifiers.Span.DECADE;
                case YEAR, CENTURY, SEASON, QUARTER, HALF -> Modifiers.Span.MONTHS;
                default -> Modifiers.Span.DAYS;
            };
            LocalDate[] part = Modifiers.narrow(span, b.from, b.to, mod);
            LocalDate from = part[0];
            LocalDate to = part[1];
            Res r = Res.dated(b.gran == G.DAY || b.gran == G.TIME ? b.gran : G.SUB, from, to, b.value,
                    b.expl + ", narrowed by \"" + phrase + "\"");
            r.type = b.type;
            r.mod = mod;
            r.explicitYear = b.explicitYear;
            r.dow = b.dow;
            return r;
        }

        // ---- result builders ----

        private Res dayRes(LocalDate d, String expl) {
            return Res.dated(G.DAY, d, d, d.toString(), expl);
        }

        private Res monthRes(YearMonth ym, String expl) {
            return Res.dated(G.MONTH, ym.atDay(1), ym.atEndOfMonth(), ym.toString(), expl);
        }

        private Res yearRes(int y, String expl) {
            Res r = Res.dated(G.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), String.format("%04d", y), expl);
            r.explicitYear = true;
            return r;
        }

        private Res weekRes(LocalDate inWeek, String expl) {
            LocalDate monday = inWeek.with(DayOfWeek.MONDAY);
            String v = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            return Res.dated(G.WEEK, monday, monday.plusDays(6), v, expl);
        }

        private Res weekendRes(LocalDate monday, String expl) {
            String v = String.format("%d-W%02d-WE", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            return Res.dated(G.WEEKEND, monday.plusDays(5), monday.plusDays(6), v, expl);
        }

        private Res quarterRes(int y, int q, String expl) {
            YearMonth first = YearMonth.of(y, 3 * q - 2);
            return Res.dated(G.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth(), y + "-Q" + q, expl);
        }

        private Res seasonRes(String season, int y, String expl) {
            LocalDate[] days = RelativeDayRule.season(season, y);
            return Res.dated(G.SEASON, days[0], days[1], y + "-" + RelativeDayRule.seasonCode(season), expl);
        }

        // ---- emission ----

        private TemporalExpression emit(Cand c, OffsetMap map) {
            Res r = c.res;
            int[] sentence = sentenceFor(c.start);
            if (r.gran == G.QUARTER && r.value != null && r.value.length() == 7 && r.value.charAt(5) == 'Q') {
                lastMentionedQuarter = new int[] {Integer.parseInt(r.value.substring(0, 4)), r.value.charAt(6) - '0'};
                lastMentionedQuarterPos = c.end;
            }
            if (r.gran == G.QUARTER && !r.backReference && r.value != null && r.value.length() == 7 && r.value.charAt(5) == 'Q'
                    && !forecastQuarter(r, c)) {
                lastQuarter = new int[] {Integer.parseInt(r.value.substring(0, 4)), r.value.charAt(6) - '0'};
                lastQuarterPos = c.end;
            }
            if (r.from != null && (r.gran == G.DAY || r.gran == G.TIME)) {
                lastDay = r.from;
                if (ref != null && !r.from.isAfter(ref)) {
                    lastDayUpToRef = r.from;
                }
                lastDaySentenceStart = sentence[0];
                lastDayPos = c.end;
                String act = r.gran == G.DAY ? actBefore(c.start) : null;
                if (act != null) {
                    actDays.put(act, r.from);
                }
                if (!dayBeforeItsNoun(c.start, c.end) && !clause.flashback(c.start, c.end)) {
                    lastFrameDay = r.from;
                    lastFrameDaySentenceStart = sentence[0];
                }
            }
            if (r.dow != null && r.from != null && (r.gran == G.DAY || r.gran == G.TIME)) {
                lastWeekday = r.from;
                lastWeekdayEnd = c.end;
            }
            if (r.from != null && r.explicitYear && r.gran != G.RANGE && r.gran != G.NONE && !r.backReference) {
                lastDated = r.from;
                if (r.gran == G.DAY || r.gran == G.TIME) {
                    lastDatedDay = r.from;
                    lastDatedDaySentenceStart = sentence[0];
                }
            }
            if (r.from != null && r.gran == G.MONTH && !r.backReference) {
                lastMonth = YearMonth.from(r.from);
                lastMonthPos = c.end;
                lastMonthSentenceStart = sentence[0];
            }
            boolean hasInterval = r.from != null && r.to != null
                    && (r.type == TimexType.DATE || r.type == TimexType.TIME);
            String edtf = hasInterval ? edtf(r) : null;
            DatePrecision precision = hasInterval ? precision(r) : null;
            String expl = r.expl == null ? "" : r.expl;
            return new TemporalExpression(map.toCodePoint(c.start), map.toCodePoint(c.end),
                    original.substring(c.start, c.end), r.type, r.value, r.mod,
                    hasInterval ? r.from : null, hasInterval ? r.to : null, edtf, precision, hasInterval, expl,
                    map.toCodePoint(sentence[0]), map.toCodePoint(sentence[1]));
        }

        /**
         * Whether a quarter is a forecast rather than the period a report is about: it is not over at the
         * reference date ("losses will continue into the fourth quarter", "a fourth-quarter charge" in an October
         * article) and its clause does not speak of the past. A report's results are those of a quarter already
         * ended; one still open that the clause reports in the past tense ("reported a drop in fourth-quarter
         * earnings") is a fiscal quarter already over, and stays the one under discussion.
         */
        private boolean forecastQuarter(Res r, Cand c) {
            return ref != null && r.to != null && !r.to.isBefore(ref) && tense(c.start, c.end) != Tense.PAST;
        }

        /** One end of a range as an expression of its own; does not change the anaphora state. */
        private TemporalExpression endOf(Cand c, OffsetMap map, String which) {
            Res r = c.res;
            int[] sentence = sentenceContaining(c.start);
            boolean hasInterval = r.from != null && r.to != null
                    && (r.type == TimexType.DATE || r.type == TimexType.TIME);
            String value = r.value != null ? r.value : single(r);
            return new TemporalExpression(map.toCodePoint(c.start), map.toCodePoint(c.end),
                    original.substring(c.start, c.end), r.type, value, r.mod,
                    hasInterval ? r.from : null, hasInterval ? r.to : null, hasInterval ? edtf(r) : null,
                    hasInterval ? precision(r) : null, hasInterval,
                    which + " end of a range: " + (r.expl == null || r.expl.isEmpty() ? value : r.expl),
                    map.toCodePoint(sentence[0]), map.toCodePoint(sentence[1]));
        }

        private int[] sentenceFor(int pos) {
            while (sentenceCursor + 1 < sentences.size() && sentences.get(sentenceCursor + 1)[0] <= pos) {
                sentenceCursor++;
            }
            if (sentences.isEmpty()) {
                return new int[] {0, n};
            }
            return sentences.get(sentenceCursor);
        }

        private DatePrecision precision(Res r) {
            if (r.approx) {
                return DatePrecision.APPROXIMATE;
            }
            return switch (r.gran) {
                case DAY, TIME -> DatePrecision.DAY;
                case MONTH -> DatePrecision.MONTH;
                case YEAR -> DatePrecision.YEAR;
                default -> DatePrecision.RANGE;
            };
        }

        private String edtf(Res r) {
            String q = r.approx ? "~" : "";
            return switch (r.gran) {
                case DAY, TIME -> r.from + q;
                case MONTH -> YearMonth.from(r.from) + q;
                case YEAR -> String.format("%04d", r.from.getYear()) + q;
                case DECADE -> (r.from.getYear() / 10) + "X" + q;
                case CENTURY -> (r.from.getYear() / 100) + "XX" + q;
                case RANGE -> r.rangeEdtf != null && q.isEmpty() ? r.rangeEdtf : interval(r.from, r.to, q);
                default -> interval(r.from, r.to, q);
            };
        }

        private String single(Res r) {
            return switch (r.gran) {
                case DAY, TIME -> r.from.toString();
                case MONTH -> YearMonth.from(r.from).toString();
                case YEAR -> String.format("%04d", r.from.getYear());
                // Compound end points cannot nest inside an EDTF interval; use their outer days.
                default -> null;
            };
        }

        private static String interval(LocalDate a, LocalDate b, String q) {
            boolean monthAligned = a.getDayOfMonth() == 1 && b.getDayOfMonth() == b.lengthOfMonth();
            if (monthAligned && a.getMonthValue() == 1 && b.getMonthValue() == 12 && a.getYear() != b.getYear()) {
                return a.getYear() + q + "/" + b.getYear() + q;
            }
            if (monthAligned && !YearMonth.from(a).equals(YearMonth.from(b))) {
                return YearMonth.from(a) + q + "/" + YearMonth.from(b) + q;
            }
            return a + q + "/" + b + q;
        }

        // ---- context helpers ----


        private Tense tense(int s, int e) {
            return clause.tense(s, e);
        }

        private int prevWordStart(int pos) {
            return clause.prevWordStart(pos);
        }

        private int[] sentenceContaining(int pos) {
            return clause.sentenceContaining(pos);
        }

        private String prevWord(int pos) {
            return clause.prevWord(pos);
        }

        private String nextWord(int pos) {
            return clause.nextWord(pos);
        }

        private char nextWordFirstChar(int pos) {
            return clause.nextWordFirstChar(pos);
        }

        private int skipSpaces(int pos) {
            return clause.skipSpaces(pos);
        }

        private boolean hasMonthContext(int pos) {
            return MONTH_CONTEXT.contains(prevWord(pos));
        }

        private boolean sentenceInitial(int pos) {
            int p = pos - 1;
            while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            return p < 0 || ".!?\"“”".indexOf(text.charAt(p)) >= 0 || text.charAt(p) == '\n';
        }
    }

    // ---- static helpers ----------------------------------------------------------------------

    private static int monthNumber(String name) {
        return CalendarDateRule.monthNumber(name);
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String partCode(String part) {
        return RelativeDayRule.partCode(part);
    }
}
