package com.factline.discrepancy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberDetectorTest {

    @Test
    void shouldFlagDifferentDurationOfSameTalks() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NUMBER, TestDocs.docs(
                "CNN", "The talks between the two leaders lasted four and a half hours on Monday.",
                "Reuters", "The talks between Putin and Xi lasted five hours, officials said."));
        assertEquals(1, s.size());
        assertTrue(s.getFirst().reason().contains("four and a half hours"), s.getFirst().reason());
    }

    @Test
    void shouldNotCompareDifferentNounsOrApproximateRanges() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NUMBER, TestDocs.docs(
                "A", "Xi’s three-day visit to Moscow starts Monday. The talks lasted nearly five hours. Dozens of thousands died.",
                "B", "Xi will visit Moscow from Monday to Wednesday. The talks lasted four and a half hours. Tens of thousands died."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotFlagSameNounInUnrelatedContext() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NUMBER, TestDocs.docs(
                "A", "The talks lasted four and a half hours on Monday.",
                "B", "The content will be deleted within 24 hours. These two countries agreed to restore ties.",
                "C", "Putin is a wanted man in the 123 countries that recognize the court in 2023."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotFlagWithinOneDocument() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NUMBER, TestDocs.docs(
                "A", "The talks lasted five hours. Later reports said the talks lasted six hours."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotFlagTwoFiguresThatBothOutletsGive() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NUMBER, TestDocs.docs(
                "A", "The coach said his team had a one-in-three chance of losing the final, and a two-in-three chance of winning it.",
                "B", "The coach gave his team a two-in-three chance of winning the final. But there is a one-in-three chance of losing it, he said."));
        assertEquals(List.of(), s);
        List<Suggestion> changed = TestDocs.run(SuggestionKind.NUMBER, TestDocs.docs(
                "A", "The coach said his team had a one-in-three chance of losing the final on Sunday.",
                "B", "The coach said his team had a one-in-four chance of losing the final on Sunday."));
        assertEquals(1, changed.size());
    }
}
