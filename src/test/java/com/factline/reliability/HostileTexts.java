package com.factline.reliability;

/**
 * Crafted texts that once made Factline quadratic or blew its stack: built here, never read from a
 * corpus. Each is about {@code chars} characters long and deterministic.
 */
public final class HostileTexts {
    private HostileTexts() {
    }

    /** "Friday, Friday, …": a log or a list of dates, one endless sentence of weekdays. */
    public static String weekdayStorm(int chars) {
        String[] days = {"Friday", "Monday", "on Tuesday", "last Sunday", "next Wednesday"};
        StringBuilder sb = new StringBuilder(chars + 32);
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(days[i % days.length]).append(i % 7 == 6 ? "; " : ", ");
        }
        return sb.append("Friday.").toString();
    }

    /**
     * One giant sentence without a full stop: capitalised made-up names (thousands of distinct forms, many
     * one letter apart), titles, "President X", "the ousted leader", quotes and attribution verbs.
     */
    public static String giantSentence(int chars) {
        StringBuilder sb = new StringBuilder(chars + 64);
        long x = 42;
        String[] glue = {"said", "met", "and", "the ousted leader", "with President", "told", "“boundless partnership”",
                "a state visit", "a working visit", "of"};
        for (int i = 0; sb.length() < chars; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            sb.append(name(x)).append(' ').append(glue[(int) ((x >>> 33) % glue.length)]).append(' ');
        }
        return sb.toString();
    }

    private static String name(long x) {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiouy";
        int len = 5 + (int) ((x >>> 60) & 3);
        StringBuilder sb = new StringBuilder();
        long y = x;
        for (int k = 0; k < len; k++) {
            String from = k % 2 == 0 ? consonants : vowels;
            sb.append(from.charAt((int) ((y >>> 40) & 0x7fff) % from.length()));
            y = y * 2862933555777941757L + 3037000493L;
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    /** "12 soldiers, 13 soldiers, …": thousands of numbers attached to one noun, in sentences that share words. */
    public static String manyNumbersOneNoun(int chars) {
        StringBuilder sb = new StringBuilder(chars + 64);
        for (int i = 0; sb.length() < chars; i++) {
            sb.append("Officials said ").append(10 + i % 5000).append(" soldiers were killed near the border");
            sb.append(i % 20 == 19 ? ". " : ", and ");
        }
        return sb.toString();
    }

    /** One token of {@code chars} characters: letters joined by hyphens, the worst case for a word regex. */
    public static String oneToken(int chars) {
        StringBuilder sb = new StringBuilder(chars + 4);
        while (sb.length() < chars) {
            sb.append("ab-");
        }
        return sb.append("c").toString();
    }

    /** {@code n} one-megabyte tokens, separated by a space and a dotted run ("a.b.c.…"). */
    public static String megabyteTokens(int chars) {
        StringBuilder sb = new StringBuilder(chars + 16);
        while (sb.length() < chars) {
            sb.append(oneToken(Math.min(1_000_000, chars - sb.length()))).append(" A.b.c.d.e.f.g. ");
        }
        return sb.toString();
    }
}
