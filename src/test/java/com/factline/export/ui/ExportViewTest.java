package com.factline.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.export.ExportScope;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.timeline.EventData;
import com.factline.timeline.EventService;
import com.vaadin.browserless.SpringBrowserlessTest;
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
    void shouldPreviewTheHtmlExportAsTextNeverAsMarkup() {
        ProjectId p = projects.create(new ProjectData("Export view " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("<img src=x onerror=alert(1)> Draft event", null, null, null));
        ExportView view = navigate(ExportView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.download.getHref()).isNotBlank();
        test(view.format).selectItem("HTML report (standalone, printable)");
        test(view.scope).selectItem("All events");
        assertThat(view.scope.getValue()).isEqualTo(ExportScope.ALL);
        test(view.preview).click();
        assertThat(view.error.getText()).isEmpty();
        assertThat(view.output.getText()).startsWith("<!DOCTYPE html>").contains("&lt;img src=x onerror=alert(1)&gt; Draft event");
        assertThat(view.output.getChildren()).isEmpty();
        assertThat(view.output.getElement().getProperty("innerHTML")).isNull();
    }
}
