package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatchUpTest {

    static CatchUp.Row row(long id) {
        return new CatchUp.Row(id, 7L, "claim", 100 + id, "update", "alice");
    }

    @Test
    void anEntryWhoseNoticeWasHeardIsNotHandedOnAgain() {
        CatchUp c = new CatchUp(10);
        c.heard(11);
        c.heard(12);
        assertThat(c.read(List.of(row(11), row(12)), 0)).isEmpty();
        assertThat(c.read(List.of(), 1)).as("nor at the next look").isEmpty();
        assertThat(c.high()).isEqualTo(12);
    }

    @Test
    void anEntryNotHeardIsHandedOnAtTheNextLookUnlessItsNoticeCameMeanwhile() {
        CatchUp c = new CatchUp(10);
        assertThat(c.read(List.of(row(11), row(12)), 0)).as("its notice may still be on its way").isEmpty();
        c.heard(12); // came late
        assertThat(c.read(List.of(), 1)).containsExactly(new ChangeNotice(7, "claim", 111L, "update", "alice"));
        assertThat(c.read(List.of(), 2)).as("once").isEmpty();
    }

    @Test
    void anEntryCommittedAfterAHigherOneIsFoundAmongTheGaps() {
        CatchUp c = new CatchUp(10);
        c.heard(13);
        assertThat(c.read(List.of(row(13)), 0)).isEmpty();
        assertThat(c.gaps()).containsExactly(11L, 12L);
        // 12 commits later and its notice is lost; 11 was rolled back and never appears
        assertThat(c.read(List.of(row(12)), 1)).isEmpty();
        assertThat(c.gaps()).containsExactly(11L);
        assertThat(c.read(List.of(), 2)).extracting(ChangeNotice::entityId).containsExactly(112L);
    }

    @Test
    void aGapHeardBeforeItIsReadIsNotHandedOn() {
        CatchUp c = new CatchUp(10);
        c.read(List.of(row(12)), 0);
        c.heard(11);
        assertThat(c.read(List.of(row(11)), 1)).as("12, not heard at the last look").extracting(ChangeNotice::entityId)
                .containsExactly(112L);
        assertThat(c.read(List.of(), 2)).isEmpty();
    }

    @Test
    void gapsAreForgottenAfterTheirTimeAndBounded() {
        CatchUp c = new CatchUp(0);
        c.read(List.of(row(5)), 0);
        assertThat(c.gaps()).hasSize(4);
        c.read(List.of(), CatchUp.GAP_MILLIS + 1);
        assertThat(c.gaps()).isEmpty();
        c.read(List.of(row(5 + 3L * CatchUp.MAX_GAPS)), CatchUp.GAP_MILLIS + 2);
        assertThat(c.gaps()).hasSizeLessThanOrEqualTo(CatchUp.MAX_GAPS);
    }

    @Test
    void entriesOfNoProjectAreReadButNotHandedOn() {
        CatchUp c = new CatchUp(0);
        c.read(List.of(new CatchUp.Row(1, null, "user", 3L, "create", "admin")), 0);
        assertThat(c.read(List.of(), 1)).isEmpty();
        assertThat(c.high()).isEqualTo(1);
    }

    @Test
    void entriesAtOrBelowTheStartAreTakenAsHeard() {
        CatchUp c = new CatchUp(10);
        c.heard(9);
        assertThat(c.read(List.of(row(10), row(11)), 0)).isEmpty();
        assertThat(c.read(List.of(), 1)).extracting(ChangeNotice::entityId).containsExactly(111L);
    }
}
