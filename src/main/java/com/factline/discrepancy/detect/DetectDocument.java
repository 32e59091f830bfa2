package com.factline.discrepancy.detect;

import java.util.Objects;

/** One imported article as the detector sees it: plain text, offsets are code points into {@code text}. */
public record DetectDocument(String id, String outlet, String text) {
    public DetectDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null || outlet.isBlank() ? id : outlet;
    }
}
