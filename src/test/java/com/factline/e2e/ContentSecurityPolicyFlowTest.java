package com.factline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy is strict enough to matter and loose enough for Vaadin: signing in
 * and working through the main views (bundle, inline styles, push, the reader's ES module) makes
 * the browser report no violation.
 */
class ContentSecurityPolicyFlowTest extends BrowserTest {

    @Test
    void theMainViewsRunUnderThePolicyWithoutAViolation() {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(m.text());
            }
        });
        var login = page.navigate(baseUrl() + "/login");
        assertThat(login.headers().get("content-security-policy")).contains("default-src 'self'", "object-src 'none'");
        signIn("alice");

        long project = demoProjectId();
        open("/projects/" + project + "/sources");
        page.locator("vaadin-grid").waitFor();
        open("/projects/" + project + "/timeline");
        open("/projects/" + project + "/discrepancies");
        long source = idOf(get("/api/v1/projects/" + project + "/sources", "alice").body());
        open("/projects/" + project + "/sources/" + source);
        page.locator("#source-text span").first().waitFor();
        assertThat((Boolean) page.evaluate("() => document.querySelectorAll('#source-text span').length > 0")).isTrue();

        assertThat(violations).isEmpty();
    }
}
