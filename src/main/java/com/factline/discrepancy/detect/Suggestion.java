package com.factline.discrepancy.detect;

import java.util.List;

/**
 * A possible discrepancy for an editor to accept or dismiss. {@code fingerprint} depends only on the kind and
 * the normalised span texts per document, so a dismissal can be remembered across re-runs.
 */
public record Suggestion(SuggestionKind kind, List<Span> spans, List<String> claimIds, String eventId,
                         String reason, String fingerprint) {
    public Suggestion {
        spans = List.copyOf(spans);
        claimIds = List.copyOf(claimIds);
    }
}
