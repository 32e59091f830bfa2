package com.factline.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectMember;
import com.factline.project.ProjectRole;
import com.factline.project.ProjectService;
import com.factline.security.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ProjectSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    UserService users;

    /** A project opened by {@code owner}, with carol as a viewer. */
    private ProjectId projectOf(String owner) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var details = users.loadUserByUsername(owner);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            ProjectId p = projects.create(new ProjectData("Settings " + UUID.randomUUID(), "")).id();
            projects.setMember(p, "carol", ProjectRole.VIEWER);
            return p;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static ProjectRole roleOf(List<ProjectMember> members, String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow().role();
    }

    @Test
    @WithUserDetails("bob")
    void shouldLetTheOwnerAddAMemberAndChangeARole() {
        ProjectId p = projectOf("bob");
        ProjectSettingsView view = navigate(ProjectSettingsView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.addRow.isVisible()).isTrue();
        test(view.username).setValue("alice");
        test(view.role).selectItem("reviewer");
        test(view.add).click();
        assertThat(view.error.getText()).isEmpty();
        assertThat(roleOf(projects.members(p), "alice")).isEqualTo(ProjectRole.REVIEWER);
        assertThat(test(view.members).size()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("bob")
    void shouldSayWhyTheLastOwnerCannotStepDown() {
        ProjectId p = projectOf("bob");
        ProjectSettingsView view = navigate(ProjectSettingsView.class, Map.of("projectId", String.valueOf(p.value())));
        test(view.username).setValue("bob");
        test(view.role).selectItem("editor");
        test(view.add).click();
        assertThat(view.error.getText()).contains("last owner");
        assertThat(roleOf(projects.members(p), "bob")).isEqualTo(ProjectRole.OWNER);
    }

    @Test
    @WithUserDetails("carol")
    void shouldShowAViewerTheMembersButNoWayToChangeThem() {
        ProjectId p = projectOf("bob");
        ProjectSettingsView view = navigate(ProjectSettingsView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.addRow.isVisible()).isFalse();
        assertThat(test(view.members).size()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("bob")
    void shouldSayAnEmptyUserNameIsEmptyAndAddNobody() {
        ProjectId p = projectOf("bob");
        ProjectSettingsView view = navigate(ProjectSettingsView.class, Map.of("projectId", String.valueOf(p.value())));
        test(view.username).setValue("   ");
        test(view.add).click();
        assertThat(view.error.getText()).startsWith("Nobody was added: type a user name first");
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(projects.members(p)).hasSize(2);

        test(view.username).setValue(" alice ");
        test(view.add).click();
        assertThat(view.error.getText()).as("the spaces around a typed name do not matter").isEmpty();
        assertThat(roleOf(projects.members(p), "alice")).isEqualTo(ProjectRole.EDITOR);
    }
}
