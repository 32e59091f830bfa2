package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.factline.project.ProjectId;
import com.factline.proposal.ProposalService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's side of proposed events in a real browser: accept one after editing its title and find the event on
 * the timeline with claims from several outlets; dismiss another and it stays gone after a reload.
 */
class ProposalFlowTest extends BrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ProposalService proposals;

    @Test
    void acceptingAnEditedProposalPutsItsEventOnTheTimelineAndADismissedOneStaysGone() throws IOException {
        long project = createProject("alice", "Proposals flow " + System.nanoTime());
        apiSampleSources(project);
        proposals.refresh(new ProjectId(project)); // what the background run does after the imports, without waiting for it
        JsonNode strongest = JSON.readTree(get("/api/v1/projects/" + project + "/proposals", "alice").body()).get(0);
        org.assertj.core.api.Assertions.assertThat(strongest.get("outlets").size()).isGreaterThanOrEqualTo(2);

        signIn("alice");
        open("/projects/" + project + "/timeline");
        Locator panel = page.locator("#proposals");
        assertThat(panel).containsText("Proposed (");
        // No events yet: the panel opens by itself, its cards shown.
        assertThat(panel).hasAttribute("opened", "");
        panel.locator("vaadin-button:text-is('Review\u2026')").first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Title").fill("Edited: ICC issues arrest warrant for Putin");
        waitForVaadin();
        dialog.locator("vaadin-button:text-is('Accept')").click();
        waitForVaadin();
        assertThat(dialog).isHidden();

        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Edited: ICC issues arrest warrant for Putin")).filter(new Locator.FilterOptions().setVisible(true));
        assertThat(row).hasCount(1);
        Locator sources = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(" outlets"))
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(sources).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(sources.locator(".fl-chip").count()).isGreaterThanOrEqualTo(2);
        JsonNode events = JSON.readTree(get("/api/v1/projects/" + project + "/events", "alice").body());
        org.assertj.core.api.Assertions.assertThat(events).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(events.get(0).get("claimIds")).hasSize(strongest.get("passages").size());

        // Dismiss the strongest of the rest.
        JsonNode next = JSON.readTree(get("/api/v1/projects/" + project + "/proposals", "alice").body()).get(0);
        panel.locator("vaadin-button:text-is('Review\u2026')").first().click();
        dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Why dismiss it?").fill("Background, not a happening of this story");
        waitForVaadin();
        dialog.locator("vaadin-button:text-is('Dismiss')").click();
        waitForVaadin();
        assertThat(dialog).isHidden();
        JsonNode dismissed = JSON.readTree(get("/api/v1/projects/" + project + "/proposals?status=dismissed", "alice").body());
        org.assertj.core.api.Assertions.assertThat(dismissed).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(dismissed.get(0).get("id").asLong()).isEqualTo(next.get("id").asLong());

        page.reload();
        waitForVaadin();
        assertThat(page.locator("#proposals")).containsText("Proposed (");
        // With an event on the timeline the panel opens closed, with its count only.
        assertThat(page.locator("#proposals")).not().hasAttribute("opened", "");
        page.locator("#proposals vaadin-details-summary").click();
        waitForVaadin();
        assertThat(page.locator("#proposals .fl-proposal-title", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(next.get("title").asString()))).hasCount(0);
        assertThat(row).hasCount(1);
    }
}
