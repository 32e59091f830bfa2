package com.factline.project.ui;

import com.factline.base.FactlineException;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectMember;
import com.factline.project.ProjectPermission;
import com.factline.project.ProjectRole;
import com.factline.project.ProjectService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A project's settings: its members and their roles. Every member sees the list; owners (and
 * admins) add people, change roles and take people out, with the same service calls as the API.
 */
@Route("projects/:projectId/settings")
@PageTitle("Project settings · Factline")
@PermitAll
public class ProjectSettingsView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final ProjectAccess access;
    private ProjectId projectId = new ProjectId(0);
    private boolean mayManage;

    final H2 title = new H2("Project settings");
    final Grid<ProjectMember> members = new Grid<>(ProjectMember.class, false);
    final TextField username = new TextField("User name");
    final Select<ProjectRole> role = new Select<>();
    final Button add = new Button("Add or change");
    final Span error = new Span();
    final HorizontalLayout addRow;

    public ProjectSettingsView(ProjectService projects, ProjectAccess access) {
        this.projects = projects;
        this.access = access;
        setSizeFull();
        members.addColumn(ProjectMember::displayName).setHeader("Name").setFlexGrow(2);
        members.addColumn(ProjectMember::username).setHeader("User name").setFlexGrow(1);
        members.addComponentColumn(this::roleCell).setHeader("Role").setFlexGrow(1);
        members.addComponentColumn(this::removeCell).setHeader("").setFlexGrow(0).setAutoWidth(true);
        members.setAllRowsVisible(true);
        role.setLabel("Role");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(ProjectRole::dbName);
        role.setValue(ProjectRole.EDITOR);
        username.setMaxLength(40);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addOrChange());
        error.addClassName("fl-error");
        addRow = new HorizontalLayout(username, role, add);
        addRow.setAlignItems(Alignment.BASELINE);
        title.addClassName("fl-wrap"); // a long project name wraps, even one long word
        add(title, new H3("Members"), new Paragraph("Viewers read, export and comment; editors also change the work; reviewers also"
                + " verify events and resolve discrepancies; owners also manage the members. Admins may do everything."),
                addRow, error, members);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        title.setText("Settings of \u201c" + projects.get(projectId).name() + "\u201d");
        mayManage = access.allows(projectId, ProjectPermission.MANAGE);
        addRow.setVisible(mayManage);
        refresh();
    }

    private com.vaadin.flow.component.Component roleCell(ProjectMember m) {
        if (!mayManage) {
            return new Span(m.role().dbName());
        }
        ComboBox<ProjectRole> box = new ComboBox<>();
        box.setItems(ProjectRole.values());
        box.setItemLabelGenerator(ProjectRole::dbName);
        box.setValue(m.role());
        box.setAllowCustomValue(false);
        box.setAriaLabel("Role of " + m.username());
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != m.role()) {
                act(() -> projects.setMember(projectId, m.username(), e.getValue()), false);
            }
        });
        return box;
    }

    private com.vaadin.flow.component.Component removeCell(ProjectMember m) {
        if (!mayManage) {
            return new Span();
        }
        Button remove = new Button("Remove", e -> {
            ConfirmDialog dialog = new ConfirmDialog("Remove \u201c" + m.displayName() + "\u201d?",
                    "They lose access to this project at once.", "Remove", c -> act(() -> projects.removeMember(projectId, m.username()), false));
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove " + m.displayName() + " from this project");
        return remove;
    }

    /** Adds the typed user with the chosen role; an empty box is said to be empty, not "No user “”". */
    void addOrChange() {
        if (username.getValue().isBlank()) {
            username.setInvalid(true);
            username.setErrorMessage("Type the user name of the person to add.");
            error.setText("Nobody was added: type a user name first (as in People, e.g. “alice”).");
            return;
        }
        username.setInvalid(false);
        act(() -> projects.setMember(projectId, username.getValue(), role.getValue()), true);
    }

    private void act(Runnable action, boolean clearInput) {
        try {
            action.run();
            error.setText("");
            if (clearInput) {
                username.clear();
            }
        } catch (FactlineException | org.springframework.security.access.AccessDeniedException ex) {
            error.setText(ex.getMessage());
        }
        refresh();
    }

    void refresh() {
        List<ProjectMember> list = projects.members(projectId);
        members.setItems(list);
    }
}
