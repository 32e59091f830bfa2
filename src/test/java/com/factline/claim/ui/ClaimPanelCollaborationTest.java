package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.claim.Claim;
import com.factline.claim.ClaimData;
import com.factline.claim.ClaimService;
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

    static void runPushedChanges() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
