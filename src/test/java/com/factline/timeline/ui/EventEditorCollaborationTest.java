package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.collab.PresenceService;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.timeline.EventData;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class EventEditorCollaborationTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    EventService events;
    @Autowired
    PresenceService presence;
    @Autowired
    CommentService comments;

    @Test
    @WithUserDetails("alice")
    void shouldShowLiveWhoElseIsEditingTheSameEvent() {
        ProjectId p = projects.create(new ProjectData("Also editing " + UUID.randomUUID(), "")).id();
        long xi = events.create(p, new EventData("Xi arrives in Moscow", null, null, null)).id().value();
        long icc = events.create(p, new EventData("ICC warrant", null, null, null)).id().value();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.select(events.get(p, new EventId(xi)));
        assertThat(view.editor.alsoEditing.isVisible()).isFalse();
        assertThat(presence.editing(p.value(), "event", xi)).extracting(PresenceService.Focus::username).containsExactly("alice");

        // Bob opens the same event in his browser, then another one, then leaves.
        presence.focus("bobs-window", p.value(), "bob", "Bob Baker", "event", xi);
        runPushedChanges();
        assertThat(view.editor.alsoEditing.isVisible()).isTrue();
        assertThat(view.editor.alsoEditing.getText()).isEqualTo("Bob Baker is also editing this event");

        presence.focus("bobs-window", p.value(), "bob", "Bob Baker", "event", icc);
        runPushedChanges();
        assertThat(view.editor.alsoEditing.isVisible()).isFalse();

        presence.focus("bobs-window", p.value(), "bob", "Bob Baker", "event", xi);
        runPushedChanges();
        assertThat(view.editor.alsoEditing.isVisible()).isTrue();
        presence.blur("bobs-window");
        runPushedChanges();
        assertThat(view.editor.alsoEditing.isVisible()).isFalse();

        // Alice moves to another event: she no longer counts as editing the first.
        view.select(events.get(p, new EventId(icc)));
        assertThat(presence.editing(p.value(), "event", xi)).isEmpty();
        assertThat(presence.editing(p.value(), "event", icc)).extracting(PresenceService.Focus::username).containsExactly("alice");
    }

    @Test
    @WithUserDetails("alice")
    void shouldCarryTheCommentThreadOfTheSelectedEvent() {
        ProjectId p = projects.create(new ProjectData("Event comments " + UUID.randomUUID(), "")).id();
        long xi = events.create(p, new EventData("Xi arrives in Moscow", null, null, null)).id().value();
        comments.add(p, CommentTarget.EVENT, xi, "Which day did he land?");
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.select(events.get(p, new EventId(xi)));
        assertThat(view.editor.comments.isVisible()).isTrue();
        assertThat(view.editor.comments.getSummaryText()).isEqualTo("Comments (1)");

        view.editor.comments.setOpened(true);
        test($(TextArea.class, view.editor.comments).single()).setValue("Monday afternoon, per TASS.");
        test($(Button.class, view.editor.comments).withText("Comment").single()).click();
        assertThat(view.editor.comments.getSummaryText()).isEqualTo("Comments (2)");
        assertThat(comments.list(p, CommentTarget.EVENT, xi)).extracting(c -> c.body())
                .containsExactly("Which day did he land?", "Monday afternoon, per TASS.");
    }

    /** What Vaadin does for changes pushed from another thread (ui.access) once the session is free. */
    static void runPushedChanges() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
