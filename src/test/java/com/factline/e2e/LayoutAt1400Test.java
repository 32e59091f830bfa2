package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * At a laptop's 1400 × 900: the timeline's dispute flag, "N claims" button and status chip sit whole inside
 * their grid cells (nothing cut off or ellipsised), and the reader's date precision is on screen.
 */
class LayoutAt1400Test extends BrowserTest {

    static final int WIDTH = 1400;
    static final int HEIGHT = 900;
    static final String DISPUTED = "ICC issues an arrest warrant for Vladimir Putin over the deportation of Ukrainian children";
    static final String REVERIFY = "Xi Jinping arrives in Moscow for a three-day state visit";
    static final String[] OUTLETS = {"Reuters", "Associated Press", "BBC News"};
    static final String TEXT = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday. "
            + "Xi Jinping arrived in Moscow on Monday for a three-day state visit.";

    /**
     * Checks, in the browser, that the element has a size, lies inside its grid cell and the grid, and that
     * neither it nor the cell's content is wider than shown (scrollWidth > clientWidth means cut off or "…").
     */
    static final String FITS_CELL = """
            el => {
              const r = el.getBoundingClientRect();
              const content = el.closest('vaadin-grid-cell-content');
              const slot = content.assignedSlot;
              const cell = (slot && (slot.closest('[part~="cell"]') || slot.parentElement)) || content;
              const c = cell.getBoundingClientRect();
              const g = el.closest('vaadin-grid').getBoundingClientRect();
              const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
              const problems = [];
              if (r.width < 1 || r.height < 1) problems.push('no size');
              if (!inside(r, c)) problems.push('outside its cell ' + JSON.stringify([r.left, r.right, r.top, r.bottom]) + ' vs ' + JSON.stringify([c.left, c.right, c.top, c.bottom]));
              if (!inside(r, g)) problems.push('outside the grid');
              if (r.right > window.innerWidth) problems.push('beyond the viewport');
              if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth) problems.push('own text cut off ' + el.scrollWidth + ' > ' + el.clientWidth);
              if (content.scrollWidth > content.clientWidth) problems.push('cell content cut off ' + content.scrollWidth + ' > ' + content.clientWidth);
              return problems.join('; ');
            }""";

    @Test
    void atFourteenHundredPixelsTheDisputeFlagClaimsButtonAndStatusChipAreWholeInTheirCells() {
        long project = createProject("alice", "Layout " + System.nanoTime());
        long[] claims = new long[OUTLETS.length];
        for (int i = 0; i < OUTLETS.length; i++) {
            long source = apiSource(project, OUTLETS[i], TEXT);
            claims[i] = apiClaim(project, source, TEXT, 0, "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday", "2023-03-17");
        }
        long xiSource = apiSource(project, "The Guardian", TEXT);
        long xiClaim = apiClaim(project, xiSource, TEXT, 88, "Xi Jinping arrived in Moscow on Monday", "2023-03-20");
        apiEvent(project, DISPUTED, claims);
        long xi = apiEvent(project, REVERIFY, xiClaim);
        var mark = postJson("/api/v1/projects/" + project + "/discrepancies", "alice", "{\"kind\":\"description\",\"note\":"
                + json("Children or adults?") + ",\"claimIds\":[" + claims[0] + "," + claims[1] + "]}");
        org.assertj.core.api.Assertions.assertThat(mark.statusCode()).as(mark.body()).isEqualTo(201);
        // The longest status label there is.
        jdbc.sql("update event set status = 'needs_reverification' where id = ?").param(xi).update();

        page.setViewportSize(WIDTH, HEIGHT);
        signIn("alice");
        open("/projects/" + project + "/timeline");

        Locator flag = visible(page.locator(".fl-flag"));
        assertThat(flag).hasText("\u26A0 1 open discrepancy");
        assertFitsItsCell(flag, "dispute flag");
        Locator claimsButton = visible(page.locator("vaadin-button:text-is('3 claims')"));
        assertThat(claimsButton).hasCount(1);
        assertFitsItsCell(claimsButton, "3 claims button");
        assertFitsItsCell(visible(page.locator("vaadin-button:text-is('1 claim')")), "1 claim button");
        Locator chips = visible(page.locator(".fl-status-chip"));
        assertThat(chips).hasCount(2);
        assertThat(visible(page.locator(".fl-status-chip:text-is('needs reverification')"))).hasCount(1);
        for (int i = 0; i < 2; i++) {
            assertFitsItsCell(chips.nth(i), "status chip \u201c" + chips.nth(i).textContent() + "\u201d");
        }
        Locator sources = visible(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("3 outlets")));
        assertThat(sources.locator(".fl-chip")).hasCount(3);
        for (int i = 0; i < 3; i++) {
            assertFitsItsCell(sources.locator(".fl-chip").nth(i), "outlet chip");
        }
    }

    @Test
    void atFourteenHundredPixelsTheClaimPanelsDatePrecisionIsOnScreen() {
        long project = createProject("alice", "Layout reader " + System.nanoTime());
        long source = apiSource(project, "Reuters", TEXT);
        page.setViewportSize(WIDTH, HEIGHT);
        signIn("alice");
        open("/projects/" + project + "/sources/" + source);
        page.locator("#source-text span.fl-suggestion", new Page.LocatorOptions().setHasText("Friday")).click();
        waitForVaadin();
        assertThat(page.locator("#claim-date-display")).hasText("Date: 17 March 2023");

        Locator precision = page.locator("[data-fl-claim-panel] .fl-date-field vaadin-select");
        assertThat(precision).isVisible();
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) precision.evaluate(
                "el => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
                        + " w: window.innerWidth, h: window.innerHeight}; }");
        double left = ((Number) box.get("left")).doubleValue();
        double right = ((Number) box.get("right")).doubleValue();
        double top = ((Number) box.get("top")).doubleValue();
        double bottom = ((Number) box.get("bottom")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(((Number) box.get("w")).intValue()).isEqualTo(WIDTH);
        org.assertj.core.api.Assertions.assertThat(left).as("precision's left edge %s", box).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(right).as("precision's right edge %s", box).isLessThanOrEqualTo(WIDTH);
        org.assertj.core.api.Assertions.assertThat(top).as("precision's top edge %s", box).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(bottom).as("precision's bottom edge %s", box).isLessThanOrEqualTo(HEIGHT);
    }

    @Test
    void atFourteenHundredPixelsAnEmptyTimelineSaysWhatToDoAndItsWhenHeaderAndABandLabelArrivingLiveAreWhole() {
        long project = createProject("alice", "Layout empty " + System.nanoTime());
        page.setViewportSize(WIDTH, HEIGHT);
        signIn("alice");
        open("/projects/" + project + "/timeline");

        Locator empty = page.locator("vaadin-grid .fl-empty-state");
        assertThat(empty).isVisible();
        assertThat(empty).containsText("Accept a proposed event");
        assertThat(empty.locator("a")).hasText("Open Sources");
        assertWhole(visible(page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("When"))), "When header");

        String text = "The ministers met in Oslo on 28 September 2023.";
        long source = apiSource(project, "Reuters", text);
        long claim = apiClaim(project, source, text, 0, text, "2023-09-28");
        // made while the empty timeline is open: it arrives live, into a column whose width was set while the grid was empty
        apiEvent(project, "Ministers meet in Oslo", claim);
        assertThat(visible(page.locator("vaadin-grid-tree-toggle").filter(new Locator.FilterOptions().setHasText("28 September 2023"))))
                .hasCount(1);
        assertWhole(visible(page.locator("vaadin-grid-tree-toggle").filter(new Locator.FilterOptions().setHasText("28 September 2023"))),
                "band label");
    }

    @Test
    void atFourteenHundredPixelsTheTimelineComesFirstAndTheProposalsStartBelowItOnTheFirstScreen() throws java.io.IOException {
        openSampleTimelineWithoutEvents(WIDTH, HEIGHT);

        Locator panel = page.locator("#proposals");
        assertThat(panel).hasAttribute("opened", "");
        Locator empty = page.locator("vaadin-grid .fl-empty-state");
        assertThat(empty).isVisible();
        Map<String, Double> hint = box(empty);
        org.assertj.core.api.Assertions.assertThat(hint.get("bottom")).as("the events list's hint on the first screen %s", hint)
                .isLessThanOrEqualTo(HEIGHT);
        org.assertj.core.api.Assertions.assertThat(box(page.locator("vaadin-grid").first()).get("top"))
                .as("the events list above the proposals").isLessThan(box(panel).get("top"));
        Locator summary = panel.locator("vaadin-details-summary");
        assertThat(summary).containsText("Proposed (");
        org.assertj.core.api.Assertions.assertThat(box(summary).get("bottom")).as("the proposals' count on the first screen")
                .isLessThanOrEqualTo(HEIGHT);
        org.assertj.core.api.Assertions.assertThat(box(panel.locator("vaadin-button:text-is('Review\u2026')").first()).get("bottom"))
                .as("a first proposal on the first screen").isLessThanOrEqualTo(HEIGHT);
    }

    /** The element and its shadow content show their whole text: no "…", nothing cut (a sorter or toggle cuts inside its shadow). */
    private void assertWhole(Locator element, String what) {
        assertThat(element).hasCount(1);
        String problems = (String) element.evaluate("""
                el => {
                  const parts = [el, el.closest('vaadin-grid-cell-content')];
                  if (el.shadowRoot) parts.push(...el.shadowRoot.querySelectorAll('[part~="content"], #content, slot'));
                  return parts.filter(p => p && p.clientWidth > 0 && p.scrollWidth > p.clientWidth)
                      .map(p => (p.getAttribute('part') || p.localName) + ' ' + p.scrollWidth + ' > ' + p.clientWidth).join('; ');
                }""");
        org.assertj.core.api.Assertions.assertThat(problems).as(what + " at " + WIDTH + " px").isEmpty();
    }

    private void assertFitsItsCell(Locator element, String what) {
        // The grid may have to scroll (page or rows) to show the row: truncation is what is checked, not the fold.
        element.scrollIntoViewIfNeeded();
        String problems = (String) element.evaluate(FITS_CELL);
        org.assertj.core.api.Assertions.assertThat(problems).as(what + " at " + WIDTH + " px").isEmpty();
    }

    private static Locator visible(Locator l) {
        return l.filter(new Locator.FilterOptions().setVisible(true));
    }
}
