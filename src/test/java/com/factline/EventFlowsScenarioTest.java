package com.factline;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.claim.Claim;
import com.factline.claim.ClaimChanged;
import com.factline.claim.ClaimService;
import com.factline.claim.ClaimUpdate;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.discrepancy.Discrepancy;
import com.factline.discrepancy.DiscrepancyData;
import com.factline.discrepancy.DiscrepancyKind;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.project.ProjectId;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import com.factline.timeline.EventsMerged;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The event flows between modules (docs/design-decisions/ownership.md): a change in one module
 * publishes what happened, and the owners of the other tables follow, in the same transaction.
 */
@FactlineIntegrationTest
@EnableScenarios
class EventFlowsScenarioTest {

    static final String TEXT = "Xi Jinping arrived in Moscow on Monday for a three-day state visit. Putin greeted him.";

    @Autowired
    TestData data;
    @Autowired
    ClaimService claims;
    @Autowired
    EventService events;
    @Autowired
    CommentService comments;
    @Autowired
    DiscrepancyService discrepancies;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("alice")
    void shouldSendAVerifiedEventBackForReverificationWhenOneOfItsClaimsMovesToAnotherEvent(Scenario scenario) {
        ProjectId p = data.project("Claim moved");
        var source = data.source(p, "Reuters", TEXT);
        EventId visit = data.event(p, "Xi's visit");
        EventId greeting = data.event(p, "Putin's greeting");
        Claim claim = data.claim(p, source, "Xi Jinping arrived in Moscow", visit);
        verified(visit);

        scenario.stimulate(() -> claims.update(p, claim.id(), new ClaimUpdate(null, null, greeting, null), claim.version()))
                .andWaitForEventOfType(ClaimChanged.class)
                .matching(e -> e.claimId().equals(claim.id()) && e.action().equals("update"))
                .toArriveAndVerify(e -> {
                    assertThat(e.eventBefore()).isEqualTo(visit);
                    assertThat(e.eventAfter()).isEqualTo(greeting);
                    assertThat(status(visit)).isEqualTo("needs_reverification");
                    assertThat(reason(visit)).isEqualTo("Claim " + claim.id() + " was changed by alice.");
                    assertThat(jdbc.sql("select event_id from claim where id = ?").param(claim.id().value()).query(Long.class).single())
                            .isEqualTo(greeting.value());
                });
    }

    @Test
    @WithUserDetails("alice")
    void shouldTakeTheMergedEventsCommentsAndDiscrepanciesToTheTargetAndUnverifyIt(Scenario scenario) {
        ProjectId p = data.project("Merge");
        var source = data.source(p, "Reuters", TEXT);
        var other = data.source(p, "TASS", TEXT.replace("Monday", "Tuesday"));
        EventId gone = data.event(p, "Xi arrives");
        EventId target = data.event(p, "Xi's visit");
        Claim a = data.claim(p, source, "arrived in Moscow on Monday", gone);
        Claim b = data.claim(p, other, "arrived in Moscow on Tuesday", gone);
        data.claim(p, source, "Putin greeted him", target);
        var comment = comments.add(p, CommentTarget.EVENT, gone.value(), "Which day?");
        Discrepancy d = discrepancies.mark(p, new DiscrepancyData(DiscrepancyKind.parse("date"), "Monday or Tuesday",
                List.of(a.id().value(), b.id().value())));
        assertThat(d.eventId()).isEqualTo(gone.value());
        verified(target);

        scenario.stimulate(() -> events.merge(p, target, gone))
                .andWaitForEventOfType(EventsMerged.class)
                .matching(e -> e.target().equals(target) && e.merged().equals(gone))
                .toArriveAndVerify(e -> {
                    assertThat(comments.list(p, CommentTarget.EVENT, target.value())).extracting(c -> c.id())
                            .containsExactly(comment.id());
                    assertThat(discrepancies.get(p, d.id()).eventId()).isEqualTo(target.value());
                    assertThat(discrepancies.openCount(p, target)).isEqualTo(1);
                    assertThat(events.get(p, target).claimIds()).contains(a.id(), b.id());
                    assertThat(status(target)).isEqualTo("needs_reverification");
                    assertThat(reason(target)).isEqualTo("Event " + gone + " was merged into it by alice.");
                });
    }

    /** Test setup: the event as a reviewer left it (the sign-off rules are VerificationApiTest's). */
    private void verified(EventId event) {
        jdbc.sql("""
                        update event set status = 'verified', reverify_reason = null, verified_at = now(),
                            verified_by = (select id from app_user where username = 'carol')
                        where id = ?""").param(event.value()).update();
    }

    private String status(EventId event) {
        return jdbc.sql("select status from event where id = ?").param(event.value()).query(String.class).single();
    }

    private String reason(EventId event) {
        return jdbc.sql("select reverify_reason from event where id = ?").param(event.value()).query(String.class).single();
    }
}
