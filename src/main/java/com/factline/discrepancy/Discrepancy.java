package com.factline.discrepancy;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A discrepancy between sources as stored; {@code version} guards every change. {@code confidence} (0–1) ranks
 * suggestions, strongest first; a discrepancy marked by hand has 1.
 */
public record Discrepancy(DiscrepancyId id, long projectId, DiscrepancyKind kind, DiscrepancyStatus status, String origin,
                          String reason, String note, List<DiscrepancySpan> spans, List<Long> claimIds,
                          @Nullable Long eventId, @Nullable String fingerprint, @Nullable Verdict verdict,
                          @Nullable String correctValue, @Nullable String evidence, @Nullable String resolvedBy,
                          @Nullable Instant resolvedAt, @Nullable String dismissedBy, @Nullable Instant dismissedAt,
                          @Nullable String dismissReason, Instant createdAt, int version, double confidence) {

    /** The confidence as editors read it, a whole percentage ("85%"); a hand-marked discrepancy shows 100%. */
    public String confidenceLabel() {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 100) + "%";
    }

    /** The confidence rounded to two decimals, as the API gives it. */
    public double confidenceRounded() {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
    }

    /** One line for lists: the reason, or the note, or the span texts. */
    public String summary() {
        if (!reason.isBlank()) {
            return reason;
        }
        if (!note.isBlank()) {
            return note;
        }
        return String.join(" \u2194 ", spans.stream().map(DiscrepancySpan::text).toList());
    }
}
