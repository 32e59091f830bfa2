package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignInFlowTest extends BrowserTest {

    @Test
    void aliceSignsInAndSeesTheSampleProject() {
        signIn("alice");

        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/(projects)?$"));
        page.locator("input[placeholder='Filter projects']").fill("Moscow summit");
        page.waitForTimeout(600);
        waitForVaadin();
        assertThat(page.locator("vaadin-grid")).containsText("Xi\u2013Putin Moscow summit, March 2023");
        // Roles are per project now: the header names the user, and "admin" only for an administrator.
        assertThat(page.locator("vaadin-menu-bar")).containsText("Alice Editor");
        assertThat(page.locator("vaadin-menu-bar")).not().containsText("admin");
    }

    @Test
    void wrongPasswordShowsTheErrorAndStaysOnTheLoginPage() {
        submitLogin("alice", "not-the-password");
        page.waitForURL(url -> url.contains("error"));
        waitForVaadin();

        assertThat(page).hasURL(Pattern.compile("/login\\?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
        assertThat(page.locator("input[name=username]")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }
}
