package com.factline.discrepancy.detect;

import java.time.LocalDate;

/**
 * A claim an editor (or the extractor) has anchored in a document. {@code start}/{@code end} are code-point
 * offsets, end exclusive. {@code earliest}/{@code latest} bound when the claimed event happened; either may be
 * null when the text leaves that side open.
 */
public record DetectClaim(String id, String documentId, int start, int end, String quote,
                          String eventId, LocalDate earliest, LocalDate latest) {
}
