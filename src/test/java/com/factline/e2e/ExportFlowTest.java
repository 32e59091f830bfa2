package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.factline.export.Rfc4180;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export view's Download button delivers the file: named from Content-Disposition, in the chosen format and scope. */
class ExportFlowTest extends BrowserTest {

    static final String TEXT = "Xi Jinping arrived in Moscow on Monday. On Tuesday the two leaders signed a joint statement.";
    static final String VERIFIED = "Xi arrives in Moscow";
    static final String DRAFT = "Xi and Putin sign a joint statement";

    long project;
    String slug;

    /** A project with one event verified by carol and one still a draft (set up through the API). */
    @BeforeEach
    void projectWithAVerifiedAndADraftEvent() {
        long n = System.nanoTime();
        project = createProject("alice", "Export flow " + n);
        slug = "export-flow-" + n;
        jdbcAddMember(project, "carol");
        long source = idOf(postJson("/api/v1/projects/" + project + "/sources", "alice",
                "{\"title\":\"AP\",\"outlet\":\"Associated Press\",\"publishedOn\":\"2023-03-21\",\"text\":" + json(TEXT) + "}").body());
        long verified = event(VERIFIED, claim(source, 0, "Xi Jinping arrived in Moscow on Monday", "2023-03-20"));
        event(DRAFT, claim(source, 40, "On Tuesday the two leaders signed a joint statement", "2023-03-21"));
        var verify = postJson("/api/v1/projects/" + project + "/events/" + verified + "/verify", "carol",
                "{\"version\":" + jdbc.sql("select version from event where id = ?").param(verified).query(Integer.class).single() + "}");
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
    }

    @Test
    void downloadingTheJsonExportGivesTheVerifiedEventOnly() throws IOException {
        signIn("alice");
        open("/projects/" + project + "/export");
        chooseFormat("Factline JSON");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Verified only"))).isChecked();

        Download download = page.waitForDownload(() -> downloadLink().click());
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).isEqualTo(slug + "-verified.json");
        assertContentDisposition(download.suggestedFilename());

        String text = Files.readString(download.path(), StandardCharsets.UTF_8);
        JsonNode root = JsonMapper.builder().build().readTree(text);
        assertThat(root.get("format").asString()).isEqualTo("factline-export");
        assertThat(root.get("scope").asString()).isEqualTo("verified");
        assertThat(root.get("project").get("id").asLong()).isEqualTo(project);
        assertThat(root.get("events")).hasSize(1);
        JsonNode event = root.get("events").get(0);
        assertThat(event.get("title").asString()).isEqualTo(VERIFIED);
        assertThat(event.get("status").asString()).isEqualTo("verified");
        assertThat(event.get("verifiedBy").asString()).isEqualTo("carol");
        assertThat(event.get("claims").get(0).get("quote").asString()).isEqualTo("Xi Jinping arrived in Moscow on Monday");
        assertThat(text).doesNotContain(DRAFT);
    }

    @Test
    void downloadingTheCsvExportOfAllEventsGivesAHeaderAndOneRowPerClaim() throws IOException {
        signIn("alice");
        open("/projects/" + project + "/export");
        chooseFormat("CSV (one row per event and claim)");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("All events")).check();
        waitForVaadin();

        Download download = page.waitForDownload(() -> downloadLink().click());
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).isEqualTo(slug + "-working.csv");
        assertContentDisposition(download.suggestedFilename());

        String text = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF"); // for Excel
        List<List<String>> rows = Rfc4180.parse(text.substring(1));
        List<String> header = rows.get(0);
        assertThat(header).startsWith("event_id", "event_title", "event_date");
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).hasSameSizeAs(header));
        int title = header.indexOf("event_title");
        int status = header.indexOf("event_status");
        int verifiedBy = header.indexOf("verified_by");
        int quote = header.indexOf("claim_quote");
        int outlet = header.indexOf("source_outlet");
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).extracting(r -> r.get(title)).containsExactlyInAnyOrder(VERIFIED, DRAFT);
        assertThat(data).filteredOn(r -> r.get(title).equals(VERIFIED)).singleElement()
                .satisfies(r -> assertThat(r.get(status)).isEqualTo("verified"))
                .satisfies(r -> assertThat(r.get(verifiedBy)).isEqualTo("carol"))
                .satisfies(r -> assertThat(r.get(quote)).isEqualTo("Xi Jinping arrived in Moscow on Monday"));
        assertThat(data).filteredOn(r -> r.get(title).equals(DRAFT)).singleElement()
                .satisfies(r -> assertThat(r.get(status)).isNotEqualTo("verified"))
                .satisfies(r -> assertThat(r.get(verifiedBy)).isEmpty());
        assertThat(data).extracting(r -> r.get(outlet)).containsOnly("Associated Press");
    }

    @Test
    void thePreviewRendersTheHtmlReportInASandboxedFrameUnderTheAppsCsp() {
        signIn("alice");
        open("/projects/" + project + "/export");
        chooseFormat("HTML report (standalone, printable)");
        page.locator("vaadin-button:text-is('Preview')").click();
        waitForVaadin();

        Locator frame = page.locator("iframe[title='Report preview']");
        assertThat(frame).isVisible();
        assertThat(frame.getAttribute("sandbox")).isEmpty();
        Locator report = page.frameLocator("iframe[title='Report preview']").locator("body");
        assertThat(report).containsText(VERIFIED);
        assertThat(report).containsText("verified by carol");
        assertThat(report).not().containsText(DRAFT);
        // rendered as a page, not shown as source
        assertThat(report).not().containsText("<!DOCTYPE");
        assertThat(page.frameLocator("iframe[title='Report preview']").locator("h1")).isVisible();
    }

    @Test
    void thePreviewOfTheTimelineJsFileIsAListOfDatedHeadlines() {
        signIn("alice");
        open("/projects/" + project + "/export");
        chooseFormat("TimelineJS 3 (Knight Lab)");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("All events")).check();
        waitForVaadin();
        page.locator("vaadin-button:text-is('Preview')").click();
        waitForVaadin();

        Locator rows = page.locator(".fl-export-headline");
        assertThat(rows).hasCount(2);
        assertThat(rows.first()).containsText("20 March 2023");
        assertThat(rows.first()).containsText(VERIFIED);
        assertThat(rows.nth(1)).containsText(DRAFT);
        assertThat(page.locator("iframe[title='Report preview']")).isHidden();
    }

    private void chooseFormat(String label) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Format")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        waitForVaadin();
    }

    private Locator downloadLink() {
        return page.locator("a:text-is('Download')");
    }

    /** The same link fetched in the browser's session: the file name comes from the Content-Disposition header. */
    private void assertContentDisposition(String fileName) {
        String href = (String) downloadLink().evaluate("a => a.href");
        APIResponse response = context.request().get(href);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-disposition")).startsWith("attachment").contains("filename=\"" + fileName + "\"");
    }

    private long claim(long source, int start, String quote, String date) {
        assertThat(TEXT.substring(start, start + quote.length())).isEqualTo(quote);
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", "{\"sourceId\":" + source + ",\"start\":" + start
                + ",\"end\":" + (start + quote.length()) + ",\"quote\":" + json(quote) + ",\"date\":{\"earliest\":\"" + date + "\"}}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return idOf(res.body());
    }

    private long event(String title, long claim) {
        var res = postJson("/api/v1/projects/" + project + "/events", "alice",
                "{\"title\":" + json(title) + ",\"claimIds\":[" + claim + "]}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return idOf(res.body());
    }
}
