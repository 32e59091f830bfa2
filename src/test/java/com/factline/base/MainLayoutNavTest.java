package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectService;
import com.factline.source.ui.SourcesView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class MainLayoutNavTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Test
    @WithUserDetails("alice")
    void theOpenProjectsMenuEntryCarriesItsWholeNameAsATooltip() {
        String name = "A very long story name that the side menu cuts short " + UUID.randomUUID();
        var p = projects.create(new ProjectData(name, "")).id();
        navigate(SourcesView.class, Map.of("projectId", String.valueOf(p.value())));
        SideNavItem project = $(SideNavItem.class).all().stream().filter(i -> "nav-project".equals(i.getId().orElse(null)))
                .findFirst().orElseThrow();
        assertThat(project.getLabel()).isEqualTo(name);
        assertThat(project.getTooltip().getText()).isEqualTo(name);
    }

    @Test
    @WithUserDetails("alice")
    void theMenuIsUpdatedInPlaceNotRebuiltOnEveryNavigation() {
        String nameA = "Story A " + UUID.randomUUID();
        String nameB = "Story B " + UUID.randomUUID();
        long a = projects.create(new ProjectData(nameA, "")).id().value();
        long b = projects.create(new ProjectData(nameB, "")).id().value();
        navigate(SourcesView.class, Map.of("projectId", String.valueOf(a)));
        SideNavItem project = projectEntry();
        SideNavItem timeline = link("Timeline");
        assertThat(timeline.getPath()).isEqualTo("projects/" + a + "/timeline");

        navigate("projects/" + a + "/claims", com.factline.claim.ui.ClaimsView.class);
        assertThat(projectEntry()).isSameAs(project);
        assertThat(link("Timeline")).isSameAs(timeline);

        navigate(SourcesView.class, Map.of("projectId", String.valueOf(b)));
        assertThat(projectEntry()).isSameAs(project);
        assertThat(project.getLabel()).isEqualTo(nameB);
        assertThat(project.getTooltip().getText()).isEqualTo(nameB);
        assertThat(link("Timeline")).isSameAs(timeline);
        assertThat(timeline.getPath()).isEqualTo("projects/" + b + "/timeline");
        assertThat(link("Sources").getPath()).isEqualTo("projects/" + b + "/sources");

        navigate(com.factline.project.ui.ProjectsView.class);
        assertThat(project.isVisible()).isFalse();
        navigate(SourcesView.class, Map.of("projectId", String.valueOf(a)));
        assertThat(project.isVisible()).isTrue();
        assertThat(project.getLabel()).isEqualTo(nameA);
        assertThat(timeline.getPath()).isEqualTo("projects/" + a + "/timeline");
    }

    private SideNavItem projectEntry() {
        return $(SideNavItem.class).all().stream().filter(i -> "nav-project".equals(i.getId().orElse(null))).findFirst().orElseThrow();
    }

    private SideNavItem link(String label) {
        return projectEntry().getItems().stream().filter(i -> label.equals(i.getLabel())).findFirst().orElseThrow();
    }
}
