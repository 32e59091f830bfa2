package com.factline.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.backup.BackupService;
import com.factline.project.ProjectService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class BackupsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    BackupService backups;
    @Autowired
    JdbcClient jdbc;

    long projectCount() {
        return jdbc.sql("select count(*) from project").query(Long.class).single();
    }

    @Test
    @WithUserDetails("alice")
    void shouldOfferBackupsButHideRestoreFromEditors() {
        BackupsView view = navigate(BackupsView.class);
        assertThat(test(view.grid).size()).isEqualTo(projects.listVisible().size()).isPositive();
        assertThat(view.restoreSection.isVisible()).isFalse();
        // Even when reached, the service refuses an editor.
        long before = projectCount();
        view.restoreFile("x.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(view.error.getText()).contains("Only an admin");
        assertThat(projectCount()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("dave")
    void shouldShowWhyABadFileWasNotRestoredAndWhatAGoodOneBecame() {
        BackupsView view = navigate(BackupsView.class);
        assertThat(view.restoreSection.isVisible()).isTrue();
        long before = projectCount();
        view.restoreFile("broken.json", "{\"format\":\"factline-backup\",\"version\":1,\"project\":".getBytes(StandardCharsets.UTF_8));
        assertThat(view.error.getText()).startsWith("Nothing was restored from broken.json: The backup file is not valid JSON");
        assertThat(projectCount()).isEqualTo(before);

        long demo = projects.listVisible().stream().filter(p -> p.name().startsWith("Xi")).findFirst().orElseThrow().id().value();
        byte[] file = backups.backup(new com.factline.project.ProjectId(demo)).bytes();
        view.restoreFile("sample-" + UUID.randomUUID() + ".json", file);
        assertThat(view.error.getText()).isEmpty();
        assertThat(view.result.getChildren().filter(c -> c instanceof Paragraph).map(c -> ((Paragraph) c).getText()).findFirst().orElse(""))
                .startsWith("Restored \u201cXi").contains("(restored ").contains("5 sources");
        assertThat(projectCount()).isEqualTo(before + 1);
        assertThat(test(view.grid).size()).as("the restored project is listed at once, without a reload")
                .isEqualTo(projects.listVisible().size());
    }

    @Test
    @WithUserDetails("alice")
    void shouldSayBackupsAreMadePerProjectWhenThereIsNoneAndLinkToTheProjects() {
        BackupsView view = navigate(BackupsView.class);
        var empty = (com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent();
        assertThat(empty.text()).contains("No projects to back up yet");
        assertThat(empty.href()).isEqualTo("projects");
    }
}
