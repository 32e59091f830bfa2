package com.factline.timeline;

import java.util.Locale;

/**
 * An event's review status, written by the review module alone. {@code corroborated} and
 * {@code disputed} existed until V12 (only the demo generator set them); they are drafts now.
 */
public enum EventStatus {
    DRAFT, VERIFIED, NEEDS_REVERIFICATION;

    /** The statuses V12 removed; stored or backed-up rows with them are drafts. */
    public static final java.util.Set<String> REMOVED = java.util.Set.of("corroborated", "disputed");

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus fromDb(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
