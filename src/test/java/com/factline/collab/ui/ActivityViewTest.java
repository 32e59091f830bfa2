package com.factline.collab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.collab.Activity;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ActivityViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;

    @Test
    @WithUserDetails("alice")
    void shouldReadTheFeedLazilyNewestFirst() {
        ProjectId p = projects.create(new ProjectData("Activity view " + UUID.randomUUID(), "")).id();
        sources.importText(p, new SourceData("First", "Reuters", LocalDate.of(2023, 3, 21), null, null, null,
                "First article " + UUID.randomUUID()));
        sources.importText(p, new SourceData("Second", "AP", LocalDate.of(2023, 3, 21), null, null, null,
                "Second article " + UUID.randomUUID()));
        ActivityView view = navigate(ActivityView.class, Map.of("projectId", String.valueOf(p.value())));

        assertThat(view.grid.getDataProvider().isInMemory()).as("the feed is not held whole in server memory").isFalse();
        int rows = test(view.grid).size();
        assertThat(rows).isGreaterThanOrEqualTo(2);
        Activity newest = test(view.grid).getRow(0);
        Activity older = test(view.grid).getRow(1);
        assertThat(newest.id()).isGreaterThan(older.id());
    }
}
