package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class CommentThreadTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CommentService comments;
    @Autowired
    ChangeBus bus;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    ProjectId project;
    long event;

    void newProjectWithEvent() {
        project = projects.create(new ProjectData("Thread " + UUID.randomUUID(), "")).id();
        jdbc.sql("insert into project_member (project_id, user_id) select ?, id from app_user where username = 'bob'").param(project.value()).update();
        event = jdbc.sql("insert into event (project_id, title) values (?, 'Xi arrives in Moscow') returning id").param(project.value())
                .query(Long.class).single();
    }

    /** What another person does from their own browser: a call on another thread, signed in as them. */
    <T> T as(String username, Supplier<T> action) throws InterruptedException {
        var user = users.loadUserByUsername(username);
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            var ctx = SecurityContextHolder.createEmptyContext();
            ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(ctx);
            try {
                result.set(action.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    CommentThread openThread() {
        CommentThread thread = new CommentThread(comments, bus);
        UI.getCurrent().add(thread);
        thread.show(project, CommentTarget.EVENT, event);
        thread.setOpened(true);
        return thread;
    }

    static List<String> bodies(CommentThread thread) {
        List<String> out = new ArrayList<>();
        collect(thread.items, out);
        return out;
    }

    private static void collect(Component c, List<String> out) {
        if (c instanceof Div d && d.hasClassName("fl-comment-body")) {
            out.add(d.getText());
        }
        c.getChildren().forEach(child -> collect(child, out));
    }

    static List<String> buttons(Component root) {
        List<String> out = new ArrayList<>();
        root.getChildren().forEach(c -> {
            if (c instanceof Button b) {
                out.add(b.getText());
            }
            out.addAll(buttons(c));
        });
        return out;
    }

    @Test
    @WithUserDetails("alice")
    void shouldListCommentsAndAddOneWhenPosting() {
        newProjectWithEvent();
        CommentThread thread = openThread();
        assertThat(thread.getSummaryText()).isEqualTo("Comments (0)");

        test(thread.input).setValue("Reuters says Monday,\nTASS says Tuesday.");
        test(thread.post).click();

        assertThat(thread.error.getText()).isEmpty();
        assertThat(thread.getSummaryText()).isEqualTo("Comments (1)");
        assertThat(bodies(thread)).containsExactly("Reuters says Monday,\nTASS says Tuesday.");
        assertThat(thread.input.getValue()).isEmpty();
        assertThat(buttons(thread.items)).contains("Edit", "Delete");
        assertThat(comments.list(project, CommentTarget.EVENT, event)).hasSize(1);
    }

    @Test
    @WithUserDetails("alice")
    void shouldShowWhyAnEmptyCommentWasNotPosted() {
        newProjectWithEvent();
        CommentThread thread = openThread();
        test(thread.input).setValue("   ");
        test(thread.post).click();
        assertThat(thread.error.getText()).contains("needs some text");
        assertThat(thread.getSummaryText()).isEqualTo("Comments (0)");
    }

    @Test
    @WithUserDetails("alice")
    void shouldShowACommentAnotherUserAddsWhileTheThreadIsOpen() throws Exception {
        newProjectWithEvent();
        CommentThread thread = openThread();
        assertThat(bus.listenerCount(project.value())).as("the open thread listens to its project").isPositive();

        Comment bobs = as("bob", () -> comments.add(project, CommentTarget.EVENT, event, "The Kremlin readout says Monday."));
        // What the database's change notice does on commit (delivered to the bus by PgChangeListener).
        bus.publish(new ChangeNotice(project.value(), "comment", bobs.id().value(), "create", "bob"));
        runPushedChanges();

        assertThat(bodies(thread)).containsExactly("The Kremlin readout says Monday.");
        assertThat(thread.getSummaryText()).isEqualTo("Comments (1)");
        assertThat(buttons(thread.items)).as("alice may neither edit nor delete bob's comment").doesNotContain("Edit", "Delete");

        as("bob", () -> {
            comments.delete(project, bobs.id());
            return null;
        });
        bus.publish(new ChangeNotice(project.value(), "comment", bobs.id().value(), "delete", "bob"));
        runPushedChanges();
        assertThat(bodies(thread)).isEmpty();
    }

    /** What Vaadin does for changes pushed from another thread (ui.access) once the session is free. */
    static void runPushedChanges() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
