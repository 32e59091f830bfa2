package com.factline.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one way an article is named to people: outlet, publication date and a short headline,
 * "Reuters · 17 Mar 2023 · ICC issues arrest warrant for…". Never an internal id. Parts that are
 * not known are left out. Pure; the same input always gives the same text.
 */
public record ArticleName(String outlet, @Nullable LocalDate publishedOn, String title) {

    /** Headlines longer than this are cut at a word boundary and end with an ellipsis. */
    public static final int HEADLINE_CHARS = 48;
    static final String SEPARATOR = " \u00b7 ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ArticleName {
        outlet = outlet == null ? "" : outlet.strip();
        title = title == null ? "" : title.strip().replaceAll("\\s+", " ");
    }

    /** Outlet · date · short headline: how a list, a link or a report names the article. */
    public String full() {
        List<String> parts = new ArrayList<>(3);
        if (!outlet.isEmpty()) {
            parts.add(outlet);
        }
        if (publishedOn != null) {
            parts.add(DATE.format(publishedOn));
        }
        if (!title.isEmpty()) {
            parts.add(headline(title, HEADLINE_CHARS));
        }
        return parts.isEmpty() ? "Untitled article" : String.join(SEPARATOR, parts);
    }

    /** Outlet and date only ("Reuters · 17 Mar 2023"), the middle step of {@link #distinct}. */
    String outletAndDate() {
        String o = outlet.isEmpty() ? headline(title, HEADLINE_CHARS) : outlet;
        return publishedOn == null ? o : o + SEPARATOR + DATE.format(publishedOn);
    }

    /** The outlet alone, or the short headline when the outlet is not known. */
    public String shortName() {
        if (!outlet.isEmpty()) {
            return outlet;
        }
        return title.isEmpty() ? full() : headline(title, HEADLINE_CHARS);
    }

    /**
     * Names for articles shown side by side, as short as keeps them apart: the outlet alone when it
     * is the only article of that outlet here, else outlet and date, else the full name; articles
     * that still read the same get "(2)", "(3)" in list order. Equal names are one article and get
     * one label.
     */
    public static List<String> distinct(List<ArticleName> names) {
        Set<ArticleName> articles = new LinkedHashSet<>(names);
        Map<ArticleName, String> label = new HashMap<>();
        Map<String, Integer> byOutlet = counts(articles, ArticleName::shortName);
        Map<String, Integer> byOutletDate = counts(articles, ArticleName::outletAndDate);
        Map<String, Integer> seen = new HashMap<>();
        for (ArticleName a : articles) {
            String l = byOutlet.get(a.shortName()) == 1 ? a.shortName()
                    : byOutletDate.get(a.outletAndDate()) == 1 ? a.outletAndDate() : a.full();
            int k = seen.merge(l, 1, Integer::sum);
            label.put(a, k == 1 ? l : l + " (" + k + ")");
        }
        return names.stream().map(label::get).toList();
    }

    private static Map<String, Integer> counts(Set<ArticleName> articles, Function<ArticleName, String> key) {
        Map<String, Integer> n = new HashMap<>();
        articles.forEach(a -> n.merge(key.apply(a), 1, Integer::sum));
        return n;
    }

    /** Cuts a headline at the last space before {@code max} characters (or at {@code max}) and adds "…". */
    static String headline(String title, int max) {
        if (title.codePointCount(0, title.length()) <= max) {
            return title;
        }
        int end = title.offsetByCodePoints(0, max);
        String cut = title.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (title.charAt(end) != ' ' && space >= max / 2) { // a word that ends exactly at the limit is kept
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:.\\-\u2013\u2014]+$", "") + "\u2026";
    }
}
