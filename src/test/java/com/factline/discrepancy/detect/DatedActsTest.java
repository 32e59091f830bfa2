package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatedActsTest {

    private static DatedActs.Act of(String sentence, String date) {
        int at = sentence.indexOf(date);
        return DatedActs.of(sentence, new int[] {at, at + date.length()});
    }

    @Test
    void shouldFindTheActNextToADateBeforeOrAfterIt() {
        assertThat(of("A county clerk on Friday apologized for a Facebook post about the judge.", "Friday").key())
                .isEqualTo("apologize");
        assertThat(of("The clerk had to apologize Saturday for a Facebook post.", "Saturday").key())
                .isEqualTo("apologize");
        assertThat(of("He blamed his rival for the gossip magazine story published Friday.", "Friday").key())
                .isEqualTo("publish");
        assertThat(of("Her apology on Monday came too late for the board.", "Monday").key()).isEqualTo("apologize");
        assertThat(of("The clerk was in Dunmore on Friday for a meeting.", "Friday")).isNull();
    }

    @Test
    void shouldNotDateAnActWithTheDateOfAStatementAboutIt() {
        assertThat(of("Mr. Varga told reporters Friday he resigned from the board.", "Friday")).isNull();
        assertThat(of("The mayor announced Friday the resignation of her deputy.", "Friday")).isNull();
    }

    @Test
    void shouldNotDateAnActAcrossAClauseBoundary() {
        String s = "Mr. Varga was first elected to the board in 1998 and resigned from it last year.";
        assertThat(of(s, "1998")).isNull();
        assertThat(of(s, "last year").key()).isEqualTo("resign");
        assertThat(of("On Friday, after a long meeting, the deputy resigned.", "Friday")).isNull();
    }

    @Test
    void shouldTakeTheSameActOfTheSameActorOrObjectOnly() {
        String a = "A county clerk on Friday apologized for a Facebook post about the judge.";
        String b = "The clerk had to apologize Saturday for a Facebook post critical of the judge.";
        assertThat(DatedActs.same(a, of(a, "Friday"), b, of(b, "Saturday"))).isTrue();
        // another act of the same actor
        String c = "The clerk resigned Saturday after a Facebook post about the judge.";
        assertThat(DatedActs.same(a, of(a, "Friday"), c, of(c, "Saturday"))).isFalse();
        // the same verb, the same actor, another thing: two apologies
        String d = "Mr. Varga apologized Friday for missing the budget vote.";
        String e = "Mr. Varga apologized Saturday to the families of the flood victims.";
        assertThat(DatedActs.same(d, of(d, "Friday"), e, of(e, "Saturday"))).isFalse();
    }

    @Test
    void shouldTakeLeavingAPostAsQuittingItButNotOtherLefts() {
        assertThat(of("Ms. Okafor left the county administration last year to return to her law firm.", "last year")
                .key()).isEqualTo("quit");
        assertThat(of("The deputy left office in March after the audit.", "in March").key()).isEqualTo("quit");
        assertThat(of("The deputy left Dunmore Savings in March after the audit.", "in March").key())
                .isEqualTo("quit");
        // "left" that leaves no post, organisation or place
        assertThat(of("The storm left three people dead on Friday in Dunmore.", "on Friday")).isNull();
        assertThat(of("The deputy left behind debts in March.", "in March")).isNull();
        // quitting and leaving the same post on two dates are one act
        String a = "Ms. Okafor joined the county administration in 2019 and quit earlier this month to join a law firm.";
        String b = "Ms. Okafor left the county administration last year to return to a law firm.";
        assertThat(DatedActs.same(a, of(a, "earlier this month"), b, of(b, "last year"))).isTrue();
    }
}
