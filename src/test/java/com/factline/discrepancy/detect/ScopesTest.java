package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scope and quantifier claims on invented sentences. */
class ScopesTest {

    /** Why the first claims of the two sentences differ, or null. */
    private static String differ(String a, String b) {
        List<Scopes.Claim> ca = Scopes.find(a);
        List<Scopes.Claim> cb = Scopes.find(b);
        assertThat(ca).isNotEmpty();
        assertThat(cb).isNotEmpty();
        return Scopes.differ(ca.getFirst(), a, cb.getFirst(), b);
    }

    @Test
    void shouldFindARankOverANarrowerGroup() {
        String a = "Ms. Okafor is one of the first Quakers in the state legislature.";
        String b = "Okafor, who became one of the first Quaker women in the state legislature, spoke on Monday.";
        Scopes.Claim claim = Scopes.find(a).getFirst();
        assertThat(a.substring(claim.start(), claim.end())).isEqualTo("first Quakers");
        assertThat(claim.anchor()).isEqualTo("in the");
        assertThat(differ(a, b)).contains("wider and a narrower group");
        assertThat(differ(a, "Ms. Okafor is one of the first Quakers in the state legislature, her aide said."))
                .isNull();
    }

    @Test
    void shouldFindAnotherPlaceInACountButNotOnlyAgainstFirst() {
        assertThat(differ("It was the second time he had vetoed a budget.",
                "It was the third time he had vetoed a budget.")).contains("different place in a count");
        assertThat(differ("She is the first woman to lead the agency.", "She is the only woman to lead the agency."))
                .isNull();
        // what the rank is about differs: two facts
        assertThat(differ("She is the first woman to lead the agency.", "She is the first black woman in the cabinet."))
                .isNull();
        assertThat(differ("She is the first woman to lead the agency.", "She is the first black woman to lead it."))
                .contains("narrower");
        // a stretch of time, not a class
        assertThat(Scopes.find("Prices rose over the last several weeks in the region.")).isEmpty();
    }

    @Test
    void shouldFindTheWholeGroupAgainstAPartDoingTheSame() {
        assertThat(differ("All council members voted for the plan.", "Some council members voted for the plan."))
                .contains("whole group");
        assertThat(differ("All council members voted for the plan.", "Every council member voted for the plan."))
                .isNull();
        // another group, or the group doing another thing
        assertThat(differ("All council members voted for the plan.", "Some residents voted for the plan.")).isNull();
        assertThat(differ("All council members voted for the plan.", "Some council members spoke against the plan."))
                .isNull();
    }

    @Test
    void shouldNotReadANegatedHedgedOrSuperlativeQuantifierAsAClaim() {
        assertThat(Scopes.find("Not all council members voted for the plan.")).isEmpty();
        assertThat(Scopes.find("Nearly all council members voted for the plan.")).isEmpty();
        assertThat(Scopes.find("The most vulnerable members voted for the plan.")).isEmpty();
        assertThat(Scopes.find("Nobody knows how many council members voted for the plan.")).isEmpty();
    }

    @Test
    void shouldFindAUnanimousVoteAgainstASplitOneOnTheSameVote() {
        assertThat(differ("The board unanimously approved the budget on Friday.",
                "The board approved the budget 6-3 on Friday.")).contains("unanimous vote");
        assertThat(Scopes.find("The board approved the budget 6-0 on Friday.")).isEmpty();
        // a score is no vote
        assertThat(differ("The board unanimously approved the budget on Friday.",
                "The home side won the game 6-3 on Friday.")).isNull();
    }

    @Test
    void shouldFindNeverAgainstRarelyWithTheSameVerb() {
        assertThat(differ("The mayor has never missed a council meeting.",
                "The mayor has rarely missed a council meeting.")).contains("Never");
        assertThat(differ("The mayor has never missed a council meeting.",
                "The mayor has rarely attended a council meeting.")).isNull();
        assertThat(Scopes.find("The mayor has not sometimes missed a meeting.")).isEmpty();
    }

    @Test
    void shouldNotTakeClaimsInsideQuotationMarks() {
        assertThat(Scopes.find("“All council members voted for the plan,” the mayor said.")).isEmpty();
        assertThat(Scopes.find("The mayor said: \"It was the second time he had vetoed a budget.\"")).isEmpty();
    }

    @Test
    void shouldReadABoundedNumberOfClaims() {
        String s = "All council members voted for it and ".repeat(400);
        assertThat(Scopes.find(s)).hasSize(Scopes.MAX_CLAIMS);
        assertThat(Scopes.find(s.repeat(1))).hasSizeLessThanOrEqualTo(Scopes.MAX_CLAIMS);
    }
}
