package com.factline.discrepancy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepublicationDetectorTest {
    private static final String WIRE = "Chinese President Xi Jinping is set to meet Vladimir Putin in Moscow in a political boost "
            + "for the Russian president after the International Criminal Court accused him of war crimes in Ukraine. "
            + "Xi's government has not provided any details of what the Chinese leader hopes to achieve. "
            + "China views Russia as a source of oil and gas for its energy-hungry economy and a partner in opposition "
            + "to what both see as US dominance in world affairs. Beijing's relations with Washington, Europe and its "
            + "neighbors have been strained by disagreements over technology, security and human rights. ";

    @Test
    void shouldDetectAggregatorCopyOfWireStory() {
        List<RepublicationHint> h = RepublicationDetector.detect(List.of(
                new DetectDocument("wire", "AP", WIRE + "More wire text follows here about the war."),
                new DetectDocument("copy", "Aggregator", WIRE + "DISCLAIMER: content belongs to its owners.")));
        assertEquals(1, h.size());
        assertEquals("copy", h.getFirst().documentId());
        assertEquals("wire", h.getFirst().originalCandidateId());
    }

    @Test
    void shouldNotMatchDifferentArticlesOnSameStoryOrSampleArticles() {
        assertEquals(List.of(), RepublicationDetector.detect(SeedArticles.load()));
    }
}
