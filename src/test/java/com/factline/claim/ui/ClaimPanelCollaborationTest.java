package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.factline.claim.Claim;
import com.factline.claim.ClaimData;
import com.factline.claim.ClaimService;
import com.factline.claim.ClaimUpdate;
import com.factline.base.FactlineException;
import com.factline.timeline.EventService;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.collab.PresenceService;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ClaimPanelCollaborationTest extends SpringBrowserlessTest {

    static final String TEXT = "Xi Jinping arrived in Moscow on Monday for a three-day state visit.";

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimService claims;
    @Autowired
    CommentService comments;
    @Autowired
    PresenceService presence;
    @Autowired
    EventService events;

    @Test
    @WithUserDetails("alice")
    void shouldShowTheCommentsOfAnExistingClaimAndWhoElseHasItOpen() {
        ProjectId p = projects.create(new ProjectData("Claim panel " + UUID.randomUUID(), "")).id();
        var source = sources.importText(p, new SourceData("Reuters", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, TEXT));
        Claim claim = claims.create(p, new ClaimData(source.id(), 0, 28, "Xi Jinping arrived in Moscow", "Xi arrived", null, null, null));
        comments.add(p, CommentTarget.CLAIM, claim.id().value(), "TASS has Tuesday.");
        ReaderView view = navigate(ReaderView.class, Map.of("projectId", String.valueOf(p.value()),
                "sourceId", String.valueOf(source.id().value())));

        view.selected(29, 35);
        assertThat(view.panel.comments.isVisible()).as("a claim not yet saved has no thread").isFalse();

        view.panel.edit(claim);
        assertThat(view.panel.comments.isVisible()).isTrue();
        assertThat(view.panel.comments.getSummaryText()).isEqualTo("Comments (1)");
        assertThat(view.panel.alsoEditing.isVisible()).isFalse();

        presence.focus("bobs-window", p.value(), "bob", "Bob Baker", "claim", claim.id().value());
        runPushedChanges();
        assertThat(view.panel.alsoEditing.getText()).isEqualTo("Bob Baker is also editing this claim");
        assertThat(view.panel.alsoEditing.isVisible()).isTrue();

        test(view.panel.cancel).click();
        assertThat(presence.editing(p.value(), "claim", claim.id().value())).extracting(PresenceService.Focus::username)
                .as("a closed panel edits nothing").containsExactly("bob");
        presence.blur("bobs-window");
    }

    @Test
    @WithUserDetails("alice")
    void shouldLeaveNoOrphanEventWhenTheClaimOnANewEventIsRefused() {
        ProjectId p = projects.create(new ProjectData("Claim panel " + UUID.randomUUID(), "")).id();
        var source = sources.importText(p, new SourceData("Reuters", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, TEXT));
        Claim claim = claims.create(p, new ClaimData(source.id(), 0, 28, "Xi Jinping arrived in Moscow", "Xi arrived", null, null, null));
        ReaderView view = navigate(ReaderView.class, Map.of("projectId", String.valueOf(p.value()),
                "sourceId", String.valueOf(source.id().value())));
        view.panel.edit(claim);
        // Someone else saves the claim meanwhile: the panel's version is stale.
        claims.update(p, claim.id(), new ClaimUpdate("Bob's statement", null, null, null), claim.version());
        test(view.panel.newEvent).setValue("Arrival in Moscow");
        test(view.panel.save).click();

        assertThat(events.list(p)).as("the refused save created no event").isEmpty();
        assertThat(claims.get(p, claim.id()).eventId()).isNull();

        assertThatThrownBy(() -> claims.createOnNewEvent(p, new ClaimData(source.id(), 29, 35, "not the text", null, null, null, null),
                "Another new event")).isInstanceOf(FactlineException.class);
        assertThat(events.list(p)).isEmpty();

        Claim onNew = claims.createOnNewEvent(p, new ClaimData(source.id(), 22, 28, "Moscow", "in Moscow", null, null, null), "Visit");
        assertThat(events.list(p)).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo(onNew.eventId()));
    }

    static void runPushedChanges() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
