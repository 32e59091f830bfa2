package com.factline.temporal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters the temporal package reads from its strings, counted for {@link LinearWorkTest}: the classes of
 * the package are loaded again by {@link CountingLoader}, which sends each of their calls of a {@code String}
 * method below here; each counts what that call reads (a character, the span searched, the part copied) and
 * calls the method. The pattern matchers they make read their text through {@link Counted}, one count a character.
 * Production code is not changed: only the reloaded classes count, and only in that test.
 */
public final class TextReads {

    private static long reads;

    private TextReads() {
    }

    /** Characters read since the last reset. */
    public static long count() {
        return reads;
    }

    public static void reset() {
        reads = 0;
    }

    private static void add(long n) {
        reads += Math.max(1, n);
    }

    /** A text as regular expressions read it, one count a character. */
    static final class Counted implements CharSequence {
        private final CharSequence s;

        Counted(CharSequence s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            add(end - start);
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            add(s.length());
            return s.toString();
        }
    }

    // ---- java.util.regex.Pattern ----

    public static Matcher matcher(Pattern p, CharSequence text) {
        return p.matcher(new Counted(text));
    }

    public static String[] split(Pattern p, CharSequence text, int limit) {
        add(text.length());
        return p.split(text, limit);
    }

    // ---- java.lang.String: one method for each the temporal package calls, same name, the string first ----

    public static char charAt(String s, int i) {
        reads++;
        return s.charAt(i);
    }

    public static boolean equals(String s, Object o) {
        add(o instanceof String t ? Math.min(s.length(), t.length()) : 1);
        return s.equals(o);
    }

    public static boolean equalsIgnoreCase(String s, String o) {
        add(o == null ? 1 : Math.min(s.length(), o.length()));
        return s.equalsIgnoreCase(o);
    }

    /** Counted as one read: a string caches its hash. */
    public static int hashCode(String s) {
        add(1);
        return s.hashCode();
    }

    public static String substring(String s, int b, int e) {
        add(e - b);
        return s.substring(b, e);
    }

    public static String substring(String s, int b) {
        add(s.length() - b);
        return s.substring(b);
    }

    public static boolean startsWith(String s, String prefix) {
        add(prefix.length());
        return s.startsWith(prefix);
    }

    public static boolean startsWith(String s, String prefix, int from) {
        add(prefix.length());
        return s.startsWith(prefix, from);
    }

    public static boolean endsWith(String s, String suffix) {
        add(suffix.length());
        return s.endsWith(suffix);
    }

    public static boolean regionMatches(String s, boolean ignoreCase, int from, String other, int otherFrom, int len) {
        add(len);
        return s.regionMatches(ignoreCase, from, other, otherFrom, len);
    }

    public static boolean regionMatches(String s, int from, String other, int otherFrom, int len) {
        add(len);
        return s.regionMatches(from, other, otherFrom, len);
    }

    public static int indexOf(String s, int ch) {
        return indexOf(s, ch, 0);
    }

    public static int indexOf(String s, int ch, int from) {
        int k = s.indexOf(ch, from);
        add((k < 0 ? s.length() : k + 1) - Math.max(0, from));
        return k;
    }

    public static int indexOf(String s, String str) {
        return indexOf(s, str, 0);
    }

    public static int indexOf(String s, String str, int from) {
        int k = s.indexOf(str, from);
        add((k < 0 ? s.length() : k + str.length()) - Math.max(0, from));
        return k;
    }

    public static int lastIndexOf(String s, int ch, int from) {
        int k = s.lastIndexOf(ch, from);
        add(Math.min(from, s.length() - 1) - k);
        return k;
    }

    public static boolean contains(String s, CharSequence str) {
        return indexOf(s, str.toString(), 0) >= 0;
    }

    public static int codePointCount(String s, int b, int e) {
        add(e - b);
        return s.codePointCount(b, e);
    }

    public static int offsetByCodePoints(String s, int index, int offset) {
        add(Math.abs(offset));
        return s.offsetByCodePoints(index, offset);
    }

    public static void getChars(String s, int b, int e, char[] dst, int at) {
        add(e - b);
        s.getChars(b, e, dst, at);
    }

    // The methods below read the whole string.

    public static String toLowerCase(String s, java.util.Locale l) {
        add(s.length());
        return s.toLowerCase(l);
    }

    public static String toUpperCase(String s, java.util.Locale l) {
        add(s.length());
        return s.toUpperCase(l);
    }

    public static String trim(String s) {
        add(s.length());
        return s.trim();
    }

    public static String strip(String s) {
        add(s.length());
        return s.strip();
    }

    public static String stripLeading(String s) {
        add(s.length());
        return s.stripLeading();
    }

    public static boolean isBlank(String s) {
        add(s.length());
        return s.isBlank();
    }

    public static String replaceAll(String s, String regex, String replacement) {
        add(s.length());
        return s.replaceAll(regex, replacement);
    }

    public static String replace(String s, CharSequence a, CharSequence b) {
        add(s.length());
        return s.replace(a, b);
    }

    public static String replace(String s, char a, char b) {
        add(s.length());
        return s.replace(a, b);
    }

    public static boolean matches(String s, String regex) {
        add(s.length());
        return s.matches(regex);
    }

    public static String[] split(String s, String regex) {
        add(s.length());
        return s.split(regex);
    }

    public static char[] toCharArray(String s) {
        add(s.length());
        return s.toCharArray();
    }
}
