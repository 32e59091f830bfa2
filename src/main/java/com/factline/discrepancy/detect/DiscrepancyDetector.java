package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Entry point: runs every detector over one story's documents and returns suggestions in a stable order. */
public final class DiscrepancyDetector {

    public List<Suggestion> detect(List<DetectDocument> docs, List<DetectClaim> claims) {
        Objects.requireNonNull(docs, "docs");
        List<DetectClaim> cs = claims == null ? List.of() : claims;
        Corpus corpus = new Corpus(docs);
        List<Suggestion> raw = new ArrayList<>();
        raw.addAll(new DateDetector(corpus).detect(cs));
        raw.addAll(new NumberDetector(corpus).detect());
        raw.addAll(new NameDetector(corpus).detect());
        raw.addAll(new QuoteDetector(corpus).detect());
        raw.addAll(new DescriptionDetector(corpus).detect());
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : raw) {
            out.add(attachClaims(s, cs));
        }
        out.sort(Comparator.comparing(Suggestion::kind)
                .thenComparingInt(s -> s.spans().isEmpty() ? Integer.MAX_VALUE : docOrder(corpus, s.spans().getFirst()))
                .thenComparingInt(s -> s.spans().isEmpty() ? 0 : s.spans().getFirst().start())
                .thenComparing(Suggestion::fingerprint));
        return List.copyOf(out);
    }

    private static int docOrder(Corpus corpus, Span s) {
        DocText d = corpus.byId.get(s.documentId());
        return d == null ? Integer.MAX_VALUE : d.order;
    }

    /** Claims overlapping a suggested span are linked, so accepting a suggestion can mark those claims disputed. */
    private static Suggestion attachClaims(Suggestion s, List<DetectClaim> claims) {
        if (claims.isEmpty() || s.kind() == SuggestionKind.DATE) {
            return s;
        }
        TreeSet<String> ids = new TreeSet<>(s.claimIds());
        TreeSet<String> events = new TreeSet<>();
        for (DetectClaim c : claims) {
            for (Span sp : s.spans()) {
                if (sp.documentId().equals(c.documentId()) && c.start() < sp.end() && sp.start() < c.end()) {
                    ids.add(c.id());
                    if (c.eventId() != null) {
                        events.add(c.eventId());
                    }
                }
            }
        }
        String event = s.eventId() != null ? s.eventId() : events.size() == 1 ? events.first() : null;
        return new Suggestion(s.kind(), s.spans(), List.copyOf(ids), event, s.reason(), s.fingerprint());
    }
}
