package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact one passage says was not given and another passage gives: "the campaign did not say where the ad would run"
 * against "the ad runs in Iowa"; "police declined to release the number of people hurt" against "three people were
 * hurt". {@link #find} reads a sentence's clauses of not-saying ("did not say", "declined to disclose", "would not
 * specify", "it was not clear", "unclear") with the question they leave open (where, when, how many, who) and the
 * words of what it is about; {@link #answer} looks in another sentence for that kind of fact (a place after "in", a
 * date, a number, a full name) where that sentence is about the same thing (a content word of the open question) and
 * does not itself leave the question open. Pure: the caller gives the other sentence's date ranges. Linear in the
 * sentence lengths.
 */
final class Unstated {
    private Unstated() {
    }

    /** The kind of fact a clause leaves open. */
    enum Kind {
        PLACE("where"), TIME("when"), COUNT("how many"), NAME("who");

        final String question;

        Kind(String question) {
            this.question = question;
        }
    }

    /** A clause of not-saying: {@code start}–{@code end} in the sentence, what it is about ({@code topic}, lower case lemmas). */
    record Gap(Kind kind, int start, int end, Set<String> topic) {
    }

    /** The fact as another sentence states it, {@code start}–{@code end} in that sentence. */
    record Answer(int start, int end) {
    }

    private static final String NOT_SAYING = "(?:(?:did|would|will|does|do|could|has|have|had)\\s*(?:not|n['’]t)|won['’]t"
            + "|declined\\s+to|refused\\s+to)\\s+(?:immediately\\s+|publicly\\s+)?"
            + "(?:say|disclose|specify|reveal|release|give|provide|announce|confirm|make\\s+public)";
    private static final String NOT_KNOWN = "(?:not\\s+(?:yet\\s+|immediately\\s+)?(?:clear|known)|unclear|unknown)";
    private static final String QUESTION = "(where|when|how\\s+many|how\\s+much"
            + "|(?:the|an?|any)\\s+(?:exact\\s+|precise\\s+)?(?:number|amount|names?|identity|identities|location|date|time|timing)"
            + "|(?:his|her|their|its)\\s+(?:names?|identity|identities|location))\\b";
    private static final Pattern GAP = Pattern.compile("(?i)\\b(?:" + NOT_SAYING + "|" + NOT_KNOWN + ")\\s+(?:exactly\\s+)?"
            + QUESTION);
    /** Where the open question's words end: a clause mark or a joiner that starts another clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?()\"“”—–]|\\s(?:but|and|or|although|though|while)\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?");
    private static final int MAX_TOPIC_WORDS = 10;

    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|near|outside)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*"
            + "(?:,?\\s+\\p{Lu}[\\p{L}.'’-]*)*)");
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)+");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\$?\\b(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|dozen|dozens|thousands?|millions?)\\b");
    private static final Set<String> NOT_TOPIC = Words.set("exactly", "precisely", "immediately", "yet", "many", "much",
            "number", "amount", "name", "names", "identity", "identities", "location", "date", "time", "timing");

    /** The clauses of not-saying in a sentence that leave a where, when, how many or who question open, in order. */
    static List<Gap> find(String sentence) {
        List<Gap> out = new ArrayList<>();
        Matcher m = GAP.matcher(sentence);
        while (m.find()) {
            Kind kind = kind(Words.lower(m.group(1)));
            if (kind == null) {
                continue;
            }
            Matcher e = CLAUSE_END.matcher(sentence);
            int end = e.find(m.end()) ? e.start() : sentence.length();
            Set<String> topic = new LinkedHashSet<>();
            Matcher w = WORD.matcher(sentence).region(m.end(), end);
            while (w.find() && topic.size() < MAX_TOPIC_WORDS) {
                String lower = Words.lower(w.group());
                if (Words.isContent(lower) && !NOT_TOPIC.contains(lower)) {
                    topic.add(Words.lemma(lower));
                }
            }
            if (!topic.isEmpty()) {
                out.add(new Gap(kind, m.start(), end, Set.copyOf(topic)));
            }
        }
        return out;
    }

    private static Kind kind(String question) {
        String q = question.replaceAll("\\s+", " ");
        if (q.equals("where") || q.endsWith("location")) {
            return Kind.PLACE;
        }
        if (q.equals("when") || q.endsWith("date") || q.endsWith("time") || q.endsWith("timing")) {
            return Kind.TIME;
        }
        if (q.startsWith("how") || q.endsWith("number") || q.endsWith("amount")) {
            return Kind.COUNT;
        }
        if (q.endsWith("name") || q.endsWith("names") || q.contains("identit")) {
            return Kind.NAME;
        }
        return null;
    }

    /**
     * Where {@code other} states the fact {@code gap} (of {@code gapSentence}) leaves open, or null: the other sentence
     * must share a content word with the open question, leave no question of that kind open itself, and hold a fact of
     * that kind that the gap's sentence does not hold. {@code dates}: the other sentence's date ranges (chars).
     */
    static Answer answer(Gap gap, String gapSentence, String other, List<int[]> dates) {
        if (!sharesTopic(gap, other) || find(other).stream().anyMatch(g -> g.kind() == gap.kind())) {
            return null;
        }
        String gapLower = Words.lower(gapSentence);
        switch (gap.kind()) {
            case PLACE -> {
                Matcher m = PLACE.matcher(other);
                for (int n = 0; n < MAX_CANDIDATES && m.find(); n++) {
                    String place = m.group(1).replaceFirst("[.]+$", ""); // a sentence's full stop is not the place's
                    int end = m.start(1) + place.length();
                    String first = Words.lower(place.replaceFirst("^(?i)the\\s+", "").split("[\\s,]+")[0]);
                    if (!Words.NON_NAME_CAPITALS.contains(first) && !gapLower.contains(Words.lower(place))) {
                        return new Answer(m.start(), end);
                    }
                }
            }
            case TIME -> {
                for (int[] d : dates.subList(0, Math.min(MAX_CANDIDATES, dates.size()))) {
                    if (!gapLower.contains(Words.lower(other.substring(d[0], d[1])))) {
                        return new Answer(d[0], d[1]);
                    }
                }
            }
            case COUNT -> {
                Set<String> given = words(gapLower);
                Matcher m = NUMBER.matcher(other);
                for (int n = 0; n < MAX_CANDIDATES && m.find(); n++) {
                    int at = m.start();
                    boolean inDate = dates.stream().anyMatch(d -> d[0] <= at && at < d[1]);
                    if (!inDate && counts(gap, other, m.end()) && !given.contains(Words.lower(m.group()))) {
                        return new Answer(m.start(), m.end());
                    }
                }
            }
            case NAME -> {
                Matcher m = FULL_NAME.matcher(other);
                for (int n = 0; n < MAX_CANDIDATES && m.find(); n++) {
                    String first = Words.lower(m.group().split("\\s+")[0]);
                    if (m.start() > 0 && !Words.NON_NAME_CAPITALS.contains(first) && !gapLower.contains(Words.lower(m.group()))) {
                        return new Answer(m.start(), m.end());
                    }
                }
            }
        }
        return null;
    }

    /** A word of the open question among the few words after a number: the number counts that thing ("four guards"). */
    private static boolean counts(Gap gap, String other, int from) {
        Matcher w = WORD.matcher(other).region(from, other.length());
        for (int n = 0; n < COUNTED_WITHIN && w.find(); n++) {
            if (gap.topic().contains(Words.lemma(w.group()))) {
                return true;
            }
        }
        return false;
    }

    private static final int COUNTED_WITHIN = 3;
    /**
     * Places, dates, numbers or names of the other sentence looked at, at most: with the gap sentence's words read once,
     * the comparison stays linear in the two sentences (a hostile "sentence" of many numbers).
     */
    static final int MAX_CANDIDATES = 50;

    private static Set<String> words(String lower) {
        Set<String> out = new java.util.HashSet<>();
        Matcher w = NUMBER_OR_WORD.matcher(lower);
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }

    private static final Pattern NUMBER_OR_WORD = Pattern.compile("\\$?[\\p{L}\\p{N}][\\p{L}\\p{N},.]*[\\p{L}\\p{N}]|\\$?[\\p{L}\\p{N}]");

    private static boolean sharesTopic(Gap gap, String other) {
        Matcher w = WORD.matcher(other);
        while (w.find()) {
            if (gap.topic().contains(Words.lemma(w.group()))) {
                return true;
            }
        }
        return false;
    }
}
