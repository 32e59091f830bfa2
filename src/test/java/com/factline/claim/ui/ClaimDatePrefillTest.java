package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.source.Source;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.claim.ClaimFilter;
import com.factline.claim.ClaimService;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventData;
import com.factline.timeline.EventService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The date a new claim starts with: the expression in or nearest the selection, the others as chips, and fallbacks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ClaimDatePrefillTest extends SpringBrowserlessTest {

    // Published Tuesday 21 March 2023: "on Monday" is 20 March, "next week" 27 March to 2 April.
    static final String TEXT = "On Monday, Xi Jinping told officials in a long speech that he would visit Moscow next week."
            + " Nothing here has a date.";

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    EventService events;
    @Autowired
    ClaimService claims;

    ProjectId project;
    Source source;

    ReaderView open(String text, LocalDate published) {
        project = projects.create(new ProjectData("Date prefill " + UUID.randomUUID(), "")).id();
        source = sources.importText(project, new SourceData("Reuters", "Reuters", published, null, null, null, text));
        return navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()), "sourceId", String.valueOf(source.id().value())));
    }

    static java.util.List<String> chips(ReaderView view) {
        return view.panel.otherDates.getChildren().map(c -> ((Button) c).getText()).toList();
    }

    static void clickChip(ReaderView view, String startingWith) {
        view.panel.otherDates.getChildren().map(c -> (Button) c).filter(b -> b.getText().startsWith(startingWith)).findFirst()
                .ifPresentOrElse(Button::click, () -> { throw new AssertionError("no chip " + startingWith + " in " + chips(view)); });
    }

    void select(ReaderView view, String passage) {
        int start = source.text().indexOf(passage);
        view.selected(start, start + passage.length());
    }

    @Test
    @WithUserDetails("alice")
    void shouldPrefillTheDateNearestTheSelectionNotTheFirstOfTheSentence() {
        ReaderView view = open(TEXT, LocalDate.of(2023, 3, 21));
        select(view, "he would visit Moscow");
        assertThat(view.panel.earliest.getValue()).as("\u201cnext week\u201d is next to the selection").isEqualTo(LocalDate.of(2023, 3, 27));
        assertThat(view.panel.dateSource.getText()).contains("\u201cnext week\u201d");

        select(view, "Xi Jinping told officials");
        assertThat(view.panel.earliest.getValue()).as("\u201cMonday\u201d is nearer").isEqualTo(LocalDate.of(2023, 3, 20));
    }

    @Test
    @WithUserDetails("alice")
    void shouldPrefillTheSameDayInOrNextToTheSelectionNotNextWeekEarlierInTheSentence() {
        ReaderView view = open("The ICC issued an arrest warrant for Vladimir Putin on Friday. Xi Jinping will visit Moscow next week,"
                + " the Kremlin said, and the court announced its warrant the same day.", LocalDate.of(2023, 3, 18));
        select(view, "the court announced its warrant the same day");
        assertThat(view.panel.earliest.getValue()).isEqualTo(LocalDate.of(2023, 3, 17));
        assertThat(view.panel.latest.getValue()).isEqualTo(LocalDate.of(2023, 3, 17));
        assertThat(chips(view)).containsExactly("\u201cnext week\u201d: 20\u201326 March 2023");

        select(view, "the court announced its warrant");
        assertThat(view.panel.earliest.getValue()).as("\u201cthe same day\u201d follows the selection; \u201cnext week\u201d is farther")
                .isEqualTo(LocalDate.of(2023, 3, 17));
    }

    @Test
    @WithUserDetails("alice")
    void shouldOfferTheSentencesOtherDatesAsChipsThatSetTheDate() {
        ReaderView view = open(TEXT, LocalDate.of(2023, 3, 21));
        select(view, "he would visit Moscow");
        assertThat(chips(view)).containsExactly("\u201cMonday\u201d: 20 March 2023");
        clickChip(view, "\u201cMonday\u201d");
        assertThat(view.panel.earliest.getValue()).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(view.panel.dateSource.getText()).contains("\u201cMonday\u201d");
        assertThat(chips(view)).as("the one just replaced is offered back").hasSize(1).first().asString().startsWith("\u201cnext week\u201d");
        test(view.panel.statement).setValue("Xi will visit Moscow");
        view.panel.save();
        assertThat(claims.list(project, ClaimFilter.all())).singleElement()
                .satisfies(c -> assertThat(c.date().expression()).as("the chip keeps its provenance").isEqualTo("Monday"));
    }

    @Test
    @WithUserDetails("alice")
    void shouldOfferThePublicationDateWhenNothingIsFoundAndTheEventsDateForAnUndatedClaim() {
        ReaderView view = open("Officials said little. Nothing here has a date.", LocalDate.of(2023, 3, 21));
        select(view, "Nothing here has a date");
        assertThat(view.panel.date.getValue()).isNull();
        assertThat(view.panel.dateSource.getText()).contains("publication date").contains("on or before");
        clickChip(view, "Publication date: 21 March 2023");
        assertThat(view.panel.earliest.getValue()).isEqualTo(LocalDate.of(2023, 3, 21));
        assertThat(view.panel.dateSource.getText()).contains("publication date").contains("on or before");

        events.create(project, new EventData("Warrant issued", null, null, DateValue.day(LocalDate.of(2023, 3, 17))));
        select(view, "Nothing here");
        view.panel.date.clear();
        view.panel.event.setValue(events.list(project).getFirst());
        clickChip(view, "The event\u2019s date: 17 March 2023");
        assertThat(view.panel.earliest.getValue()).isEqualTo(LocalDate.of(2023, 3, 17));
    }

    @Test
    @WithUserDetails("alice")
    void shouldWarnWithoutBlockingWhenTheClaimsDateDoesNotOverlapItsEvents() {
        ReaderView view = open(TEXT, LocalDate.of(2023, 3, 21));
        events.create(project, new EventData("Warrant issued", null, null, DateValue.day(LocalDate.of(2023, 3, 17))));
        select(view, "he would visit Moscow");
        view.panel.event.setValue(events.list(project).getFirst());
        assertThat(view.panel.eventDateWarning.isVisible()).isTrue();
        assertThat(view.panel.eventDateWarning.getText()).contains("does not overlap").contains("17 March 2023");
        test(view.panel.statement).setValue("Xi will visit Moscow");
        view.panel.save();
        assertThat(claims.list(project, ClaimFilter.all())).as("a warning, not a block").hasSize(1);
        assertThat(view.panel.eventDateWarning.isVisible()).as("still said on the saved claim").isTrue();

        test(view.panel.date.earliest).setValue(LocalDate.of(2023, 3, 17));
        assertThat(view.panel.eventDateWarning.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("alice")
    void shouldKeepTheEditorsSelectionWhenADottedDateIsClicked() {
        ReaderView view = open(TEXT, LocalDate.of(2023, 3, 21));
        select(view, "he would visit Moscow");
        int monday = 0;
        while (!view.suggested.get(monday).text().equals("Monday")) {
            monday++;
        }
        view.markClicked(monday);
        assertThat(view.panel.quote.getText()).as("the selection stays").isEqualTo("he would visit Moscow");
        assertThat(view.panel.earliest.getValue()).isEqualTo(LocalDate.of(2023, 3, 20));
    }
}
