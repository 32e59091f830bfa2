package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * At a small laptop's 1024 × 768: the side menu opens over the page (from the header's button), not beside it; the
 * reader's list of the article's claims shows all its columns, the last (Status) included, inside the panel; an empty
 * timeline says what to do on the first screen, above the proposals that open by themselves.
 */
class LayoutAt1024Test extends BrowserTest {

    static final int WIDTH = 1024;
    static final int HEIGHT = 768;
    static final String TEXT = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday, accusing him"
            + " of the unlawful deportation of children from occupied areas of Ukraine.";

    @Test
    void atTenTwentyFourPixelsTheReadersClaimsListShowsItsStatusColumnWhole() {
        long project = createProject("alice", "Layout 1024 " + System.nanoTime());
        long source = apiSource(project, "Reuters", TEXT);
        apiClaim(project, source, TEXT, 0, TEXT.substring(0, TEXT.indexOf(',')), "2023-03-17");
        page.setViewportSize(WIDTH, HEIGHT);
        signIn("alice");
        open("/projects/" + project + "/sources/" + source);

        Locator list = page.locator("vaadin-grid.fl-claim-list");
        Locator status = list.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Status"));
        assertThat(status).hasCount(1);
        Locator draft = list.locator("vaadin-grid-cell-content:text-is('draft')");
        assertThat(draft).isVisible();
        Map<String, Double> grid = box(list);
        for (Locator cell : new Locator[] {status, draft}) {
            Map<String, Double> c = box(cell);
            org.assertj.core.api.Assertions.assertThat(c.get("right")).as("%s inside the list %s: %s", cell.textContent(), grid, c)
                    .isLessThanOrEqualTo(grid.get("right") + 0.5).isLessThanOrEqualTo(WIDTH);
            Object cut = cell.evaluate("el => el.scrollWidth > el.clientWidth");
            org.assertj.core.api.Assertions.assertThat(cut).as("%s cut off", cell.textContent()).isEqualTo(false);
        }
        Object scrolls = list.evaluate("el => { const t = el.shadowRoot.querySelector('#table'); return t.scrollWidth > t.clientWidth; }");
        org.assertj.core.api.Assertions.assertThat(scrolls).as("the list does not scroll sideways").isEqualTo(false);
    }

    @Test
    void atTenTwentyFourPixelsTheSideMenuOpensOverThePageAndTheTimelinesEventColumnHasRoom() {
        long project = createProject("alice", "Layout 1024 menu " + System.nanoTime());
        String title = "Xi Jinping arrives in Moscow for a three-day state visit";
        long source = apiSource(project, "Reuters", TEXT);
        apiEvent(project, title, apiClaim(project, source, TEXT, 0, TEXT.substring(0, TEXT.indexOf(',')), "2023-03-17"));
        page.setViewportSize(WIDTH, HEIGHT);
        signIn("alice");
        open("/projects/" + project + "/timeline");

        Locator layout = page.locator("vaadin-app-layout");
        assertThat(layout).hasAttribute("overlay", "");
        assertThat(layout).not().hasAttribute("drawer-opened", "");
        Locator event = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title))
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(event).hasCount(1);
        Map<String, Double> cell = box(event);
        org.assertj.core.api.Assertions.assertThat(cell.get("right") - cell.get("left")).as("the Event column's width %s", cell)
                .isGreaterThanOrEqualTo(200);
        Locator proposals = page.locator("#proposals vaadin-details-summary");
        // "Proposed (0)", or "Proposed: drafting from 1 article…" while the background run after the import is still going
        assertThat(proposals).containsText("Proposed");
        org.assertj.core.api.Assertions.assertThat(box(proposals).get("bottom")).as("the closed proposals' line below the list, on the first screen")
                .isLessThanOrEqualTo(HEIGHT);

        // The menu is a click away, and following one of its links closes it again.
        page.locator("vaadin-drawer-toggle").click();
        assertThat(layout).hasAttribute("drawer-opened", "");
        page.locator("vaadin-side-nav-item[path$='/sources']").click();
        page.waitForURL(u -> u.endsWith("/sources"));
        waitForVaadin();
        assertThat(layout).not().hasAttribute("drawer-opened", "");
    }

    @Test
    void atTenTwentyFourPixelsAnEmptyTimelineSaysWhatToDoOnTheFirstScreenAboveTheOpenProposals() throws java.io.IOException {
        openSampleTimelineWithoutEvents(WIDTH, HEIGHT);

        Locator empty = page.locator("vaadin-grid .fl-empty-state");
        assertThat(empty).isVisible();
        Map<String, Double> hint = box(empty);
        org.assertj.core.api.Assertions.assertThat(hint.get("bottom")).as("the hint on the first screen %s", hint).isLessThanOrEqualTo(HEIGHT);
        assertThat(page.locator("#proposals")).hasAttribute("opened", "");
        Locator summary = page.locator("#proposals vaadin-details-summary");
        assertThat(summary).containsText("Proposed (");
        org.assertj.core.api.Assertions.assertThat(box(summary).get("bottom")).as("the proposals' line on the first screen")
                .isLessThanOrEqualTo(HEIGHT);
    }
}
