package com.factline.proposal.draft;

import com.factline.temporal.DateValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposed event: one happening reported by one or more sources.
 *
 * @param key          a fingerprint that depends only on the content of the supporting passages (source ids and
 *                     normalised quotes), so the same input gives the same key and a dismissal can be remembered
 * @param title        a short extractive title from the clearest mention
 * @param date         the overlap of the passages' dates where they agree; null when no passage is dated
 * @param dateConflict null when the passages' dates agree; otherwise one sentence saying which sources give
 *                     which dates (a date discrepancy to suggest)
 * @param confidence   between 0 and 1
 * @param sourceCount  the number of independent sources among the passages (a republished copy and its original
 *                     count once)
 * @param passages     the supporting passages, in source order then text order
 * @param explanation  two sentences: why these passages were grouped (which independent sources, and the event word,
 *                     names and numbers they share), then where the date comes from
 */
public record DraftEvent(String key, String title, @Nullable DateValue date, @Nullable String dateConflict, double confidence,
                         int sourceCount, List<DraftPassage> passages, String explanation) {
    public DraftEvent {
        passages = List.copyOf(passages);
    }
}
