package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final LoginAttempts attempts = new LoginAttempts(clock);

    private void fail(String user, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(user);
        }
    }

    @Test
    void shouldLockOnlyAtTheFifthFailureAndWhateverTheCaseOfTheName() {
        fail("Alice", LoginAttempts.MAX_FAILURES - 1);
        assertThat(attempts.isLocked("alice")).isFalse();
        attempts.failed(" ALICE ");
        assertThat(attempts.isLocked("alice")).isTrue();
        assertThat(attempts.isLocked("bob")).isFalse();
    }

    @Test
    void shouldUnlockWhenTheLockHasRunOut() {
        fail("alice", LoginAttempts.MAX_FAILURES);
        clock.now = clock.now.plus(LoginAttempts.LOCK).minusSeconds(1);
        assertThat(attempts.isLocked("alice")).isTrue();
        clock.now = clock.now.plusSeconds(2);
        assertThat(attempts.isLocked("alice")).isFalse();
    }

    @Test
    void shouldForgetFailuresOutsideTheWindow() {
        fail("alice", LoginAttempts.MAX_FAILURES - 1);
        clock.now = clock.now.plus(LoginAttempts.WINDOW).plus(Duration.ofSeconds(1));
        attempts.failed("alice");
        assertThat(attempts.isLocked("alice")).isFalse();
    }

    @Test
    void shouldResetTheCountOnASuccessfulSignIn() {
        fail("alice", LoginAttempts.MAX_FAILURES - 1);
        attempts.succeeded("alice");
        attempts.failed("alice");
        assertThat(attempts.isLocked("alice")).isFalse();
    }
}
