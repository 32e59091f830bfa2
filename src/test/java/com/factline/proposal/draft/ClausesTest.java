package com.factline.proposal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

    private static List<String> texts(String sentence) {
        return Clauses.split(sentence).stream().map(c -> sentence.substring(c.start(), c.end())).toList();
    }

    private static List<Clauses.Kind> kinds(String sentence) {
        return Clauses.split(sentence).stream().map(Clauses.Clause::kind).toList();
    }

    @Test
    void shouldKeepASimpleSentenceWhole() {
        String s = "Xi arrived in Moscow on Monday for a three-day state visit.";
        assertThat(texts(s)).containsExactly(s);
        assertThat(kinds(s)).containsExactly(Clauses.Kind.MAIN);
    }

    @Test
    void shouldSplitOffAClauseThatHappenedDaysEarlierWithItsTimeOffset() {
        String s = "It is his first visit since the war began last year, just days after the court issued a warrant.";
        assertThat(texts(s)).containsExactly("It is his first visit", "since the war began last year",
                "just days after the court issued a warrant.");
        assertThat(kinds(s)).containsExactly(Clauses.Kind.MAIN, Clauses.Kind.SHIFTED, Clauses.Kind.SHIFTED);
    }

    @Test
    void shouldLetACoordinatedClauseShareTheTimeOfTheClauseItContinues() {
        String s = "The war began after the court accused him of crimes and issued a warrant against him.";
        assertThat(texts(s)).containsExactly("The war began", "after the court accused him of crimes",
                "and issued a warrant against him.");
        assertThat(kinds(s)).containsExactly(Clauses.Kind.MAIN, Clauses.Kind.SHIFTED, Clauses.Kind.SHIFTED);
    }

    @Test
    void shouldEndARelativeClauseAtTheNextCommaAndResumeTheMainClause() {
        String s = "His wife, who resigned from the city council, will plead guilty on Wednesday.";
        assertThat(texts(s)).containsExactly("His wife, who resigned from the city council",
                "will plead guilty on Wednesday.");
        assertThat(kinds(s)).containsExactly(Clauses.Kind.RELATIVE, Clauses.Kind.MAIN);
    }

    @Test
    void shouldTreatAnOpeningWhenClauseAsSimultaneous() {
        String s = "When prosecutors charged the couple last Friday, the congressman said he accepts the blame.";
        assertThat(kinds(s).get(0)).isEqualTo(Clauses.Kind.SIMULTANEOUS);
    }

    @Test
    void shouldKeepAPhraseAfterBeforeWithoutAVerbInItsClause() {
        String s = "His wife is expected to plead guilty to filing false tax returns before the same judge on Wednesday afternoon.";
        assertThat(texts(s)).containsExactly(s);
    }

    @Test
    void shouldNotSplitOffFragmentsShorterThanThreeWords() {
        String s = "Putin greeted Xi; he smiled.";
        assertThat(texts(s)).containsExactly(s);
    }

    @Test
    void shouldKeepAPhraseAfterAfterWhenWhatFollowsIsAThatClauseOfTheMainVerb() {
        String s = "The senator said after the hearing that he would resign from the committee.";
        assertThat(texts(s)).containsExactly(s);
        String t = "The senator resigned hours after the attacks that killed three people.";
        assertThat(texts(t)).containsExactly("The senator resigned", "hours after the attacks that killed three people.");
        assertThat(kinds(t)).containsExactly(Clauses.Kind.MAIN, Clauses.Kind.SHIFTED);
    }
}
