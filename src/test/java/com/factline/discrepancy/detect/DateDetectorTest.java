package com.factline.discrepancy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateDetectorTest {
    private final List<DetectDocument> docs = TestDocs.docs(
            "A", "The warrant was issued on Friday.", "B", "The warrant was issued on Thursday.");

    @Test
    void shouldFlagClaimsOfSameEventWithDisjointDates() {
        List<Suggestion> s = new DiscrepancyDetector().detect(docs, List.of(
                new DetectClaim("c1", "d0", 4, 11, "warrant", "ev1", LocalDate.of(2023, 3, 17), LocalDate.of(2023, 3, 17)),
                new DetectClaim("c2", "d1", 4, 11, "warrant", "ev1", LocalDate.of(2023, 3, 16), LocalDate.of(2023, 3, 16))));
        List<Suggestion> dates = s.stream().filter(x -> x.kind() == SuggestionKind.DATE).toList();
        assertEquals(1, dates.size());
        assertEquals(List.of("c1", "c2"), dates.getFirst().claimIds());
        assertEquals("ev1", dates.getFirst().eventId());
        assertEquals("warrant", dates.getFirst().spans().getFirst().text());
    }

    @Test
    void shouldNotFlagOverlappingOrOpenIntervalsOrDifferentEvents() {
        List<Suggestion> s = new DiscrepancyDetector().detect(docs, List.of(
                new DetectClaim("c1", "d0", 4, 11, "warrant", "ev1", LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 19)),
                new DetectClaim("c2", "d1", 4, 11, "warrant", "ev1", LocalDate.of(2023, 3, 17), null),
                new DetectClaim("c3", "d1", 4, 11, "warrant", "ev2", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))));
        assertEquals(0, s.stream().filter(x -> x.kind() == SuggestionKind.DATE).count());
    }
}
