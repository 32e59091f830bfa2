package com.factline.discrepancy.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Claims about one event whose date intervals cannot both be true. Works on claims only: text dates are the extractor's job. */
final class DateDetector {
    private final Corpus corpus;

    DateDetector(Corpus corpus) {
        this.corpus = corpus;
    }

    List<Suggestion> detect(List<DetectClaim> claims) {
        Map<String, List<DetectClaim>> byEvent = new TreeMap<>();
        for (DetectClaim c : claims) {
            if (c.eventId() != null && (c.earliest() != null || c.latest() != null)) {
                byEvent.computeIfAbsent(c.eventId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (Map.Entry<String, List<DetectClaim>> e : byEvent.entrySet()) {
            List<DetectClaim> cs = e.getValue();
            Set<DetectClaim> conflicting = new LinkedHashSet<>();
            for (int i = 0; i < cs.size(); i++) {
                for (int j = i + 1; j < cs.size(); j++) {
                    if (disjoint(cs.get(i), cs.get(j))) {
                        conflicting.add(cs.get(i));
                        conflicting.add(cs.get(j));
                    }
                }
            }
            if (conflicting.isEmpty()) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (DetectClaim c : conflicting) {
                ids.add(c.id());
                DocText d = corpus.byId.get(c.documentId());
                String where = d == null ? c.documentId() : d.label;
                if (d != null) {
                    int s = d.charIndexOfCodePoint(c.start());
                    int en = d.charIndexOfCodePoint(c.end());
                    if (en > s) {
                        spans.add(d.span(s, en));
                    }
                }
                parts.add(interval(c) + " (" + where + ")");
            }
            ids.sort(null);
            out.add(Suggestions.create(corpus, SuggestionKind.DATE, spans, ids, e.getKey(),
                    "Dates for the same event do not overlap: " + String.join(" vs ", parts)));
        }
        return out;
    }

    private static String interval(DetectClaim c) {
        if (c.earliest() != null && c.earliest().equals(c.latest())) {
            return c.earliest().toString();
        }
        return (c.earliest() == null ? "…" : c.earliest().toString()) + "–" + (c.latest() == null ? "…" : c.latest().toString());
    }

    static boolean disjoint(DetectClaim a, DetectClaim b) {
        return before(a.latest(), b.earliest()) || before(b.latest(), a.earliest());
    }

    private static boolean before(LocalDate latest, LocalDate earliest) {
        return latest != null && earliest != null && latest.isBefore(earliest);
    }
}
