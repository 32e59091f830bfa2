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
}
