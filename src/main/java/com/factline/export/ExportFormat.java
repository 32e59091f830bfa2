package com.factline.export;

import com.factline.base.ArticleName;
import com.factline.temporal.DateValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Escaping and small formatting rules shared by the text exporters. Pure functions, unit-tested. */
final class ExportFormat {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!|<>~&\"'=:$^";

    private ExportFormat() {
    }

    static String html(@Nullable String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * User text inside Markdown: whitespace (newlines included) folds to single spaces so the text
     * cannot start a heading, list or block, and every ASCII punctuation mark that Markdown or
     * inline HTML could act on gets a backslash (CommonMark allows escaping any of them).
     */
    static String markdown(@Nullable String s) {
        if (s == null) {
            return "";
        }
        String flat = oneLine(s);
        StringBuilder b = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    static String oneLine(@Nullable String s) {
        return s == null ? "" : WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Only web links become links; anything else (javascript:, data:) stays plain text. */
    static boolean isWebUrl(@Nullable String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return (u.startsWith("https://") || u.startsWith("http://")) && u.chars().noneMatch(ch -> ch <= ' ');
    }

    static String display(@Nullable DateValue d) {
        return d == null ? "undated" : d.display();
    }

    static String str(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }

    static @Nullable String iso(@Nullable LocalDate d) {
        return d == null ? null : d.toString();
    }

    static @Nullable String iso(@Nullable Instant i) {
        return i == null ? null : i.toString();
    }

    /** The article a claim quotes, named as everywhere in Factline: outlet · date · short headline. */
    static String citation(ExportData.Citation c) {
        return new ArticleName(c.outlet(), c.publishedOn(), c.title()).full();
    }

    /**
     * A verdict in words, naming the articles of the first and second passage when they are known
     * ("Reuters is right"); "the first source" only when they are not.
     */
    static String verdictLabel(String verdict, List<String> sides) {
        String a = sides.isEmpty() ? "the first source" : sides.get(0);
        String b = sides.size() < 2 ? "the second source" : sides.get(1);
        if (a.equals(b)) {
            a = a + " (first passage)";
            b = b + " (second passage)";
        }
        return switch (verdict) {
            case "a_right" -> a + " is right";
            case "b_right" -> b + " is right";
            case "both_wrong" -> "both are wrong";
            case "unresolvable" -> "cannot be resolved";
            case "not_real" -> "not a real discrepancy";
            default -> verdict;
        };
    }
}
