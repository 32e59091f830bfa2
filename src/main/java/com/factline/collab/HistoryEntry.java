package com.factline.collab;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One change in the history of a thing: who, when, what ({@code action} and its words in
 * {@code actionLabel}), the raw before/after JSON, the readable field changes, and whether a
 * revert is offered for it.
 */
public record HistoryEntry(long id, Instant at, String actor, String entityType, @Nullable Long entityId, String action,
                           String actionLabel, @Nullable String before, @Nullable String after, List<FieldChange> changes,
                           boolean revertible) {
}
