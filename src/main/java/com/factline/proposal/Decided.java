package com.factline.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What editors have already decided about a project's text: passages of accepted and dismissed proposals, and
 * claims already on an event. A newly drafted proposal most of whose passages overlap such spans is the same
 * happening decided again (a new article joined it, or its grouping shifted), so it is not proposed: a dismissal
 * stays a dismissal, and what is on the timeline is not proposed a second time.
 */
final class Decided {

    /** A span of one source, in code points, end exclusive. */
    record Span(long sourceId, int start, int end) {
    }

    /** Per source: start → end of the decided spans (overlapping spans are kept apart; lookups check neighbours). */
    private final Map<Long, TreeMap<Integer, Integer>> bySource = new HashMap<>();

    Decided(List<Span> spans) {
        for (Span s : spans) {
            bySource.computeIfAbsent(s.sourceId(), k -> new TreeMap<>()).merge(s.start(), s.end(), Math::max);
        }
    }

    boolean covers(Span s) {
        TreeMap<Integer, Integer> spans = bySource.get(s.sourceId());
        if (spans == null) {
            return false;
        }
        // Any decided span starting before s ends and ending after s starts overlaps it. Spans are few per source
        // (one per claim or decided passage), and the walk stops at the first overlap.
        for (var e : spans.headMap(s.end(), false).descendingMap().entrySet()) {
            if (e.getValue() > s.start()) {
                return true;
            }
        }
        return false;
    }

    /** True when at least half of the passages (and at least one) overlap decided spans. */
    boolean alreadyDecided(List<Span> passages) {
        if (passages.isEmpty()) {
            return false;
        }
        int covered = 0;
        for (Span p : passages) {
            if (covers(p)) {
                covered++;
            }
        }
        return covered > 0 && covered * 2 >= passages.size();
    }
}
