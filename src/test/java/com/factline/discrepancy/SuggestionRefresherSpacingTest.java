package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionRefresherSpacingTest {

    @Test
    void shouldSpaceRunsUnderAStreamOfEditsByTwiceTheLastRunWithinBounds() {
        assertThat(SuggestionRefresher.spacing(0)).as("a quick run: about two a second").isEqualTo(SuggestionRefresher.MIN_SPACING_MILLIS);
        assertThat(SuggestionRefresher.spacing(1_000)).as("a run of a second of CPU: the refresh takes at most a third of a core")
                .isEqualTo(2_000);
        assertThat(SuggestionRefresher.spacing(120_000)).as("never longer than the cap").isEqualTo(SuggestionRefresher.MAX_SPACING_MILLIS);
    }
}
