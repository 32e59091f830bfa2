package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.collab.HistoryPanel;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.timeline.EventData;
import com.factline.timeline.EventService;
import com.factline.timeline.EventSummary;
import com.factline.timeline.EventUpdate;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class TimelineHistoryViewTest extends SpringBrowserlessTest {

    @Autowired
    com.factline.TestData data;
    @Autowired
    ProjectService projects;
    @Autowired
    EventService events;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    com.factline.collab.PresenceService presence;

    @Test
    @WithUserDetails("alice")
    void aViewerReadsTheEventsHistoryWithNothingToRevert() {
        ProjectId p = projects.create(new ProjectData("History viewer " + UUID.randomUUID(), "")).id();
        EventSummary created = events.create(p, new EventData("Xi arives", null, "Moscow", null));
        events.update(p, created.id(), new EventUpdate("Xi arrives in Moscow", null, null, null, null), created.version());
        data.role(p, "alice", "viewer");
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.select(events.get(p, created.id()));
        HistoryPanel history = view.editor.history;
        test(history).openDetails();
        assertThat(history.entries()).extracting(e -> e.actionLabel()).containsExactly("edited", "created");
        assertThat($(Button.class, history).withText("Revert").all()).isEmpty();
        assertThat(presence.editing(p.value(), "event", created.id().value())).as("reading is not editing: nobody is told so")
                .isEmpty();
    }

    @Test
    @WithUserDetails("alice")
    void shouldShowTheEventsChangesInItsHistoryAndRevertOneAfterConfirmation() {
        ProjectId p = projects.create(new ProjectData("History view " + UUID.randomUUID(), "")).id();
        EventSummary created = events.create(p, new EventData("Xi arives", null, "Moscow", null));
        events.update(p, created.id(), new EventUpdate("Xi arrives in Moscow", null, null, null, null), created.version());
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.select(events.get(p, created.id()));
        HistoryPanel history = view.editor.history;
        assertThat(history.isVisible()).isTrue();
        test(history).openDetails();

        assertThat(history.entries()).extracting(e -> e.actionLabel()).containsExactly("edited", "created");
        assertThat($(Span.class, history).withClassName("fl-history-old").all()).extracting(Span::getText).containsExactly("Xi arives");
        assertThat($(Span.class, history).withClassName("fl-history-new").all()).extracting(Span::getText)
                .startsWith("Xi arrives in Moscow");
        assertThat($(Button.class, history).withText("Revert").all()).as("only the edit is revertible, not the create").hasSize(1);

        test($(Button.class, history).withText("Revert").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(events.get(p, created.id()).title()).isEqualTo("Xi arives");
        assertThat(view.editor.titleField.getValue()).as("the editor shows the reverted event").isEqualTo("Xi arives");
        assertThat(history.entries()).hasSize(3);
        assertThat(history.entries().get(0).actionLabel()).isEqualTo("reverted change #" + history.entries().get(1).id());
        assertThat($(Span.class, history).withClassName("fl-error").single().getText()).isEmpty();
    }

    @Test
    @WithUserDetails("alice")
    void shouldNotPromiseToRestoreTheStatusWhenRevertingAnEditOfAVerifiedEvent() {
        ProjectId p = projects.create(new ProjectData("History status " + UUID.randomUUID(), "")).id();
        EventSummary created = events.create(p, new EventData("Xi arives", null, "Moscow", null));
        // Verified meanwhile (by a reviewer); the edit below sends it back for re-verification.
        jdbc.sql("update event set status = 'verified', verified_by = (select id from app_user where username = 'carol'), verified_at = now(), version = version + 1 where id = ?").param(created.id().value()).update();
        events.update(p, created.id(), new EventUpdate("Xi arrives in Moscow", null, null, null, null), created.version() + 1);
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.select(events.get(p, created.id()));
        HistoryPanel history = view.editor.history;
        test(history).openDetails();
        assertThat(history.entries().get(0).changes()).extracting(c -> c.field()).as("the edit changed the status too").contains("status");

        test($(Button.class, history).withText("Revert").first()).click();
        String said = $(ConfirmDialog.class).single().getElement().getProperty("message", "")
                + $(ConfirmDialog.class).single().getElement().getText();
        assertThat(said).contains("Sets title back").doesNotContain("Sets title, status").contains("status stays as it is now");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(events.get(p, created.id()).title()).isEqualTo("Xi arives");
    }
}
