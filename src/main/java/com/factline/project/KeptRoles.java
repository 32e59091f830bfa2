package com.factline.project;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Members' project roles found a moment ago, so that a client reading a project on every request costs one
 * membership lookup per minute, not one per request (issue #18). Only roles are kept, never "not a member": someone
 * added to a project is looked up afresh at once.
 *
 * <p>Everything is forgotten at once when a membership changes anywhere ({@link #forgetAll}: a role changed or a member
 * removed, on this instance or, through the {@code factline_access} notification, on another; also when the change
 * listener reconnects, as notifications sent while it was away are lost). A lookup that started before such a change is
 * not kept, so a role read before a removal committed is never remembered after it. An entry also ends after
 * {@link #TTL}, for a write that bypasses the services. Bounded in size.
 */
final class KeptRoles {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private record Key(long project, long user) {
    }

    private record Kept(ProjectRole role, Instant until) {
    }

    private final ConcurrentHashMap<Key, Kept> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;

    KeptRoles() {
        this(Clock.systemUTC(), TTL, MAX_ENTRIES);
    }

    KeptRoles(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /** Read before looking a role up in the database, and handed to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    /** The remembered role of this user in this project, or null (never seen, forgotten, or past its end). */
    @Nullable ProjectRole find(long project, long user) {
        Key key = new Key(project, user);
        Kept k = entries.get(key);
        if (k == null) {
            return null;
        }
        if (!k.until().isAfter(clock.instant())) {
            entries.remove(key, k);
            return null;
        }
        return k.role();
    }

    /** Remembers a role read after {@code generationBefore}, unless a membership changed meanwhile. */
    void keep(long project, long user, ProjectRole role, long generationBefore) {
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !e.until().isAfter(now));
            if (entries.size() >= maxEntries) {
                entries.clear(); // full of live entries: start over rather than grow
            }
        }
        Key key = new Key(project, user);
        entries.put(key, new Kept(role, now.plus(ttl)));
        if (generation.get() != generationBefore) {
            entries.remove(key); // a membership changed while the row was read: it may predate the change
        }
    }

    /** Forgets every remembered role, and any lookup still running. */
    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
