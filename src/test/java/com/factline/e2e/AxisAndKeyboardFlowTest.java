package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * In Chromium at 1400 × 900: the time axis rings a disputed date red and a corroborated one dark, labels its
 * marks with their titles as text, and explains itself in a legend; in the reader a claim can be started from
 * the keyboard alone.
 */
class AxisAndKeyboardFlowTest extends BrowserTest {

    static final String TEXT = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday. "
            + "Xi Jinping arrived in Moscow on Monday for a three-day state visit.";
    static final String ICC = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday";
    static final String XI = "Xi Jinping arrived in Moscow on Monday";

    @Test
    void theAxisTellsADisputedDateFromACorroboratedOneAndItsLegendSaysWhichIsWhich() {
        long project = createProject("alice", "Axis " + System.nanoTime());
        long reuters = apiSource(project, "Reuters", TEXT);
        long ap = apiSource(project, "Associated Press", TEXT);
        long a = apiClaim(project, reuters, TEXT, 0, ICC, "2023-03-17");
        long b = apiClaim(project, ap, TEXT, 0, ICC, "2023-03-17");
        long c = apiClaim(project, reuters, TEXT, 88, XI, "2023-03-20");
        long d = apiClaim(project, ap, TEXT, 88, XI, "2023-03-20");
        apiEvent(project, "ICC <b>warrant</b> for Putin", a, b);
        apiEvent(project, "Xi arrives in Moscow", c, d);
        var mark = postJson("/api/v1/projects/" + project + "/discrepancies", "alice", "{\"kind\":\"description\",\"note\":"
                + json("Children or adults?") + ",\"claimIds\":[" + a + "," + b + "]}");
        org.assertj.core.api.Assertions.assertThat(mark.statusCode()).as(mark.body()).isEqualTo(201);

        page.setViewportSize(1400, 900);
        signIn("alice");
        open("/projects/" + project + "/timeline");

        Locator disputed = page.locator(".fl-axis-track .fl-axis-event.fl-axis-disputed");
        Locator corroborated = page.locator(".fl-axis-track .fl-axis-event.fl-axis-corroborated");
        assertThat(disputed).hasCount(1);
        assertThat(corroborated).hasCount(1);
        String ring = (String) disputed.evaluate("el => getComputedStyle(el).boxShadow");
        String dark = (String) corroborated.evaluate("el => getComputedStyle(el).boxShadow");
        org.assertj.core.api.Assertions.assertThat(ring).as("the disputed mark's ring").contains("rgb(198, 40, 40)");
        org.assertj.core.api.Assertions.assertThat(dark).as("the corroborated mark's ring").isNotEqualTo(ring).isNotEqualTo("none");
        // Titles are labels as text: the typed markup shows as characters, never as an element.
        Locator labels = page.locator(".fl-axis-label");
        assertThat(labels.first()).hasText("\u26A0 ICC <b>warrant</b> for Putin");
        assertThat(page.locator(".fl-axis-label b")).hasCount(0);
        assertThat(labels.nth(1)).hasText("Xi arrives in Moscow");
        assertThat(disputed).hasAttribute("title", java.util.regex.Pattern.compile("open discrepancy[\\s\\S]*ICC <b>warrant</b> for Putin"));
        Locator legend = page.locator("#axis-legend");
        assertThat(legend).isVisible();
        assertThat(legend).containsText("open discrepancy");
        assertThat(legend).containsText("2+ outlets");
        assertThat(legend.locator(".fl-axis-disputed")).hasCount(1);
        assertThat(legend.locator(".fl-axis-corroborated")).hasCount(1);
        page.locator("vaadin-button:text-is('Zoom out')").click();
        assertThat(page.getByText("Scale: weeks (Mondays)")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.locator(".fl-axis-tick").count()).as("a tick per week").isGreaterThanOrEqualTo(5);
    }

    @Test
    void anAxisWiderThanTheScreenOpensWithTheStretchInSightAndDrawsItsFlanksWhenThePointerGoesOverIt() {
        long project = createProject("alice", "Axis flanks " + System.nanoTime());
        java.time.LocalDate first = java.time.LocalDate.of(2023, 1, 2);
        // A dated event every other day for 120 days: at the default zoom (60 px a day) a track of about 7,000 px.
        for (int i = 0; i < 60; i++) {
            String day = first.plusDays(2L * i).toString();
            var res = postJson("/api/v1/projects/" + project + "/events", "alice", "{\"title\":" + json("Day " + (2 * i))
                    + ",\"date\":{\"earliest\":\"" + day + "\",\"latest\":\"" + day + "\",\"precision\":\"day\"}}");
            org.assertj.core.api.Assertions.assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        }
        page.setViewportSize(1400, 900);
        signIn("alice");
        open("/projects/" + project + "/timeline");

        // The first response drew the stretch in sight (a mark is 120 px from the next: day 30 is at ~1,900 px);
        // the pointer going over the axis asks for a screen's width beyond it, drawn before any scroll.
        Locator track = page.locator(".fl-axis-track");
        assertThat(track.locator(".fl-axis-label").first()).hasText("Day 0");
        page.locator(".fl-axis-scroller").hover();
        assertThat(track.locator(".fl-axis-label", new Locator.LocatorOptions().setHasText("Day 30"))).hasCount(1);
        org.assertj.core.api.Assertions.assertThat((Number) page.locator(".fl-axis-scroller").evaluate("el => el.scrollLeft"))
                .as("not scrolled").isEqualTo(0);
        // Panning to the end draws the last dates.
        page.locator(".fl-axis-scroller").evaluate("el => { el.scrollLeft = el.scrollWidth; el.dispatchEvent(new Event('scroll')); }");
        assertThat(track.locator(".fl-axis-label", new Locator.LocatorOptions().setHasText("Day 118"))).hasCount(1);
    }

    @Test
    void aClaimCanBeStartedWithTheKeyboardAlone() {
        long project = createProject("alice", "Keyboard " + System.nanoTime());
        long source = apiSource(project, "Reuters", TEXT);
        page.setViewportSize(1400, 900);
        signIn("alice");
        open("/projects/" + project + "/sources/" + source);
        assertThat(page.locator("#make-claim")).isVisible();

        // Nothing selected yet: the shortcut says how to select, and no claim panel opens.
        page.keyboard().press("Alt+c");
        assertThat(page.locator("#make-claim-error")).containsText("Select a passage");

        page.locator("#source-text").focus();
        for (int i = 0; i < "The International Criminal".length(); i++) {
            page.keyboard().press("Shift+ArrowRight");
        }
        assertThat(page.locator("#claim-quote")).not().isVisible();
        page.keyboard().press("Enter");
        assertThat(page.locator("#claim-quote")).hasText("The International Criminal");

        // Back in the text, the selection is extended by word and made a claim with the shortcut.
        page.locator("#source-text").focus();
        page.keyboard().press("Control+Shift+ArrowRight");
        page.keyboard().press("Alt+c");
        assertThat(page.locator("#claim-quote")).hasText(java.util.regex.Pattern.compile("^The International Criminal Court\\s?$"));
        assertThat(page.locator("#make-claim-error")).hasText("");
    }
}
