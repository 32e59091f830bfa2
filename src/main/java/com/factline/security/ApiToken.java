package com.factline.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as listed to its owner; the secret itself is never stored. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
                       @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** Returned once, on creation: the only time the full secret exists outside the client. */
    public record Created(ApiToken token, String secret) {
    }
}
