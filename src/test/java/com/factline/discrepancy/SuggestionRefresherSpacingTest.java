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

    @Test
    void underLoadRunsAreSpacedFurtherApartTheMoreTheRequestsUseOfTheCores() {
        assertThat(SuggestionRefresher.spacing(1_000, 0)).as("idle: as before").isEqualTo(2_000);
        assertThat(SuggestionRefresher.spacing(1_000, 0.5)).as("requests use half the cores").isEqualTo(4_000);
        assertThat(SuggestionRefresher.spacing(200, 0.9)).as("requests use 90 %").isEqualTo(4_000);
        assertThat(SuggestionRefresher.spacing(200, 1.0)).as("a full machine counts as 90 %: still finite").isEqualTo(4_000);
        assertThat(SuggestionRefresher.spacing(1_000, 0.95)).as("never longer than the cap").isEqualTo(SuggestionRefresher.MAX_SPACING_MILLIS);
        assertThat(SuggestionRefresher.spacing(0, 0.9)).as("a quick run").isEqualTo(SuggestionRefresher.MIN_SPACING_MILLIS);
    }

    @Test
    void aSingleChangeAfterAQuietSpellRunsAtOnceEvenUnderFullLoad() {
        long now = 1_000_000;
        assertThat(SuggestionRefresher.waitMillis(Long.MIN_VALUE / 2, 0, 1.0, now)).as("the project's first run").isZero();
        assertThat(SuggestionRefresher.waitMillis(now - SuggestionRefresher.MAX_SPACING_MILLIS, 5_000, 1.0, now))
                .as("the last run ended the longest spacing ago").isZero();
        assertThat(SuggestionRefresher.waitMillis(now - 1_000, 200, 0, now)).as("idle: 400 ms spacing, long past").isZero();
    }

    @Test
    void aChangeDuringAStreamOfEditsWaitsForTheRestOfTheSpacingAndNeverLongerThanTheCap() {
        long now = 1_000_000;
        assertThat(SuggestionRefresher.waitMillis(now - 100, 200, 0, now)).as("idle, 400 ms after a run of 200 ms").isEqualTo(300);
        assertThat(SuggestionRefresher.waitMillis(now - 100, 200, 0.9, now)).as("under load, 4 s").isEqualTo(3_900);
        assertThat(SuggestionRefresher.waitMillis(now, 60_000, 0.9, now)).isEqualTo(SuggestionRefresher.MAX_SPACING_MILLIS);
    }
}
