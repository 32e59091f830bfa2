package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The sample workflow at a laptop's 1400 px, as issue #20 walked it: claims from three outlets become one
 * ICC event; a discrepancy between two of them is marked (alice, an editor) and resolved (carol, the
 * reviewer); carol verifies the event; the HTML export is opened in the browser. A screenshot of each main
 * view goes to {@code target/screenshots/} for a person to look at.
 */
class SampleWorkflowWalkTest extends BrowserTest {

    static final Path SHOTS = Paths.get("target", "screenshots");
    static final String EVENT = "ICC issues arrest warrant for Putin";
    static final String REUTERS = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday. "
            + "The court cited the unlawful deportation of children from occupied areas of Ukraine.";
    static final String AP = "Judges in The Hague announced on Friday that they had issued a warrant for Putin's arrest. "
            + "Moscow rejected the decision as legally void.";
    static final String BBC = "The ICC said on Friday it had issued an arrest warrant for Vladimir Putin over the deportation "
            + "of hundreds of children. The Kremlin called the move outrageous.";
    static final String NOTE = "Reuters gives no number of children; the BBC says hundreds.";

    @Test
    void threeOutletsMakeOneIccEventWhoseDiscrepancyIsResolvedThenCarolVerifiesItAndTheHtmlExportShowsIt() {
        // A plain name for the pictures, unless a project of that name is already there (names are unique).
        String name = "ICC arrest warrant, March 2023";
        if (jdbc.sql("select count(*) from project where lower(name) = lower(?)").param(name).query(Long.class).single() > 0) {
            name += " " + System.nanoTime();
        }
        long project = createProject("alice", name);
        jdbcAddMember(project, "carol");
        // Whoever creates a project owns it; here alice is one of its editors, carol its reviewer and owner.
        jdbcSetRole(project, "carol", "owner");
        jdbcSetRole(project, "alice", "editor");
        long reuters = source(project, "Reuters", REUTERS);
        long ap = source(project, "Associated Press", AP);
        long bbc = source(project, "BBC News", BBC);
        claim(project, reuters, REUTERS.substring(0, REUTERS.indexOf('.')));
        claim(project, ap, AP.substring(0, AP.indexOf('.')));
        page.setViewportSize(1400, 900);

        // Reader: alice claims the BBC's Friday sentence herself.
        signIn("alice");
        open("/projects/" + project + "/sources/" + bbc);
        page.locator("#source-text span.fl-suggestion", new Page.LocatorOptions().setHasText("Friday")).click();
        assertThat(page.locator("#claim-quote")).containsText("on Friday");
        assertThat(page.locator("#claim-date-display")).hasText("Date: 17 March 2023");
        page.getByLabel("Statement (in your words)").fill("The ICC issued a warrant for Putin over deported children");
        waitForVaadin();
        shot("reader");
        page.locator("vaadin-button:text-is('Save claim')").click();
        waitForVaadin();
        assertThat(page.locator("#claim-error")).isEmpty();
        assertThat(page.locator("#source-text span.fl-claim").first()).isVisible();

        // Timeline: one event from the three outlets' claims.
        open("/projects/" + project + "/timeline");
        page.locator("vaadin-button:text-is('New event from claims')").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Title").fill(EVENT);
        for (String outlet : new String[] {"Reuters", "Associated Press", "BBC News"}) {
            dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(outlet)).check();
        }
        waitForVaadin();
        dialog.locator("vaadin-button:text-is('Create')").click();
        waitForVaadin();
        assertThat(dialog).isHidden();
        assertThat(visibleCell(EVENT)).hasCount(1);
        Locator sources = visibleCell(" outlets");
        assertThat(sources.locator(".fl-muted")).hasText("3 articles \u00B7 3 outlets");
        assertThat(sources.locator(".fl-chip")).hasCount(3);

        // Discrepancy queue: alice marks one between Reuters and the BBC.
        open("/projects/" + project + "/discrepancies");
        page.getByText("Mark a discrepancy by hand").click();
        Locator form = page.locator("vaadin-details");
        chooseInSelect(form.locator("vaadin-select"), "description");
        Locator claims = form.locator("vaadin-multi-select-combo-box");
        pickClaim(claims, "Reuters");
        pickClaim(claims, "BBC News");
        form.getByLabel("Note").fill(NOTE);
        form.locator("vaadin-button:text-is('Mark discrepancy')").click();
        waitForVaadin();
        assertThat(page.locator(".fl-error").first()).isEmpty();
        assertThat(page.getByText("description \u00b7 open \u00b7 " + NOTE)).isVisible();

        // The timeline flags the event as disputed, the flag and its claims whole at 1400 px.
        open("/projects/" + project + "/timeline");
        Locator flag = page.locator(".fl-flag").filter(new Locator.FilterOptions().setVisible(true));
        assertThat(flag).hasText("\u26A0 1 open discrepancy");
        assertThat(page.locator("vaadin-button:text-is('3 claims')").filter(new Locator.FilterOptions().setVisible(true))).isVisible();
        // For the picture: the list rather than the proposals (closed on arrival), the event's claims open.
        page.locator("vaadin-button:text-is('3 claims')").filter(new Locator.FilterOptions().setVisible(true)).click();
        waitForVaadin();
        assertThat(page.locator("a[href*='/sources/" + bbc + "?claim=']")).isVisible();
        flag.scrollIntoViewIfNeeded();
        shot("timeline");

        // carol resolves it with a verdict named by outlet.
        context.clearCookies();
        signIn("carol");
        open("/projects/" + project + "/discrepancies");
        visibleCell(NOTE).first().click();
        waitForVaadin();
        chooseInSelect(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Verdict")), "BBC News is right");
        page.getByLabel("Correct value").fill("hundreds of children");
        page.getByLabel("Evidence").fill("ICC press release of 17 March 2023 on the deportation of children.");
        page.locator("vaadin-button:text-is('Resolve')").click();
        waitForVaadin();
        assertThat(page.getByText("1 resolved")).isVisible();
        assertThat(page.locator("vaadin-button:text-is('Resolve')")).isDisabled();
        shot("discrepancies");
        org.assertj.core.api.Assertions.assertThat(get("/api/v1/projects/" + project + "/discrepancies", "carol").body())
                .contains("\"status\":\"resolved\"").doesNotContain("\"status\":\"open\"");

        // Review: carol verifies the event alice built.
        open("/projects/" + project + "/review");
        Locator verify = page.locator("vaadin-button:text-is('Verify')").filter(new Locator.FilterOptions().setVisible(true));
        assertThat(verify).isEnabled();
        verify.click();
        waitForVaadin();
        assertThat(page.getByText("\u201c" + EVENT + "\u201d is verified.")).isVisible();
        assertThat(visibleCell("verified by carol")).isVisible();
        Locator title = visibleCell(EVENT).first();
        org.assertj.core.api.Assertions.assertThat((String) title.evaluate("c => c.scrollWidth + ' <= ' + c.clientWidth"))
                .as("the review list's event title is whole at 1400 px")
                .satisfies(w -> org.assertj.core.api.Assertions.assertThat(Integer.parseInt(w.split(" ")[0]))
                        .isLessThanOrEqualTo(Integer.parseInt(w.split(" ")[2])));
        shot("review");

        // Export: the verified HTML report, downloaded in carol's session and rendered by the browser.
        open("/projects/" + project + "/export");
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Format")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("HTML report (standalone, printable)").setExact(true)).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Verified only"))).isChecked();
        // The preview renders the report in a sandboxed frame, the way a reader sees it.
        page.locator("vaadin-button:text-is('Preview')").click();
        waitForVaadin();
        Locator preview = page.frameLocator("iframe[title='Report preview']").locator("body");
        assertThat(preview).containsText(EVENT);
        assertThat(preview).containsText("BBC News is right");
        assertThat(preview).not().containsText("source right");
        shot("export-preview");
        String href = (String) page.locator("a:text-is('Download')").evaluate("a => a.href");
        APIResponse response = context.request().get(href);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).startsWith("text/html");
        page.setContent(response.text());
        Locator body = page.locator("body");
        assertThat(body).containsText(EVENT);
        assertThat(body).containsText("verified by carol");
        assertThat(body).containsText("Resolved discrepancies");
        assertThat(body).containsText(NOTE);
        for (String outlet : new String[] {"Reuters", "Associated Press", "BBC News"}) {
            assertThat(body).containsText(outlet);
        }
        shot("export");
    }

    private void shot(String name) {
        waitForVaadin();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }

    private long source(long project, String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", "{\"title\":" + json(outlet + " report")
                + ",\"outlet\":" + json(outlet) + ",\"publishedOn\":\"2023-03-18\",\"text\":" + json(text) + "}");
        org.assertj.core.api.Assertions.assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return idOf(res.body());
    }

    private void claim(long project, long source, String quote) {
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", "{\"sourceId\":" + source
                + ",\"start\":0,\"end\":" + quote.length() + ",\"quote\":" + json(quote) + ",\"date\":{\"earliest\":\"2023-03-17\"}}");
        org.assertj.core.api.Assertions.assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    }
}
