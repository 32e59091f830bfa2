package com.factline.source;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Metadata found in an imported page or document, each field with where it came from. Fields are
 * named as in {@link SourceData}: title, outlet, byline, publishedOn, language.
 */
public record ArticleMetadata(@Nullable String title, @Nullable String outlet, @Nullable String byline,
                              @Nullable LocalDate publishedOn, Map<String, Provenance> provenance) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, Map.of());

    public ArticleMetadata {
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** Mutable collector: the first value set for a field wins (callers try the best source first). */
    static final class Builder {
        private @Nullable String title;
        private @Nullable String outlet;
        private @Nullable String byline;
        private @Nullable LocalDate publishedOn;
        private final Map<String, Provenance> provenance = new LinkedHashMap<>();

        Builder title(@Nullable String value, Provenance from) {
            String v = clean(value, 500);
            if (title == null && v != null) {
                title = v;
                provenance.put("title", from);
            }
            return this;
        }

        Builder outlet(@Nullable String value, Provenance from) {
            String v = clean(value, 200);
            if (outlet == null && v != null) {
                outlet = v;
                provenance.put("outlet", from);
            }
            return this;
        }

        Builder byline(@Nullable String value, Provenance from) {
            String v = clean(value, 500);
            if (byline == null && v != null && !v.startsWith("http://") && !v.startsWith("https://")) {
                byline = v;
                provenance.put("byline", from);
            }
            return this;
        }

        Builder publishedOn(@Nullable LocalDate value, Provenance from) {
            if (publishedOn == null && value != null) {
                publishedOn = value;
                provenance.put("publishedOn", from);
            }
            return this;
        }

        boolean hasPublishedOn() {
            return publishedOn != null;
        }

        ArticleMetadata build() {
            return new ArticleMetadata(title, outlet, byline, publishedOn, provenance);
        }

        private static @Nullable String clean(@Nullable String value, int max) {
            if (value == null) {
                return null;
            }
            String v = value.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (v.isEmpty()) {
                return null;
            }
            return v.length() > max ? v.substring(0, max).strip() : v;
        }
    }
}
