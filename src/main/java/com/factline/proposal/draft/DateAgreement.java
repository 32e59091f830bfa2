package com.factline.proposal.draft;

import com.factline.temporal.DateValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Whether the passages of one proposed event agree on its date, and if not, the sentence that says so. */
final class DateAgreement {

    private DateAgreement() {
    }

    /**
     * Null when the dates the passages take from their texts overlap; otherwise one sentence listing which source
     * gives which date, to be suggested as a date discrepancy.
     */
    static @Nullable String conflict(List<Mention> mentions, List<DraftSource> sources) {
        DateValue overlap = null;
        boolean first = true;
        for (Mention m : mentions) {
            if (!m.ownDate()) {
                continue;
            }
            DateValue d = m.dated().date();
            overlap = first ? d : overlap == null ? null : overlap.intersect(d);
            first = false;
        }
        if (first || overlap != null) {
            return null;
        }
        Map<String, List<String>> byOutlet = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.ownDate()) {
                List<String> dates = byOutlet.computeIfAbsent(sources.get(m.source()).outlet(), o -> new ArrayList<>());
                String display = m.dated().date().display();
                if (!dates.contains(display)) {
                    dates.add(display);
                }
            }
        }
        List<String> parts = new ArrayList<>();
        byOutlet.forEach((outlet, dates) -> parts.add(outlet + " gives " + String.join(" and ", dates)));
        return "The sources disagree on the date: " + String.join("; ", parts) + ".";
    }
}
