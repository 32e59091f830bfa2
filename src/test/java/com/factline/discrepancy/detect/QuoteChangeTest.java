package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteChangeTest {

    private static boolean changes(String a, String b) {
        return QuoteChange.changesWording(WordDiff.diff(a, b));
    }

    @Test
    void shouldNotCountAQuoteCutShortOrALeadInKeptInsideTheQuotationMarks() {
        assertThat(changes("According to the report, the council knew the bridge was unsafe for heavy trucks.",
                "The council knew the bridge was unsafe for heavy trucks.")).isFalse();
        assertThat(changes("We will rebuild the port. We will rebuild the schools and the roads.",
                "We will rebuild the port.")).isFalse();
    }

    @Test
    void shouldNotCountMovedWordsTenseOrWrittenOutContractions() {
        assertThat(changes("a harder line with either the unions or the owners than I would take",
                "a harder line either with the unions or the owners than I would take")).isFalse();
        assertThat(changes("the mayor, who had raised concerns about the plan", "the mayor, who have raised concerns about the plan"))
                .isFalse();
        assertThat(changes("she runs the team like she's run the club", "she runs the team like she's running the club"))
                .isFalse();
        assertThat(changes("No, we've got to stop this bill", "No, we have got to stop this bill")).isFalse();
        assertThat(changes("fines, lawsuits, angry tenants", "fines and lawsuits and angry tenants")).isFalse();
    }

    @Test
    void shouldCountAChangedWordADroppedNameOrANegation() {
        assertThat(changes("A ceasefire is now the ratification of the conquest",
                "A truce is now the ratification of the conquest")).isTrue();
        assertThat(changes("joins Anna Berg, Tom Lind and the majority of members in saying no",
                "joins Anna Berg, and majority of members in saying no")).isTrue();
        assertThat(changes("I used money I shouldn't have used for the trip", "I used money I should have used for the trip"))
                .isTrue();
        assertThat(changes("We expect them to use their influence to make it end the war",
                "We expect them to use their influence to end the war")).isTrue();
    }

    @Test
    void shouldNotCountOnePieceOfAQuoteAnOutletSplitInSeveralSentences() {
        assertThat(QuoteChange.changesWording("We will rebuild our roads, we will rebuild our ports, we will rebuild our schools.",
                "We will rebuild our ports.")).isFalse();
        assertThat(QuoteChange.changesWording("We will rebuild our roads, we will rebuild our ports.",
                "We will repair our ports.")).isTrue();
    }

    @Test
    void shouldCountADifferentEndingWhenBothVersionsHaveOne() {
        assertThat(changes("The money was spent on the campaign", "The money was spent on personal items")).isTrue();
    }

    @Test
    void shouldNotCountAHyphenOrACompoundWrittenApart() {
        assertThat(changes("I will impose a ban on state-funded travel to the region",
                "I will impose a ban on state funded travel to the region")).isFalse();
        assertThat(changes("how it might affect future events as well as our work force",
                "how it might affect future events as well as our workforce")).isFalse();
        assertThat(changes("a long-term plan for the harbour", "a long term plan for the harbour")).isFalse();
        // a hyphen does not hide a changed word
        assertThat(changes("a ban on state-funded travel to the region", "a ban on city-funded travel to the region"))
                .isTrue();
        assertThat(changes("a ban on state-funded travel", "a ban on state funding of travel")).isTrue();
    }

    @Test
    void shouldNotCountAnOutletsAbbreviationsOrItsStopsInAnAcronym() {
        assertThat(changes("the F.B.I. has the documents and we will cooperate", "the FBI has the documents and we will cooperate"))
                .isFalse();
        assertThat(changes("I spoke to Senator Berg about the harbour plan", "I spoke to Sen. Berg about the harbour plan"))
                .isFalse();
        assertThat(changes("I spoke to Senator Berg about the harbour plan", "I spoke to Governor Berg about the harbour plan"))
                .isTrue();
    }

    @Test
    void shouldNotCountTheWordsInThePlaceOfAnEllipsisButStillCountAChangeElsewhere() {
        assertThat(QuoteChange.changesWording("However, we would be remiss … if we did not oppose your harbour plan",
                "We would be remiss in our duty to the town if we did not oppose your harbour plan")).isFalse();
        assertThat(QuoteChange.changesWording("we would be remiss ... if we did not oppose your harbour plan",
                "We would be remiss in our duty to the town if we did not oppose your harbour plan")).isFalse();
        assertThat(QuoteChange.changesWording("we would be remiss … if we did not oppose your harbour plan",
                "We would be remiss in our duty to the town if we did not support your harbour plan")).isTrue();
        assertThat(QuoteChange.changesWording("we would be remiss in our duty if we did not oppose your harbour plan",
                "We would be remiss in our work if we did not oppose your harbour plan")).isTrue();
    }

    @Test
    void shouldWriteAnAcronymWithStopsAsOneWord() {
        assertThat(QuoteChange.foldAcronyms("She lied to the F.B.I. twice, said a U.S. official.")).isEqualTo(
                "She lied to the FBI twice, said a US official.");
        assertThat(QuoteChange.foldAcronyms("Mr. Ryan met J. Smith.")).isEqualTo("Mr. Ryan met J. Smith.");
    }
}
