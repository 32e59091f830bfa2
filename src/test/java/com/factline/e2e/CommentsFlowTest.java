package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Two people on one claim: each sees the other is there, and a comment reaches the other at once. */
class CommentsFlowTest extends BrowserTest {

    @Test
    void bobsCommentOnAClaimAppearsInAlicesOpenPanelAndEnterInTheBoxDoesNotSaveTheClaim() {
        long project = createProject("alice", "Comments " + System.nanoTime());
        jdbcAddMember(project, "bob");
        String text = "Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin.";
        long source = idOf(postJson("/api/v1/projects/" + project + "/sources", "alice",
                "{\"title\":\"AP\",\"outlet\":\"Associated Press\",\"publishedOn\":\"2023-03-20\",\"text\":" + json(text) + "}").body());
        long claim = idOf(postJson("/api/v1/projects/" + project + "/claims", "alice", "{\"sourceId\":" + source
                + ",\"start\":0,\"end\":30,\"quote\":" + json(text.substring(0, 30)) + "}").body());
        String reader = "/projects/" + project + "/sources/" + source + "?claim=" + claim;

        signIn("alice");
        open(reader);
        assertThat(page.getByText("Comments (0)")).isVisible();

        Page bob = secondEditor("bob", baseUrl());
        bob.navigate(baseUrl() + reader);
        assertThat(page.getByText("Bob Editor is also editing this claim")).isVisible();

        bob.getByText("Comments (0)").click();
        var box = bob.locator("textarea[placeholder='Add a comment']");
        box.click();
        box.pressSequentially("AP says Monday.");
        box.press("Enter");
        box.pressSequentially("TASS says Tuesday.");
        bob.locator("vaadin-button:text-is('Comment')").click();
        assertThat(bob.getByText("Comments (1)")).isVisible();

        assertThat(page.getByText("Comments (1)")).isVisible();
        page.getByText("Comments (1)").click();
        assertThat(page.locator(".fl-comment-body")).hasText("AP says Monday.\nTASS says Tuesday.");
        assertThat(jdbc.sql("select version from claim where id = ?").param(claim).query(Integer.class).single())
                .as("Enter in the comment box did not press the claim panel's Save").isZero();

        bob.close();
        assertThat(page.getByText("Bob Editor is also editing this claim")).isHidden();
    }
}
