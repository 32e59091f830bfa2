package com.factline.discrepancy.detect;

import java.util.List;

/**
 * A possible discrepancy for an editor to accept or dismiss. {@code fingerprint} depends only on the kind and
 * the normalised span texts per document, so a dismissal can be remembered across re-runs. {@code confidence}
 * (0–1) ranks suggestions: the queue lists the strongest first.
 */
public record Suggestion(SuggestionKind kind, List<Span> spans, List<String> claimIds, String eventId,
                         String reason, String fingerprint, double confidence) {

    /** Confidence of a suggestion from a detector that does not grade its findings. */
    public static final double DEFAULT_CONFIDENCE = 0.5;

    public Suggestion {
        spans = List.copyOf(spans);
        claimIds = List.copyOf(claimIds);
    }

    public Suggestion(SuggestionKind kind, List<Span> spans, List<String> claimIds, String eventId, String reason,
                      String fingerprint) {
        this(kind, spans, claimIds, eventId, reason, fingerprint, DEFAULT_CONFIDENCE);
    }

    public Suggestion withConfidence(double c) {
        return new Suggestion(kind, spans, claimIds, eventId, reason, fingerprint, c);
    }
}
