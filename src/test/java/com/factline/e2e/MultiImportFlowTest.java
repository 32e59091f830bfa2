package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two files dropped at once, then an article by address from a local server, through the sources view in Chromium. */
class MultiImportFlowTest extends BrowserTest {

    static HttpServer site;
    static int sitePort;

    static byte[] resource(String name) {
        try (InputStream in = MultiImportFlowTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/story", ex -> {
            byte[] body = resource("page-jsonld.html");
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        sitePort = site.getAddress().getPort();
        System.setProperty("factline.fetch.allowed-hosts", "127.0.0.1");
    }

    @AfterAll
    static void stopSite() {
        System.clearProperty("factline.fetch.allowed-hosts");
        site.stop(0);
    }

    @Test
    void importTwoFilesAtOnceThenAnArticleByAddress() {
        long project = createProject("alice", "Multi import " + System.nanoTime());
        signIn("alice");
        open("/projects/" + project + "/sources");
        waitForVaadin();

        page.locator("vaadin-button:has-text('Import files')").first().click();
        assertThat(page.locator("vaadin-upload")).isVisible();
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload[] {
                new FilePayload("court-press-release.pdf", "application/pdf", resource("court-press-release.pdf")),
                new FilePayload("water-board-statement.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", resource("water-board-statement.docx"))});
        page.locator("vaadin-button:text-is('Import 2 files')").click();
        assertThat(page.locator("#import-status")).hasText("2 imported, 0 already in the project, 0 refused.");
        assertThat(page.locator("#import-results")).containsText("court-press-release.pdf");
        assertThat(page.locator("#import-results")).containsText("Boil-water notice stays until Monday");
        page.locator("vaadin-button:text-is('Close')").click();
        assertThat(page.locator("vaadin-grid").first()).containsText("Court orders temporary closure of the Eastgate ferry terminal");

        page.locator("vaadin-button:has-text('Import from address')").click();
        page.locator("#import-url input").fill("http://127.0.0.1:" + sitePort + "/story");
        page.locator("vaadin-button:text-is('Fetch')").click();
        assertThat(page.locator("#url-import-notice")).containsText("characters extracted");
        assertThat(page.getByLabel("Title", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)))
                .hasValue("Old Mill bridge reopens to traffic after six months of repairs");
        assertThat(page.getByText("From schema.org JSON-LD").first()).isVisible();
        page.getByLabel("Outlet", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("The Courier");
        page.locator("vaadin-button:text-is('Import')").click();

        page.waitForURL(Pattern.compile("/projects/" + project + "/sources/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("#source-text")).containsText("The Old Mill bridge reopened to cars and buses on Friday morning");
        assertThat(page.getByText("The Courier \u00b7 published 19 April 2024", new com.microsoft.playwright.Page.GetByTextOptions()))
                .isVisible();
    }
}
