package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ImportFlowTest extends BrowserTest {

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Test
    void clickingTheSampleProjectOpensItsSources() {
        long demo = demoProjectId();
        signIn("alice");

        page.locator("input[placeholder='Filter projects']").fill("Moscow summit");
        waitForVaadin();
        page.waitForTimeout(600); // the filter is LAZY: let it apply before clicking the row
        waitForVaadin();
        page.locator("vaadin-grid").getByText("Xi\u2013Putin Moscow summit, March 2023").filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).first().click();
        page.waitForURL("**/projects/" + demo + "/sources");
        waitForVaadin();

        assertThat(page.locator("h2")).hasText("Sources \u2014 Xi\u2013Putin Moscow summit, March 2023");
        assertThat(page.locator("vaadin-button:has-text('Import article')")).isVisible();
        assertThat(page.locator("vaadin-grid")).containsText("Reuters");
    }

    @Test
    void importAPastedArticleAndReadIt() {
        // A project of its own, so the five sample sources the other tests count stay five.
        String projectName = "Import flow " + System.nanoTime();
        long project = createProject("alice", projectName);
        signIn("alice");

        page.locator("input[placeholder='Filter projects']").fill(projectName);
        waitForVaadin();
        page.waitForTimeout(600); // the filter is LAZY: let it apply before clicking the row
        waitForVaadin();
        page.locator("vaadin-grid").getByText(projectName).filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).first().click();
        page.waitForURL("**/projects/" + project + "/sources");
        waitForVaadin();
        assertThat(page.locator("vaadin-grid")).containsText("No articles yet");

        page.locator("vaadin-button:has-text('Import article')").click();
        assertThat(page.getByText("Import an article")).isVisible();
        String text = "Xi Jinping left Moscow on Wednesday after talks with Vladimir Putin.\n\n"
                + "The two leaders signed a joint statement on Tuesday.";
        page.getByLabel("Title", EXACT).fill("Xi leaves Moscow");
        page.getByLabel("Outlet", EXACT).fill("Desk notes");
        page.getByLabel("Article text", EXACT).fill(text);
        page.locator("vaadin-button:text-is('Import')").click();

        page.waitForURL(Pattern.compile("/projects/" + project + "/sources/\\d+$"));
        waitForVaadin();
        Matcher m = Pattern.compile("/sources/(\\d+)$").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(m.find()).as(page.url()).isTrue();
        long sourceId = Long.parseLong(m.group(1));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xi leaves Moscow"))).isVisible();
        assertThat(page.getByText("Import an article")).isHidden();
        assertThat(page.locator("#source-text")).containsText("Xi Jinping left Moscow on Wednesday");
        assertThat(page.locator("#source-text")).containsText("signed a joint statement on Tuesday.");
        assertThat(page.getByText("Desk notes \u00b7 publication date unknown")).isVisible();

        // The UI import is the stored source, text exactly as pasted.
        var stored = get("/api/v1/projects/" + project + "/sources/" + sourceId, "alice");
        org.assertj.core.api.Assertions.assertThat(stored.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(stored.body()).contains(json(text)).contains("\"outlet\":\"Desk notes\"");
    }
}
