package com.factline.security.ui;

import com.factline.base.FactlineMode;
import com.factline.security.SignInOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Factline")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    /** Why the last sign-in through the identity provider or with a password was refused; hidden when there is nothing to say. */
    final Paragraph refusal = new Paragraph();
    private final SignInOptions options;

    public LoginView(FactlineMode mode, SignInOptions options) {
        this.options = options;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        Paragraph about = new Paragraph("Event timelines and fact-checking for news desks.");
        about.addClassName("fl-login-hint");
        refusal.setId("sign-in-refused");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "28rem");
        refusal.setVisible(false);
        add(new H1("Factline"), about, refusal);
        if (options.providerSignIn()) {
            Button button = new Button("Sign in with " + options.providerName());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // A plain link (outside Vaadin's router): Spring Security starts the authorization code flow there.
            Anchor provider = new Anchor(SignInOptions.PROVIDER_SIGN_IN_PATH, button);
            provider.setRouterIgnore(true);
            provider.setId("provider-sign-in");
            add(provider);
        }
        if (options.passwordSignIn()) {
            add(login);
        }
        if (mode.demo() && options.passwordSignIn()) {
            Paragraph hint = new Paragraph("Demo accounts, password \u201cdemo\u201d: alice and bob (editors), "
                    + "carol (reviewer), dave (admin).");
            hint.addClassName("fl-login-hint");
            hint.setId("demo-accounts");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            login.setError(true);
        }
        if (params.containsKey("password-off")) {
            show("Password sign-in is switched off on this instance: use \u201cSign in with " + options.providerName() + "\u201d.");
        }
        if (params.containsKey("oidc-refused")) {
            show(providerRefusal());
        }
    }

    /** The reason Spring Security kept in the session when the provider's sign-in failed (shown as text, never HTML). */
    private String providerRefusal() {
        String generic = "Sign-in with " + options.providerName() + " did not work: the provider could not be reached or"
                + " refused it. Try again, or ask an administrator.";
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return generic;
        }
        Object e = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            String why = oauth.getError().getDescription();
            return why.length() > 500 ? why.substring(0, 500) + "\u2026" : why;
        }
        return generic;
    }

    private void show(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }
}
