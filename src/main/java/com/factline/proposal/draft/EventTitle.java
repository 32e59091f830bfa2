package com.factline.proposal.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proposal's title from its clearest passage: the clause around the sentence's main verb, as a fact-checker would
 * title an event (who did what), the full passage being shown beside it. News sentences put the main clause after
 * scene-setting openers ("On Friday,", "After the court ruled,") and before background ("…, which …", "…, after …",
 * "…, officials said"); those are dropped at their commas. Nothing inside the main clause is removed or reworded, so
 * the title says what the passage says, only less of it; a sentence whose main clause cannot be found safely (a
 * conditional opener, no verb) keeps its words, and a title too long for its column is cut at a word, never inside one.
 */
final class EventTitle {

    /**
     * Longer titles are cut at a word boundary and end with " …", which the title column's 300 characters hold. Only a
     * title that would not fit is cut: the panel and the dialog show a long title whole (wrapped), and an editor who
     * wants it shorter edits it, which a title ending in "…" would have made them do anyway.
     */
    static final int MAX = 298;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    /** Commas, and the spaced dashes, semicolons and colons that always separate clauses. */
    private static final Pattern BREAK = Pattern.compile(",\\s+|\\s+(?:--|[–—])\\s+|;\\s+|:\\s+");

    /** Opening words of a scene-setting phrase ("On Friday,", "Earlier this month,", "In Moscow,"). */
    private static final Set<String> SCENE = Set.of("on", "in", "at", "by", "during", "earlier", "later", "last", "this",
            "meanwhile", "however", "also", "then", "now", "yesterday", "today", "tonight", "separately", "instead",
            "still", "already", "previously", "overnight", "late", "early", "within", "just",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words that open a subordinate clause whose leaving out keeps the main clause true. */
    private static final Set<String> SUBORDINATE = Set.of("after", "before", "when", "while", "as", "since", "although",
            "though", "because", "amid", "following", "despite", "once", "until", "whereas");
    /** Words that open background after the main clause. */
    private static final Set<String> TRAILING = Set.of("who", "which", "whom", "whose", "where", "after", "before",
            "when", "while", "as", "since", "although", "though", "because", "amid", "following", "despite", "once",
            "until", "whereas", "but", "and", "saying", "adding", "citing", "according", "including", "making",
            "prompting", "leaving", "bringing");
    /** "days after …", "only weeks before …": a clause at another time. */
    private static final Pattern OFFSET = Pattern.compile("(?i)(?:(?:just|only|mere|a\\s+few|\\p{L}+)\\s+)?"
            + "(?:hours|days|weeks|months|years|minutes|moments|shortly|soon|hour|day|week|month|year)\\s+(?:after|before|since|later)\\b");
    private static final Pattern PARTICIPLE = Pattern.compile(
            "(?i)\\p{L}{3,}ing\\s+(?:to|with|on|in|for|that|about|the|a|an|his|her|its|their|him|them)\\b");
    /** A passage that ends where its sentence goes on (a colon, a dash): its main clause is not whole. */
    private static final Pattern CONTINUED = Pattern.compile("(?::|--|[–—])\\s*$");
    /** A main clause that stops at a word that needs more ("said that", "because of"). */
    private static final Pattern INCOMPLETE = Pattern.compile("(?i)\\b(?:that|to|of|the|a|an|and|or|but|because|became|was|were|is|are)$");
    /** "quickly departed …": an adverb and a verb with no subject before them. */
    private static final Pattern ADVERB_VERB = Pattern.compile("(?i)\\p{L}+ly\\s+\\p{L}+ed\\b");
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|reported|reports|told|noted|wrote|announced)\\b");
    /** Relative pronouns: the clause describes a noun and can go. */
    private static final Set<String> RELATIVE = Set.of("who", "which", "whom", "whose", "where");
    /** A conditional or a denial opening the sentence: leaving it out would change what is said. */
    private static final Set<String> KEEP_WHOLE = Set.of("if", "unless", "whether", "not", "until", "according");
    /** Openers that limit the main clause to a time ("after 2036", "by 2085"): leaving them out would widen it. */
    private static final Set<String> TIME_SCOPE = Set.of("after", "before", "by", "since", "until", "through", "from");
    /** Words that cannot open a main clause: what follows them is a phrase or background. */
    private static final Set<String> NOT_SUBJECT = Set.of("such", "like", "including", "unlike", "to");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "this",
            "that", "these", "those");
    /** Common irregular past forms the suffix rule misses. */
    private static final Set<String> IRREGULAR = Set.of("said", "says", "told", "met", "made", "took", "gave", "began",
            "left", "won", "lost", "fell", "rose", "came", "saw", "went", "held", "sent", "led", "set", "paid", "hit",
            "cut", "ran", "spoke", "wrote", "became", "got", "found", "sold", "bought", "brought", "thought", "kept",
            "struck", "shot", "flew", "drew", "grew", "knew", "threw", "is", "are", "was", "were", "has", "have", "had",
            "will", "would", "could", "can", "may", "might", "should", "must", "did", "does");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)(?:[\\p{L}\\p{N}'’.-]+\\s+){0,5}(?:said|says|reported|reports|told\\s+\\S+|added|announced|according\\s+to\\s+.+)"
                    + "|(?:said|says|reported)\\s+(?:[\\p{L}\\p{N}'’.-]+\\s*){1,5}");

    private EventTitle() {
    }

    /** The title of an event reported by {@code quote} (one passage, usually one sentence). */
    static String of(String quote) {
        String t = quote.strip().replaceAll("\\s+", " ");
        // A passage may be a clause of its sentence ("and issued a warrant", "after the court ruled"): the connective goes.
        // A passage starting in lower case is a clause cut from its sentence: its parts are not the sentence's.
        String main = Character.isLowerCase(t.codePointAt(0)) ? null
                : mainClause(t.replaceFirst("^(?i)(?:and|but|or|so|yet|just)\\s+", "").replaceFirst("^[,;:–—\\-\\s]+", ""));
        if (main != null) {
            return cut(capitalised(main).replaceFirst("[,;:]+$", ""));
        }
        if (!t.contains(", ") || Character.isLowerCase(t.codePointAt(0))) {
            // a clause standing alone or cut from its sentence ("after the court ruled"): its own event, without the connective
            t = t.replaceFirst("^(?i)(?:and|but|or|so|while|when|as|who|which|after|before|since|until|just|yet|amid)\\s+", "");
        } else {
            // "After 2036, the program …": only a coordinator goes, the opener is part of what is said
            t = t.replaceFirst("^(?i)(?:and|but|or|so|yet|just)\\s+", "");
        }
        t = t.replaceFirst("^[,;:–—\\-\\s]+", "");
        return cut(capitalised(t).replaceFirst("[,;:]+$", ""));
    }

    private static String cut(String t) {
        if (t.length() <= MAX) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX);
        return t.substring(0, cut > MAX / 2 ? cut : MAX).replaceFirst("[,;:]$", "") + " \u2026";
    }

    /** The main clause, without its openers and background; null to keep the passage's words. */
    private static String mainClause(String sentence) {
        List<String> segments = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        Matcher b = BREAK.matcher(sentence);
        int from = 0;
        while (b.find()) {
            if (insideQuotation(sentence, b.start()) || datesComma(sentence, b)) {
                continue;
            }
            segments.add(sentence.substring(from, b.start()));
            breaks.add(b.group());
            from = b.end();
        }
        segments.add(sentence.substring(from));
        if (segments.size() < 2 || KEEP_WHOLE.contains(first(segments.get(0))) || sentence.matches("(?i)even\\s+(?:if|though|when)\\b.*") || sentence.startsWith("\u201c")
                || CONTINUED.matcher(sentence).find() || ADVERB_VERB.matcher(sentence).lookingAt()
                || sentence.startsWith("\"") || endsAQuotation(sentence)) {
            // a passage opening with a quotation, or taken from inside one, is someone's words: all of them, or the
            // title would assert them
            return null;
        }
        // Openers: scene-setting phrases without a verb, subordinate clauses and what continues them.
        int start = 0;
        boolean inSubordinate = false;
        boolean subordinateVerb = false;
        while (start < segments.size() - 1) {
            String s = segments.get(start);
            String w = first(s);
            if (!breaks.get(start).startsWith(",")) {
                break;
            }
            if (TIME_SCOPE.contains(w) && !hasVerb(s) && s.matches(".*\\d.*")) {
                // "After 2036, the program will pay less", "By 2085, …": what follows holds only in that time
                return null;
            }
            if (w.equals("as") && SPEECH.matcher(s).find()) {
                // "As the paper reported on Thursday, …": who says so stays with what is said
                return null;
            }
            if (SUBORDINATE.contains(w)) {
                inSubordinate = true;
                subordinateVerb = hasVerb(s);
            } else if (RELATIVE.contains(w) || NOT_SUBJECT.contains(w)) {
                // "After the court, which sits in The Hague, issued the warrant, …": still the opener
            } else if (inSubordinate && (isVerb(w) || participleClause(s) || !subordinateVerb && !hasVerb(s))) {
                // "While some, such as X, have said so, …": the subordinate clause goes on to its verb
                subordinateVerb |= hasVerb(s);
            } else if (SCENE.contains(w) && !hasVerb(s)) {
                inSubordinate = false;
            } else {
                break;
            }
            start++;
        }
        String opening = first(segments.get(start));
        if (ADVERB_VERB.matcher(segments.get(start)).lookingAt()) {
            // "quickly departed from the script": the subject is in the part left out
            return null;
        }
        if (KEEP_WHOLE.contains(opening) || NOT_SUBJECT.contains(opening) || TRAILING.contains(opening) || isVerb(opening)
                || participleClause(segments.get(start))) {
            return null;
        }
        if (start > 0 && start + 1 < segments.size() && !hasVerb(segments.get(start)) && isVerb(first(segments.get(start + 1)))) {
            // "Earlier this month a longtime ally, Sen. X, was defeated": the subject was in the opener
            return null;
        }
        // The main clause runs on until its verb is in; then it ends before background.
        StringBuilder out = new StringBuilder(segments.get(start));
        boolean verb = hasVerb(segments.get(start));
        boolean skipped = false;
        int last = start;
        for (int i = start + 1; i < segments.size(); i++) {
            String s = segments.get(i);
            String w = first(s);
            String sep = breaks.get(i - 1);
            boolean quotation = s.startsWith("\u201c") || s.startsWith("\"");
            if (!verb) {
                if (RELATIVE.contains(w) || (DETERMINERS.contains(w) && !hasVerb(s) && sep.startsWith(","))) {
                    // "Xi, the Chinese leader, arrived": the description of the subject can go
                    skipped = true;
                    continue;
                }
                out.append(skipped ? " " : sep).append(s);
                skipped = false;
                last = i;
                verb = hasVerb(s);
                continue;
            }
            // "concluded, though, that …": a word alone between commas is an aside; "X, the leader, and Y": a list goes on
            boolean aside = WORD.matcher(s).results().count() < 2
                    || w.equals("and") && DETERMINERS.contains(first(segments.get(i - 1))) && !hasVerb(segments.get(i - 1));
            if (!quotation && (!sep.startsWith(",") && !sep.startsWith(":") || TRAILING.contains(w) && !w.equals("according") && !aside
                    || OFFSET.matcher(s).lookingAt())) {
                // a closing attribution (", officials said", ", according to …") is not background: it stays
                break;
            }
            out.append(sep).append(s);
            last = i;
        }
        String closing = segments.get(segments.size() - 1).replaceFirst("[.!?\"”’]+$", "");
        if (last < segments.size() - 1 && (ATTRIBUTION.matcher(closing).matches() || first(closing).equals("according"))) {
            // "…, two days after …, according to the filing": the background goes, who says so stays
            out.append(breaks.get(segments.size() - 2)).append(segments.get(segments.size() - 1));
        }
        String main = out.toString();
        if (!verb || main.length() >= sentence.length() || INCOMPLETE.matcher(main).find()
                || ATTRIBUTION.matcher(main.replaceFirst("[.!?\"”’]+$", "")).matches()) {
            // "X said that", "the question became", "two of the people said": not an event on its own
            return null;
        }
        return main;
    }

    /** "March 1, 2010": the comma of a date separates no clauses. */
    private static boolean datesComma(String sentence, Matcher b) {
        return b.group().startsWith(",") && b.start() > 0 && Character.isDigit(sentence.charAt(b.start() - 1))
                && sentence.substring(b.end()).matches("(?s)\\d{4}\\b.*");
    }

    /** "the talks will fail," she said: a closing quotation mark before any opening one. */
    private static boolean endsAQuotation(String sentence) {
        int close = sentence.indexOf('\u201d');
        int open = sentence.indexOf('\u201c');
        long straight = sentence.chars().filter(c -> c == '"').count();
        return close >= 0 && (open < 0 || close < open) || straight % 2 == 1;
    }

    private static boolean insideQuotation(String sentence, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = sentence.charAt(i);
            if (c == '\u201c') {
                open++;
            } else if (c == '\u201d' && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    private static String first(String segment) {
        Matcher w = WORD.matcher(segment);
        return w.find() ? bare(w.group()) : "";
    }

    private static boolean hasVerb(String segment) {
        Matcher w = WORD.matcher(segment);
        while (w.find()) {
            String word = bare(w.group());
            // "records released by the committee": a participle describing a noun, not the clause's verb
            // "Indiana-based" is an adjective
            if (isVerb(word) && !word.contains("-") && !(word.endsWith("ed") && !IRREGULAR.contains(word)
                    && segment.regionMatches(true, w.end(), " by ", 0, 4))) {
                return true;
            }
        }
        return false;
    }

    /** A word lower-cased, without the full stop or apostrophe a sentence or quotation may leave on it. */
    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceFirst("[.'’-]+$", "");
    }

    /**
     * "responding to a question", "seeking the seat": a participle with its object continues the clause before it, it
     * does not start one ("leading Republican figures" is an adjective and a noun: a subject).
     */
    private static boolean participleClause(String segment) {
        return PARTICIPLE.matcher(segment).lookingAt();
    }

    private static boolean isVerb(String lower) {
        return IRREGULAR.contains(lower) || EventCues.looksLikeVerb(lower);
    }

    private static String capitalised(String t) {
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }
}
