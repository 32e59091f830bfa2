package com.factline.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecidedTest {

    static Decided.Span span(long source, int start, int end) {
        return new Decided.Span(source, start, end);
    }

    @Test
    void aSpanOverlappingADecidedSpanOfTheSameSourceIsCovered() {
        Decided d = new Decided(List.of(span(1, 100, 200)));
        assertThat(d.covers(span(1, 150, 250))).isTrue();
        assertThat(d.covers(span(1, 50, 101))).isTrue();
        assertThat(d.covers(span(1, 120, 130))).isTrue();
    }

    @Test
    void touchingOrOtherSourcesAreNotCovered() {
        Decided d = new Decided(List.of(span(1, 100, 200)));
        assertThat(d.covers(span(1, 200, 300))).isFalse();
        assertThat(d.covers(span(1, 0, 100))).isFalse();
        assertThat(d.covers(span(2, 120, 130))).isFalse();
    }

    @Test
    void aLongDecidedSpanStartingFarBeforeStillCovers() {
        Decided d = new Decided(List.of(span(1, 0, 1000), span(1, 10, 20), span(1, 30, 40)));
        assertThat(d.covers(span(1, 500, 510))).isTrue();
    }

    @Test
    void aDraftIsAlreadyDecidedWhenAtLeastHalfOfItsPassagesAreCovered() {
        Decided d = new Decided(List.of(span(1, 0, 50), span(2, 0, 50)));
        assertThat(d.alreadyDecided(List.of(span(1, 10, 20), span(3, 0, 10)))).isTrue();
        assertThat(d.alreadyDecided(List.of(span(1, 10, 20), span(3, 0, 10), span(4, 0, 10)))).isFalse();
        assertThat(d.alreadyDecided(List.of(span(3, 0, 10)))).isFalse();
        assertThat(d.alreadyDecided(List.of())).isFalse();
    }
}
