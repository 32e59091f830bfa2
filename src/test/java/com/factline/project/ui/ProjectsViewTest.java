package com.factline.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.base.ui.EmptyState;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ProjectsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("alice")
    void aFilterMatchingNoProjectSaysSoInsteadOfThatThereAreNoProjects() {
        ProjectsView view = navigate(ProjectsView.class);
        assertThat(test(view.grid).size()).as("the sample project").isPositive();
        assertThat(((EmptyState) view.grid.getEmptyStateComponent()).text()).contains("No projects yet", "New project");

        view.filter.setValue("no such story 4711");
        assertThat(test(view.grid).size()).isZero();
        assertThat(((EmptyState) view.grid.getEmptyStateComponent()).text())
                .isEqualTo("No project's name contains \u201cno such story 4711\u201d. Clear the filter to see them all.");
    }

    @Test
    @WithUserDetails("alice")
    void aNameOrDescriptionCutShortInTheListIsWholeOnHover() {
        ProjectsView view = navigate(ProjectsView.class);
        var row = test(view.grid).getRow(0);
        assertThat(view.grid.getColumns().get(0).getTooltipGenerator().apply(row)).isEqualTo(row.name());
        assertThat(view.grid.getColumns().get(3).getTooltipGenerator().apply(row)).isEqualTo(row.description());
    }

    @Test
    @WithUserDetails("alice")
    void theFilterHasANameForScreenReadersNotJustAPlaceholder() {
        ProjectsView view = navigate(ProjectsView.class);
        assertThat(view.filter.getAriaLabel()).contains("Filter projects by name");
    }

    @Test
    @WithUserDetails("alice")
    void enterCreatesTheProjectFromItsNameButMakesANewLineInTheDescription() {
        ProjectsView view = navigate(ProjectsView.class);
        var dialog = view.openCreateDialog();
        var name = $(com.vaadin.flow.component.textfield.TextField.class, dialog).single();
        assertThat(view.createOnEnter.getOwners()).containsExactly(name);
        dialog.close();
    }
}
