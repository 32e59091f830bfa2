package com.factline.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.claim.ClaimData;
import com.factline.claim.ClaimService;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.security.UserService;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.timeline.EventData;
import com.factline.timeline.EventService;
import com.factline.timeline.EventStatus;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    com.factline.TestData data;
    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimService claims;
    @Autowired
    EventService events;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    /** An event with one claim, made (last edited) by {@code editor}, in a project carol can see. */
    private ProjectId eventMadeBy(String editor) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var details = users.loadUserByUsername(editor);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            ProjectId p = projects.create(new ProjectData("Review " + UUID.randomUUID(), "")).id();
            // alice opened the project (its owner); here she plays its editor and carol its reviewer.
            jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, case username when 'carol' then 'reviewer' else 'editor' end from app_user where username in ('carol', 'alice') on conflict (project_id, user_id) do update set role = excluded.role")
                    .param(p.value()).update();
            var s = sources.importText(p, new SourceData("AP", "Associated Press", LocalDate.of(2023, 3, 20), null, null, null,
                    "Xi arrived in Moscow on Monday."));
            var c = claims.create(p, new ClaimData(s.id(), 0, 20, "Xi arrived in Moscow", "Xi arrived", null, null, null));
            events.createFromClaims(p, new EventData("Xi arrives in Moscow", null, null, null), List.of(c.id()));
            return p;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Test
    @WithUserDetails("carol")
    void shouldLetAReviewerVerifyAnEventSomeoneElseEdited() {
        ProjectId p = eventMadeBy("alice");
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(p.value())));
        var event = events.timeline(p, com.factline.timeline.EventFilter.all()).get(0);
        view.verify(event);
        assertThat(events.get(p, event.id()).status()).isEqualTo(EventStatus.VERIFIED);
        assertThat(events.get(p, event.id()).verifiedBy()).isEqualTo("carol");
    }

    @Test
    @WithUserDetails("carol")
    void shouldNameTheArticlesBehindAnEventByOutletDateAndHeadline() {
        ProjectId p = eventMadeBy("alice");
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(p.value())));
        var event = events.timeline(p, com.factline.timeline.EventFilter.all()).get(0);
        assertThat(view.articles(event).getElement().getTextRecursively()).isEqualTo("Associated Press \u00b7 20 Mar 2023 \u00b7 AP");
        assertThat(view.grid.getColumns().stream().map(c -> c.getHeaderText())).contains("Articles");
    }

    @Test
    @WithUserDetails("carol")
    void shouldRefuseTheReviewerWhoMadeTheLastEdit() {
        ProjectId p = eventMadeBy("carol");
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(p.value())));
        var event = events.timeline(p, com.factline.timeline.EventFilter.all()).get(0);
        view.verify(event);
        assertThat(events.get(p, event.id()).status()).isNotEqualTo(EventStatus.VERIFIED);
        assertThat($(Notification.class).last().getElement().toString() + test($(Notification.class).last()).getText())
                .contains("did not make the last edit");
    }

    @Test
    @WithUserDetails("carol")
    void shouldRefuseToVerifyTheVersionItShowedWhenTheEventChangedSince() {
        ProjectId p = eventMadeBy("alice");
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(p.value())));
        var shown = events.timeline(p, com.factline.timeline.EventFilter.all()).get(0);
        jdbc.sql("update event set title = 'Changed meanwhile', version = version + 1 where id = ?").param(shown.id().value()).update();
        view.verify(shown);
        assertThat(events.get(p, shown.id()).status()).isNotEqualTo(EventStatus.VERIFIED);
        assertThat(test($(Notification.class).last()).getText()).contains("changed since you reviewed it");
    }

    @Test
    @WithUserDetails("carol")
    void shouldDisableVerifyWithTheReasonWhenTheReviewerMadeTheLastEdit() {
        ProjectId own = eventMadeBy("carol");
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(own.value())));
        var mine = events.timeline(own, com.factline.timeline.EventFilter.all()).get(0);
        assertThat(view.whyNotVerifiable(mine)).contains("You made the last edit");

        ProjectId other = eventMadeBy("alice");
        var theirs = events.timeline(other, com.factline.timeline.EventFilter.all()).get(0);
        assertThat(view.whyNotVerifiable(theirs)).as("nothing stands in the way").isNull();
    }

    @Test
    @WithUserDetails("alice")
    void shouldOfferAnEditorNoVerifyButtonAndSayWhoVerifies() {
        ProjectId p = eventMadeBy("carol");
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(p.value())));
        var event = events.timeline(p, com.factline.timeline.EventFilter.all()).get(0);
        assertThat(view.whyNotVerifiable(event)).isEqualTo("Only a reviewer can verify.");
        assertThat(view.verifyColumn.isVisible()).as("no Verify that could never work for her").isFalse();
        assertThat(view.whoVerifies.isVisible()).isTrue();
        assertThat(view.whoVerifies.getText()).isEqualTo("Only a reviewer can verify. You are an editor of this project;"
                + " its reviewers and owners verify events.");
    }

    @Test
    @WithUserDetails("alice")
    void shouldOfferAViewerNoVerifyButtonAndSayWhoVerifies() {
        ProjectId p = eventMadeBy("carol");
        data.role(p, "alice", "viewer");
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(test(view.grid).size()).as("the events and their state are there to read").isOne();
        assertThat(view.verifyColumn.isVisible()).isFalse();
        assertThat(view.whoVerifies.getText()).contains("You are a viewer of this project");
    }

    @Test
    @WithUserDetails("bob")
    void shouldOfferVerifyToTheProjectsReviewerWhoseAccountIsAnOrdinaryOne() {
        // bob's account is an EDITOR; in this project he is its reviewer, which is what counts (issue #16).
        ProjectId p = eventMadeBy("alice");
        jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, 'reviewer' from app_user where username = 'bob'")
                .param(p.value()).update();
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(p.value())));
        var event = events.timeline(p, com.factline.timeline.EventFilter.all()).get(0);
        assertThat(view.whyNotVerifiable(event)).as("nothing stands in the way").isNull();
        assertThat(view.verifyColumn.isVisible()).isTrue();
        assertThat(view.whoVerifies.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("alice")
    void shouldSayThereAreNoEventsYetAndLinkToTheTimelineOnAProjectWithoutEvents() {
        ProjectId p = projects.create(new ProjectData("Empty review " + UUID.randomUUID(), "")).id();
        ReviewView view = navigate(ReviewView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(test(view.grid).size()).isZero();
        var empty = (com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent();
        assertThat(empty.text()).contains("No events yet", "Timeline");
        assertThat(empty.href()).isEqualTo("projects/" + p.value() + "/timeline");
    }
}
