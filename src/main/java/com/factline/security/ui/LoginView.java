package com.factline.security.ui;

import com.factline.base.FactlineMode;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Factline")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();

    public LoginView(FactlineMode mode) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        Paragraph about = new Paragraph("Event timelines and fact-checking for news desks.");
        about.addClassName("fl-login-hint");
        add(new H1("Factline"), about, login);
        if (mode.demo()) {
            Paragraph hint = new Paragraph("Demo accounts, password \u201cdemo\u201d: alice and bob (editors), "
                    + "carol (reviewer), dave (admin).");
            hint.addClassName("fl-login-hint");
            hint.setId("demo-accounts");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
