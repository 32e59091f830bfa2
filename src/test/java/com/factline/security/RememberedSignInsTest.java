package com.factline.security;

import com.factline.base.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RememberedSignInsTest {


    @Test
    void remembersTheStoredHashOfExactlyTheCredentialsThatSucceeded() {
        var r = new RememberedSignIns();
        r.remember("alice", "demo", "{bcrypt}H1");
        assertThat(r.storedHashFor("alice", "demo")).isEqualTo("{bcrypt}H1");
        assertThat(r.storedHashFor("alice", "demo2")).isNull();
        assertThat(r.storedHashFor("bob", "demo")).isNull();
        // the separator keeps "ab"+"c" apart from "a"+"bc"
        assertThat(r.storedHashFor("alic", "edemo")).isNull();
    }

    @Test
    void forgetsAnEntryWhenItsTimeIsUp() {
        var clock = new ManualClock();
        var r = new RememberedSignIns(clock, Duration.ofMinutes(5), 100);
        r.remember("alice", "demo", "H");
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(r.storedHashFor("alice", "demo")).isEqualTo("H");
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(r.storedHashFor("alice", "demo")).isNull();
        assertThat(r.size()).isZero();
    }

    @Test
    void neverHoldsMoreThanItsBound() {
        var r = new RememberedSignIns(new ManualClock(), Duration.ofMinutes(5), 10);
        for (int i = 0; i < 1000; i++) {
            r.remember("user" + i, "pw", "H");
            assertThat(r.size()).isLessThanOrEqualTo(10);
        }
        assertThat(r.storedHashFor("user999", "pw")).isEqualTo("H");
    }

    @Test
    void forgetDropsTheEntryAndAnErasedHashIsNeverRemembered() {
        var r = new RememberedSignIns();
        r.remember("alice", "demo", "H");
        r.forget("alice", "demo");
        assertThat(r.storedHashFor("alice", "demo")).isNull();
        r.remember("alice", "demo", "");
        assertThat(r.storedHashFor("alice", "demo")).isNull();
    }

    @Test
    void twoProcessesKeyTheSameCredentialsDifferently() {
        // Each instance draws its own HMAC key: nothing about a password can be matched across processes or dumps.
        var a = new RememberedSignIns();
        var b = new RememberedSignIns();
        a.remember("alice", "demo", "H");
        assertThat(b.storedHashFor("alice", "demo")).isNull();
    }
}
