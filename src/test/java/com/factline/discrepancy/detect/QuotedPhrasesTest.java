package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedPhrasesTest {

    private static List<String> words(String text) {
        List<QuotedPhrases.Piece> pieces = QuotedPhrases.pieces("“" + text + "”");
        assertThat(pieces).hasSize(1);
        return pieces.getFirst().words();
    }

    private static QuotedPhrases.Change change(String a, String b) {
        return QuotedPhrases.compare(words(a), words(b));
    }

    @Test
    void shouldFindTheQuotedSentencesAndPhrasesOfAText() {
        String text = "The mayor called the plan “a costly mistake” on Monday. “We oppose it. We will vote against it,” she said.\n"
                + "A straight \"quoted bit of text\" counts too, (but not “two words”).";
        List<QuotedPhrases.Piece> pieces = QuotedPhrases.pieces(text);
        assertThat(pieces).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("a costly mistake", "We oppose it.", "We will vote against it,", "quoted bit of text");
        assertThat(pieces.get(2).words()).containsExactly("we", "will", "vote", "against", "it");
    }

    @Test
    void shouldLeaveOutQuotationsThatDoNotPairUpOrHaveAMaskedWordAndSplitAtAnEllipsis() {
        assertThat(QuotedPhrases.pieces("“an open quote that runs on\nto the next paragraph” of text")).isEmpty();
        assertThat(QuotedPhrases.pieces("He said “that d--n bridge again” today")).isEmpty();
        String cut = "He said “we will rebuild … the port and the school. . . and the roads” today";
        assertThat(QuotedPhrases.pieces(cut)).extracting(p -> cut.substring(p.start(), p.end()))
                .containsExactly("we will rebuild …", "the port and the school.", "and the roads");
    }

    @Test
    void shouldWriteOutContractionsAndDropTheOutletsInsertions() {
        assertThat(words("We don't want the [harbour] plan")).containsExactly("we", "do", "not", "want", "the", "plan");
    }

    @Test
    void shouldFindOneWordAddedInsideAQuotedPhrase() {
        assertThat(change("a risky bet", "the council said this is a very risky bet for the town"))
                .isEqualTo(new QuotedPhrases.Change(null, "very"));
        assertThat(change("the council said this is a very risky bet for the town", "a risky bet"))
                .isEqualTo(new QuotedPhrases.Change("very", null));
        assertThat(change("a risky bet", "a very risky bet").describe()).isEqualTo("“very” added");
    }

    @Test
    void shouldFindOneWordReplacedInsideOrAtAnEndBothQuotationsShare() {
        assertThat(change("We refuse his offer.", "We refuse his terms.")).isEqualTo(new QuotedPhrases.Change("offer", "terms"));
        assertThat(change("the bridge stays closed all winter", "the bridge stays shut all winter"))
                .isEqualTo(new QuotedPhrases.Change("closed", "shut"));
    }

    @Test
    void shouldNotCountAWordReplacedWhereOnlyOneOutletsQuoteStartsOrEnds() {
        // one outlet's partial quote starts at "must"; the other's word before "be" belongs to a longer sentence
        assertThat(change("must be repaired soon", "it will be repaired soon, they said")).isNull();
        assertThat(change("the harbour must be dredged", "the harbour must be dredged again and again")).isNull();
        assertThat(change("new ferry must be bought", "new ferry must be leased next spring")).isNull();
    }

    @Test
    void shouldNotCountAPartialQuoteAnArticleAFormOrOneNegationForAnother() {
        assertThat(change("rebuild the port", "We will rebuild the port next year")).isNull();
        assertThat(change("we rebuilt a port quickly", "we rebuilt the port quickly")).isNull();
        assertThat(change("the workers have voted twice", "the workers had voted twice")).isNull();
        assertThat(change("I won't stop fighting", "I will never stop fighting")).isNull();
    }

    @Test
    void shouldNotCountWordsInCommonThatAreOnlyPronounsAndJoiners() {
        assertThat(change("and I said it", "and you said it")).isNull();
    }

    @Test
    void shouldNotCountTwoOrMoreChanges() {
        assertThat(change("a very risky bet", "an extremely costly bet")).isNull();
        assertThat(change("the council will decide in May", "the board will vote in May")).isNull();
    }
}
