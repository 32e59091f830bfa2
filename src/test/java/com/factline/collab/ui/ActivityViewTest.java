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

    @Test
    @WithUserDetails("alice")
    void shouldOpenARowAsASentenceWithItsFieldsAndALinkToTheArticle() {
        ProjectId p = projects.create(new ProjectData("Activity detail " + UUID.randomUUID(), "")).id();
        long source = sources.importText(p, new SourceData("ICC issues warrant", "Reuters", LocalDate.of(2023, 3, 17), null, null, null,
                "Detail article " + UUID.randomUUID())).id().value();
        ActivityView view = navigate(ActivityView.class, Map.of("projectId", String.valueOf(p.value())));
        // background jobs write entries of their own: find the import, not the newest row
        Activity imported = java.util.stream.IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i))
                .filter(a -> a.entityType().equals("source") && a.action().equals("import")).findFirst().orElseThrow();

        ActivityDetailDialog d = view.open(imported);
        assertThat(d.sentence.getText()).isEqualTo("alice imported article \u201cReuters \u00b7 17 Mar 2023 \u00b7 ICC issues warrant\u201d");
        assertThat(d.fields.getGenericDataView().getItems().map(c -> c.label() + ": " + c.newValue()).toList())
                .contains("Title: ICC issues warrant", "Outlet: Reuters");
        assertThat(d.where.getChildren().findFirst()).get().isInstanceOfSatisfying(com.vaadin.flow.component.html.Anchor.class,
                a -> assertThat(a.getHref()).isEqualTo("projects/" + p.value() + "/sources/" + source));
    }

    @Test
    @WithUserDetails("alice")
    void shouldSayWhatToDoWhenNothingHasHappenedYet() {
        ProjectId p = projects.create(new ProjectData("Activity empty " + UUID.randomUUID(), "")).id();
        ActivityView view = navigate(ActivityView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.grid.getEmptyStateText()).contains("Nothing has happened", "Import an article");
    }

    @Test
    @WithUserDetails("alice")
    void entriesAreDatedWithTheirYearAsTheDetailCommentsAndHistoriesDateThem() {
        ProjectId p = projects.create(new ProjectData("Activity dates " + UUID.randomUUID(), "")).id();
        ActivityView view = navigate(ActivityView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(test(view.grid).size()).as("the project's creation").isPositive();
        assertThat(test(view.grid).getCellText(0, 0)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}:\\d{2}");
    }
}
