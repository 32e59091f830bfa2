package com.factline.temporal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years written out as spoken in broadcast transcripts: "nineteen ninety-six", "nineteen seventy-nine",
 * "nineteen oh five", "two thousand", "two thousand and one", "the year two thousand". A bare
 * "two thousand" is a year only after "the year" or "in", since it is far more often a number.
 * Pure and bounded.
 */
final class SpelledYearRule {

    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final Pattern NINETEEN = Pattern.compile("(?i:(?:the\\s+year\\s+)?(nineteen|eighteen)\\s+(?:("
            + TENS + ")(?:[\\s-](" + UNITS + "))?|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen)|oh[\\s-](" + UNITS + ")))(?![\\p{L}\\p{N}-])");
    private static final Pattern TWO_THOUSAND = Pattern.compile("(?i:(the\\s+year\\s+)?two\\s+thousand"
            + "(?:\\s+(?:and\\s+)?(" + UNITS + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|twenty))?)(?![\\p{L}\\p{N}-])");
    // "two thousand years", "two thousand people": a count before a plural noun.
    private static final Pattern PLURAL_AFTER = Pattern.compile("\\s+[a-z]+s(?![\\p{L}])");
    private static final Map<String, Integer> NUM = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private SpelledYearRule() {
    }

    /** The spelled-out year starting exactly at {@code i}, or null; {@code prevWord} is the word before it. */
    static RuleMatch at(String text, int i, String prevWord) {
        int limit = Math.min(text.length(), i + 60);
        Matcher m = NINETEEN.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            int y = NUM.get(m.group(1).toLowerCase(Locale.ROOT)) * 100;
            if (m.group(2) != null) {
                y += NUM.get(m.group(2).toLowerCase(Locale.ROOT))
                        + (m.group(3) == null ? 0 : NUM.get(m.group(3).toLowerCase(Locale.ROOT)));
            } else if (m.group(4) != null) {
                y += NUM.get(m.group(4).toLowerCase(Locale.ROOT));
            } else {
                y += NUM.get(m.group(5).toLowerCase(Locale.ROOT));
            }
            return year(i, m.end(), y, m.group());
        }
        m = TWO_THOUSAND.matcher(text).region(i, limit).useTransparentBounds(true);
        if (m.lookingAt() && (m.group(1) != null || ((prevWord.equals("in") || prevWord.equals("by")
                || prevWord.equals("since") || prevWord.equals("until"))
                && !PLURAL_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30))
                        .useTransparentBounds(true).lookingAt()))) {
            int y = 2000 + (m.group(2) == null ? 0 : NUM.get(m.group(2).toLowerCase(Locale.ROOT)));
            return year(i, m.end(), y, m.group());
        }
        return null;
    }

    private static RuleMatch year(int start, int end, int y, String words) {
        return new RuleMatch(start, end, TimexType.DATE, String.valueOf(y), null, LocalDate.of(y, 1, 1),
                LocalDate.of(y, 12, 31), "year written out (\"" + words.replaceAll("\\s+", " ") + "\")", true);
    }
}
