package com.factline.project.ui;

import com.factline.base.FactlineException;
import com.factline.base.ui.EmptyState;
import com.factline.project.ProjectData;
import com.factline.project.ProjectService;
import com.factline.project.ProjectSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

@Route("projects")
@RouteAlias("")
@PageTitle("Projects · Factline")
@PermitAll
public class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    final Grid<ProjectSummary> grid = new Grid<>(ProjectSummary.class, false);
    final Button newProject = new Button("New project");
    final TextField filter = new TextField();

    public ProjectsView(ProjectService projects) {
        this.projects = projects;
        setSizeFull();
        newProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newProject.addClickListener(e -> openCreateDialog());
        filter.setPlaceholder("Filter projects");
        filter.setAriaLabel("Filter projects by name"); // a placeholder is no name for a screen reader
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        HorizontalLayout top = new HorizontalLayout(new H2("Projects"), newProject, filter);
        top.setAlignItems(Alignment.BASELINE);
        add(top);

        // Names and descriptions are cut short to one line; the whole text is on hover.
        grid.addColumn(ProjectSummary::name).setHeader("Project").setFlexGrow(3).setSortable(true).setTooltipGenerator(ProjectSummary::name);
        grid.addColumn(ProjectSummary::sourceCount).setHeader("Sources").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(ProjectSummary::eventCount).setHeader("Events").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(ProjectSummary::description).setHeader("About").setFlexGrow(4).setTooltipGenerator(ProjectSummary::description);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
        refresh();
    }

    private void open(ProjectSummary p) {
        getUI().ifPresent(ui -> ui.navigate("projects/" + p.id().value() + "/sources"));
    }

    void refresh() {
        String f = filter.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        grid.setEmptyStateComponent(new EmptyState(f.isEmpty()
                ? "No projects yet. Create one for the story you are checking with \u201cNew project\u201d above, or ask a project's"
                        + " owner to add you to theirs."
                : "No project's name contains \u201c" + filter.getValue().strip() + "\u201d. Clear the filter to see them all."));
        grid.setItems(projects.listVisible().stream()
                .filter(p -> f.isEmpty() || p.name().toLowerCase(java.util.Locale.ROOT).contains(f)).toList());
    }

    /** Enter in the name creates the project; set when the dialog opens (for tests). */
    com.vaadin.flow.component.ShortcutRegistration createOnEnter;

    Dialog openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New project");
        TextField name = new TextField("Name");
        name.setMaxLength(200);
        name.setRequired(true);
        name.setWidthFull();
        TextArea description = new TextArea("What the story is about");
        description.setMaxLength(5000);
        description.setWidthFull();
        Span error = new Span();
        error.addClassName("fl-error");
        dialog.add(new VerticalLayout(name, description, error));
        Button save = new Button("Create", e -> {
            try {
                ProjectSummary created = projects.create(new ProjectData(name.getValue(), description.getValue()));
                dialog.close();
                open(created);
            } catch (FactlineException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Only from the name: Enter in the description makes a new line there, as in every text area, not a project.
        createOnEnter = save.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
        return dialog;
    }
}
