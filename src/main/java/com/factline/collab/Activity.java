package com.factline.collab;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the project's activity feed, from the audit log. */
public record Activity(long id, Instant at, String actor, String entityType, @Nullable Long entityId, String action,
                       @Nullable String before, @Nullable String after) {
}
