package com.factline.collab;

import org.jspecify.annotations.Nullable;

/** One committed change: project, what kind of thing, which, what happened, by whom. */
public record ChangeNotice(long projectId, String entityType, @Nullable Long entityId, String action, String actor) {
}
