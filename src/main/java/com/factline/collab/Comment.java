package com.factline.collab;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment on an event, claim or discrepancy. {@code author} is the username (null once the
 * account is gone), {@code authorName} the name people see.
 */
public record Comment(CommentId id, CommentTarget targetType, long targetId, String body, @Nullable String author,
                      String authorName, Instant createdAt, @Nullable Instant editedAt, int version) {
}
