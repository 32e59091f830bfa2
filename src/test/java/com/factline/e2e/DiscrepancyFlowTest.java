package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** An editor marks a discrepancy between two outlets' claims; a reviewer resolves it; the timeline flag follows. */
class DiscrepancyFlowTest extends BrowserTest {

    static final String BBC = "Xi Jinping arrived in Moscow on Monday afternoon for a three-day state visit.";
    static final String GUARDIAN = "Xi Jinping landed in Moscow on Monday morning for a state visit.";
    static final String NOTE = "Afternoon or morning? The outlets disagree on the arrival time.";
    static final String EVENT = "Xi arrives in Moscow";

    @Test
    void aliceMarksADiscrepancyAndCarolResolvesItWithAVerdictAndTheTimelineFlagGoes() {
        long project = createProject("alice", "Discrepancy flow " + System.nanoTime());
        jdbcAddMember(project, "carol");
        // Whoever creates a project owns it; here alice is one of its editors, carol its reviewer.
        jdbcSetRole(project, "carol", "owner");
        jdbcSetRole(project, "alice", "editor");
        long bbcClaim = claim(project, "BBC", BBC, "Xi Jinping arrived in Moscow on Monday afternoon");
        long guardianClaim = claim(project, "The Guardian", GUARDIAN, "Xi Jinping landed in Moscow on Monday morning");
        var event = postJson("/api/v1/projects/" + project + "/events", "alice",
                "{\"title\":" + json(EVENT) + ",\"claimIds\":[" + bbcClaim + "," + guardianClaim + "]}");
        org.assertj.core.api.Assertions.assertThat(event.statusCode()).as(event.body()).isEqualTo(201);

        // alice (editor) marks it by hand.
        signIn("alice");
        open("/projects/" + project + "/discrepancies");
        page.getByText("Mark a discrepancy by hand").click();
        Locator form = page.locator("vaadin-details");
        chooseInSelect(form.locator("vaadin-select"), "description");
        Locator claims = form.locator("vaadin-multi-select-combo-box");
        pickClaim(claims, "BBC");
        pickClaim(claims, "The Guardian");
        form.getByLabel("Note").fill(NOTE);
        form.locator("vaadin-button:text-is('Mark discrepancy')").click();
        waitForVaadin();

        assertThat(page.locator(".fl-error").first()).isEmpty();
        Locator detail = page.getByText("description \u00b7 open \u00b7 " + NOTE);
        assertThat(detail).isVisible();
        assertThat(visibleCell(NOTE).first()).isVisible();
        assertThat(gridCell("open")).hasCount(1);
        // Both passages, side by side, with their outlets.
        assertThat(page.locator(".fl-passage")).hasCount(2);
        assertThat(page.locator(".fl-passage", new Page.LocatorOptions().setHasText("BBC"))).containsText("Monday afternoon");
        assertThat(page.locator(".fl-passage", new Page.LocatorOptions().setHasText("The Guardian"))).containsText("Monday morning");
        // An editor does not get the reviewer's verdict form.
        assertThat(page.locator("vaadin-button:text-is('Resolve')")).isHidden();

        open("/projects/" + project + "/timeline");
        assertThat(flag()).hasText("\u26A0 1 open discrepancy");

        // carol (reviewer) resolves it with a verdict, the correct value and her evidence.
        context.clearCookies();
        signIn("carol");
        open("/projects/" + project + "/discrepancies");
        visibleCell(NOTE).first().click();
        waitForVaadin();
        assertThat(page.getByText("description \u00b7 open \u00b7 " + NOTE)).isVisible();
        chooseInSelect(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Verdict")), "BBC is right");
        page.getByLabel("Correct value").fill("Monday afternoon");
        page.getByLabel("Evidence").fill("Kremlin pool report: the plane landed at 12:55 local time.");
        page.locator("vaadin-button:text-is('Resolve')").click();
        waitForVaadin();

        assertThat(page.getByText("description \u00b7 resolved \u00b7 verdict: BBC is right \u00b7 correct: Monday afternoon \u00b7 " + NOTE))
                .isVisible();
        assertThat(gridCell("resolved")).hasCount(1);
        assertThat(gridCell("open")).hasCount(0);
        assertThat(page.getByText("1 resolved")).isVisible();
        assertThat(page.locator("vaadin-button:text-is('Resolve')")).isDisabled();

        open("/projects/" + project + "/timeline");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(EVENT))
                .filter(new Locator.FilterOptions().setVisible(true))).hasCount(1);
        assertThat(flag()).hasCount(0);

        var stored = get("/api/v1/projects/" + project + "/discrepancies", "carol").body();
        org.assertj.core.api.Assertions.assertThat(stored).contains("\"status\":\"resolved\"").contains("\"verdict\":\"a_right\"")
                .contains("Kremlin pool report");
    }

    private long claim(long project, String outlet, String text, String quote) {
        var source = postJson("/api/v1/projects/" + project + "/sources", "alice", "{\"title\":" + json(outlet + " report")
                + ",\"outlet\":" + json(outlet) + ",\"publishedOn\":\"2023-03-21\",\"text\":" + json(text) + "}");
        org.assertj.core.api.Assertions.assertThat(source.statusCode()).as(source.body()).isEqualTo(201);
        var claim = postJson("/api/v1/projects/" + project + "/claims", "alice", "{\"sourceId\":" + idOf(source.body())
                + ",\"start\":0,\"end\":" + quote.length() + ",\"quote\":" + json(quote) + ",\"date\":{\"earliest\":\"2023-03-20\"}}");
        org.assertj.core.api.Assertions.assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);
        return idOf(claim.body());
    }

    /** A visible grid cell whose whole text is {@code word} (a plain word: the pattern goes to JavaScript unquoted). */
    private Locator gridCell(String word) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(
                java.util.regex.Pattern.compile("^\\s*" + word + "\\s*$"))).filter(new Locator.FilterOptions().setVisible(true));
    }

    private Locator flag() {
        return page.locator(".fl-flag").filter(new Locator.FilterOptions().setVisible(true));
    }
}
