package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.TestData;
import com.factline.claim.Claim;
import com.factline.claim.ClaimService;
import com.factline.claim.ClaimUpdate;
import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The reader offers a project's viewer nothing that changes it: no claim making (button, Alt+C, selection, a
 * clicked date), read-only metadata, a clicked claim shown read-only with no revert in its history. An editor of
 * the same project gets all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ReaderReadOnlyForViewersTest extends SpringBrowserlessTest {

    static final String TEXT = "Xi Jinping arrived in Moscow on Monday for a three-day visit. The ICC issued a warrant on Friday.";

    @Autowired
    TestData data;
    @Autowired
    ClaimService claims;
    @Autowired
    com.factline.collab.PresenceService presence;

    private ProjectId project;
    private Source source;

    /** Alice's project with one claim she edited once (a revertible change), then alice given {@code role} in it. */
    private ReaderView openAs(String role) {
        project = data.project("Reader roles");
        source = data.source(project, "Reuters", TEXT);
        Claim c = data.claim(project, source, "Xi Jinping arrived in Moscow on Monday", data.event(project, "Xi arrives"));
        claims.update(project, c.id(), new ClaimUpdate("Xi arrived in Moscow", null, c.eventId(), null), c.version());
        data.role(project, "alice", role);
        return navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()), "sourceId", String.valueOf(source.id().value())));
    }

    private ClaimPanel openTheClaim(ReaderView view) {
        test(view.claimGrid).clickRow(0);
        assertThat(view.panel.isVisible()).isTrue();
        test(view.panel.history).openDetails();
        return view.panel;
    }

    @Test
    @WithUserDetails("alice")
    void aViewerReadsTheArticleAndItsClaimsAndIsOfferedNoWayToChangeThem() {
        ReaderView view = openAs("viewer");
        assertThat(view.mayEdit).isFalse();
        assertThat(view.keys.isVisible()).as("no Make claim").isFalse();
        assertThat(view.makeClaimShortcut).as("no Alt+C").isNull();
        assertThat(view.text.isClaimMaking()).as("the browser reports no selection").isFalse();
        assertThat(view.hint.getText()).doesNotContain("make it a claim").contains("not change it");
        assertThat(view.saveMetadata.isVisible()).isFalse();
        assertThat(view.titleField.isReadOnly()).isTrue();
        assertThat(view.titleField.getValue()).as("the metadata is still shown").isEqualTo("Reuters");
        assertThat(view.published.isReadOnly()).isTrue();

        view.selected(0, 10);
        assertThat(view.panel.isVisible()).as("a selection opens no new claim").isFalse();
        var monday = view.text.segments.stream().filter(s -> s.hasClassName("fl-suggestion") && !s.hasClassName("fl-claim")
                && s.getText().contains("Friday")).findFirst().orElseThrow();
        view.text.click(monday); // what the browser reports for a click on that segment
        assertThat(view.panel.isVisible()).as("a clicked date opens no new claim").isFalse();

        ClaimPanel panel = openTheClaim(view);
        assertThat(panel.statement.getValue()).as("the claim is shown").isEqualTo("Xi arrived in Moscow");
        assertThat(panel.statement.isReadOnly()).isTrue();
        assertThat(panel.date.isReadOnly()).isTrue();
        assertThat(panel.date.typed.isReadOnly()).isTrue();
        assertThat(panel.event.isReadOnly()).isTrue();
        assertThat(panel.event.getValue()).isNotNull();
        assertThat(panel.status.isReadOnly()).isTrue();
        assertThat(panel.save.isVisible()).isFalse();
        assertThat(panel.delete.isVisible()).isFalse();
        assertThat(panel.newEvent.isVisible()).isFalse();
        assertThat(panel.otherDates.isVisible()).isFalse();
        assertThat(panel.cancel.getText()).isEqualTo("Close");
        assertThat(panel.hasUnsavedChanges()).isFalse();
        assertThat(panel.history.entries()).as("the history is there to read").isNotEmpty();
        assertThat($(Button.class, panel.history).withText("Revert").all()).as("but nothing to revert").isEmpty();
        assertThat(panel.comments.isVisible()).as("viewers comment").isTrue();
        assertThat(presence.editing(project.value(), "claim", claims.list(project, com.factline.claim.ClaimFilter.all()).getFirst().id().value()))
                .as("reading is not editing: nobody is told so").isEmpty();
    }

    @Test
    @WithUserDetails("alice")
    void anEditorGetsClaimMakingEditableMetadataAndClaimsAndRevert() {
        ReaderView view = openAs("editor");
        assertThat(view.mayEdit).isTrue();
        assertThat(view.keys.isVisible()).isTrue();
        assertThat(view.makeClaimShortcut).isNotNull();
        assertThat(view.text.isClaimMaking()).isTrue();
        assertThat(view.saveMetadata.isVisible()).isTrue();
        assertThat(view.titleField.isReadOnly()).isFalse();
        // The closed Metadata panel's form comes into the page when it is opened, with its values.
        assertThat(view.metadata.isOpened()).isFalse();
        assertThat(java.util.List.<com.vaadin.flow.component.Component>of(view.titleField, view.published, view.saveMetadata))
                .as("not in the page while the panel is closed").noneMatch(com.vaadin.flow.component.Component::isAttached);
        view.metadata.setOpened(true);
        assertThat(java.util.List.<com.vaadin.flow.component.Component>of(view.titleField, view.published, view.saveMetadata))
                .allMatch(com.vaadin.flow.component.Component::isAttached);
        assertThat(view.titleField.getValue()).isEqualTo("Reuters");
        view.metadata.setOpened(false);
        view.metadata.setOpened(true);
        assertThat(view.metadata.getContent().toList()).as("attached once").hasSize(1);

        ClaimPanel panel = openTheClaim(view);
        assertThat(panel.statement.isReadOnly()).isFalse();
        assertThat(panel.date.typed.isReadOnly()).isFalse();
        assertThat(panel.save.isVisible()).isTrue();
        assertThat(panel.delete.isVisible()).isTrue();
        assertThat(panel.cancel.getText()).isEqualTo("Cancel");
        assertThat($(Button.class, panel.history).withText("Revert").all()).hasSize(1);
        assertThat(presence.editing(project.value(), "claim", claims.list(project, com.factline.claim.ClaimFilter.all()).getFirst().id().value()))
                .as("an editor's open claim is announced").isNotEmpty();

        view.selected(0, 10);
        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.heading.getText()).isEqualTo("New claim");
    }
}
