package com.factline.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.proposal.Proposal;
import com.factline.proposal.ProposalFilter;
import com.factline.proposal.ProposalService;
import com.factline.proposal.ProposalStatus;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.timeline.EventService;
import com.factline.timeline.EventSummary;
import com.factline.timeline.ui.TimelineView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ProposalsPanelTest extends SpringBrowserlessTest {

    static final String REUTERS = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday, "
            + "accusing him of the unlawful deportation of children from Ukraine.\n\n"
            + "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit.";
    static final String AP = "Judges at the International Criminal Court in The Hague issued an arrest warrant for Putin on Friday "
            + "over the deportation of Ukrainian children.\n\n"
            + "Xi Jinping arrived in Moscow on Monday, his first trip abroad since his re-election.";

    @Autowired
    com.factline.TestData data;
    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ProposalService proposals;
    @Autowired
    EventService events;
    @Autowired
    com.factline.claim.ClaimService claims;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    @WithUserDetails("alice")
    void theTimelineShowsProposalsApartAndAcceptingOneAfterEditingItsTitleMakesTheEvent() {
        ProjectId p = storyWithTwoOutlets();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        int open = proposals.list(p, ProposalFilter.open()).size();
        assertThat(open).isGreaterThan(0);
        assertThat(panel.summaryText.getText()).isEqualTo("Proposed (" + open + ")");
        assertThat(panel.isOpened()).as("open on arrival: the timeline has no events yet, the proposals are where to start").isTrue();
        assertThat(panel.summaryText.getText()).isEqualTo("Proposed (" + open + ")");
        assertThat(panel.cards.getComponentCount()).isEqualTo(Math.min(open, ProposalsPanel.FIRST));
        assertThat(panel.shown).extracting(Proposal::confidence).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(events.list(p)).as("proposals are not events").isEmpty();

        Proposal first = panel.shown.getFirst();
        test($(Button.class, panel).withText("Review\u2026").first()).click();
        ProposalDialog dialog = $(ProposalDialog.class).single();
        test(dialog.title).setValue("Edited title of the proposal");
        test(dialog.accept).click();

        assertThat(events.list(p)).extracting(EventSummary::title).containsExactly("Edited title of the proposal");
        assertThat(events.list(p).getFirst().claimCount()).isEqualTo(first.passages().size());
        assertThat(panel.shown).noneMatch(x -> x.id().equals(first.id()));
        assertThat(panel.summaryText.getText()).isEqualTo("Proposed (" + (open - 1) + ")");
    }

    @Test
    @WithUserDetails("alice")
    void theDialogShowsTheTitleInATextAreaAndALineBreakTypedIntoItIsASpaceInTheEventsTitle() {
        ProjectId p = storyWithTwoOutlets();
        navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        test($(Button.class, $(ProposalsPanel.class).single()).withText("Review\u2026").first()).click();
        ProposalDialog dialog = $(ProposalDialog.class).single();
        assertThat(dialog.title.getValue()).isEqualTo(dialog.title.getValue().strip()).isNotBlank();
        test(dialog.title).setValue("The court issued a warrant\nfor the president  ");
        test(dialog.accept).click();
        assertThat(events.list(p)).extracting(EventSummary::title).containsExactly("The court issued a warrant for the president");
    }

    @Test
    @WithUserDetails("alice")
    void dismissingNeedsAReasonAndTheProposalLeavesThePanel() {
        ProjectId p = storyWithTwoOutlets();
        navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        panel.setOpened(true);
        Proposal first = panel.shown.getFirst();
        test($(Button.class, panel).withText("Review\u2026").first()).click();
        ProposalDialog dialog = $(ProposalDialog.class).single();
        test(dialog.dismiss).click();
        assertThat(dialog.error.getText()).contains("Say why");
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.reason).setValue("Background, not this story");
        test(dialog.dismiss).click();
        assertThat(proposals.list(p, ProposalFilter.of(ProposalStatus.DISMISSED))).extracting(Proposal::id).containsExactly(first.id());
        assertThat(panel.shown).noneMatch(x -> x.id().equals(first.id()));
    }

    @Test
    @WithUserDetails("alice")
    void droppingAPassageAndFilteringBySource() {
        ProjectId p = storyWithTwoOutlets();
        navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        panel.setOpened(true);
        Proposal multi = panel.shown.stream().filter(x -> x.passages().size() >= 2).findFirst().orElseThrow();
        var reuters = sources.list(p).stream().filter(s -> s.outlet().equals("Reuters")).findFirst().orElseThrow();
        test(panel.showFilters).click();
        test(panel.source).selectItem("Reuters \u00b7 20 Mar 2023 \u00b7 Reuters report"); // articles are named one way everywhere
        assertThat(panel.shown).isNotEmpty()
                .allMatch(x -> x.passages().stream().anyMatch(y -> y.sourceId().equals(reuters.id())));

        int index = panel.shown.indexOf(multi);
        test($(Button.class, panel).withText("Review\u2026").all().get(index)).click();
        ProposalDialog dialog = $(ProposalDialog.class).single();
        test(dialog.keep.get(1)).click();
        test(dialog.accept).click();
        assertThat(events.list(p)).hasSize(1);
        assertThat(events.list(p).getFirst().claimCount()).isEqualTo(multi.passages().size() - 1);
    }

    @Test
    @WithUserDetails("alice")
    void aProposalIsNoLongerOfferedOnceClaimsOnAnEventQuoteAllItsPassages() {
        ProjectId p = storyWithTwoOutlets();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        panel.setOpened(true);
        int before = proposals.list(p, ProposalFilter.open()).size();
        Proposal stale = panel.shown.getFirst();
        assertThat(stale.passages()).isNotEmpty();
        var event = events.create(p, new com.factline.timeline.EventData("Made by hand", null, null, null)).id();
        var first = stale.passages().getFirst();
        // A claim on the passage but on no event decides nothing: the proposal is still offered.
        claims.create(p, new com.factline.claim.ClaimData(first.sourceId(), first.start(), first.end(), first.quote(), null, null, null, null));
        assertThat(proposals.list(p, ProposalFilter.open())).extracting(Proposal::id).contains(stale.id());
        for (var passage : stale.passages()) {
            claims.create(p, new com.factline.claim.ClaimData(passage.sourceId(), passage.start(), passage.end(), passage.quote(), null, null,
                    event, null));
        }
        assertThat(proposals.list(p, ProposalFilter.open())).extracting(Proposal::id).doesNotContain(stale.id()).hasSize(before - 1);
        panel.refresh();
        assertThat(panel.summaryText.getText()).isEqualTo("Proposed (" + (before - 1) + ")");
        assertThat(panel.shown).extracting(Proposal::id).doesNotContain(stale.id());
    }


    private ProposalDialog firstProposalAs(String role) {
        ProjectId p = storyWithTwoOutlets();
        data.role(p, "alice", role);
        navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        panel.setOpened(true);
        assertThat(panel.shown).isNotEmpty();
        test($(Button.class, panel).withText(role.equals("viewer") ? "Details\u2026" : "Review\u2026").first()).click();
        return $(ProposalDialog.class).single();
    }

    @Test
    @WithUserDetails("alice")
    void onATimelineWithEventsThePanelStaysClosedShowingOnlyItsCount() {
        ProjectId p = storyWithTwoOutlets();
        events.create(p, new com.factline.timeline.EventData("Made by hand", null, null, null));
        navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        int open = proposals.list(p, ProposalFilter.open()).size();
        assertThat(open).isGreaterThan(0);
        assertThat(panel.summaryText.getText()).isEqualTo("Proposed (" + open + ")");
        assertThat(panel.isOpened()).as("closed: the timeline has events, the panel is one line below them").isFalse();
        assertThat(panel.cards.getComponentCount()).as("no cards built before the panel is opened").isZero();
        assertThat(List.of(panel.source, panel.from, panel.to, panel.cards)).as("the closed panel's body is not in the page")
                .noneMatch(com.vaadin.flow.component.Component::isAttached);
        panel.setOpened(true);
        assertThat(panel.cards.getComponentCount()).isEqualTo(Math.min(open, ProposalsPanel.FIRST));
        assertThat(List.of(panel.showFilters, panel.cards)).as("opened: the cards and the button that shows the filters")
                .allMatch(com.vaadin.flow.component.Component::isAttached);
        assertThat(List.of(panel.source, panel.from, panel.to)).as("the filters (a combo box, two date pickers) wait for the button")
                .noneMatch(com.vaadin.flow.component.Component::isAttached);
        test(panel.showFilters).click();
        assertThat(List.of(panel.source, panel.from, panel.to)).as("pressed: the filters in its place")
                .allMatch(com.vaadin.flow.component.Component::isAttached);
        assertThat(panel.showFilters.isAttached()).isFalse();
        assertThat(test(panel.source).getSuggestions()).as("the sources are read when the filters are shown").isNotEmpty();
    }

    @Test
    @WithUserDetails("alice")
    void aCardIsItsReviewButtonBesideABoxTheBrowserFillsWithItsTextsAsData() {
        ProjectId p = storyWithTwoOutlets();
        navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        assertThat(panel.isOpened()).isTrue();
        var card = panel.cards.getComponentAt(0);
        Proposal first = panel.shown.getFirst();
        // Two components: the box and the button; the typed title is not in the card's markup, only in the data.
        assertThat(card.getChildren().toList()).hasSize(2);
        assertThat(card.getChildren().findFirst().orElseThrow().getElement().getChildCount()).isZero();
        assertThat(card.getElement().getOuterHTML()).doesNotContain(">" + first.title() + "<");
        var texts = ProposalsPanel.texts(first);
        assertThat(texts.get(1).asString()).isEqualTo(first.title());
        assertThat(texts.get(0).asString()).isEqualTo(first.date() == null ? "undated" : first.date().display());
        assertThat(texts.get(2).asString()).contains("% confidence");
        assertThat(texts.get(3).size()).isEqualTo(first.outlets().size()).isGreaterThanOrEqualTo(2);
        assertThat(ProposalsPanel.FILL).contains("textContent").doesNotContain("innerHTML");
    }

    @Test
    @WithUserDetails("alice")
    void onAnEmptyTimelineThePanelOpensWhenTheFirstProposalsArrive() {
        ProjectId p = projects.create(new ProjectData("Proposals arrive " + UUID.randomUUID(), "")).id();
        navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        assertThat(panel.summaryText.getText()).isEqualTo("Proposed (0)");
        assertThat(panel.isOpened()).as("nothing to offer yet: closed").isFalse();
        sources.importText(p, new SourceData("Reuters report", "Reuters", LocalDate.of(2023, 3, 20), null, null, null, REUTERS));
        sources.importText(p, new SourceData("AP report", "Associated Press", LocalDate.of(2023, 3, 20), null, null, null, AP));
        proposals.refresh(p);
        panel.refresh(); // as the proposals' change notice does
        assertThat(panel.isOpened()).isTrue();
        assertThat(panel.shown).isNotEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    @WithUserDetails("alice")
    void whileProposalsAreDraftedThePanelSaysSoInsteadOfABareZeroAndShowsThemLiveWhenTheRunEnds() throws Exception {
        ProjectId p = projects.create(new ProjectData("Proposals drafting " + UUID.randomUUID(), "")).id();
        ProposalsPanel panel;
        // The run drafts, then waits at its write for this lock: it stays "drafting" as long as the test needs.
        try (var held = com.factline.HeldAdvisoryLock.hold(dataSource, com.factline.HeldAdvisoryLock.PROPOSALS, p.value())) {
            sources.importText(p, new SourceData("Reuters report", "Reuters", LocalDate.of(2023, 3, 20), null, null, null, REUTERS));
            sources.importText(p, new SourceData("AP report", "Associated Press", LocalDate.of(2023, 3, 20), null, null, null, AP));
            assertThat(proposals.drafting(p)).as("the service tells, from the lane").hasValue(2);
            navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
            panel = $(ProposalsPanel.class).single();
            assertThat(panel.summaryText.getText()).isEqualTo("Proposed: drafting from 2 articles\u2026");
            assertThat(panel.draftingBar.isVisible()).isTrue();
            panel.setOpened(true);
            assertThat(panel.cards.getChildren().map(c -> c.getElement().getText()).toList())
                    .containsExactly("Drafting proposals from 2 articles\u2026");
        }
        // No refresh by hand: the lane's notice at the end of the run reaches the panel through the change bus.
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        while (panel.drafting || panel.shown.isEmpty()) {
            Thread.sleep(50);
            session.getService().runPendingAccessTasks(session);
        }
        int open = proposals.count(p, ProposalFilter.open());
        assertThat(open).isPositive();
        assertThat(panel.summaryText.getText()).isEqualTo("Proposed (" + open + ")");
        assertThat(panel.draftingBar.isVisible()).isFalse();
        assertThat(ProposalsPanel.summary(65, java.util.OptionalInt.of(6))).isEqualTo("Proposed (65) \u00B7 updating from 6 articles\u2026");
        assertThat(ProposalsPanel.summary(0, java.util.OptionalInt.of(1))).isEqualTo("Proposed: drafting from 1 article\u2026");
    }

    @Test
    @WithUserDetails("alice")
    void aViewerReadsAProposalWithItsPassagesButCannotDecideIt() {
        ProposalDialog dialog = firstProposalAs("viewer");
        assertThat($(Button.class, $(ProposalsPanel.class).single()).withText("Review\u2026").all()).isEmpty();
        assertThat(dialog.keep).as("the passages are shown").isNotEmpty();
        assertThat(dialog.keep).allMatch(box -> box.isReadOnly());
        assertThat(dialog.title.isReadOnly()).isTrue();
        assertThat(dialog.date.isReadOnly()).isTrue();
        for (var c : java.util.List.of(dialog.accept, dialog.merge, dialog.dismiss)) {
            assertThat(c.isVisible()).as(c.getText()).isFalse();
        }
        assertThat(dialog.mergeTarget.isVisible()).isFalse();
        assertThat(dialog.reason.isVisible()).isFalse();
        assertThat(dialog.cancel.getText()).isEqualTo("Close");
    }

    @Test
    @WithUserDetails("alice")
    void anEditorDecidesAProposal() {
        ProposalDialog dialog = firstProposalAs("editor");
        assertThat(dialog.title.isReadOnly()).isFalse();
        assertThat(dialog.keep).noneMatch(box -> box.isReadOnly());
        for (var c : java.util.List.of(dialog.accept, dialog.merge, dialog.dismiss)) {
            assertThat(c.isVisible()).as(c.getText()).isTrue();
        }
        assertThat(dialog.cancel.getText()).isEqualTo("Cancel");
    }

    @Test
    @WithUserDetails("alice")
    void thePanelBuildsAFewCardsFirstAndShowMoreAddsTenAtATimeUpToTheCap() throws java.io.IOException {
        ProjectId p = projects.create(new ProjectData("Proposals batches " + UUID.randomUUID(), "")).id();
        String[] lines = seed("sources.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            if (f.length >= 4) {
                sources.importText(p, new SourceData(f[3], f[1], LocalDate.parse(f[2].strip()), null, null, "en", seed(f[0])));
            }
        }
        proposals.refresh(p);
        int open = proposals.count(p, ProposalFilter.open());
        assertThat(open).as("the sample articles give more proposals than the first cards and a batch").isGreaterThan(ProposalsPanel.FIRST + ProposalsPanel.BATCH);
        navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        ProposalsPanel panel = $(ProposalsPanel.class).single();
        assertThat(panel.cards.getComponentCount()).as("a few cards first").isEqualTo(ProposalsPanel.FIRST);
        assertThat(panel.showMore.getText()).isEqualTo("Show 10 more");
        List<String> strongest = panel.shown.stream().map(Proposal::title).toList();
        test(panel.showMore).click();
        assertThat(panel.cards.getComponentCount()).isEqualTo(ProposalsPanel.FIRST + ProposalsPanel.BATCH);
        assertThat(panel.shown.subList(0, ProposalsPanel.FIRST)).extracting(Proposal::title).as("the strongest first, still").isEqualTo(strongest);
        for (int i = 0; i < ProposalsPanel.MAX_SHOWN && panel.showMore.isVisible(); i++) {
            test(panel.showMore).click();
        }
        assertThat(panel.shown).hasSize(Math.min(open, ProposalsPanel.MAX_SHOWN));
        assertThat(panel.showMore.isVisible()).isFalse();
        assertThat(panel.more.getText()).isEqualTo(open > ProposalsPanel.MAX_SHOWN
                ? (open - ProposalsPanel.MAX_SHOWN) + " more, weaker ones: narrow by source or date." : "");
    }

    private static String seed(String name) throws java.io.IOException {
        try (var in = new org.springframework.core.io.ClassPathResource("seeds/" + name).getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private ProjectId storyWithTwoOutlets() {
        ProjectId p = projects.create(new ProjectData("Proposals view " + UUID.randomUUID(), "")).id();
        sources.importText(p, new SourceData("Reuters report", "Reuters", LocalDate.of(2023, 3, 20), null, null, null, REUTERS));
        sources.importText(p, new SourceData("AP report", "Associated Press", LocalDate.of(2023, 3, 20), null, null, null, AP));
        proposals.refresh(p);
        awaitDrafted(p);
        return p;
    }

    /** Waits for the background runs the imports asked for: until then the panel says it is still drafting. */
    private void awaitDrafted(ProjectId p) {
        while (proposals.drafting(p).isPresent()) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
