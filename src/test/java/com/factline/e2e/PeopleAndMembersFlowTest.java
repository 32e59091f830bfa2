package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.factline.TestData;
import com.factline.project.ProjectId;
import com.factline.security.UserService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue #16's "done when", in Chromium: the admin creates an editor and a reviewer in People,
 * makes the reviewer the reviewer of project A and a viewer of project B (and the editor an editor
 * of A) in the projects' Settings → Members, and each of them then sees exactly that.
 */
class PeopleAndMembersFlowTest extends BrowserTest {

    private static final String PASSWORD = "copper kettle at dawn";

    @Autowired
    TestData data;
    @Autowired
    UserService users;

    @Test
    void theAdminsPeopleAndMembersChoicesDecideWhatEachPersonMayDo() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String editor = "ed-" + suffix;
        String reviewer = "rv-" + suffix;
        // A has two events to verify: the reviewer verifies one, the editor then still sees the other.
        ProjectId a = projectWithAnEventToVerify("Desk A", 2);
        ProjectId b = projectWithAnEventToVerify("Desk B", 1);

        signIn("dave");
        createPerson(editor, "Edna Editor " + suffix);
        createPerson(reviewer, "Rita Reviewer " + suffix);
        setMember(a, reviewer, "reviewer");
        setMember(a, editor, "editor");
        setMember(b, reviewer, "viewer");
        Assertions.assertThat(jdbc.sql("select m.role from project_member m join app_user u on u.id = m.user_id where u.username = ? and m.project_id = ?")
                .params(reviewer, b.value()).query(String.class).single()).isEqualTo("viewer");

        // The reviewer verifies in A ...
        signInAs(reviewer);
        open("/projects/" + a.value() + "/review");
        Locator verifyInA = page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText("Verify"));
        assertThat(verifyInA).hasCount(2);
        assertThat(page.locator("vaadin-grid")).not().containsText("Only a reviewer can verify.");
        verifyInA.first().click();
        assertThat(page.locator("vaadin-notification-card")).containsText("is verified");
        Assertions.assertThat(jdbc.sql("select count(*) from event where project_id = ? and status = 'verified'").param(a.value())
                .query(Long.class).single()).isEqualTo(1);
        // ... and only reads in B: no Verify, no new event.
        open("/projects/" + b.value() + "/review");
        assertThat(page.locator("vaadin-grid")).containsText("Xi arrives in Moscow");
        assertThat(page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText("Verify"))).hasCount(0);
        assertThat(page.getByText("Only a reviewer can verify. You are a viewer of this project")).isVisible();
        open("/projects/" + b.value() + "/timeline");
        assertThat(page.locator("vaadin-grid")).containsText("Xi arrives in Moscow");
        assertThat(page.locator("vaadin-button:text-is('New event from claims')")).hasCount(0);
        page.locator("vaadin-grid").getByText("Xi arrives in Moscow").click();
        waitForVaadin();
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).not().isEditable();
        // Role queries skip hidden elements: no visible Save or Delete for a viewer.
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)))
                .hasCount(0);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true)))
                .hasCount(0);
        // Settings: the members are listed, but changing them is for owners.
        open("/projects/" + b.value() + "/settings");
        assertThat(page.locator("vaadin-grid")).containsText("Rita Reviewer " + suffix);
        assertThat(page.getByText("Add or change")).hasCount(0);

        // The editor edits in A but may not verify there.
        signInAs(editor);
        open("/projects/" + a.value() + "/timeline");
        assertThat(page.locator("vaadin-button:text-is('New event from claims')")).isVisible();
        open("/projects/" + a.value() + "/review");
        assertThat(page.locator("vaadin-grid")).containsText("Xi arrives in Moscow");
        assertThat(page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText("Verify"))).hasCount(0);
        assertThat(page.getByText("Only a reviewer can verify. You are an editor of this project")).isVisible();
        // B is not theirs at all.
        open("/projects");
        assertThat(page.locator("vaadin-grid")).containsText("Desk A");
        assertThat(page.locator("vaadin-grid")).not().containsText("Desk B");
    }

    /** A project of alice's with {@code events} events that each have a supporting claim, last edited by alice. */
    private ProjectId projectWithAnEventToVerify(String name, int events) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var alice = users.loadUserByUsername("alice");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(alice, null, alice.getAuthorities()));
        try {
            ProjectId p = data.project(name);
            var source = data.source(p, "AP", "Xi arrived in Moscow on Monday. Lavrov met Wang Yi on Tuesday.");
            data.claim(p, source, "Xi arrived in Moscow", data.event(p, "Xi arrives in Moscow"));
            if (events > 1) {
                data.claim(p, source, "Lavrov met Wang Yi", data.event(p, "Lavrov meets Wang Yi"));
            }
            return p;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void createPerson(String username, String displayName) {
        open("/admin/users");
        page.getByText("New person").click();
        // The dialog's fields are the only ones on the page with these labels.
        page.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Display name", new Page.GetByLabelOptions().setExact(true)).fill(displayName);
        page.getByLabel("Temporary password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create")).click();
        waitForVaadin();
        assertThat(page.locator("vaadin-grid")).containsText(displayName);
    }

    private void setMember(ProjectId project, String username, String role) {
        open("/projects/" + project.value() + "/settings");
        page.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.locator("vaadin-select").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true)).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Add or change")).click();
        waitForVaadin();
        assertThat(page.locator("vaadin-grid")).containsText(username);
    }

    /** Signs the current person out (a fresh browser state) and {@code username} in with their password. */
    private void signInAs(String username) {
        context.clearCookies();
        submitLogin(username, PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        waitForVaadin();
    }
}
