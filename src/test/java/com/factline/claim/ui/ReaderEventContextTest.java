package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.TestData;
import com.factline.claim.Claim;
import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventData;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import com.factline.timeline.EventSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Where a claim meets its event: the picker with context, and the Event column of the claims lists. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ReaderEventContextTest extends SpringBrowserlessTest {

    static final String TEXT = "The ICC issued a warrant for Putin on Friday. Xi Jinping arrived in Moscow on Monday for a state visit.";

    @Autowired
    TestData data;
    @Autowired
    EventService events;

    private ProjectId project;
    private Source reuters;
    private EventId icc;
    private EventId xi;

    private void story() {
        project = data.project("Event context");
        reuters = data.source(project, "Reuters", TEXT);
        Source bbc = data.source(project, "BBC News", TEXT + " (BBC)");
        events.create(project, new EventData("Talks in January", null, null, DateValue.day(LocalDate.of(2023, 1, 10))));
        icc = events.create(project, new EventData("ICC issues a warrant", null, null, DateValue.day(LocalDate.of(2023, 3, 17)))).id();
        xi = events.create(project, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20)))).id();
        events.create(project, new EventData("Background", null, null, null));
        data.claim(project, reuters, "The ICC issued a warrant for Putin", icc);
        data.claim(project, bbc, "Xi Jinping arrived in Moscow", xi);
        data.claim(project, reuters, "Xi Jinping arrived in Moscow", xi);
    }

    private ReaderView reader() {
        return navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()), "sourceId",
                String.valueOf(reuters.id().value())));
    }

    @Test
    @WithUserDetails("alice")
    void theEventPickerOffersTheEventsClosestToTheClaimsDateFirstWithTheOutletsAlreadyOnThem() {
        story();
        ReaderView view = reader();
        view.selected(0, 10);
        test(view.panel.date.typed).setValue("21 March 2023");
        assertThat(view.panel.eventChoices()).extracting(EventSummary::title)
                .containsExactly("Xi arrives in Moscow", "ICC issues a warrant", "Talks in January", "Background");
        EventSummary first = view.panel.eventChoices().get(0);
        assertThat(EventChoices.context(first, view.panel.date.getValue()))
                .isEqualTo("BBC News, Reuters \u00B7 1 day from the claim\u2019s date");
        // A new date in the field re-sorts the choices.
        test(view.panel.date.typed).setValue("12 January 2023");
        assertThat(view.panel.eventChoices()).extracting(EventSummary::title).first().isEqualTo("Talks in January");
    }

    @Test
    @WithUserDetails("alice")
    void theClaimsInThisArticleAndTheClaimsListNameTheEventEachClaimIsOn() {
        story();
        data.claim(project, reuters, "for a state visit", null);
        ReaderView view = reader();
        var grid = test(view.claimGrid);
        int column = columnOf(view.claimGrid, "Event");
        java.util.List<String> byQuote = new java.util.ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            byQuote.add(grid.getRow(row).quote() + " -> " + grid.getCellText(row, column));
        }
        assertThat(byQuote).containsExactly("The ICC issued a warrant for Putin -> ICC issues a warrant",
                "Xi Jinping arrived in Moscow -> Xi arrives in Moscow", "for a state visit -> \u2014");

        ClaimsView list = navigate(ClaimsView.class, Map.of("projectId", String.valueOf(project.value())));
        var all = test(list.grid);
        int listColumn = columnOf(list.grid, "Event");
        java.util.List<String> events = new java.util.ArrayList<>();
        for (int row = 0; row < all.size(); row++) {
            Claim c = all.getRow(row);
            events.add(c.outlet() + ": " + all.getCellText(row, listColumn));
        }
        assertThat(events).containsExactlyInAnyOrder("Reuters: ICC issues a warrant", "Reuters: Xi arrives in Moscow",
                "BBC News: Xi arrives in Moscow", "Reuters: \u2014");
    }

    private int columnOf(Grid<?> grid, String header) {
        var t = test(grid);
        for (int i = 0; i < grid.getColumns().size(); i++) {
            if (header.equals(t.getHeaderCell(i))) {
                return i;
            }
        }
        throw new AssertionError("No column " + header);
    }
}
