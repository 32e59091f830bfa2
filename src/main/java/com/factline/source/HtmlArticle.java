package com.factline.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A web page reduced to its article: the main text (not menus, share bars, related links) and
 * the metadata the page declares. Pure: no Spring, no network.
 *
 * <p>Main text: after dropping elements that are never the article (navigation, asides, forms,
 * blocks whose class or id says comments, related, share, newsletter, cookie, …), every paragraph
 * gives its length, less the text inside links, to its parent and half of it to its
 * grandparent; the element with the highest score is the article ({@code <article>},
 * {@code <main>} and {@code itemprop=articleBody} get a bonus). This is the core of Arc90's
 * Readability, linear in the page's size. A page without paragraphs keeps its whole body.
 *
 * <p>Metadata, best first: schema.org JSON-LD ({@code NewsArticle} and other {@code *Article}
 * types), OpenGraph and {@code article:*} meta tags, other meta tags, a {@code <time>} element,
 * the dateline at the head of the text, then the page's {@code <title>} or first heading.
 */
final class HtmlArticle {

    record Extracted(String text, ArticleMetadata metadata) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern NOT_ARTICLE = Pattern.compile(
            "comment|related|share|social|promo|advert|\\bad[s-]?\\b|newsletter|subscribe|cookie|consent|footer|sidebar"
                    + "|breadcrumb|\\bnav|menu|masthead|banner|popup|modal|recommend|trending|most-read|outbrain|taboola",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_ARTICLE = Pattern.compile("article|body|content|main|story|text", Pattern.CASE_INSENSITIVE);
    /** Blocks that cannot nest, so scoring reads each character a bounded number of times. */
    private static final Set<String> SCORED = Set.of("p", "pre");
    private static final Set<String> ARTICLE_BODY_TYPES = Set.of("article", "main");

    private HtmlArticle() {
    }

    static Extracted extract(String html, @Nullable String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        ArticleMetadata.Builder meta = new ArticleMetadata.Builder();
        jsonLd(doc, meta);
        openGraph(doc, meta);
        Element marked = doc.selectFirst("time[datetime][itemprop=datePublished], time[datetime][pubdate]");
        Element main = mainContent(doc);
        Element time = marked != null ? marked : main.selectFirst("time[datetime]");
        if (time != null) {
            isoDate(time.attr("datetime"), Provenance.TIME_ELEMENT, meta);
        }
        String text = ArticleText.htmlToText(main.outerHtml()).text();
        if (!meta.hasPublishedOn()) {
            Dateline.find(text).ifPresent(d -> meta.publishedOn(d, Provenance.DATELINE));
        }
        meta.title(doc.title(), Provenance.TITLE_ELEMENT);
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) {
            meta.title(h1.text(), Provenance.HEADING);
        }
        if (url != null) {
            meta.outlet(host(url), Provenance.URL_HOST);
        }
        return new Extracted(text, meta.build());
    }

    // --- main content -----------------------------------------------------------------------------------

    static Element mainContent(Document doc) {
        doc.select("script, style, noscript, template, iframe, object, embed, svg, canvas, nav, aside, form, button, select,"
                + " footer, dialog, [aria-hidden=true], [hidden], [role=navigation], [role=complementary], [role=banner]").remove();
        for (Element header : doc.select("header")) {
            if (header.closest("article, main") == null) {
                header.remove();
            }
        }
        List<Element> unwanted = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body() || ARTICLE_BODY_TYPES.contains(e.normalName()) || "articleBody".equals(e.attr("itemprop"))) {
                continue;
            }
            String label = e.className() + " " + e.id();
            if (!label.isBlank() && NOT_ARTICLE.matcher(label).find() && !MAYBE_ARTICLE.matcher(label).find()) {
                unwanted.add(e);
            }
        }
        unwanted.forEach(Element::remove);

        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : doc.body().getAllElements()) {
            if (!SCORED.contains(block.normalName())) {
                continue;
            }
            int length = block.text().length();
            if (length < 25) {
                continue;
            }
            int linked = 0;
            for (Element a : block.select("a")) {
                linked += a.text().length();
            }
            double score = 1 + Math.max(0, length - 2 * linked) / 100.0;
            Element parent = block.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element best = doc.body();
        double bestScore = 0;
        for (var e : scores.entrySet()) {
            Element el = e.getKey();
            double s = e.getValue();
            if (ARTICLE_BODY_TYPES.contains(el.normalName()) || "articleBody".equals(el.attr("itemprop"))) {
                s *= 1.25;
            }
            if (s > bestScore) {
                best = el;
                bestScore = s;
            }
        }
        return best;
    }

    // --- metadata ------------------------------------------------------------------------------------------

    private static void jsonLd(Document doc, ArticleMetadata.Builder meta) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JacksonException e) {
                continue; // a broken block says nothing
            }
            List<JsonNode> articles = new ArrayList<>();
            collectArticles(root, articles, 0);
            for (JsonNode a : articles) {
                meta.title(text(a.get("headline")), Provenance.JSON_LD);
                meta.title(text(a.get("name")), Provenance.JSON_LD);
                meta.outlet(name(a.get("publisher")), Provenance.JSON_LD);
                meta.byline(name(a.get("author")), Provenance.JSON_LD);
                String published = text(a.get("datePublished"));
                if (published != null) {
                    Dateline.isoDate(published).ifPresent(d -> meta.publishedOn(d, Provenance.JSON_LD));
                }
            }
        }
    }

    private static void collectArticles(@Nullable JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectArticles(n, out, depth + 1));
        } else if (node.isObject()) {
            if (isArticleType(node.get("@type"))) {
                out.add(node);
            }
            collectArticles(node.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticleType(@Nullable JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asString("");
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
    }

    /** A person or organisation: a plain name, an object with a name, or a list of them joined. */
    private static @Nullable String name(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : node) {
                String s = name(n);
                if (s != null && names.size() < 10) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }

    private static void openGraph(Document doc, ArticleMetadata.Builder meta) {
        Map<String, String> tags = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = (m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop"))
                    .toLowerCase(Locale.ROOT).strip();
            if (!key.isEmpty()) {
                tags.putIfAbsent(key, m.attr("content"));
            }
        }
        meta.title(tags.get("og:title"), Provenance.OPENGRAPH);
        meta.outlet(tags.get("og:site_name"), Provenance.OPENGRAPH);
        meta.byline(tags.get("article:author"), Provenance.OPENGRAPH);
        isoDate(tags.get("article:published_time"), Provenance.OPENGRAPH, meta);
        meta.title(tags.get("twitter:title"), Provenance.META);
        meta.byline(tags.get("author"), Provenance.META);
        for (String key : List.of("datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created")) {
            isoDate(tags.get(key), Provenance.META, meta);
        }
    }

    private static void isoDate(@Nullable String value, Provenance from, ArticleMetadata.Builder meta) {
        if (value != null) {
            Dateline.isoDate(value).ifPresent(d -> meta.publishedOn(d, from));
        }
    }

    static @Nullable String host(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
