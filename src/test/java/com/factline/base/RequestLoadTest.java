package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLoadTest {

    @Test
    void theShareIsRequestCpuOverWallTimeTimesCoresWithinZeroAndOne() {
        assertThat(RequestLoad.share(1_000_000_000L, 1_000_000_000L, 2)).isEqualTo(0.5);
        assertThat(RequestLoad.share(3_000_000_000L, 1_000_000_000L, 2)).as("clock skew never exceeds the machine").isEqualTo(1.0);
        assertThat(RequestLoad.share(0, 1_000_000_000L, 2)).isZero();
        assertThat(RequestLoad.share(5, 0, 2)).as("no time passed").isZero();
    }

    @Test
    void aFreshServerReportsNoLoad() {
        assertThat(new RequestLoad().recentShare()).isZero();
    }
}
