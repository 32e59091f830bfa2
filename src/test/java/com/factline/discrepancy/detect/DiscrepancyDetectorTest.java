package com.factline.discrepancy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscrepancyDetectorTest {

    @Test
    void shouldReturnNothingForEmptyOrTrivialInput() {
        DiscrepancyDetector d = new DiscrepancyDetector();
        assertEquals(List.of(), d.detect(List.of(), List.of()));
        assertEquals(List.of(), d.detect(List.of(new DetectDocument("a", null, "")), null));
        assertEquals(List.of(), d.detect(List.of(new DetectDocument("a", "X", "Mr. Putin said.\n\n\n“”")), List.of()));
    }

    @Test
    void shouldLinkClaimsOverlappingASuggestedSpan() {
        List<DetectDocument> docs = TestDocs.docs(
                "CNN", "President Volodymyr Zelensky spoke.", "AP", "President Volodymyr Zelenskyy spoke.");
        List<Suggestion> s = new DiscrepancyDetector().detect(docs, List.of(
                new DetectClaim("c1", "d1", 20, 29, "Zelenskyy", "e1", null, null)));
        assertEquals(1, s.size());
        assertEquals(List.of("c1"), s.getFirst().claimIds());
        assertEquals("e1", s.getFirst().eventId());
    }
}
