package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.claim.ClaimFilter;
import com.factline.claim.ClaimService;
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
class ReaderViewTest extends SpringBrowserlessTest {

    static final String TEXT = "Global dividing lines hardened on Friday with the announcement that Xi would visit. "
            + "The talks are due to start on Monday.";

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimService claims;

    @Test
    @WithUserDetails("alice")
    void shouldTurnASelectedSpanIntoADatedClaimAttachedToANewEvent() {
        ProjectId project = projects.create(new ProjectData("Reader " + UUID.randomUUID(), "")).id();
        var source = sources.importText(project, new SourceData("NYT", "The New York Times", LocalDate.of(2023, 3, 18), null, null, null, TEXT));
        ReaderView view = navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()),
                "sourceId", String.valueOf(source.id().value())));
        assertThat(view.text.segments.stream().filter(s -> s.hasClassName("fl-suggestion")).count()).isGreaterThanOrEqualTo(2);

        String quote = "Global dividing lines hardened on Friday";
        view.selected(0, quote.length()); // what the browser module reports for a mouse selection
        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.quote.getText()).isEqualTo(quote);
        assertThat(view.panel.earliest.getValue()).as("Friday before a Saturday paper").isEqualTo(LocalDate.of(2023, 3, 17));
        assertThat(view.panel.dateDisplay.getText()).contains("17 March 2023");

        test(view.panel.statement).setValue("Dividing lines hardened");
        test(view.panel.newEvent).setValue("ICC issues arrest warrant for Putin");
        test(view.panel.save).click();
        assertThat(view.panel.error.getText()).isEmpty();

        var saved = claims.list(project, ClaimFilter.all());
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).quote()).isEqualTo(quote);
        assertThat(saved.get(0).date().value().earliest()).isEqualTo(LocalDate.of(2023, 3, 17));
        assertThat(saved.get(0).date().expression()).isEqualTo("Friday");
        assertThat(saved.get(0).eventId()).isNotNull();
        assertThat(view.text.segments.stream().filter(s -> s.hasClassName("fl-claim")).count()).as("highlight at once").isPositive();
        assertThat(test(view.claimGrid).size()).isOne();
    }

    @Test
    @WithUserDetails("alice")
    void shouldPrefillTheSentenceWhenASuggestionIsClicked() {
        ProjectId project = projects.create(new ProjectData("Reader " + UUID.randomUUID(), "")).id();
        var source = sources.importText(project, new SourceData("NYT", "NYT", LocalDate.of(2023, 3, 18), null, null, null, TEXT));
        ReaderView view = navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()),
                "sourceId", String.valueOf(source.id().value())));
        var monday = view.text.segments.stream().filter(s -> s.hasClassName("fl-suggestion") && s.getText().contains("Monday"))
                .findFirst().orElseThrow();
        view.text.click(monday); // what the browser reports for a click on that segment
        assertThat(view.panel.quote.getText()).isEqualTo("The talks are due to start on Monday.");
        assertThat(view.panel.earliest.getValue()).as("future tense: the Monday after").isEqualTo(LocalDate.of(2023, 3, 20));
    }

    @Autowired
    com.factline.TestData data;

    @Test
    @WithUserDetails("alice")
    void theTextIsOneScriptOfSegmentsWithTheirMarksAndAnArticleWithManyClaimsGetsAScrollingList() {
        ProjectId project = data.project("Reader segments");
        StringBuilder text = new StringBuilder(TEXT);
        for (int i = 1; i <= ReaderView.ALL_CLAIMS_SHOWN_UP_TO + 1; i++) {
            text.append(" Point ").append(i).append(" was <b>made</b>.");
        }
        var source = data.source(project, "Reuters", text.toString());
        for (int i = 1; i <= ReaderView.ALL_CLAIMS_SHOWN_UP_TO + 1; i++) {
            data.claim(project, source, "Point " + i + " was <b>made</b>.", null);
        }
        ReaderView view = navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()),
                "sourceId", String.valueOf(source.id().value())));
        assertThat(view.text.getChildren()).as("no server-side component per segment").isEmpty();
        var segments = view.text.segments;
        assertThat(String.join("", segments.stream().map(SourceText.Segment::text).toList())).as("the whole text, in order")
                .isEqualTo(text.toString());
        var claimed = segments.stream().filter(s -> s.hasClassName("fl-claim")).toList();
        assertThat(claimed).hasSize(ReaderView.ALL_CLAIMS_SHOWN_UP_TO + 1);
        assertThat(claimed.getFirst().text()).as("typed markup stays text").isEqualTo("Point 1 was <b>made</b>.");
        assertThat(claimed.getFirst().title()).startsWith("Claim");
        assertThat(segments.stream().filter(s -> s.key() == null)).as("plain text reports no click").isNotEmpty()
                .allMatch(s -> s.classes().isEmpty() && s.title() == null);
        view.text.click(claimed.getFirst());
        assertThat(view.panel.isVisible()).as("a click on a claim opens it").isTrue();
        assertThat(view.panel.quote.getText()).isEqualTo("Point 1 was <b>made</b>.");

        assertThat(view.claimGrid.isAllRowsVisible()).as("more claims than the list shows whole: it scrolls").isFalse();
        assertThat(view.claimGrid.getPageSize()).isEqualTo(ReaderView.CLAIM_PAGE);
        assertThat(test(view.claimGrid).size()).isEqualTo(ReaderView.ALL_CLAIMS_SHOWN_UP_TO + 1);
    }
}
