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
            Set<DetectClaim> conflicting = conflicting(cs);
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

    /**
     * The claims whose interval is disjoint from at least one other claim's, in claim order. In one pass: a
     * claim ends before another starts exactly when it ends before the latest start among the others (and the
     * other way round), so an event with thousands of claims costs no more than its claims.
     */
    static Set<DetectClaim> conflicting(List<DetectClaim> cs) {
        // the two latest starts and the two earliest ends, so each claim can be compared with "all the others"
        LocalDate start1 = null;
        LocalDate start2 = null;
        int start1At = -1;
        LocalDate end1 = null;
        LocalDate end2 = null;
        int end1At = -1;
        for (int i = 0; i < cs.size(); i++) {
            LocalDate e = cs.get(i).earliest();
            if (e != null) {
                if (start1 == null || e.isAfter(start1)) {
                    start2 = start1;
                    start1 = e;
                    start1At = i;
                } else if (start2 == null || e.isAfter(start2)) {
                    start2 = e;
                }
            }
            LocalDate l = cs.get(i).latest();
            if (l != null) {
                if (end1 == null || l.isBefore(end1)) {
                    end2 = end1;
                    end1 = l;
                    end1At = i;
                } else if (end2 == null || l.isBefore(end2)) {
                    end2 = l;
                }
            }
        }
        Set<DetectClaim> out = new LinkedHashSet<>();
        for (int i = 0; i < cs.size(); i++) {
            DetectClaim c = cs.get(i);
            LocalDate latestOtherStart = i == start1At ? start2 : start1;
            LocalDate earliestOtherEnd = i == end1At ? end2 : end1;
            if (before(c.latest(), latestOtherStart) || before(earliestOtherEnd, c.earliest())) {
                out.add(c);
            }
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
