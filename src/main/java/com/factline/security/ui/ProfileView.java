package com.factline.security.ui;

import com.factline.base.CurrentUser;
import com.factline.base.FactlineException;
import com.factline.base.ui.EmptyState;
import com.factline.security.ApiToken;
import com.factline.security.ApiTokenService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The signed-in user's profile: personal API tokens, created and revoked here. */
@Route("profile")
@PageTitle("Profile · Factline")
@PermitAll
public class ProfileView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
            .withZone(ZoneId.systemDefault()); // as comments and histories write it, whatever the server's language

    private final ApiTokenService tokens;
    final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);
    final TextField name = new TextField("New token name");
    final com.vaadin.flow.component.textfield.IntegerField expiresInDays = new com.vaadin.flow.component.textfield.IntegerField("Expires after (days)");
    final Button create = new Button("Create token");

    private final com.factline.security.UserService users;
    private final com.factline.security.SessionService sessions;
    final com.vaadin.flow.component.textfield.PasswordField currentPassword = new com.vaadin.flow.component.textfield.PasswordField("Current password");
    final com.vaadin.flow.component.textfield.PasswordField newPassword = new com.vaadin.flow.component.textfield.PasswordField("New password");
    final Button changePassword = new Button("Change password");
    final Grid<com.factline.security.UserSession> sessionGrid = new Grid<>(com.factline.security.UserSession.class, false);

    public ProfileView(ApiTokenService tokens, com.factline.security.UserService users, com.factline.security.SessionService sessions) {
        this.tokens = tokens;
        this.users = users;
        this.sessions = sessions;
        var user = CurrentUser.require();
        add(new H2(user.displayName()), new Paragraph("Signed in as " + user.username()
                + (user.role() == com.factline.base.Role.ADMIN ? ", an admin." : ". Your role in each project is in its settings.")));
        add(new H3("Password")); // sections under the page's one heading, as screen readers list them
        newPassword.setHelperText(com.factline.security.PasswordPolicy.STATED);
        newPassword.setMaxLength(com.factline.security.PasswordPolicy.MAX_LENGTH);
        changePassword.addClickListener(e -> changePassword());
        add(new HorizontalLayout(currentPassword, newPassword, changePassword) {{ setAlignItems(Alignment.BASELINE); }});
        add(new H3("Signed-in browsers"), new Paragraph("End a session you do not recognise, or one on a shared computer."));
        sessionGrid.addColumn(s -> WHEN.format(s.lastRequest())).setHeader("Last active");
        sessionGrid.addColumn(s -> s.current() ? "this browser" : "").setHeader("");
        sessionGrid.addComponentColumn(s -> {
            Button end = new Button(s.current() ? "Sign out here" : "End", e -> {
                sessions.endMine(s.id());
                refreshSessions();
            });
            end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            end.setAriaLabel(s.current() ? "Sign out in this browser" : "End the session last active " + WHEN.format(s.lastRequest()));
            return end;
        }).setHeader("");
        sessionGrid.setAllRowsVisible(true);
        add(sessionGrid);
        refreshSessions();
        add(new H3("API tokens"), new Paragraph("Use a token with the API as 'Authorization: Bearer <token>'. "
                + "The token is shown once, when it is created; only a hash is kept."));
        name.setPlaceholder("e.g. newsroom script");
        name.setMaxLength(100);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createToken());
        expiresInDays.setPlaceholder("never");
        expiresInDays.setMin(1);
        expiresInDays.setMax(3650);
        expiresInDays.setHelperText("Leave empty for a token that lasts until revoked.");
        add(new HorizontalLayout(name, expiresInDays, create) {{ setAlignItems(Alignment.BASELINE); }});
        grid.addColumn(ApiToken::name).setHeader("Name");
        grid.addColumn(t -> t.prefix() + "…").setHeader("Starts with");
        grid.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt())).setHeader("Last used");
        grid.addColumn(t -> t.expiresAt() == null ? "never" : WHEN.format(t.expiresAt())).setHeader("Expires");
        grid.addComponentColumn(t -> {
            if (t.revokedAt() != null) {
                return new com.vaadin.flow.component.html.Span("revoked");
            }
            if (t.expired()) {
                return new com.vaadin.flow.component.html.Span("expired");
            }
            Button revoke = new Button("Revoke", e -> confirmRevoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setAriaLabel("Revoke token \u201c" + t.name() + "\u201d");
            return revoke;
        }).setHeader("");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState("No API tokens yet. Create one above for each script or tool that uses the API,"
                + " so each can be revoked on its own."));
        add(grid);
        refresh();
    }

    private void createToken() {
        try {
            if (expiresInDays.isInvalid()) {
                Notification.show("A token expires after 1–3650 days, or leave the field empty.", 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            ApiToken.Created created = tokens.create(name.getValue(), expiresInDays.getValue());
            name.clear();
            expiresInDays.clear();
            refresh();
            ConfirmDialog shown = new ConfirmDialog();
            shown.setHeader("Your new API token");
            TextField secret = new TextField();
            secret.setValue(created.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            secret.setId("new-token-secret");
            VerticalLayout text = new VerticalLayout(new Paragraph("Copy it now: it will not be shown again."), secret);
            text.setPadding(false);
            shown.setText(text);
            shown.setConfirmText("I have copied it");
            shown.open();
        } catch (FactlineException ex) {
            Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog dialog = new ConfirmDialog("Revoke token \u201c" + token.name() + "\u201d?",
                "Scripts using it stop working at once.", "Revoke", e -> {
            tokens.revoke(token.id());
            refresh();
        });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.listMine());
    }

    private void refreshSessions() {
        sessionGrid.setItems(sessions.listMine());
    }

    void changePassword() {
        try {
            users.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            Notification.show("Password changed.", 3000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FactlineException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
