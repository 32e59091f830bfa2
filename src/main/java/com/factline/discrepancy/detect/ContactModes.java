package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How someone reached someone else: in writing ("wrote to the governor", "sent her a letter"), by telephone ("called
 * Ms. Dane to urge her", "phoned") or in person ("met with"), and who did it (the names in the clause before the
 * verb). Two outlets that report the same sender reaching out in different ways ("Norvale wrote to the governor" against
 * "an executive from Norvale called her") disagree on what happened. Pure; linear in the sentence.
 */
final class ContactModes {

    private ContactModes() {
    }

    enum Mode {
        WRITING("in writing"), PHONE("by phone"), PERSON("in person");

        final String words;

        Mode(String words) {
            this.words = words;
        }
    }

    /**
     * One contact: its mode, the verb phrase (chars of the sentence), where its clause starts, and the capitalised
     * names of that clause before the verb (the senders, in lower case, in the order of the sentence).
     */
    record Contact(Mode mode, int start, int end, int clauseStart, Set<String> senders) {
    }

    /** Contacts read per sentence, so a hostile sentence stays cheap. */
    static final int MAX_CONTACTS = 16;

    private static final String PERSON = "(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|President|Governor|Senator|Mayor)\\.?+\\s++)?"
            + "(?:\\p{Lu}[\\p{L}'’\\-]*+\\.?+\\s++){0,3}(?!(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\\.)\\p{Lu}[\\p{L}'’\\-]*+";
    private static final String PRONOUN_OR_OFFICE = "(?:her|him|them|the\\s++(?:governor|president|mayor|senator|"
            + "speaker|chairman|chairwoman|prime\\s++minister|secretary|congressman|congresswoman))";
    /** What may follow the person called: a purpose, a time or punctuation, never a name for them ("called him a liar"). */
    private static final String AFTER_CALL = "(?=\\s*+(?:[,.;:)]|$|(?:to|and|on|about|in|after|before|last|this|early|"
            + "late|from|at|during|while|shortly|twice|again|personally|directly)\\b))";
    private static final List<Pattern> WRITING = List.of(
            Pattern.compile("\\bwr(?:ote|ites|itten)\\s++(?:to\\s++(?:the\\s++[\\p{L}\\-]++|her|him|them|" + PERSON + ")|to|a\\s++letter|"
                    + "an?\\s++(?:e-?mail|note|open\\s++letter))\\b"),
            Pattern.compile("\\bsen[dt]s?+\\s++(?:(?:her|him|them|the\\s++[\\p{L}\\-]++|" + PERSON + ")\\s++)?(?:a|an)\\s++(?:[\\p{L}\\-]++\\s++)?"
                    + "(?:letter|e-?mail|note|text\\s++message)\\b"),
            Pattern.compile("\\b(?:e-?mailed|texted)\\b"),
            Pattern.compile("\\bin\\s++an?\\s++(?:letter|e-?mail)\\s++to\\b"));
    private static final List<Pattern> PHONE = List.of(
            Pattern.compile("\\b(?:tele)?+phoned\\b"),
            Pattern.compile("\\bcalled\\s++(?:" + PRONOUN_OR_OFFICE + "|" + PERSON + ")" + AFTER_CALL),
            Pattern.compile("\\b(?:by|on\\s++the|over\\s++the)\\s++(?:tele)?+phone\\b"));
    private static final List<Pattern> IN_PERSON = List.of(
            Pattern.compile("\\bmet\\s++(?:privately\\s++)?+with\\b"),
            Pattern.compile("\\bin\\s++person\\b"));
    /** Other tenses: a meeting planned or a letter to come is no report of how they did reach out, but it is a mention. */
    private static final List<Pattern> OTHER_TENSES = List.of(
            Pattern.compile("\\b(?:meet|meets|meeting)\\s++(?:privately\\s++)?+with\\b"),
            Pattern.compile("\\b(?:write|writing)\\s++(?:to|a\\s++letter)\\b"),
            Pattern.compile("\\b(?:call|calls|calling|phone|phones|phoning)\\s++(?:her|him|them|\\p{Lu})"
                    + "|\\b(?:tele)?+phone\\s++calls?+\\b"));
    /** Where a clause starts: a semicolon, a dash, or a comma before a new clause's conjunction. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;—–]|,\\s++(?:and|but|while|whereas|although|as)\\b");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*+");

    /**
     * The contacts of a sentence in order. {@code ordinary} says whether a lower-case word is an ordinary word of the
     * story (a capitalised ordinary word is not a sender's name).
     */
    static List<Contact> find(String sentence, Predicate<String> ordinary) {
        return find(sentence, ordinary, false);
    }

    /**
     * With {@code anyTense}, also the contacts a sentence plans or expects ("will meet with", "is calling"), with the
     * names just after the verb counted as senders too: what a document mentions at all, to check that it does not
     * report the other way elsewhere.
     */
    static List<Contact> find(String sentence, Predicate<String> ordinary, boolean anyTense) {
        List<int[]> verbs = new ArrayList<>();
        add(sentence, WRITING, Mode.WRITING, verbs);
        add(sentence, PHONE, Mode.PHONE, verbs);
        add(sentence, IN_PERSON, Mode.PERSON, verbs);
        if (anyTense) {
            add(sentence, OTHER_TENSES.subList(0, 1), Mode.PERSON, verbs);
            add(sentence, OTHER_TENSES.subList(1, 2), Mode.WRITING, verbs);
            add(sentence, OTHER_TENSES.subList(2, 3), Mode.PHONE, verbs);
        }
        if (verbs.isEmpty()) {
            return List.of();
        }
        verbs.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<Contact> out = new ArrayList<>();
        int previousEnd = 0;
        for (int[] v : verbs) {
            if (v[0] < previousEnd || out.size() >= MAX_CONTACTS) {
                continue; // overlapping matches ("sent her a letter" read once)
            }
            int clause = previousEnd;
            Matcher b = CLAUSE_BREAK.matcher(sentence).region(previousEnd, v[0]);
            while (b.find()) {
                clause = b.end();
            }
            Set<String> senders = new LinkedHashSet<>();
            Matcher n = NAME.matcher(sentence).region(clause, anyTense ? Math.min(sentence.length(), v[1] + 60) : v[0]);
            boolean object = false;
            boolean quoted = quotesOpen(sentence, clause);
            int previous = clause;
            int after = clause;
            while (n.find()) {
                String between = Words.lower(sentence.substring(after, n.start())).strip();
                quoted ^= quoteMarks(between) % 2 == 1; // names inside a quotation are what someone said
                // "spoke to both Clinton and Sanders by phone": whom they reached, not who did (read with the word
                // before, so that "According to the White House" stays a source)
                object = OBJECT.matcher(Words.lower(sentence.substring(previous, n.start())).strip()).find()
                        || object && (between.isEmpty() || AND.matcher(between).matches());
                previous = n.start();
                after = n.end();
                String w = Words.lower(Words.stripPossessive(n.group()));
                // a sentence's first word is capitalised anyway: a name only if it is no ordinary word
                boolean first = sentence.substring(0, n.start()).isBlank() && Words.STOPWORDS.contains(w);
                if ((!object || anyTense) && !quoted && !first && w.length() > 1 && !ordinary.test(w)
                        && !Words.NON_NAME_CAPITALS.contains(w) && !TITLES.contains(w)) {
                    senders.add(w);
                }
            }
            out.add(new Contact(Mode.values()[v[2]], v[0], v[1], clause, java.util.Collections.unmodifiableSet(senders)));
            previousEnd = v[1];
        }
        return out;
    }

    private static final Set<String> TITLES = Words.set("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "inc", "co",
            "corp", "ltd", "llc", "senator", "representative", "governor", "mayor");
    /** A preposition (not "according to") right before a name, with an optional "both" or title between. */
    private static final Pattern OBJECT = Pattern.compile("(?:^|\\s)(?<!according\\s)(?:to|with)"
            + "(?:\\s++(?:both|the|mr\\.|ms\\.|mrs\\.|dr\\.|sen\\.|rep\\.|gov\\.))*+$");
    private static final Pattern AND = Pattern.compile(",|and|or|, and|, or|\\.");

    /** Whether a quotation opened before {@code at} is still open there. */
    private static boolean quotesOpen(String sentence, int at) {
        return quoteMarks(sentence.substring(0, at)) % 2 == 1;
    }

    /** Quotation marks (straight or curly double quotes) in a stretch of text. */
    private static int quoteMarks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                n++;
            }
        }
        return n;
    }

    private static void add(String sentence, List<Pattern> patterns, Mode mode, List<int[]> out) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(sentence);
            while (m.find() && out.size() < 4 * MAX_CONTACTS) {
                out.add(new int[] {m.start(), m.end(), mode.ordinal()});
            }
        }
    }

    /** A sender both contacts name, when they name one and reach out in different ways; else null. */
    static String sharedSender(Contact a, Contact b) {
        if (a.mode() == b.mode()) {
            return null;
        }
        for (String s : a.senders()) {
            if (b.senders().contains(s)) {
                return s;
            }
        }
        return null;
    }
}
