package com.factline.security;

import com.factline.base.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.factline.base.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenLookupsTest {

    static final FactlineUserDetails ALICE = new FactlineUserDetails(1, "alice", "Alice", Role.EDITOR, true, "");


    @Test
    void aLookupIsRememberedUntilItsTimeToLiveEnds() {
        ManualClock clock = new ManualClock();
        TokenLookups lookups = new TokenLookups(clock, Duration.ofSeconds(60), 100);
        lookups.keep("h", ALICE, 7, null, clock.now, lookups.generation());
        assertThat(lookups.find("h")).isNotNull();
        clock.now = clock.now.plusSeconds(59);
        assertThat(lookups.find("h")).isNotNull();
        clock.now = clock.now.plusSeconds(1);
        assertThat(lookups.find("h")).as("a write that bypasses the services is seen within the time to live").isNull();
    }

    @Test
    void aLookupEndsAtTheTokensOwnExpiry() {
        ManualClock clock = new ManualClock();
        TokenLookups lookups = new TokenLookups(clock, Duration.ofSeconds(60), 100);
        lookups.keep("h", ALICE, 7, clock.now.plusSeconds(10), clock.now, lookups.generation());
        clock.now = clock.now.plusSeconds(10);
        assertThat(lookups.find("h")).isNull();
    }

    @Test
    void forgettingDropsEveryLookup() {
        TokenLookups lookups = new TokenLookups();
        lookups.keep("a", ALICE, 1, null, Instant.now(), lookups.generation());
        lookups.keep("b", ALICE, 2, null, Instant.now(), lookups.generation());
        lookups.forgetAll();
        assertThat(lookups.find("a")).isNull();
        assertThat(lookups.find("b")).isNull();
    }

    @Test
    void aLookupReadWhileAccessChangedIsNotKept() {
        TokenLookups lookups = new TokenLookups();
        long before = lookups.generation();
        lookups.forgetAll(); // a revocation commits while the row is being read
        lookups.keep("h", ALICE, 7, null, Instant.now(), before);
        assertThat(lookups.find("h")).isNull();
        assertThat(lookups.size()).isZero();
    }

    @Test
    void theNumberOfLookupsIsBounded() {
        TokenLookups lookups = new TokenLookups(Clock.systemUTC(), Duration.ofSeconds(60), 3);
        for (int i = 0; i < 10; i++) {
            lookups.keep("h" + i, ALICE, i, null, Instant.now(), lookups.generation());
        }
        assertThat(lookups.size()).isLessThanOrEqualTo(3);
    }
}
