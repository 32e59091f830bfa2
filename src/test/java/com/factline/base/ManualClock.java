package com.factline.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand ({@code clock.now = clock.now.plusSeconds(61)}), for timed rules (remembered sign-ins, tokens, roles). */
public final class ManualClock extends Clock {

    public Instant now = Instant.parse("2026-01-01T10:00:00Z");

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
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
