package com.factline.discrepancy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NameDetectorTest {

    private static Set<String> spanTexts(Suggestion s) {
        return s.spans().stream().map(Span::text).collect(Collectors.toSet());
    }

    @Test
    void shouldFlagZelenskySpellingVariantsAcrossSources() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "CNN", "Ukrainian President Volodymyr Zelensky spoke on Monday. Zelensky said he was ready.",
                "AP", "President Volodymyr Zelenskyy spoke to reporters. Later Zelenskyi repeated the call."));
        assertEquals(1, s.size());
        assertEquals(Set.of("Zelensky", "Zelenskyy", "Zelenskyi"), spanTexts(s.getFirst()));
    }

    @Test
    void shouldFlagTransliterationVariantsOfPlacesAndOfficials() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "Officials in Kiev said spokesman Dmitry Peskov met Xi Jinping and Sergei Shoigu.",
                "B", "Officials in Kyiv said spokesman Dmitry Peskow met Xi Jingping and Sergei Shoygu."));
        Set<Set<String>> groups = s.stream().map(NameDetectorTest::spanTexts).collect(Collectors.toSet());
        assertTrue(groups.contains(Set.of("Kiev", "Kyiv")), groups::toString);
        assertTrue(groups.contains(Set.of("Peskov", "Peskow")), groups::toString);
        assertTrue(groups.contains(Set.of("Jinping", "Jingping")), groups::toString);
        assertTrue(groups.contains(Set.of("Shoigu", "Shoygu")), groups::toString);
        assertEquals(4, s.size(), groups::toString);
    }

    @Test
    void shouldFlagVowelMangledSurnameWithinOneSource() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "AP", "Joseph Torigian, an expert, spoke. Torigian said so. Tourejian said Xi wants peace."));
        assertEquals(1, s.size());
        assertEquals(Set.of("Torigian", "Tourejian"), spanTexts(s.getFirst()));
    }

    @Test
    void shouldNotFlagDifferentPeopleWithSimilarNames() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "Dmitry Peskov spoke. Dmitry Chernyshenko waved. Yuri Ushakov agreed. Olena Zelenska visited.",
                "B", "Dmytro Kuleba spoke. Yurii Poita agreed. David Pierson reported. President Zelensky spoke.",
                "C", "Spokesman Jamie Davies said Britain would welcome it. Zakharov met Zakharova."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotFlagDifferentCountriesOrDerivedWords() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "Austria and Iran talked. Ukraine and Russia fought. The Slovak government spoke to Finland.",
                "B", "Australia and Iraq talked. Ukrainian and Russian troops fought. Slovakia and Finland’s leaders met.",
                "C", "The Foreign Minister and the Foreign Ministry disagree in Ukraine."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotFlagTwoWordFormsOfOneStemAsNameSpellings() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "Democrats in the Senate met on Monday. The Democratic leader spoke to Republicans.",
                "B", "The Democratic caucus said Democrats would vote. Republican senators disagreed."));
        assertEquals(List.of(), s, () -> s.toString());
        assertTrue(NameDetector.siblingForms("democrats", "democratic"));
        assertTrue(!NameDetector.siblingForms("sandra", "sandi"));
    }

    @Test
    void shouldNotFlagLookAlikeSurnamesOfPeopleWithDifferentFirstNames() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "He spoke to the host, Bill Hemmer, on the morning show.",
                "B", "Republican Sen. Dean Heller of Nevada is considered vulnerable."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldStillFlagATransliterationThatChangesBothNames() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "Forces loyal to Muammar Qaddafi held the town.",
                "B", "Forces loyal to Moammar Gadhafi held the town."));
        Set<Set<String>> groups = s.stream().map(NameDetectorTest::spanTexts).collect(Collectors.toSet());
        assertTrue(groups.contains(Set.of("Muammar", "Moammar")), groups::toString);
    }

    @Test
    void shouldNotTakeAHeadlineOrASentenceOpeningParticipleForANameEvidence() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "Mayor Poised to Back Comprehensive Plan to Curb Traffic\n\nThe mayor, Barack Linde, spoke.",
                "B", "Calling the plan fair, Senator Susan Collins said she would vote for it.",
                "C", "Senator Susan Collins said on Monday she would vote for the plan."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldNotFlagTwoEnglishWordsOfOneStemInNamesOfGroups() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "The Democratic leader spoke. The party’s Democracy Reform Task Force met on Monday.",
                "B", "The Democratic leader spoke to the Democratic caucus."));
        assertEquals(List.of(), s);
    }

    @Test
    void shouldFlagAShortGivenNameSpelledWithEyAndY() {
        List<Suggestion> s = TestDocs.run(SuggestionKind.NAME, TestDocs.docs(
                "A", "The new councillor and his wife Lacey have two young daughters.",
                "B", "The ceremony was attended by the councillor's wife, Lacy, and their two daughters."));
        assertEquals(1, s.size());
        assertEquals(Set.of("Lacey", "Lacy"), spanTexts(s.getFirst()));
        assertTrue(s.getFirst().reason().contains("Name spelled 2 ways"), s.getFirst().reason());
        assertTrue(NameDetector.finalEy("lacey", "lacie"));
        // "-ey" is not a plain "-i" (a country and a given name), and a two-letter stem is too little to go on
        assertTrue(!NameDetector.finalEy("turkey", "turki"));
        assertTrue(!NameDetector.finalEy("joey", "joie"));
        assertTrue(!NameDetector.finalEy("lacey", "lacer"));
    }
}
