package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offence a guilty plea, a conviction or a charge names: "pleaded guilty to conspiracy", "his guilty plea was to a
 * conspiracy charge", "pleaded guilty on Wednesday to one felony fraud count". Only a small list of offence names is
 * read; "conspiracy to commit wire fraud" is a conspiracy (the first offence named).
 */
final class Offences {

    /** What happened to the offence: each is compared only with the same step. */
    enum Step { PLEA, CONVICTION }

    record Mention(Step step, String offence, int start, int end) {
    }

    private static final String OFFENCE = "(conspiracy|fraud|bribery|perjury|murder|manslaughter|assault|theft"
            + "|embezzlement|extortion|obstruction|racketeering|money laundering|tax evasion|larceny|burglary|robbery"
            + "|kidnapping|rape|arson|espionage|treason|trafficking|corruption|forgery|misconduct|contempt)";
    /** The words between the verb and the offence: a day, "one felony", "a", "the"; no other clause. */
    private static final String GAP = "(?:\\s+(?:on|in|to|of|a|an|the|one|two|three|single|felony|misdemeanor|federal"
            + "|state|count|counts|charge|charges|of|\\w+day|court|federal court)){0,6}\\s+";
    private static final Pattern PLEA = Pattern.compile(
            "\\b(?:pleaded|pleads|pled|plead|pleading) guilty" + GAP + OFFENCE
            + "|\\bguilty plea (?:was |is )?(?:to|on)" + GAP + OFFENCE);
    private static final Pattern CONVICTION = Pattern.compile(
            "\\b(?:convicted|found guilty)" + GAP + OFFENCE);

    private Offences() {
    }

    static List<Mention> find(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<Mention> out = new ArrayList<>();
        read(lower, PLEA, Step.PLEA, out);
        read(lower, CONVICTION, Step.CONVICTION, out);
        return out;
    }

    private static void read(String lower, Pattern p, Step step, List<Mention> out) {
        Matcher m = p.matcher(lower);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            if (m.groupCount() < g || m.group(g) == null) {
                continue;
            }
            String before = lower.substring(Math.max(0, m.start() - 8), m.start());
            if (before.matches(".*\\bnot\\s*$")) {
                continue;
            }
            out.add(new Mention(step, m.group(g), m.start(), m.end()));
        }
    }
}
