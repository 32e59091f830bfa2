package com.factline.discrepancy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionDetectorTest {

    @Test
    void shouldFlagOustedDescriptionOfSittingPresident() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.DESCRIPTION, TestDocs.docs(
                "A", "Russian President Vladimir V. Putin met Xi on Monday.",
                "B", "Xi met Vladimir Putin in a boost for the ousted Russian president."));
        assertEquals(1, s.size());
        assertTrue(s.getFirst().reason().contains("ousted Russian president"), s.getFirst().reason());
        assertTrue(s.getFirst().reason().contains("Putin"), s.getFirst().reason());
    }

    @Test
    void shouldNotFlagFormerLeaderWhoIsADifferentPerson() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.DESCRIPTION, TestDocs.docs(
                "A", "Ukrainian President Volodymyr Zelensky met aides.",
                "B", "The former president of Ukraine Petro Poroshenko criticised the plan."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotTakeAVicePresidentOrTheNextNameInAListForThePresident() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.DESCRIPTION, TestDocs.docs(
                "A", "Their father, former Vice President Dick Cheney, spoke at the dinner.",
                "B", "Vice President Dick Cheney spoke at the dinner in 2004."));
        assertEquals(List.of(), s);
        List<Suggestion> list = TestDocs.run(SuggestionKind.DESCRIPTION, TestDocs.docs(
                "A", "Packages were sent to former President Bill Clinton, Trump's opponent Hillary Clinton and others.",
                "B", "President Trump condemned the packages on Friday."));
        assertEquals(List.of(), list);
    }

    @Test
    void shouldFlagDifferentWordingOfDeclaredPartnership() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.DESCRIPTION, TestDocs.docs(
                "CNN", "They declared a limitless partnership last February.",
                "AP", "China declared a “boundless” friendship with Russia.",
                "Reuters", "Putin signed a “no limits” partnership with Xi."));
        assertEquals(1, s.size());
        assertEquals(3, s.getFirst().spans().size());
    }

    @Test
    void shouldNotFlagSameWordingOrUnrelatedUseOfTheTerm() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.DESCRIPTION, TestDocs.docs(
                "CNN", "They declared a limitless partnership last February.",
                "AP", "They declared a limitless partnership. The boundless steppe stretched east."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldFlagStateVersusWorkingVisitButNotFormalTalksVersusInformalDinner() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.DESCRIPTION, TestDocs.docs(
                "A", "Xi began a state visit on Monday with an informal dinner.",
                "B", "Xi began a working visit on Monday; formal talks follow on Tuesday."));
        assertEquals(1, s.size(), s::toString);
        assertTrue(s.getFirst().reason().contains("state visit"));
    }

    @Test
    void shouldNotFlagDifferentVisitsByDifferentPeople() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.DESCRIPTION, TestDocs.docs(
                "A", "Xi began a state visit to Moscow on Monday.",
                "B", "Macron made a working visit to Berlin last year."));
        assertEquals(List.of(), s);
    }
}
