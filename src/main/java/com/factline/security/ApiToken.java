package com.factline.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as listed to its owner; the secret itself is never stored. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
                       @Nullable Instant revokedAt, @Nullable Instant expiresAt) {

    /** Not revoked and not expired at the time of asking. */
    public boolean active() {
        return revokedAt == null && !expired();
    }

    public boolean expired() {
        return expiresAt != null && !expiresAt.isAfter(Instant.now());
    }

    /** Returned once, on creation: the only time the full secret exists outside the client. */
    public record Created(ApiToken token, String secret) {
    }
}
