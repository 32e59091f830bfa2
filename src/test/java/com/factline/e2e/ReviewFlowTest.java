package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** Sign-off in the review view: a second pair of eyes verifies; whoever made the last edit cannot. */
class ReviewFlowTest extends BrowserTest {

    static final String TEXT = "Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin.";
    static final String EVENT = "Xi arrives in Moscow";

    @Test
    void carolVerifiesAnEventAliceBuiltAndTheTimelineShowsHerAsVerifier() {
        long project = eventBuiltByAlice();
        signIn("carol");
        open("/projects/" + project + "/review");
        assertThat(cell("ready")).isVisible();
        assertThat(cell("alice")).isVisible();

        verifyButton().click();
        waitForVaadin();
        assertThat(page.getByText("\u201c" + EVENT + "\u201d is verified.")).isVisible();
        assertThat(cell("verified by carol")).isVisible();
        assertThat(verifyButton()).isDisabled();

        open("/projects/" + project + "/timeline");
        assertThat(page.locator(".fl-status-chip").filter(new Locator.FilterOptions().setVisible(true))).hasText("verified");
        cell(EVENT).getByText(EVENT, new Locator.GetByTextOptions().setExact(true)).click();
        waitForVaadin();
        assertThat(page.getByText("Verified by carol")).isVisible();
        org.assertj.core.api.Assertions.assertThat(get("/api/v1/projects/" + project + "/events/" + eventId(project) + "/verification", "alice").body())
                .contains("\"status\":\"verified\"").contains("\"verifiedBy\":\"carol\"");
    }

    @Test
    void aliceCannotVerifyTheEventSheBuilt() {
        long project = eventBuiltByAlice();
        // She made the project, so she owns it; as an editor of it she may not verify at all.
        jdbcSetRole(project, "alice", "editor");
        signIn("alice");
        open("/projects/" + project + "/review");

        // Not offered: no Verify button at all, and the page says who verifies.
        assertThat(cell(EVENT)).isVisible();
        assertThat(verifyButton()).hasCount(0);
        assertThat(page.getByText("Only a reviewer can verify. You are an editor of this project")).isVisible();
        assertThat(cell("ready")).isVisible();
        org.assertj.core.api.Assertions.assertThat(get("/api/v1/projects/" + project + "/events/" + eventId(project) + "/verification", "alice").body())
                .doesNotContain("\"status\":\"verified\"");
    }

    @Test
    void carolCannotVerifyAnEventAfterSheEditedItHerself() {
        long project = eventBuiltByAlice();
        signIn("carol");
        open("/projects/" + project + "/timeline");
        cell(EVENT).getByText(EVENT, new Locator.GetByTextOptions().setExact(true)).click();
        waitForVaadin();
        page.getByLabel("Title").fill(EVENT + " for a state visit");
        page.locator("vaadin-button:text-is('Save')").click();
        waitForVaadin();

        open("/projects/" + project + "/review");
        assertThat(cell("carol")).isVisible();
        assertThat(verifyButton()).isDisabled();
        assertThat(page.getByText("You made the last edit: another reviewer verifies it (four eyes).")).isVisible();
        assertThat(cell("ready")).isVisible();
        assertThat(cell("verified by")).hasCount(0);
    }

    /** A project alice and carol belong to, with one event alice made from one claim (set up through the API as alice). */
    private long eventBuiltByAlice() {
        long project = createProject("alice", "Review flow " + System.nanoTime());
        jdbcAddMember(project, "carol");
        var source = postJson("/api/v1/projects/" + project + "/sources", "alice",
                "{\"title\":\"AP\",\"outlet\":\"Associated Press\",\"publishedOn\":\"2023-03-20\",\"text\":" + json(TEXT) + "}");
        var claim = postJson("/api/v1/projects/" + project + "/claims", "alice", "{\"sourceId\":" + idOf(source.body())
                + ",\"start\":0,\"end\":31,\"quote\":" + json(TEXT.substring(0, 31)) + ",\"date\":{\"earliest\":\"2023-03-20\"}}");
        org.assertj.core.api.Assertions.assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);
        var event = postJson("/api/v1/projects/" + project + "/events", "alice",
                "{\"title\":" + json(EVENT) + ",\"claimIds\":[" + idOf(claim.body()) + "]}");
        org.assertj.core.api.Assertions.assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
        return project;
    }

    private long eventId(long project) {
        return idOf(get("/api/v1/projects/" + project + "/events", "alice").body());
    }

    private Locator verifyButton() {
        return page.locator("vaadin-button:text-is('Verify')").filter(new Locator.FilterOptions().setVisible(true));
    }

    /** The visible grid cell holding {@code text}. */
    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setVisible(true));
    }
}
