package com.factline.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.export.ExportScope;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.timeline.EventData;
import com.factline.timeline.EventService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ExportViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    EventService events;

    @Test
    @WithUserDetails("alice")
    void shouldRenderTheHtmlReportInASandboxedFrameWithUserTextEscaped() {
        ProjectId p = projects.create(new ProjectData("Export view " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("<img src=x onerror=alert(1)> Draft event", null, null, null));
        ExportView view = navigate(ExportView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.download.getHref()).isNotBlank();
        test(view.format).selectItem("HTML report (standalone, printable)");
        test(view.scope).selectItem("All events");
        assertThat(view.scope.getValue()).isEqualTo(ExportScope.ALL);
        test(view.preview).click();
        assertThat(view.error.getText()).isEmpty();
        assertThat(view.report.isVisible()).isTrue();
        assertThat(view.report.getSrcdoc()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("<!DOCTYPE html>").contains("&lt;img src=x onerror=alert(1)&gt; Draft event")
                .doesNotContain("<img");
        assertThat(view.report.getElement().getAttribute("sandbox")).as("no scripts, no same origin, no forms, no top navigation")
                .isEmpty();
        // nothing of the report enters the application's own page
        assertThat(view.output.getText()).isEmpty();
        assertThat(view.output.getChildren()).isEmpty();
        assertThat(view.output.getElement().getProperty("innerHTML")).isNull();
        assertThat(view.outputDetails.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("alice")
    void shouldPreviewJsonAsDatedHeadlinesWithTheFileTextOnRequest() {
        ProjectId p = projects.create(new ProjectData("Export headlines " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("<b>Xi</b> arrives in Moscow", null, null, null));
        ExportView view = navigate(ExportView.class, Map.of("projectId", String.valueOf(p.value())));
        test(view.format).selectItem("Factline JSON");
        test(view.scope).selectItem("All events");
        test(view.preview).click();

        assertThat(view.report.isVisible()).isFalse();
        List<String> rows = view.headlines.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(rows).singleElement().asString().contains("undated", "<b>Xi</b> arrives in Moscow", "0 articles");
        assertThat(view.headlines.getElement().getProperty("innerHTML")).isNull();
        assertThat(view.outputDetails.isVisible()).isTrue();
        assertThat(view.outputDetails.getSummaryText()).endsWith("-working.json");
        assertThat(view.output.getText()).startsWith("{").contains("\"format\"");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("alice")
    void shouldOpenOnThePreviewOfTheDefaultFileSoAnEmptyExportIsSeenAtOnce() {
        ProjectId p = projects.create(new ProjectData("Export opens " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("Only a draft", null, null, null));
        ExportView view = navigate(ExportView.class, Map.of("projectId", String.valueOf(p.value())));

        assertThat(view.scope.getValue()).isEqualTo(ExportScope.VERIFIED);
        assertThat(view.error.getText()).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("No event is verified yet");
    }

    @Test
    @WithUserDetails("alice")
    void shouldSayWhatToDoWhenNothingIsVerifiedYet() {
        ProjectId p = projects.create(new ProjectData("Export empty " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("Still a draft", null, null, null));
        ExportView view = navigate(ExportView.class, Map.of("projectId", String.valueOf(p.value())));
        test(view.format).selectItem("HTML report (standalone, printable)");
        test(view.preview).click();

        assertThat(view.scope.getValue()).isEqualTo(ExportScope.VERIFIED);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("No event is verified yet", "Review", "all events");
        assertThat(view.report.getSrcdoc()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("No event is verified yet");
    }
}
