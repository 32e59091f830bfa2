package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class NewEventEmptyStateTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Test
    @WithUserDetails("alice")
    void newEventFromClaimsWithNoClaimsSaysHowToMakeOne() {
        ProjectId p = projects.create(new ProjectData("No claims " + UUID.randomUUID(), "")).id();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.openNewEventDialog();

        ClaimPickDialog d = $(ClaimPickDialog.class).single();
        assertThat(d.pick.isVisible()).isFalse();
        assertThat(d.empty.isVisible()).isTrue();
        assertThat(d.empty.getText()).contains("No claim is waiting for an event", "open an article from Sources", "select a passage");
    }
}
