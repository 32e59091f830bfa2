package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContrastsAndNamesTest {

    @Test
    void shouldFindContrastingCharacterisationsOnlyWhenEachSideUsesOne() {
        assertThat(Contrasts.contradictions("The bill was passed by the senate.", "The bill was introduced in the senate."))
                .hasSize(1);
        assertThat(Contrasts.contradictions("He was charged with fraud.", "He was convicted of fraud.")).hasSize(1);
        // both sides use both words: no contradiction
        assertThat(Contrasts.contradictions("He was charged and later convicted.", "He was convicted after being charged."))
                .isEmpty();
        // a negated word is not a characterisation
        assertThat(Contrasts.contradictions("He was not fired.", "He resigned.")).isEmpty();
        // the object of a negated comparison is not what the sentence asserts
        assertThat(Contrasts.contradictions("He spoke to a packed crowd on the lawn.",
                "The crowd did not rival the energetic throngs of four years ago.")).hasSize(1);
    }

    @Test
    void whatMayYetHappenIsNoReportOfWhatHappened() {
        assertThat(Contrasts.contradictions("The mayor's defeat in the primary stunned the party.",
                "The challenger's path to victory is steep.")).isEmpty();
        assertThat(Contrasts.contradictions("The mayor lost the primary.", "The mayor could win the runoff."))
                .isEmpty();
        assertThat(Contrasts.contradictions("He was fired on Monday.", "He said he might resign.")).isEmpty();
        // A decision announced in reported speech is a report: "would" is its future seen from the past.
        assertThat(Contrasts.contradictions("The firm said it would abandon the deal.",
                "The firm put on hold its plans for the deal.")).hasSize(1);
        // Without such a word the two reports still contradict each other.
        assertThat(Contrasts.contradictions("The mayor's defeat in the primary stunned the party.",
                "The mayor's victory in the primary stunned the party.")).hasSize(1);
    }

    @Test
    void aContrastWordCapitalisedInsideANameIsNoContrast() {
        assertThat(Contrasts.contradictions("The program, Deferred Action for Childhood Arrivals, is popular.",
                "Too many senators abandoned the young immigrants.")).isEmpty();
        assertThat(Contrasts.contradictions("The program — Deferred Action for Childhood Arrivals — is popular.",
                "Too many senators abandoned the young immigrants.")).isEmpty();
        assertThat(Contrasts.contradictions("The town joined the Passed Over Veterans Fund.",
                "The town introduced the measure.")).isEmpty();
        // The first word of a sentence and a lone capital after a colon are still read.
        assertThat(Contrasts.contradictions("Deferred until June, the vote drew crowds.", "The union abandoned the vote."))
                .hasSize(1);
        assertThat(Contrasts.contradictions("The union deferred the vote.", "The union abandoned the vote.")).hasSize(1);
    }

    @Test
    void shouldTellAPlanGivenUpFromAPlanPutOff() {
        assertThat(Contrasts.contradictions("The shipping firm abandoned its plan to buy the old harbour.",
                "The shipping firm put its plans to buy the old harbour on hold.")).hasSize(1);
        assertThat(Contrasts.contradictions("The airline cancelled the evening flight to Oslo.",
                "The airline postponed the evening flight to Oslo.")).hasSize(1);
        assertThat(Contrasts.contradictions("The union scrapped the strike.", "The union suspended the strike.")).hasSize(1);
        // both outcomes on one side, or the outcome denied: no contradiction
        assertThat(Contrasts.contradictions("The council suspended the talks.",
                "The council suspended the talks and then called off the vote.")).isEmpty();
        assertThat(Contrasts.contradictions("The firm did not abandon the deal.", "The firm put the deal on hold.")).isEmpty();
        // the same outcome in other words
        assertThat(Contrasts.contradictions("The firm walked away from the deal.", "The firm abandoned the deal.")).isEmpty();
    }

    @Test
    void shouldTellSpellingsOfOneNameFromTwoNamesAndDerivedWords() {
        assertThat(NameVariants.isVariant("Sandra", "Sandi")).isTrue();
        assertThat(NameVariants.isVariant("Zelensky", "Zelenskyy")).isTrue();
        assertThat(NameVariants.isVariant("Kiev", "Kyiv")).isTrue();
        assertThat(NameVariants.isVariant("Iran", "Iraq")).isFalse();
        assertThat(NameVariants.isVariant("Russia", "Russian")).isFalse();
        assertThat(NameVariants.isVariant("Democrat", "Democrats")).isFalse();
        assertThat(NameVariants.isVariant("Hunt", "Hunter")).isFalse();
    }

    @Test
    void shouldSeeANegationFlipInAQuoteDiff() {
        assertThat(AlignedFactDetector.negationFlip(WordDiff.diff("money that shouldn't have been used",
                "money that should have been used"))).isNotNull();
        assertThat(AlignedFactDetector.negationFlip(WordDiff.diff("we will not bring back our jobs",
                "we will never bring back the jobs"))).isNull();
    }
}
