package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.discrepancy.detect.DetectDocument;
import com.factline.discrepancy.detect.DiscrepancyDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kept text analyses answer only for the very source rows they were built from, within their bound. */
class KeptAnalysesTest {

    static final DiscrepancyDetector DETECTOR = new DiscrepancyDetector(d -> List.of());

    static KeptAnalyses.Kept kept(String version, int chars) {
        return new KeptAnalyses.Kept(version, version, DETECTOR.analyse(List.of(new DetectDocument("1", "A", "x".repeat(chars)))));
    }

    @Test
    void shouldAnswerOnlyForTheSourceRowsTheAnalysisWasBuiltFrom() {
        KeptAnalyses analyses = new KeptAnalyses(1000);
        analyses.put(1, kept("v1", 10));
        assertThat(analyses.get(1, "v1")).isNotNull();
        assertThat(analyses.get(1, "v2")).as("a text changed since").isNull();
        assertThat(analyses.get(2, "v1")).as("another project").isNull();
        analyses.put(1, kept("v2", 10));
        assertThat(analyses.get(1, "v1")).isNull();
        assertThat(analyses.get(1, "v2")).isNotNull();
    }

    @Test
    void shouldDropTheLeastRecentlyUsedBeyondItsBoundAndNeverKeepOneLargerThanIt() {
        KeptAnalyses analyses = new KeptAnalyses(100);
        analyses.put(1, kept("a", 40));
        analyses.put(2, kept("b", 40));
        assertThat(analyses.get(1, "a")).isNotNull(); // project 1 used last
        analyses.put(3, kept("c", 40));
        assertThat(analyses.get(2, "b")).as("the least recently used goes").isNull();
        assertThat(analyses.get(1, "a")).isNotNull();
        assertThat(analyses.get(3, "c")).isNotNull();
        analyses.put(4, kept("d", 101));
        assertThat(analyses.get(4, "d")).isNull();
        assertThat(analyses.size()).isEqualTo(2);
    }
}
