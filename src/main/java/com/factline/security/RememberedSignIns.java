package com.factline.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Which user name + password pairs signed in successfully a moment ago, so that an API client
 * sending HTTP Basic on every request pays for BCrypt once, not on each request.
 *
 * <p>Neither the password nor a fast unkeyed hash of it is kept: the key is an HMAC-SHA256 of
 * name and password under a random key made when the process starts (so a memory dump gives
 * nothing to brute-force offline without that key, and restarting forgets everything). Beside it
 * sits the password <em>hash</em> the user row had when the entry was made: the caller accepts a
 * hit only while the row still holds that very hash, so a password change by any code path
 * drops it. Bounded in size and age.
 */
final class RememberedSignIns {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String storedHash, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;

    RememberedSignIns() {
        this(Clock.systemUTC(), TTL, MAX_ENTRIES);
    }

    RememberedSignIns(Clock clock, Duration ttl, int maxEntries) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /** The stored password hash remembered for these credentials, or null when there is none (or it expired). */
    @Nullable String storedHashFor(String username, String password) {
        String k = keyOf(username, password);
        Entry e = entries.get(k);
        if (e == null) {
            return null;
        }
        if (!e.expires().isAfter(clock.instant())) {
            entries.remove(k, e);
            return null;
        }
        return e.storedHash();
    }

    /** Remembers a sign-in that just succeeded against the row holding {@code storedHash}. */
    void remember(String username, String password, String storedHash) {
        if (storedHash.isEmpty()) {
            return; // an erased hash could never be compared
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !e.expires().isAfter(now));
            if (entries.size() >= maxEntries) {
                // Full of live entries (many clients, or someone cycling credentials): start over
                // rather than grow; the cost is one BCrypt per client.
                entries.clear();
            }
        }
        entries.put(keyOf(username, password), new Entry(storedHash, now.plus(ttl)));
    }

    void forget(String username, String password) {
        entries.remove(keyOf(username, password));
    }

    int size() {
        return entries.size();
    }

    /** Whether two stored hashes are the same, in time independent of where they differ. */
    static boolean sameHash(String a, @Nullable String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
