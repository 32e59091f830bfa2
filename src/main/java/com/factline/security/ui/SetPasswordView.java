package com.factline.security.ui;

import com.factline.base.FactlineException;
import com.factline.security.PasswordPolicy;
import com.factline.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a one-time set-password link leads: choose a password, then sign in with it. */
@Route(value = "set-password", autoLayout = false)
@PageTitle("Choose a password · Factline")
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final UserService users;
    private String token = "";
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat it");
    final Button save = new Button("Set password");
    final Span message = new Span();

    public SetPasswordView(UserService users) {
        this.users = users;
        setAlignItems(Alignment.CENTER);
        password.setHelperText(PasswordPolicy.STATED);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        message.addClassName("fl-error");
        add(new H1("Factline"), new Paragraph("Choose your password. The link works once."), password, repeat, save, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    void submit() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.setText("The two passwords differ.");
            return;
        }
        try {
            String username = users.setPasswordWithLink(token, password.getValue());
            removeAll();
            add(new H1("Factline"), new Paragraph("The password of \u201c" + username + "\u201d is set."),
                    new com.vaadin.flow.component.html.Anchor("login", "Sign in"));
        } catch (FactlineException ex) {
            message.setText(ex.getMessage());
        }
    }
}
