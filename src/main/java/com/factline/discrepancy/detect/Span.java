package com.factline.discrepancy.detect;

/** A stretch of a document; offsets are Unicode code points into the document text, end exclusive. */
public record Span(String documentId, int start, int end, String text) {
}
