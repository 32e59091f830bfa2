package com.factline.discrepancy.detect;

/**
 * {@code documentId} shares long verbatim passages with {@code originalCandidateId}; {@code sharedFraction} is the
 * share of {@code documentId}'s text covered by those passages.
 */
public record RepublicationHint(String documentId, String originalCandidateId, double sharedFraction, int sharedChars) {
}
