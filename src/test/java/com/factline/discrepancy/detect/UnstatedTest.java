package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts said not to be given, and the passages that give them, on invented sentences. */
class UnstatedTest {

    private static Unstated.Gap only(String s) {
        List<Unstated.Gap> all = Unstated.find(s);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private static String answer(String gapSentence, String other, List<int[]> dates) {
        Unstated.Answer a = Unstated.answer(only(gapSentence), gapSentence, other, dates);
        return a == null ? null : other.substring(a.start(), a.end());
    }

    @Test
    void shouldReadTheOpenQuestionAndWhatItIsAbout() {
        String s = "The Harlow campaign did not say where the radio spot would air, but aides were upbeat.";
        Unstated.Gap g = only(s);
        assertThat(g.kind()).isEqualTo(Unstated.Kind.PLACE);
        assertThat(s.substring(g.start(), g.end())).isEqualTo("did not say where the radio spot would air");
        assertThat(g.topic()).contains("radio", "spot", "air").doesNotContain("aides");
        assertThat(only("Officials declined to disclose how many guards were on duty.").kind()).isEqualTo(Unstated.Kind.COUNT);
        assertThat(only("The fire service wouldn't release the names of the two firefighters.").kind())
                .isEqualTo(Unstated.Kind.NAME);
        assertThat(only("It was not clear when the bridge would reopen.").kind()).isEqualTo(Unstated.Kind.TIME);
        assertThat(only("It remains unclear where the ferry was headed.").kind()).isEqualTo(Unstated.Kind.PLACE);
    }

    @Test
    void shouldNotTakeWhetherWhyOrASayingWithoutAQuestion() {
        assertThat(Unstated.find("The mayor declined to say whether she would run again.")).isEmpty();
        assertThat(Unstated.find("The mayor did not say why the permit was denied.")).isEmpty();
        assertThat(Unstated.find("The mayor did not say much at the meeting.")).isEmpty();
        assertThat(Unstated.find("The mayor said where the new depot would be built.")).isEmpty();
    }

    @Test
    void shouldFindThePlaceTheNumberTheNameAndTheDateStatedElsewhere() {
        assertThat(answer("The Harlow campaign did not say where the radio spot would air.",
                "The radio spot will air in Dunmore County starting this week.", List.of())).isEqualTo("in Dunmore County");
        assertThat(answer("Officials declined to disclose how many guards were on duty.",
                "Only four guards were on duty that night, officials said.", List.of())).isEqualTo("four");
        assertThat(answer("The fire service wouldn't release the names of the two firefighters.",
                "The two firefighters, Dana Whitlow and Omar Pesce, were treated at the scene.", List.of()))
                .isEqualTo("Dana Whitlow");
        String other = "The bridge will reopen on March 3, the agency said.";
        int at = other.indexOf("March 3");
        assertThat(answer("It was not clear when the bridge would reopen.", other, List.of(new int[] {at, at + 7})))
                .isEqualTo("March 3");
    }

    @Test
    void shouldNotAnswerFromAPassageAboutSomethingElseOrOneThatLeavesItOpenToo() {
        assertThat(answer("The Harlow campaign did not say where the radio spot would air.",
                "The governor spoke in Dunmore County on Tuesday.", List.of())).isNull();
        assertThat(answer("The Harlow campaign did not say where the radio spot would air.",
                "The radio spot was made in Dunmore County, but it is unclear where it will air.", List.of())).isNull();
        assertThat(answer("Officials declined to disclose how many guards were on duty.",
                "Guards were on duty, officials said.", List.of())).isNull();
    }

    @Test
    void shouldNotTakeAFactTheSamePassageAlreadyGivesNorADateForACount() {
        assertThat(answer("The Harlow campaign, based in Dunmore, did not say where the radio spot would air.",
                "The radio spot will air in Dunmore.", List.of())).isNull();
        String other = "The guards were on duty on March 3, officials said.";
        int at = other.indexOf("March 3");
        assertThat(answer("Officials declined to disclose how many guards were on duty.", other,
                List.of(new int[] {at, at + 7}))).isNull();
        assertThat(answer("Officials declined to disclose how many guards were on duty.",
                "Among the 40 staff they questioned, no guards were on duty.", List.of())).isNull();
    }

    @Test
    void shouldLookAtABoundedNumberOfCandidatesInTheOtherSentence() {
        String gap = "Officials declined to disclose how many guards were on duty.";
        StringBuilder other = new StringBuilder("On duty:");
        for (int i = 0; i < Unstated.MAX_CANDIDATES; i++) {
            other.append(" ").append(i + 100).append(" visitors,");
        }
        assertThat(answer(gap, other + " and four guards.", List.of())).isNull();
        assertThat(answer(gap, "On duty: 100 visitors, and four guards.", List.of())).isEqualTo("four");
    }
}
