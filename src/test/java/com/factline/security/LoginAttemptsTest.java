package com.factline.security;

import com.factline.base.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {


    static final String HOME = "10.0.0.1";
    static final String ATTACKER = "203.0.113.7";

    final ManualClock clock = new ManualClock();
    final LoginAttempts attempts = new LoginAttempts(clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(user, address);
        }
    }

    @Test
    void shouldLockOnlyAtTheFifthFailureAndWhateverTheCaseOfTheName() {
        fail("Alice", ATTACKER, LoginAttempts.MAX_FAILURES - 1);
        assertThat(attempts.isLocked("alice", ATTACKER)).isFalse();
        attempts.failed(" ALICE ", ATTACKER);
        assertThat(attempts.isLocked("alice", ATTACKER)).isTrue();
        assertThat(attempts.isLocked("bob", ATTACKER)).isFalse();
    }

    @Test
    void shouldLockANameOnlyForTheAddressThatFailedSoTheOwnerElsewhereStillSignsIn() {
        fail("admin", ATTACKER, LoginAttempts.MAX_FAILURES * 3);
        assertThat(attempts.isLocked("admin", ATTACKER)).isTrue();
        assertThat(attempts.isLocked("admin", HOME)).isFalse();
    }

    @Test
    void shouldLockAnAddressThatGuessesAcrossManyNamesForEveryName() {
        for (int i = 0; i < LoginAttempts.MAX_ADDRESS_FAILURES - 1; i++) {
            attempts.failed("user" + i, ATTACKER);
        }
        assertThat(attempts.isLocked("someone-else", ATTACKER)).isFalse();
        attempts.failed("one-more", ATTACKER);
        assertThat(attempts.isLocked("someone-else", ATTACKER)).as("the address is locked for all names").isTrue();
        assertThat(attempts.isLocked("someone-else", HOME)).isFalse();
        clock.now = clock.now.plus(LoginAttempts.ADDRESS_LOCK).plusSeconds(1);
        assertThat(attempts.isLocked("someone-else", ATTACKER)).isFalse();
    }

    @Test
    void shouldNotLetASuccessfulSignInResetTheAddressCount() {
        for (int i = 0; i < LoginAttempts.MAX_ADDRESS_FAILURES; i++) {
            attempts.failed("victim" + (i % 4), ATTACKER);
            attempts.succeeded("mallory", ATTACKER);
        }
        assertThat(attempts.isLocked("victim9", ATTACKER)).isTrue();
    }

    @Test
    void shouldLiftEveryLockOnANameWhenAnAdminUnlocksItAndLeaveOtherNamesLocked() {
        fail("alice", ATTACKER, LoginAttempts.MAX_FAILURES);
        fail("alice", HOME, LoginAttempts.MAX_FAILURES);
        fail("bob", HOME, LoginAttempts.MAX_FAILURES);
        assertThat(attempts.unlock("ALICE")).isEqualTo(2);
        assertThat(attempts.isLocked("alice", ATTACKER)).isFalse();
        assertThat(attempts.isLocked("alice", HOME)).isFalse();
        assertThat(attempts.isLocked("bob", HOME)).isTrue();
    }

    @Test
    void shouldUnlockWhenTheLockHasRunOut() {
        fail("alice", ATTACKER, LoginAttempts.MAX_FAILURES);
        clock.now = clock.now.plus(LoginAttempts.LOCK).minusSeconds(1);
        assertThat(attempts.isLocked("alice", ATTACKER)).isTrue();
        clock.now = clock.now.plusSeconds(2);
        assertThat(attempts.isLocked("alice", ATTACKER)).isFalse();
    }

    @Test
    void shouldForgetFailuresOutsideTheWindow() {
        fail("alice", ATTACKER, LoginAttempts.MAX_FAILURES - 1);
        clock.now = clock.now.plus(LoginAttempts.WINDOW).plus(Duration.ofSeconds(1));
        attempts.failed("alice", ATTACKER);
        assertThat(attempts.isLocked("alice", ATTACKER)).isFalse();
    }

    @Test
    void shouldResetTheCountOnASuccessfulSignIn() {
        fail("alice", ATTACKER, LoginAttempts.MAX_FAILURES - 1);
        attempts.succeeded("alice", ATTACKER);
        attempts.failed("alice", ATTACKER);
        assertThat(attempts.isLocked("alice", ATTACKER)).isFalse();
    }
}
