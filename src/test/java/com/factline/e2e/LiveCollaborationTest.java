package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two editors, two browsers: changes appear without reload, and a conflicting save is never silent. */
class LiveCollaborationTest extends BrowserTest {

    @Test
    void aClaimAndAnEventMadeByAliceAppearInBobsTimelineAndAConflictingSaveGetsTheDialog() {
        long project = createProject("alice", "Live " + System.nanoTime());
        // bob joins the project (members only)
        jdbcAddMember(project, "bob");
        String text = "Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin.";
        long source = idOf(postJson("/api/v1/projects/" + project + "/sources", "alice",
                "{\"title\":\"AP\",\"outlet\":\"Associated Press\",\"publishedOn\":\"2023-03-20\",\"text\":" + json(text) + "}").body());

        Page bob = secondEditor("bob", baseUrl());
        bob.navigate(baseUrl() + "/projects/" + project + "/timeline");
        bob.waitForFunction("() => !window.Vaadin || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");

        signIn("alice");
        open("/projects/" + project + "/timeline");
        // alice makes a claim and an event from it (through the API, as her browser would through the reader)
        var claim = postJson("/api/v1/projects/" + project + "/claims", "alice", "{\"sourceId\":" + source
                + ",\"start\":0,\"end\":30,\"quote\":" + json(text.substring(0, 30)) + ",\"date\":{\"earliest\":\"2023-03-20\"}}");
        long claimId = idOf(claim.body());
        postJson("/api/v1/projects/" + project + "/events", "alice", "{\"title\":\"Xi arrives in Moscow\",\"claimIds\":[" + claimId + "]}");
        assertThat(bob.locator("vaadin-grid")).containsText("Xi arrives in Moscow");
        assertThat(bob.locator("vaadin-grid")).containsText("Associated Press");

        // Both open the event; bob saves first, alice's save over the old version gets the dialog.
        page.locator("vaadin-grid").getByText("Xi arrives in Moscow").click();
        waitForVaadin();
        bob.locator("vaadin-grid").getByText("Xi arrives in Moscow").click();
        bob.getByLabel("Title").fill("Xi arrives in Moscow for a state visit");
        bob.locator("vaadin-button:text-is('Save')").click();
        assertThat(page.getByText("bob just changed this event.")).isVisible();
        page.getByLabel("Title").fill("Xi lands in Moscow");
        page.locator("vaadin-button:text-is('Save')").click();
        assertThat(page.getByText("Someone else changed this event")).isVisible();
        page.locator("vaadin-button:has-text('Reload theirs')").click();
        assertThat(page.getByLabel("Title")).hasValue("Xi arrives in Moscow for a state visit");
    }

    @Test
    void measureSaveToScreenLatencyBetweenTwoEditors() {
        Page bob = secondEditor("bob", baseUrl());
        long project = 0;
        // A token, as a script or the UI session would: no password hashing in the measured path.
        String token = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(postJson("/api/v1/me/tokens", "alice", "{\"name\":\"latency\"}").body()).get("token").asString();
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                // A fresh project every 4 events (not timed): the new rows must stay in sight of the
                // virtualised grid, and an event's row (title, claims link, counts) takes two lines.
                project = createProject("alice", "Latency " + System.nanoTime());
                jdbcAddMember(project, "bob");
                bob.navigate(baseUrl() + "/projects/" + project + "/timeline");
                bob.waitForFunction("() => !window.Vaadin || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
            }
            String title = "Event number " + i + " " + System.nanoTime();
            long start = System.nanoTime();
            var created = send(request("/api/v1/projects/" + project + "/events", null).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":" + json(title) + "}")).build());
            org.assertj.core.api.Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            try {
            bob.waitForFunction("t => document.querySelector('vaadin-grid') && document.querySelector('vaadin-grid').innerText.includes(t)"
                    + " || [...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.includes(t))", title);
            } catch (RuntimeException e) {
                bob.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/e2e-failures/bob-latency.png")));
                throw e;
            }
            ms.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(ms);
        long median = ms.get(ms.size() / 2);
        long p95 = ms.get((int) Math.ceil(ms.size() * 0.95) - 1);
        System.out.println("LATENCY save-to-other-browser one instance: n=" + ms.size() + " median=" + median + " ms p95=" + p95 + " ms all=" + ms);
    }
}
