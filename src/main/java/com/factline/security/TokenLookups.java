package com.factline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * API tokens found valid a moment ago, keyed by the token's SHA-256 (as stored in the database), so that a client
 * sending its token on every request costs one database lookup per minute, not one per request (issue #18).
 *
 * <p>Everything is forgotten at once when access changes anywhere ({@link #forgetAll}: a token revoked, an account
 * disabled or given a new password, on this instance or, through a notification, on another). A lookup that started
 * before such a change is not kept, so a row read before a revocation committed is never remembered after it. An entry also ends
 * after {@link #TTL} (a write that bypasses the services sends no notification) and at the token's own expiry.
 * Bounded in size.
 */
final class TokenLookups {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    /** A valid token: its user, its id, until when it may be used from here, and when its use was last recorded. */
    record Hit(FactlineUserDetails user, long tokenId, Instant until, Instant recorded) {
    }

    private final ConcurrentHashMap<String, Hit> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;

    TokenLookups() {
        this(Clock.systemUTC(), TTL, MAX_ENTRIES);
    }

    TokenLookups(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    Instant now() {
        return clock.instant();
    }

    /** Read before looking a token up in the database, and handed to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    /** The remembered lookup of this token hash, or null (never seen, forgotten, or past its end). */
    @Nullable Hit find(String tokenHash) {
        Hit h = entries.get(tokenHash);
        if (h == null) {
            return null;
        }
        if (!h.until().isAfter(clock.instant())) {
            entries.remove(tokenHash, h);
            return null;
        }
        return h;
    }

    /**
     * Remembers a lookup made after reading {@code generationBefore}, unless access changed meanwhile. The entry ends
     * after the time to live or at the token's expiry, whichever comes first.
     */
    void keep(String tokenHash, FactlineUserDetails user, long tokenId, @Nullable Instant expiresAt, Instant recorded,
              long generationBefore) {
        Instant now = clock.instant();
        Instant until = now.plus(ttl);
        if (expiresAt != null && expiresAt.isBefore(until)) {
            until = expiresAt;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !e.until().isAfter(now));
            if (entries.size() >= maxEntries) {
                entries.clear(); // full of live entries: start over rather than grow (one lookup per client)
            }
        }
        entries.put(tokenHash, new Hit(user, tokenId, until, recorded));
        if (generation.get() != generationBefore) {
            entries.remove(tokenHash); // access changed while the row was read: it may predate the change
        }
    }

    /** Notes that this token's use was just recorded in the database. */
    void recorded(String tokenHash, Hit hit, Instant at) {
        entries.replace(tokenHash, hit, new Hit(hit.user(), hit.tokenId(), hit.until(), at));
    }

    /** Forgets every remembered lookup, and any lookup still running. */
    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
