package com.factline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing without handing anyone a way to lock others out (design:
 * {@code docs/design-decisions/sign-in-throttling.md}):
 * <ul>
 * <li>after {@value #MAX_FAILURES} failures for one user name from one client address within the
 * window, that name is locked <em>for that address</em> for {@link #LOCK}, whatever password it
 * sends; the owner signing in from elsewhere is not affected;</li>
 * <li>after {@value #MAX_ADDRESS_FAILURES} failures from one address, whatever the names, that
 * address may not sign in with a password for {@link #ADDRESS_LOCK} (a success does not reset
 * this count, so one's own account cannot be used to launder guesses);</li>
 * <li>an admin can lift every lock on a name at once ({@link #unlock}).</li>
 * </ul>
 * Both maps are bounded: entries expire with their window and are swept when the map grows.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(5);
    static final Duration ADDRESS_LOCK = Duration.ofMinutes(15);
    private static final int SWEEP_AT = 100_000;
    /** Where there is no request (a test, a background call): one shared bucket. */
    static final String NO_ADDRESS = "-";

    private record Failures(int count, Instant first, Instant lockedUntil) {

        Failures next(Instant now, int max, Duration lock) {
            if (first.plus(WINDOW).isBefore(now) && !lockedUntil.isAfter(now)) {
                return new Failures(1, now, Instant.EPOCH);
            }
            int n = count + 1;
            return new Failures(n, first, n >= max ? now.plus(lock) : lockedUntil);
        }

        boolean expired(Instant now) {
            return first.plus(WINDOW).isBefore(now) && lockedUntil.isBefore(now);
        }
    }

    /** Keyed by user name and address. */
    private final ConcurrentHashMap<String, Failures> perName = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Failures> perAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts() {
        this(Clock.systemUTC());
    }

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    /** For the sign-in of the current request. */
    boolean isLocked(String username) {
        return isLocked(username, currentAddress());
    }

    boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return locked(perName.get(key(username, address)), now) || locked(perAddress.get(address), now);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        perName.compute(key(username, address), (k, f) -> f == null ? new Failures(1, now, Instant.EPOCH)
                : f.next(now, MAX_FAILURES, LOCK));
        perAddress.compute(address, (k, f) -> f == null ? new Failures(1, now, Instant.EPOCH)
                : f.next(now, MAX_ADDRESS_FAILURES, ADDRESS_LOCK));
        sweep(perName, now);
        sweep(perAddress, now);
    }

    void succeeded(String username, String address) {
        perName.remove(key(username, address));
    }

    /** Lifts the locks and forgets the failures of one user name, from every address; returns how many addresses were affected. */
    int unlock(String username) {
        String prefix = normal(username) + "\n";
        int[] n = {0};
        perName.keySet().removeIf(k -> {
            boolean match = k.startsWith(prefix);
            n[0] += match ? 1 : 0;
            return match;
        });
        return n[0];
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()), addressOf(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    private static boolean locked(Failures f, Instant now) {
        return f != null && f.lockedUntil().isAfter(now);
    }

    private static void sweep(ConcurrentHashMap<String, Failures> map, Instant now) {
        if (map.size() > SWEEP_AT) {
            map.entrySet().removeIf(e -> e.getValue().expired(now));
        }
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : currentAddress();
    }

    /** The client address of the request being handled (the proxy's, behind one: see the design record). */
    static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest().getRemoteAddr() : NO_ADDRESS;
    }

    private static String key(String username, String address) {
        return normal(username) + "\n" + address;
    }

    private static String normal(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
