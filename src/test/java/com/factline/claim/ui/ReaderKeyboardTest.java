package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.TestData;
import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The reader's keyboard path to a claim, server side (the browser side is AxisAndKeyboardFlowTest in Chromium). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ReaderKeyboardTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    private ReaderView reader() {
        ProjectId project = data.project("Reader keyboard");
        Source s = data.source(project, "Reuters", "Xi Jinping arrived in Moscow on Monday for a state visit.");
        return navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()), "sourceId", String.valueOf(s.id().value())));
    }

    @Test
    @WithUserDetails("alice")
    void makeClaimNamesItsShortcutAndTheTextCanTakeTheKeyboardFocus() {
        ReaderView view = reader();
        assertThat(view.makeClaim.getTooltip().getText()).contains("(" + ReaderView.MAKE_CLAIM_KEYS + ")");
        assertThat(view.text.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(view.text.getElement().getAttribute("aria-label")).contains("Shift+arrows").contains("Alt+C");
    }

    @Test
    @WithUserDetails("alice")
    void makeClaimWithNothingSelectedSaysHowToSelectAndASelectionThenOpensTheClaim() {
        ReaderView view = reader();
        view.nothingSelected();
        assertThat(view.noSelection.getText()).contains("Select a passage").contains("Shift+arrows");
        assertThat(view.panel.isVisible()).isFalse();
        // What the browser reports for a keyboard selection (Enter, or the shortcut) is a selection like any other.
        view.text.select(0, 10);
        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.quote.getText()).isEqualTo("Xi Jinping");
        assertThat(view.noSelection.getText()).isEmpty();
    }
}
