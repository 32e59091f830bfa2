package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A project's viewer walks reader → claims → discrepancies → sources and is offered nothing that would change the
 * project: every write control is absent (not a button that fails when clicked), while everything there is to read
 * is shown. (That no history offers Revert to a viewer is checked without a browser: the view tests.)
 */
class ViewerWorkbenchFlowTest extends BrowserTest {

    static final String BBC = "Xi Jinping arrived in Moscow on Monday afternoon for a three-day state visit.";
    static final String GUARDIAN = "Xi Jinping landed in Moscow on Monday morning for a state visit.";
    static final String NOTE = "Afternoon or morning? The outlets disagree on the arrival time.";

    @Test
    void aViewerReadsEverythingAndFindsNoControlThatWouldChangeIt() {
        long project = createProject("alice", "Viewer walk " + System.nanoTime());
        long bbc = apiSource(project, "BBC", BBC);
        long guardian = apiSource(project, "The Guardian", GUARDIAN);
        long bbcClaim = apiClaim(project, bbc, BBC, 0, "Xi Jinping arrived in Moscow on Monday afternoon", "2023-03-20");
        long guardianClaim = apiClaim(project, guardian, GUARDIAN, 0, "Xi Jinping landed in Moscow on Monday morning", "2023-03-20");
        apiEvent(project, "Xi arrives in Moscow", bbcClaim, guardianClaim);
        var marked = postJson("/api/v1/projects/" + project + "/discrepancies", "alice",
                "{\"kind\":\"description\",\"note\":" + json(NOTE) + ",\"claimIds\":[" + bbcClaim + "," + guardianClaim + "]}");
        org.assertj.core.api.Assertions.assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
        jdbcAddMember(project, "bob");
        jdbcSetRole(project, "bob", "viewer");

        signIn("bob");

        // The reader: the text, its claim and metadata are there; nothing makes or changes a claim.
        open("/projects/" + project + "/sources/" + bbc);
        assertThat(page.locator("#source-text")).containsText("three-day state visit");
        assertThat(page.locator("#make-claim")).isHidden();
        assertThat(page.getByText("You can read this project but not change it.")).isVisible();
        page.locator("#source-text").selectText();
        page.keyboard().press("Alt+C");
        page.locator("#source-text").press("Enter");
        waitForVaadin();
        assertThat(page.locator("[data-fl-claim-panel]")).isHidden();
        visibleCell("Xi Jinping arrived in Moscow on Monday afternoon").first().click();
        waitForVaadin();
        assertThat(page.locator("#claim-quote")).hasText("Xi Jinping arrived in Moscow on Monday afternoon");
        assertThat(page.locator("#claim-statement input")).not().isEditable();
        noButton("Save claim");
        noButton("Delete");
        noButton("Save metadata");

        // Claims: listed, read only.
        open("/projects/" + project + "/claims");
        assertThat(visibleCell("Xi Jinping landed in Moscow on Monday morning").first()).isVisible();

        // Discrepancies: the queue, the passages and the note; no marking, no accept, dismiss or reopen, no verdict.
        open("/projects/" + project + "/discrepancies");
        assertThat(page.getByText("Mark a discrepancy by hand")).isHidden();
        visibleCell(NOTE).first().click();
        waitForVaadin();
        assertThat(page.locator(".fl-passage")).hasCount(2);
        for (String write : new String[] {"Accept", "Dismiss", "Reopen", "Resolve"}) {
            noButton(write);
        }

        // Sources: the articles, and no way to import.
        open("/projects/" + project + "/sources");
        assertThat(visibleCell("BBC report").first()).isVisible();
        for (String write : new String[] {"Import article", "Import from address", "Import files"}) {
            noButton(write);
        }

        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from claim where project_id = ?").param(project)
                .query(Long.class).single()).as("nothing was made").isEqualTo(2);
    }

    /** No visible button with exactly this name (role queries skip hidden elements). */
    private void noButton(String name) {
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))).hasCount(0);
    }
}
