package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ClaimFlowTest extends BrowserTest {

    static final String TEXT = "Global dividing lines hardened on Friday with the announcement that Xi would visit Moscow. "
            + "The talks are due to start on Monday.";

    @Test
    void selectTextAndSaveADatedClaimOnANewEvent() {
        long project = createProject("alice", "Claim flow " + System.nanoTime());
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice",
                "{\"title\":\"NYT\",\"outlet\":\"The New York Times\",\"publishedOn\":\"2023-03-18\",\"text\":" + json(TEXT) + "}");
        long source = idOf(res.body());
        signIn("alice");
        open("/projects/" + project + "/sources/" + source);

        // Drag from the start of the text to the end of the suggested "Friday".
        Locator first = page.locator("#source-text span").first();
        Locator friday = page.locator("#source-text span.fl-suggestion", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Friday"));
        BoundingBox a = first.boundingBox();
        BoundingBox b = friday.boundingBox();
        page.mouse().move(a.x + 1, a.y + a.height / 2);
        page.mouse().down();
        page.mouse().move(b.x + b.width - 1, b.y + b.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().up();

        assertThat(page.locator("#claim-quote")).hasText("Global dividing lines hardened on Friday");
        assertThat(page.locator("#claim-date-display")).hasText("Date: 17 March 2023");
        page.getByLabel("\u2026or a new event with this date").fill("ICC issues arrest warrant for Putin");
        page.getByLabel("Statement (in your words)").fill("Lines hardened after the ICC warrant");
        page.keyboard().press("Enter");
        waitForVaadin();

        assertThat(page.locator("#source-text span.fl-claim").first()).isVisible();
        var claims = JsonMapper.builder().build().readTree(get("/api/v1/projects/" + project + "/claims", "alice").body());
        org.assertj.core.api.Assertions.assertThat(claims).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(claims.get(0).get("quote").asString()).isEqualTo("Global dividing lines hardened on Friday");
        org.assertj.core.api.Assertions.assertThat(claims.get(0).get("date").get("earliest").asString()).isEqualTo("2023-03-17");
        org.assertj.core.api.Assertions.assertThat(claims.get(0).get("eventId").isNull()).isFalse();
    }
}
