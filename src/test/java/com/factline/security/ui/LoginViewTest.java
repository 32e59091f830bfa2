package com.factline.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void shouldShowTheLoginFormAndTheDemoAccountsInDemoMode() {
        LoginView view = navigate(LoginView.class);
        assertThat(view.login.getAction()).isEqualTo("login");
        assertThat($(LoginForm.class).all()).hasSize(1);
        assertThat($(Paragraph.class).withId("demo-accounts").single().getText()).contains("alice", "carol", "dave", "demo");
    }

    @Test
    @WithAnonymousUser
    void shouldSendAnonymousVisitorsOfAProtectedViewToTheLogin() {
        navigate("projects", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
