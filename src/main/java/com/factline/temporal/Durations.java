package com.factline.temporal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in words or digits ("two", "a couple of", "twenty-five", "2.5", "5 1/2") and ISO 8601 durations
 * built from an amount and a unit ("P2W", "PT1H30M", "PXY" for an unknown amount), shared by the
 * duration and set rules. Pure and stateless.
 */
final class Durations {

    private static final String NUMWORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|a\\s+hundred|hundred)";
    /**
     * An amount in digits or words, as a regex fragment (no group); digits may carry a fraction of
     * halves, thirds or quarters ("5 1/2", "2-1/4", "3½") or thousands separators ("2,000").
     */
    static final String NUM = "(?:(?i:an?|one|three)\\s+quarters?\\s+of\\s+an?|\\d+(?:(?:\\s+|-)[1-3]/[234](?![\\d/])|[½¼¾])|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + NUMWORD
            + "|half\\s+an?|an?\\s+few|few|several|an?\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+dozen|dozens\\s+of"
            + "|hundreds\\s+of|thousands\\s+of|many|an?)";
    /**
     * Words between an amount and its unit that leave the length as counted: "two more weeks", "an
     * additional year", "a further month", "eight trading days" (TimeML marks the whole phrase as the
     * duration, valued by the amount). A regex fragment (no group), empty or ending in spaces.
     */
    static final String COUNTED = "(?:(?i:more|additional|extra|further|trading|business|working)\\s+)?";
    /** A time unit in the singular, as a regex fragment (one group); "quarter" is a quarter of a year. */
    static final String UNIT = "(second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))";

    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            NUMBERS.put(small[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBERS.put(tens[i], (i + 2) * 10);
        }
        NUMBERS.put("hundred", 100);
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
        NUMBERS.put("dozen", 12);
        NUMBERS.put("couple", 2);
    }

    private static final java.util.regex.Pattern MIXED =
            java.util.regex.Pattern.compile("(\\d+)(?:(?:\\s+|-)([1-3])/([234])|([½¼¾]))");

    private Durations() {
    }

    /**
     * "24 hours a day", "seven days a week", "365 days a year": an amount that fills the whole period it is
     * counted per says "all the time", not a length or a recurring time, and TimeML marks neither part. The
     * words around {@code [start, end)} (at most a few dozen characters) decide: a whole period after it
     * ("24 hours" before "a day") or before it ("a day" after "24 hours").
     */
    static boolean aroundTheClock(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 12 && (Character.isLetter(text.charAt(from - 1))
                || text.charAt(from - 1) == '-' && from > 1 && Character.isLetter(text.charAt(from - 2)))) {
            from--; // "twenty-four hours a day" seen from "four"
        }
        Matcher m = WHOLE.matcher(text);
        m.useTransparentBounds(true);
        m.region(from, Math.min(text.length(), end + 24));
        if (m.lookingAt() && whole(m.group(1), m.group(2), m.group(3))) {
            return true;
        }
        for (int p = Math.max(0, start - 30); p < start; p++) {
            if ((p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1))) && Character.isLetterOrDigit(text.charAt(p))) {
                m.region(p, end);
                if (m.lookingAt() && m.end() == end && whole(m.group(1), m.group(2), m.group(3))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern WHOLE = Pattern.compile("(?i:(\\d+|[a-z]+(?:-[a-z]+)?)\\s+(hours|days|weeks|months)"
            + "\\s+(?:a|an|per|each)\\s+(day|week|month|year))(?![\\p{L}\\p{N}])");

    private static boolean whole(String amountWords, String units, String per) {
        Double amount = amount(amountWords.toLowerCase(java.util.Locale.ROOT));
        if (amount == null) {
            return false;
        }
        int n = amount.intValue();
        return switch (units.toLowerCase(java.util.Locale.ROOT) + " " + per.toLowerCase(java.util.Locale.ROOT)) {
            case "hours day" -> n == 24;
            case "days week" -> n == 7;
            case "days year" -> n == 365 || n == 366;
            case "weeks year" -> n == 52;
            case "months year" -> n == 12;
            default -> false;
        };
    }

    /** Whether {@code lowerWord} is a number word ("two", "twenty", "dozen", "a"). */
    static boolean isNumberWord(String lowerWord) {
        return NUMBERS.containsKey(lowerWord);
    }

    static Double amount(String numStr) {
        String s = numStr.trim();
        if (s.matches("\\d{1,3}(?:,\\d{3})+")) {
            // "2,000 years": the commas group thousands.
            return Double.parseDouble(s.replace(",", ""));
        }
        if (s.matches("\\d+(?:\\.\\d+)?")) {
            return Double.parseDouble(s);
        }
        java.util.regex.Matcher mixed = MIXED.matcher(s);
        if (mixed.matches()) {
            // "5 1/2", "2-3/4", "3½": a whole number and a fraction of it.
            double whole = Double.parseDouble(mixed.group(1));
            if (mixed.group(2) != null) {
                int num = Integer.parseInt(mixed.group(2));
                int den = Integer.parseInt(mixed.group(3));
                return num < den ? whole + (double) num / den : null;
            }
            return whole + switch (mixed.group(4)) {
                case "½" -> 0.5;
                case "¼" -> 0.25;
                default -> 0.75;
            };
        }
        if (s.startsWith("half")) {
            return 0.5;
        }
        if (s.matches("(?i)(?:an?|one|three)\\s+quarters?\\s+of\\s+an?")) {
            // "a quarter of an hour", "three quarters of an hour".
            return s.toLowerCase(java.util.Locale.ROOT).startsWith("three") ? 0.75 : 0.25;
        }
        if (s.equals("a couple of") || s.equals("a couple") || s.equals("an couple of") || s.equals("couple of")) {
            return 2.0;
        }
        if (s.equals("a dozen")) {
            return 12.0;
        }
        if (s.equals("a hundred")) {
            return 100.0;
        }
        String[] parts = s.split("[\\s-]+");
        int total = 0;
        for (String part : parts) {
            Integer v = NUMBERS.get(part);
            if (v == null) {
                return null;
            }
            total += v;
        }
        return (double) total;
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /**
     * Whether "quarters" after an amount is a fraction rather than three-month periods: "three quarters
     * of the vote", "a quarter of its staff", "a quarter-point" (but "several quarters of losses" and
     * "two quarters" are periods). {@code afterUnit} is the text right after the unit word.
     */
    static boolean isFraction(boolean plural, String afterUnit) {
        if (!plural || afterUnit.startsWith("-")) {
            return true;
        }
        String rest = afterUnit.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return rest.matches("(?s)of\\s+(?:the|a|an|its|their|his|her|our|all|those|these|them|it|us|that|this)\\b.*");
    }

    /** ISO 8601 duration; time units take the "T" designator, fractions become the next smaller unit. */
    static String isoDuration(Double amount, String unit) {
        boolean time = unit.equals("hour") || unit.equals("minute") || unit.equals("second");
        String prefix = time ? "PT" : "P";
        if (amount == null) {
            String u = switch (unit) {
                case "decade" -> "DE";
                case "century", "centurie" -> "CE";
                default -> designator(unit);
            };
            return prefix + "X" + u;
        }
        double a = amount;
        long whole = (long) Math.floor(a);
        double frac = a - whole;
        switch (unit) {
            case "fortnight" -> {
                return "P" + fmt(a * 2) + "W";
            }
            case "decade" -> {
                return "P" + fmt(a * 10) + "Y";
            }
            case "century", "centurie" -> {
                return "P" + fmt(a * 100) + "Y";
            }
            default -> {
            }
        }
        if (frac > 0) {
            // A fraction goes into the next smaller unit when it comes out whole there: 5 1/2 hours is
            // PT5H30M, 2 1/4 years P2Y3M, 1 1/2 days P1DT12H.
            int per = switch (unit) {
                case "hour", "minute" -> 60;
                case "year" -> 12;
                case "day" -> 24;
                default -> 0;
            };
            double parts = frac * per;
            if (per > 0 && Math.abs(parts - Math.rint(parts)) < 1e-9) {
                long p = Math.round(parts);
                String smaller = switch (unit) {
                    case "hour" -> (whole > 0 ? whole + "H" : "") + p + "M";
                    case "minute" -> (whole > 0 ? whole + "M" : "") + p + "S";
                    case "year" -> (whole > 0 ? whole + "Y" : "") + p + "M";
                    default -> (whole > 0 ? whole + "D" : "") + "T" + p + "H";
                };
                return prefix + smaller;
            }
        }
        return prefix + fmt(a) + designator(unit);
    }

    private static String designator(String unit) {
        return switch (unit) {
            case "second" -> "S";
            case "minute", "month" -> "M";
            case "hour" -> "H";
            case "day" -> "D";
            case "week" -> "W";
            case "quarter" -> "Q";
            default -> "Y";
        };
    }
}
