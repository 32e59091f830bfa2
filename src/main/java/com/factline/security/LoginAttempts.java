package com.factline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failures for one user name within the
 * window, that name is locked for {@link #LOCK} whatever password is sent.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(5);

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts() {
        this(Clock.systemUTC());
    }

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil().isAfter(clock.instant());
    }

    void failed(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, f) -> {
            if (f == null || f.first().plus(WINDOW).isBefore(now)) {
                return new Failures(1, now, Instant.EPOCH);
            }
            int count = f.count() + 1;
            return new Failures(count, f.first(), count >= MAX_FAILURES ? now.plus(LOCK) : f.lockedUntil());
        });
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> e.getValue().first().plus(WINDOW).isBefore(now)
                    && e.getValue().lockedUntil().isBefore(now));
        }
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
