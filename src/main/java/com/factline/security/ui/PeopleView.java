package com.factline.security.ui;

import com.factline.base.FactlineException;
import com.factline.base.Role;
import com.factline.security.AppUser;
import com.factline.security.NewUser;
import com.factline.security.PasswordPolicy;
import com.factline.security.SetPasswordLink;
import com.factline.security.UserChange;
import com.factline.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * People (admins): create accounts, disable and re-enable them, reset passwords, see the last
 * sign-in. What someone may do in a project is set in that project's settings.
 */
@Route("admin/users")
@PageTitle("People · Factline")
@RolesAllowed("ADMIN")
public class PeopleView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
            .withZone(ZoneId.systemDefault()); // as comments and histories write it, whatever the server's language

    private final UserService users;
    final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    final Button newUser = new Button("New person");
    final Span error = new Span();

    public PeopleView(UserService users) {
        this.users = users;
        setSizeFull();
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> openCreateDialog());
        error.addClassName("fl-error");
        HorizontalLayout top = new HorizontalLayout(new H2("People"), newUser);
        top.setAlignItems(Alignment.BASELINE);
        grid.addColumn(AppUser::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(AppUser::username).setHeader("User name").setFlexGrow(1);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(u -> u.role() == Role.ADMIN ? "admin" : "").setHeader("Admin").setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? "enabled" : "disabled").setHeader("Account").setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(u -> u.lastSignInAt() == null ? "never" : WHEN.format(u.lastSignInAt())).setHeader("Last sign-in").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(top, new Paragraph("Everyone signs in with their own account. An account's rights in a project come from its role"
                + " there (project settings); an admin may do everything everywhere."), error, grid);
        refresh();
    }

    private HorizontalLayout actions(AppUser u) {
        Button toggle = new Button(u.enabled() ? "Disable" : "Enable", e -> {
            if (u.enabled()) {
                ConfirmDialog dialog = new ConfirmDialog("Disable \u201c" + u.displayName() + "\u201d?",
                        "Their browser sessions and API tokens stop working at once.", "Disable",
                        c -> act(() -> users.update(u.username(), new UserChange(null, null, false))));
                dialog.setCancelable(true);
                dialog.setConfirmButtonTheme("error primary");
                dialog.open();
            } else {
                act(() -> users.update(u.username(), new UserChange(null, null, true)));
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // Every row has the same two buttons: their names say whose account they act on.
        toggle.setAriaLabel((u.enabled() ? "Disable " : "Enable ") + u.displayName());
        Button reset = new Button("Reset password", e -> openResetDialog(u));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel("Reset the password of " + u.displayName());
        return new HorizontalLayout(toggle, reset);
    }

    void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New person");
        TextField username = new TextField("User name");
        username.setMaxLength(40);
        TextField displayName = new TextField("Display name");
        displayName.setMaxLength(100);
        EmailField email = new EmailField("E-mail");
        PasswordField password = new PasswordField("Temporary password");
        password.setHelperText("Leave empty to get a one-time set-password link instead. " + PasswordPolicy.STATED);
        Select<Role> role = new Select<>();
        role.setLabel("Instance role");
        role.setItems(Role.EDITOR, Role.ADMIN);
        role.setItemLabelGenerator(r -> r == Role.ADMIN ? "admin (everything, everywhere)" : "member (rights per project)");
        role.setValue(Role.EDITOR);
        Span problem = new Span();
        problem.addClassName("fl-error");
        dialog.add(new VerticalLayout(username, displayName, email, password, role, problem));
        Button save = new Button("Create", e -> {
            try {
                var created = users.create(new NewUser(username.getValue(), displayName.getValue(), email.getValue(),
                        password.getValue(), role.getValue()));
                dialog.close();
                refresh();
                if (created.link() != null) {
                    showLink(created.link());
                }
            } catch (FactlineException ex) {
                problem.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        username.focus();
    }

    void openResetDialog(AppUser u) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset the password of \u201c" + u.displayName() + "\u201d");
        PasswordField password = new PasswordField("New temporary password");
        password.setHelperText("Leave empty to get a one-time set-password link instead. Their sessions end either way.");
        Span problem = new Span();
        problem.addClassName("fl-error");
        dialog.add(new VerticalLayout(password, problem));
        Button save = new Button("Reset", e -> {
            try {
                SetPasswordLink link = users.resetPassword(u.username(), password.getValue());
                dialog.close();
                refresh();
                if (link != null) {
                    showLink(link);
                }
            } catch (FactlineException ex) {
                problem.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void showLink(SetPasswordLink link) {
        ConfirmDialog shown = new ConfirmDialog();
        shown.setHeader("Set-password link for \u201c" + link.username() + "\u201d");
        TextField path = new TextField();
        path.setValue(link.path());
        path.setReadOnly(true);
        path.setWidthFull();
        path.setId("set-password-link");
        VerticalLayout text = new VerticalLayout(new Paragraph("Send this link (after this server's address) to them. It works once,"
                + " until " + WHEN.format(link.expiresAt()) + ", and is not shown again."), path);
        text.setPadding(false);
        shown.setText(text);
        shown.setConfirmText("Done");
        shown.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            error.setText("");
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
        refresh();
    }

    void refresh() {
        grid.setItems(users.list());
    }
}
