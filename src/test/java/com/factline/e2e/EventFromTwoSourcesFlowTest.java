package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Claims made in two outlets' articles become one event on the timeline, supported by both. */
class EventFromTwoSourcesFlowTest extends BrowserTest {

    static final String REUTERS = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday. "
            + "The court cited the deportation of children.";
    static final String AP = "Judges in The Hague announced on Friday that they had issued a warrant for Putin's arrest. "
            + "Moscow rejected the decision.";

    @Test
    void claimsMadeInTwoArticlesBecomeOneEventShowingBothOutletsAfterReload() {
        long project = createProject("alice", "Two sources " + System.nanoTime());
        long reuters = importSource(project, "Reuters", REUTERS);
        long ap = importSource(project, "Associated Press", AP);
        signIn("alice");

        claimTheFridaySentence(project, reuters, "The ICC issued a warrant for Putin");
        claimTheFridaySentence(project, ap, "Judges announced the warrant");

        open("/projects/" + project + "/timeline");
        page.locator("vaadin-button:text-is('New event from claims')").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Title").fill("ICC issues arrest warrant for Putin");
        dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Reuters")).check();
        dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Associated Press")).check();
        waitForVaadin();
        dialog.locator("vaadin-button:text-is('Create')").click();
        waitForVaadin();
        assertThat(dialog).isHidden();

        assertEventShowsBothSources();
        page.reload();
        waitForVaadin();
        assertEventShowsBothSources();

        // Expanding the event lists both claims, each linking to its place in the reader.
        row().locator("vaadin-button:text-is('2 claims')").click();
        waitForVaadin();
        assertThat(page.locator("a[href*='/sources/" + reuters + "?claim=']")).isVisible();
        assertThat(page.locator("a[href*='/sources/" + ap + "?claim=']")).isVisible();

        var events = JsonMapper.builder().build().readTree(get("/api/v1/projects/" + project + "/events", "alice").body());
        org.assertj.core.api.Assertions.assertThat(events).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(events.get(0).get("claimIds")).hasSize(2);
    }

    @Test
    void aClaimInTheSecondArticleAttachedToTheEventOfTheFirstAddsItsOutlet() {
        long project = createProject("alice", "Attach claim " + System.nanoTime());
        long reuters = importSource(project, "Reuters", REUTERS);
        long ap = importSource(project, "Associated Press", AP);
        signIn("alice");

        // The first claim makes the event, dated from the claim.
        open("/projects/" + project + "/sources/" + reuters);
        clickFriday();
        page.getByLabel("Statement (in your words)").fill("The ICC issued a warrant for Putin");
        page.getByLabel("\u2026or a new event with this date").fill("ICC issues arrest warrant for Putin");
        page.locator("vaadin-button:text-is('Save claim')").click();
        waitForVaadin();
        assertThat(page.locator("#claim-error")).isEmpty();

        // The second claim, in the other outlet's article, joins that event.
        open("/projects/" + project + "/sources/" + ap);
        clickFriday();
        page.getByLabel("Statement (in your words)").fill("Judges announced the warrant");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Event")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("17 March 2023 \u2014 ICC issues arrest warrant for Putin")).click();
        waitForVaadin();
        page.locator("vaadin-button:text-is('Save claim')").click();
        waitForVaadin();
        assertThat(page.locator("#claim-error")).isEmpty();
        assertThat(page.locator("#source-text span.fl-claim").first()).isVisible();

        open("/projects/" + project + "/timeline");
        assertEventShowsBothSources();
        page.reload();
        waitForVaadin();
        assertEventShowsBothSources();
    }

    private void clickFriday() {
        page.locator("#source-text span.fl-suggestion", new Page.LocatorOptions().setHasText("Friday")).click();
        assertThat(page.locator("#claim-date-display")).hasText("Date: 17 March 2023");
    }

    private long importSource(long project, String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", "{\"title\":" + json(outlet + " report")
                + ",\"outlet\":" + json(outlet) + ",\"publishedOn\":\"2023-03-18\",\"text\":" + json(text) + "}");
        org.assertj.core.api.Assertions.assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return idOf(res.body());
    }

    /** In the reader, clicks the suggested "Friday" (which takes its sentence as the quote) and saves the claim without an event. */
    private void claimTheFridaySentence(long project, long source, String statement) {
        open("/projects/" + project + "/sources/" + source);
        page.locator("#source-text span.fl-suggestion", new Page.LocatorOptions().setHasText("Friday")).click();
        assertThat(page.locator("#claim-quote")).containsText("on Friday");
        assertThat(page.locator("#claim-date-display")).hasText("Date: 17 March 2023");
        page.getByLabel("Statement (in your words)").fill(statement);
        page.locator("vaadin-button:text-is('Save claim')").click();
        waitForVaadin();
        assertThat(page.locator("#claim-error")).isEmpty();
        assertThat(page.locator("#source-text span.fl-claim").first()).isVisible();
    }

    private Locator row() {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("ICC issues arrest warrant for Putin"))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    private void assertEventShowsBothSources() {
        assertThat(row()).hasCount(1);
        Locator sources = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(" outlets"))
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(sources).hasCount(1);
        assertThat(sources.locator(".fl-muted")).hasText("2 articles \u00B7 2 outlets");
        assertThat(sources.locator(".fl-chip")).hasCount(2);
        assertThat(sources.locator(".fl-chip", new Locator.LocatorOptions().setHasText("Associated Press"))).isVisible();
        assertThat(sources.locator(".fl-chip", new Locator.LocatorOptions().setHasText("Reuters"))).isVisible();
    }
}
