package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.claim.Claim;
import com.factline.claim.ClaimData;
import com.factline.claim.ClaimFilter;
import com.factline.claim.ClaimService;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.source.Source;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.temporal.DatePrecision;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The claim panel as an editor types into it: dates, Enter, new selections and leaving. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ClaimPanelEditingTest extends SpringBrowserlessTest {

    static final String TEXT = "Xi Jinping arrived in Moscow on Monday for a three-day visit. The ICC issued a warrant the same day.";

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimService claims;

    private ProjectId project;
    private Source source;

    private ReaderView open() {
        project = projects.create(new ProjectData("Claim panel editing " + UUID.randomUUID(), "")).id();
        source = sources.importText(project, new SourceData("Reuters", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, TEXT));
        return navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()), "sourceId", String.valueOf(source.id().value())));
    }

    @Test
    @WithUserDetails("alice")
    void shouldAcceptADateWrittenInWordsAndSayWhyOtherInputIsRefused() {
        ReaderView view = open();
        view.selected(0, 28);
        test(view.panel.date.typed).setValue("17 March 2023");
        assertThat(view.panel.date.getValue().earliest()).isEqualTo(LocalDate.of(2023, 3, 17));
        assertThat(view.panel.date.getValue().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(view.panel.dateDisplay.getText()).isEqualTo("Date: 17 March 2023");

        test(view.panel.date.typed).setValue("March 2023");
        assertThat(view.panel.date.getValue().precision()).isEqualTo(DatePrecision.MONTH);

        test(view.panel.date.typed).setValue("17 Marhc 2023");
        assertThat(view.panel.date.isInvalid()).isTrue();
        assertThat(view.panel.date.getErrorMessage()).contains("\u201cMarhc\u201d").contains("is not a month");
        test(view.panel.statement).setValue("Xi arrived");
        test(view.panel.save).click();
        assertThat(view.panel.error.getText()).as("a refused date is never saved as the last good one").contains("is not a month");
        assertThat(claims.list(project, ClaimFilter.all())).isEmpty();
    }

    @Test
    @WithUserDetails("alice")
    void shouldMoveToWhenFromChangesAndOpenTheCalendarNearTheArticlesDate() {
        ReaderView view = open();
        view.selected(0, 28);
        assertThat(view.panel.date.earliest.getInitialPosition()).isEqualTo(LocalDate.of(2023, 3, 21));
        test(view.panel.date.earliest).setValue(LocalDate.of(2023, 3, 20));
        assertThat(view.panel.date.latest.getValue()).isEqualTo(LocalDate.of(2023, 3, 20));
        test(view.panel.date.latest).setValue(LocalDate.of(2023, 3, 22));
        test(view.panel.date.earliest).setValue(LocalDate.of(2023, 3, 24));
        assertThat(view.panel.date.latest.getValue()).as("a three-day range stays three days").isEqualTo(LocalDate.of(2023, 3, 26));
    }

    @Test
    @WithUserDetails("alice")
    void shouldNotSaveTheClaimWhenEnterIsPressedOutsideTheStatement() {
        ReaderView view = open();
        view.selected(0, 28);
        test(view.panel.statement).setValue("Xi arrived in Moscow");
        // Enter in a date field reaches the panel (keydown bubbles); it confirms the date, nothing more.
        ShortcutsKt._fireShortcut(view.panel, Key.ENTER);
        assertThat(claims.list(project, ClaimFilter.all())).as("Enter in a date field saves nothing").isEmpty();
        ShortcutsKt._fireShortcut(view.panel.statement, Key.ENTER);
        assertThat(claims.list(project, ClaimFilter.all())).as("Enter in the statement saves").hasSize(1);
    }

    @Test
    @WithUserDetails("alice")
    void shouldKeepWhatWasTypedWhenTheSelectionIsAdjusted() {
        ReaderView view = open();
        view.selected(0, 20);
        test(view.panel.statement).setValue("Xi arrived in Moscow");
        view.selected(0, 28);
        assertThat(view.panel.quote.getText()).isEqualTo("Xi Jinping arrived in Moscow");
        assertThat(view.panel.statement.getValue()).as("typing for the new selection is never overwritten").isEqualTo("Xi arrived in Moscow");

        Claim saved = claims.create(project, new ClaimData(source.id(), 62, 97, TEXT.substring(62, 97), "ICC warrant", null, null, null));
        view.panel.edit(saved);
        assertThat(view.panel.getElement().hasAttribute("data-editing")).as("the browser module clears the statement itself").isTrue();
        view.selected(0, 28);
        assertThat(view.panel.getElement().hasAttribute("data-editing")).isFalse();
        assertThat(view.panel.statement.getValue()).as("an existing claim's statement does not carry over").isEmpty();
    }

    @Test
    @WithUserDetails("alice")
    void shouldAskBeforeLeavingAnUnsavedClaim() {
        ReaderView view = open();
        view.selected(0, 28);
        test(view.panel.statement).setValue("Xi arrived in Moscow");
        UI.getCurrent().navigate("projects/" + project.value() + "/claims");
        assertThat(getCurrentView()).as("still reading: the claim is not lost").isSameAs(view);
        ConfirmDialog ask = $(ConfirmDialog.class).id("unsaved-claim-dialog");
        assertThat(ask.isOpened()).isTrue();
        test(ask).confirm();
        assertThat(getCurrentView()).isInstanceOf(ClaimsView.class);
    }
}
