package com.factline.discrepancy.detect;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One imported article as the detector sees it: plain text, offsets are code points into {@code text}.
 * {@code published} (may be null) and {@code title} name it in reason sentences;
 * {@code published} also anchors relative dates; documents with the same {@code independenceKey} are copies
 * of one report (a wire story and its republication) and count once.
 */
public record DetectDocument(String id, String outlet, String text, LocalDate published, String independenceKey, String title) {
    public DetectDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null || outlet.isBlank() ? id : outlet;
        independenceKey = independenceKey == null || independenceKey.isBlank() ? id : independenceKey;
        title = title == null ? "" : title;
    }

    /** A document whose headline is not known. */
    public DetectDocument(String id, String outlet, String text, LocalDate published, String independenceKey) {
        this(id, outlet, text, published, independenceKey, "");
    }

    /** An independent document without a known publication date. */
    public DetectDocument(String id, String outlet, String text) {
        this(id, outlet, text, null, null);
    }
}
