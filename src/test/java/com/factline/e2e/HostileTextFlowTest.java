package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Article text and titles are data: markup in them is shown, never run, wherever they appear. */
class HostileTextFlowTest extends BrowserTest {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
    static final String LINK = "<a href=\"javascript:window.__pwned=3\">read the statement</a>";
    static final String TITLE = "Summit " + SCRIPT + " " + IMG;

    final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void recordDialogs() {
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
    }

    static String article(String via) {
        return "Imported through the " + via + ". Xi arrived in Moscow on Monday.\n"
                + SCRIPT + "\n" + IMG + "\n"
                + "Full text: " + LINK + " javascript:window.__pwned=4\n"
                + "<iframe src=\"javascript:parent.__pwned=5\"></iframe> <svg onload=\"window.__pwned=6\"></svg>";
    }

    @Test
    void hostileArticleImportedThroughTheUiIsShownAsText() {
        long project = createProject("alice", "Hostile UI " + System.nanoTime());
        signIn("alice");
        open("/projects/" + project + "/sources");

        page.locator("vaadin-button:has-text('Import article')").click();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(TITLE);
        page.getByLabel("Outlet", new Page.GetByLabelOptions().setExact(true)).fill("<b>Outlet</b>");
        page.getByLabel("Article text", new Page.GetByLabelOptions().setExact(true)).fill(article("UI"));
        page.locator("vaadin-button:text-is('Import')").click();
        page.waitForURL(Pattern.compile("/projects/" + project + "/sources/\\d+$"));
        waitForVaadin();

        assertShownAsText("UI");
        assertThat(page.getByText("<b>Outlet</b> \u00b7 publication date unknown")).isVisible();

        // The list shows the title as text too.
        open("/projects/" + project + "/sources");
        assertThat(page.locator("vaadin-grid")).containsText(TITLE);
        assertNothingRan();
    }

    @Test
    void hostileArticleImportedThroughTheApiIsShownAsText() {
        long project = createProject("alice", "Hostile API " + System.nanoTime());
        var created = postJson("/api/v1/projects/" + project + "/sources", "alice",
                "{\"title\":" + json(TITLE) + ",\"text\":" + json(article("API")) + "}");
        org.assertj.core.api.Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long source = idOf(created.body());

        signIn("alice");
        open("/projects/" + project + "/sources/" + source);

        assertShownAsText("API");

        // The editable metadata holds the title as a value, not as markup.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Metadata").setExact(true)).click();
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue(TITLE);
        assertNothingRan();
    }

    private void assertShownAsText(String via) {
        var text = page.locator("#source-text");
        assertThat(text).containsText("Imported through the " + via + ".");
        assertThat(text).containsText(SCRIPT);
        assertThat(text).containsText(IMG);
        assertThat(text).containsText(LINK);
        assertThat(text.getByText(SCRIPT)).isVisible();
        assertThat(text.locator("script, img, a, iframe, svg")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE).setExact(true))).isVisible();
        // A javascript: "link" in the text is just text: clicking it does nothing.
        text.getByText("read the statement").click();
        assertNothingRan();
    }

    private void assertNothingRan() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        waitForVaadin();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
        org.assertj.core.api.Assertions.assertThat(page.locator("img[src=x], iframe").count()).isZero();
        org.assertj.core.api.Assertions.assertThat(dialogs).isEmpty();
    }
}
