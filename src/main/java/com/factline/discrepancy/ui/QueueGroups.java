package com.factline.discrepancy.ui;

import com.factline.discrepancy.Discrepancy;
import com.factline.discrepancy.DiscrepancyKind;
import com.factline.timeline.EventSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the queue is grouped: by event, in the timeline's order, then the items on no event, and
 * last, in a quieter group, suggested spelling and wording items (names spelled differently, a label
 * worded differently), which rarely change what a timeline says. An item an editor marked by hand stays
 * with its event whatever its kind: someone judged it to matter. Pure: the same lists give the same order.
 */
final class QueueGroups {

    static final String NO_EVENT = "Not on an event";
    static final String SPELLING_AND_STYLE = "Spelling and style";

    /** The queue in group order, and which rows open a group (they carry the group's name). */
    record Grouped(List<Discrepancy> items, Set<Discrepancy> firstOfGroup, Map<Discrepancy, String> group) {

        boolean quiet(Discrepancy d) {
            return SPELLING_AND_STYLE.equals(group.get(d));
        }
    }

    private QueueGroups() {
    }

    static boolean spellingOrStyle(DiscrepancyKind k) {
        return k == DiscrepancyKind.NAME || k == DiscrepancyKind.DESCRIPTION;
    }

    /** {@code events} in the timeline's order; items keep their given order inside a group. */
    static Grouped of(List<Discrepancy> items, List<EventSummary> events) {
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, String> label = new HashMap<>();
        for (EventSummary e : events) {
            rank.putIfAbsent(e.id().value(), rank.size());
            label.putIfAbsent(e.id().value(), e.label());
        }
        int noEvent = rank.size();
        int quiet = noEvent + 1;
        Map<Discrepancy, Integer> order = new HashMap<>();
        Map<Discrepancy, String> group = new HashMap<>();
        for (Discrepancy d : items) {
            @Nullable Long ev = d.eventId();
            if (spellingOrStyle(d.kind()) && "suggested".equals(d.origin())) {
                order.put(d, quiet);
                group.put(d, SPELLING_AND_STYLE);
            } else if (ev != null && rank.containsKey(ev)) {
                order.put(d, rank.get(ev));
                group.put(d, label.get(ev));
            } else {
                order.put(d, noEvent);
                group.put(d, NO_EVENT);
            }
        }
        List<Discrepancy> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(order::get)); // stable: the service's order within a group
        Set<Discrepancy> first = new HashSet<>();
        Integer previous = null;
        for (Discrepancy d : sorted) {
            if (!order.get(d).equals(previous)) {
                first.add(d);
                previous = order.get(d);
            }
        }
        return new Grouped(List.copyOf(sorted), first, group);
    }
}
