package com.factline.discrepancy;

/** A conflicting passage: code-point offsets into a source's text, end exclusive, with the text there. */
public record DiscrepancySpan(long sourceId, int start, int end, String text) {
}
