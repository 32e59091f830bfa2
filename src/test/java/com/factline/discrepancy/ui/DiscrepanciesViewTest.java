package com.factline.discrepancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.collab.ChangeBus;
import com.factline.discrepancy.Discrepancy;
import com.factline.discrepancy.DiscrepancyFilter;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.discrepancy.DiscrepancyStatus;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class DiscrepanciesViewTest extends SpringBrowserlessTest {

    static final String A = "Xi Jinping arrived in Moscow on Monday for a three-day visit. He was greeted by 21 officials.";
    static final String B = "Xi Jinping arrived in Moscow on Tuesday for a two-day visit. He was greeted by 12 officials.";

    @Autowired
    com.factline.TestData data;
    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    DiscrepancyService discrepancies;
    @Autowired
    ChangeBus bus;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    @WithUserDetails("bob")
    void shouldShowANonMemberAnErrorAndNotSubscribeThemToTheProjectsChanges() {
        long elsewhere = jdbc.sql("insert into project (name) values (?) returning id").param("Not bob's " + UUID.randomUUID())
                .query(Long.class).single();
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(elsewhere)));
        assertThat(view.error.getText()).contains("not a member");
        assertThat(bus.listenerCount(elsewhere)).as("nothing of that project reaches bob's view").isZero();
    }

    @Test
    @WithUserDetails("bob")
    void shouldSubscribeAMembersViewToTheProjectsChanges() {
        ProjectId own = projects.create(new ProjectData("Bob's " + UUID.randomUUID(), "")).id();
        navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(own.value())));
        assertThat(bus.listenerCount(own.value())).as("a member's view does follow its project").isPositive();
    }

    @Test
    @WithUserDetails("alice")
    void shouldListTheQueueAndShowThePassagesSideBySideWithTheDifferencesMarked() {
        ProjectId project = queueOfTwoReports("Queue ");

        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(project.value())));
        int listed = test(view.grid).size();
        assertThat(listed).isPositive();
        assertThat(view.counts.getText()).contains(listed + " suggested");

        Discrepancy first = discrepancies.list(project, DiscrepancyFilter.all()).getFirst();
        view.grid.select(first);
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detailState.getText()).contains("confidence " + first.confidenceLabel());
        assertThat(view.grid.getColumns().stream().map(c -> c.getHeaderText())).contains("Confidence");
        assertThat(view.passages.getComponentCount()).isGreaterThanOrEqualTo(2);
        List<Span> spans = spans(view.passages);
        assertThat(spans.stream().filter(s -> s.hasClassName("fl-diff-del")).count()).isPositive();
        assertThat(spans.stream().filter(s -> s.hasClassName("fl-diff-ins")).count()).isPositive();
        String shown = String.join("", spans.stream().filter(s -> s.getChildren().findAny().isEmpty()).map(Span::getText).toList());
        assertThat(shown).contains("Xi Jinping arrived in Moscow").as("context around the span, as text");

        test(view.dismissReason).setValue("Not a real difference");
        test(view.dismiss).click();
        assertThat(view.error.getText()).isEmpty();
        assertThat(discrepancies.list(project, DiscrepancyFilter.ofStatus(DiscrepancyStatus.DISMISSED))).hasSize(1);
        assertThat(view.counts.getText()).contains("1 dismissed");
    }

    @Test
    @WithUserDetails("alice")
    void shouldFollowAChangeCommittedElsewhereWithoutAReload() throws Exception {
        ProjectId project = queueOfTwoReports("Live queue ");
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(project.value())));
        Discrepancy first = discrepancies.list(project, DiscrepancyFilter.all()).getFirst();
        view.grid.select(first);
        assertThat(view.counts.getText()).contains("0 dismissed");

        // Committed outside this view (as another browser would); the notice comes back through PostgreSQL.
        discrepancies.dismiss(project, first.id(), "Same fact, different wording", first.version());

        VaadinSession session = VaadinSession.getCurrent();
        for (int i = 0; i < 100 && !view.counts.getText().contains("1 dismissed"); i++) {
            Thread.sleep(100);
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(view.counts.getText()).contains("1 dismissed");
        assertThat(view.detailState.getText()).as("the open detail shows the new state").contains("dismissed");
        assertThat(view.dismiss.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("alice")
    void aBatchOfNoticesFromASuggestionRunKeepsTheOpenDiscrepancyOpenAndAPresenceOnlyBatchChangesNothing() {
        ProjectId project = queueOfTwoReports("Batched queue ");
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(project.value())));
        Discrepancy first = discrepancies.list(project, DiscrepancyFilter.all()).getFirst();
        view.grid.select(first);
        String detail = view.detailState.getText();

        java.util.List<com.factline.collab.ChangeNotice> batch = new java.util.ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            batch.add(new com.factline.collab.ChangeNotice(project.value(), "discrepancy", first.id().value() + 1000 + id, "suggest", "system"));
        }
        view.changed(batch);
        assertThat(view.grid.getSelectedItems()).extracting(d -> d.id()).containsExactly(first.id());
        assertThat(view.detailState.getText()).isEqualTo(detail);

        discrepancies.dismiss(project, first.id(), "Same fact, different wording", first.version());
        view.changed(java.util.List.of(new com.factline.collab.ChangeNotice(project.value(), "presence", null, "join", "bob")));
        assertThat(view.counts.getText()).as("presence alone reloads nothing").contains("0 dismissed");
        view.changed(java.util.List.of(new com.factline.collab.ChangeNotice(project.value(), "presence", null, "join", "bob"),
                new com.factline.collab.ChangeNotice(project.value(), "discrepancy", first.id().value(), "dismiss", "alice")));
        assertThat(view.counts.getText()).contains("1 dismissed");
        assertThat(view.detailState.getText()).as("the open detail shows the new state").contains("dismissed");
    }

    @Test
    @WithUserDetails("alice")
    void shouldKeepTheFilteredListAtFullHeightBesideTheDetailOfTheSelectedRow() {
        ProjectId project = queueOfTwoReports("Queue layout ");
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(project.value())));
        Discrepancy number = discrepancies.list(project, DiscrepancyFilter.all()).stream()
                .filter(d -> d.kind() == com.factline.discrepancy.DiscrepancyKind.NUMBER).findFirst().orElseThrow();
        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(com.factline.discrepancy.DiscrepancyKind.NUMBER));
        view.grid.select(number);

        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.grid.getParent()).as("the list is beside the detail, not above it (where it shrank to one row)")
                .containsSame(view.split);
        assertThat(view.detail.getParent()).containsSame(view.split);
        assertThat(view.grid.getHeight()).isEqualTo("100%");
        assertThat(test(view.grid).size()).isPositive();
        assertThat(view.grid.asSingleSelect().getValue()).isEqualTo(number);
    }

    @Test
    @WithUserDetails("alice")
    void shouldSayWhyNothingHappensWhenADismissalHasNoReason() {
        ProjectId project = queueOfTwoReports("Queue dismiss ");
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(project.value())));
        view.grid.select(discrepancies.list(project, DiscrepancyFilter.all()).getFirst());

        test(view.dismiss).click();
        assertThat(view.dismissReason.isInvalid()).isTrue();
        assertThat(view.dismissReason.getErrorMessage()).isEqualTo("Say why it is dismissed.");
        assertThat(view.detailError.getText()).as("said next to the buttons, not above the list").contains("Not dismissed");
        assertThat(discrepancies.list(project, DiscrepancyFilter.ofStatus(DiscrepancyStatus.DISMISSED))).isEmpty();
    }

    @Test
    @WithUserDetails("carol")
    void shouldSayWhyNothingHappensWhenAResolutionHasNoVerdictAndNameVerdictsBySource() {
        ProjectId project = queueOfTwoReports("Queue resolve ");
        Discrepancy first = discrepancies.list(project, DiscrepancyFilter.all()).getFirst();
        Discrepancy open = discrepancies.accept(project, first.id(), first.version());
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(project.value())));
        view.grid.select(open);

        test(view.resolve).click();
        assertThat(view.verdict.isInvalid()).isTrue();
        assertThat(view.detailError.getText()).contains("Not resolved: choose a verdict");
        assertThat(discrepancies.get(project, open.id()).status()).isEqualTo(DiscrepancyStatus.OPEN);
        assertThat(view.verdict.getItemLabelGenerator().apply(com.factline.discrepancy.Verdict.A_RIGHT)).endsWith(" is right")
                .containsAnyOf("Reuters", "AP");

        view.verdict.setValue(com.factline.discrepancy.Verdict.NOT_REAL);
        test(view.resolve).click();
        assertThat(discrepancies.get(project, open.id()).status()).isEqualTo(DiscrepancyStatus.RESOLVED);
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText()).contains("resolved");
        assertThat(view.verdict.getValue()).as("after resolving, the form shows the verdict chosen, not an empty choice")
                .isEqualTo(com.factline.discrepancy.Verdict.NOT_REAL);
        assertThat(view.verdict.isReadOnly()).isTrue();
        assertThat(view.detailState.getText()).contains("verdict: not a real discrepancy");
    }

    @Test
    @WithUserDetails("alice")
    void shouldNameTwoArticlesOfOneOutletByDateNeverByInternalId() {
        ProjectId project = projects.create(new ProjectData("Queue names " + UUID.randomUUID(), "")).id();
        sources.importText(project, new SourceData("Xi lands in Moscow", "Associated Press", LocalDate.of(2023, 3, 20), null, null, null, A));
        sources.importText(project, new SourceData("Xi visit, day two", "Associated Press", LocalDate.of(2023, 3, 21), null, null, null, B));
        discrepancies.refreshSuggestions(project);
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(project.value())));

        List<Discrepancy> listed = test(view.grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
        assertThat(listed).isNotEmpty();
        assertThat(listed).allSatisfy(d -> assertThat(d.summary()).doesNotContainPattern("\\[\\d+]"));
        assertThat(listed.stream().map(Discrepancy::summary)).anyMatch(t -> t.contains("Associated Press · 20 Mar 2023"));

        view.grid.select(listed.getFirst());
        List<String> links = view.passages.getChildren().flatMap(Component::getChildren)
                .filter(c -> c instanceof com.vaadin.flow.component.html.Anchor)
                .map(c -> ((com.vaadin.flow.component.html.Anchor) c).getText()).toList();
        assertThat(links).contains("Associated Press · 20 Mar 2023 · Xi lands in Moscow", "Associated Press · 21 Mar 2023 · Xi visit, day two");
        assertThat(view.verdict.getItemLabelGenerator().apply(com.factline.discrepancy.Verdict.A_RIGHT))
                .isIn("Associated Press · 20 Mar 2023 is right", "Associated Press · 21 Mar 2023 is right");
        assertThat(view.grid.getColumns().getFirst().getHeaderText()).isEqualTo("Event");
    }

    /** Alice's queue with one accepted (open) and one resolved discrepancy, alice then given {@code role} in the project. */
    private DiscrepanciesView queueAs(String role, ProjectId[] project, Discrepancy[] open, Discrepancy[] resolved) {
        project[0] = projects.create(new ProjectData("Queue roles " + UUID.randomUUID(), "")).id();
        sources.importText(project[0], new SourceData("Reuters report", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, A));
        sources.importText(project[0], new SourceData("AP report", "AP", LocalDate.of(2023, 3, 21), null, null, null, B));
        discrepancies.refreshSuggestions(project[0]);
        List<Discrepancy> suggested = discrepancies.list(project[0], DiscrepancyFilter.all());
        assertThat(suggested).hasSizeGreaterThanOrEqualTo(2);
        open[0] = discrepancies.accept(project[0], suggested.get(0).id(), suggested.get(0).version());
        Discrepancy second = discrepancies.accept(project[0], suggested.get(1).id(), suggested.get(1).version());
        resolved[0] = discrepancies.resolve(project[0], second.id(),
                new com.factline.discrepancy.Resolution(com.factline.discrepancy.Verdict.A_RIGHT, "21", "Checked"), second.version());
        data.role(project[0], "alice", role);
        return navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(project[0].value())));
    }

    @Test
    @WithUserDetails("alice")
    void aViewerReadsTheQueuePassagesVerdictsAndHistoryAndIsOfferedNoActionButComments() {
        ProjectId[] p = new ProjectId[1];
        Discrepancy[] open = new Discrepancy[1];
        Discrepancy[] resolved = new Discrepancy[1];
        DiscrepanciesView view = queueAs("viewer", p, open, resolved);
        assertThat(test(view.grid).size()).as("the queue is listed").isGreaterThanOrEqualTo(2);
        assertThat(view.markDetails.isVisible()).as("no marking by hand").isFalse();

        view.grid.select(open[0]);
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.passages.getComponentCount()).as("the passages are shown").isGreaterThanOrEqualTo(2);
        assertThat(view.editorActions.isVisible()).as("no accept, dismiss or reopen").isFalse();
        assertThat(view.reviewerActions.isVisible()).as("no verdict form").isFalse();
        assertThat(view.comments.isVisible()).as("viewers comment").isTrue();
        test(view.history).openDetails();
        assertThat(view.history.entries()).isNotEmpty();
        assertThat($(com.vaadin.flow.component.button.Button.class, view.history).withText("Revert").all()).isEmpty();

        view.grid.select(resolved[0]);
        assertThat(view.detailState.getText()).as("the ruling is there to read").contains(" · verdict: ").contains("correct: 21");
    }

    @Test
    @WithUserDetails("alice")
    void anEditorActsOnTheQueueButLeavesVerdictsAndReopeningAResolutionToReviewers() {
        ProjectId[] p = new ProjectId[1];
        Discrepancy[] open = new Discrepancy[1];
        Discrepancy[] resolved = new Discrepancy[1];
        DiscrepanciesView view = queueAs("editor", p, open, resolved);
        assertThat(view.markDetails.isVisible()).isTrue();

        view.grid.select(open[0]);
        assertThat(view.editorActions.isVisible()).isTrue();
        assertThat(view.reviewerActions.isVisible()).isFalse();
        assertThat(view.dismiss.isEnabled()).as("an open one is set aside by a reviewer").isFalse();
        test(view.history).openDetails();
        assertThat($(com.vaadin.flow.component.button.Button.class, view.history).withText("Revert").all()).isNotEmpty();

        view.grid.select(resolved[0]);
        assertThat(view.reopen.isEnabled()).as("only a reviewer reopens a resolved one").isFalse();
    }

    @Test
    @WithUserDetails("alice")
    void aReviewerGetsTheVerdictFormAndReopensAResolution() {
        ProjectId[] p = new ProjectId[1];
        Discrepancy[] open = new Discrepancy[1];
        Discrepancy[] resolved = new Discrepancy[1];
        DiscrepanciesView view = queueAs("reviewer", p, open, resolved);
        view.grid.select(open[0]);
        assertThat(view.editorActions.isVisible()).isTrue();
        assertThat(view.reviewerActions.isVisible()).isTrue();
        assertThat(view.dismiss.isEnabled()).isTrue();
        view.grid.select(resolved[0]);
        assertThat(view.reopen.isEnabled()).isTrue();
    }

    static List<Span> spans(Component root) {
        List<Span> out = new ArrayList<>();
        root.getChildren().forEach(c -> {
            if (c instanceof Span s) {
                out.add(s);
            }
            out.addAll(spans(c));
        });
        return out;
    }

    @Test
    @WithUserDetails("bob")
    void shouldSayAnEmptyQueueNeedsArticlesFirstAndThatAFilterHidesTheOthers() {
        ProjectId p = projects.create(new ProjectData("Empty queue " + UUID.randomUUID(), "")).id();
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(test(view.grid).size()).isZero();
        var empty = (com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent();
        assertThat(empty.text()).contains("No discrepancies yet", "no articles");
        assertThat(empty.href()).isEqualTo("projects/" + p.value() + "/sources");

        view.status.setValue(DiscrepancyStatus.OPEN);
        assertThat(((com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent()).text()).contains("match these filters");
    }

    @Test
    @WithUserDetails("bob")
    void whileOneIsOpenBesideTheListItsKindAndConfidenceColumnsGiveWayToWhatDiffers() {
        ProjectId p = projects.create(new ProjectData("Narrow queue " + UUID.randomUUID(), "")).id();
        sources.importText(p, new SourceData("AP", "AP", LocalDate.of(2023, 3, 21), null, null, null, A));
        sources.importText(p, new SourceData("Reuters", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, B));
        discrepancies.refreshSuggestions(p);
        DiscrepanciesView view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(test(view.grid).size()).isPositive();
        assertThat(view.narrowColumns).allMatch(c -> c.isVisible());
        Discrepancy first = test(view.grid).getRow(0);
        test(view.grid).select(0);
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.narrowColumns).noneMatch(c -> c.isVisible());
        assertThat(view.narrowColumns).extracting(c -> c.getHeaderText()).containsExactly("Kind", "Confidence");
        assertThat(view.detailState.getText()).as("the detail names them instead").contains(first.kind().dbName(), "confidence");
        view.grid.deselectAll();
        assertThat(view.narrowColumns).allMatch(c -> c.isVisible());
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    @WithUserDetails("alice")
    void whileSuggestionsAreComputedTheQueueSaysSoAndListsThemLiveWhenTheRunEnds() throws Exception {
        ProjectId p = projects.create(new ProjectData("Queue computing " + UUID.randomUUID(), "")).id();
        DiscrepanciesView view;
        // The run compares, then waits at its write for this lock: "comparing" as long as the test needs.
        try (var held = com.factline.HeldAdvisoryLock.hold(dataSource, com.factline.HeldAdvisoryLock.SUGGESTIONS, p.value())) {
            sources.importText(p, new SourceData("Reuters report", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, A));
            sources.importText(p, new SourceData("AP report", "AP", LocalDate.of(2023, 3, 21), null, null, null, B));
            assertThat(discrepancies.suggesting(p)).as("the service tells, from the lane").isTrue();
            view = navigate(DiscrepanciesView.class, Map.of("projectId", String.valueOf(p.value())));
            assertThat(test(view.grid).size()).isZero();
            assertThat(view.suggesting.isVisible()).isTrue();
            assertThat(((com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent()).text())
                    .contains("comparing the articles now").doesNotContain("compares the articles after each import");
        }
        // No refresh by hand: the lane's notice at the end of the run reaches the view through the change bus.
        VaadinSession session = VaadinSession.getCurrent();
        while (view.suggestingNow || test(view.grid).size() == 0) {
            Thread.sleep(50);
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(view.suggesting.isVisible()).isFalse();
        assertThat(((com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent()).text()).doesNotContain("comparing");
    }

    /** A project of its own with the Reuters and AP reports imported and the suggestions computed. */
    private ProjectId queueOfTwoReports(String name) {
        ProjectId project = projects.create(new ProjectData(name + UUID.randomUUID(), "")).id();
        sources.importText(project, new SourceData("Reuters report", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, A));
        sources.importText(project, new SourceData("AP report", "AP", LocalDate.of(2023, 3, 21), null, null, null, B));
        discrepancies.refreshSuggestions(project);
        return project;
    }
}
