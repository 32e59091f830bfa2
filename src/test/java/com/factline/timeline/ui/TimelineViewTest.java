package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventData;
import com.factline.timeline.Event;
import com.factline.timeline.EventService;
import com.factline.timeline.TimelineBand;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
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
class TimelineViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;
    @Autowired
    EventService events;
    @Autowired
    com.factline.TestData data;
    @Autowired
    com.factline.discrepancy.DiscrepancyService discrepancies;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    com.factline.source.SourceService sources;
    @Autowired
    com.factline.proposal.ProposalService proposals;

    @Test
    @WithUserDetails("alice")
    void shouldGroupEventsInBandsByPrecisionAndFilterThem() {
        ProjectId p = projects.create(new ProjectData("Timeline " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("ICC issues arrest warrant for Putin", null, "The Hague", DateValue.day(LocalDate.of(2023, 3, 17))));
        events.create(p, new EventData("Xi arrives in Moscow", null, "Moscow", DateValue.day(LocalDate.of(2023, 3, 20))));
        events.create(p, new EventData("Talks on the peace plan", null, null,
                DateValue.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), DatePrecision.MONTH)));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(bandLabels(view)).containsExactly("March 2023", "17 March 2023", "20 March 2023");
        assertThat(shown(view)).extracting(Event::title)
                .containsExactly("Talks on the peace plan", "ICC issues arrest warrant for Putin", "Xi arrives in Moscow");
        test(view.search).setValue("moscow");
        assertThat(bandLabels(view)).containsExactly("20 March 2023");
        assertThat(shown(view)).extracting(Event::title).containsExactly("Xi arrives in Moscow");
    }

    @Test
    @WithUserDetails("alice")
    void theOutletStatusAndDateFiltersComeIntoThePageWhenMoreFiltersIsPressedAndFilterAsBefore() {
        ProjectId p = projects.create(new ProjectData("Timeline more filters " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("ICC issues arrest warrant for Putin", null, null, DateValue.day(LocalDate.of(2023, 3, 17))));
        events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(List.<com.vaadin.flow.component.Component>of(view.outlet, view.status, view.from, view.to)).as("not in the page on arrival")
                .noneMatch(com.vaadin.flow.component.Component::isAttached);
        assertThat(view.moreFilters.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        var bar = view.search.getParent().orElseThrow();
        assertThat(bar.getChildren().toList()).containsExactly(view.search, view.moreFilters, view.openOnly);

        test(view.moreFilters).click();

        assertThat(bar.getChildren().toList()).as("in the button's place, in the old order")
                .containsExactly(view.search, view.outlet, view.status, view.from, view.to, view.openOnly);
        assertThat(view.moreFilters.isAttached()).isFalse();
        test(view.from).setValue(LocalDate.of(2023, 3, 18));
        assertThat(bandLabels(view)).containsExactly("20 March 2023");
        view.from.clear();
        test(view.to).setValue(LocalDate.of(2023, 3, 18));
        assertThat(bandLabels(view)).containsExactly("17 March 2023");
    }

    @Test
    @WithUserDetails("alice")
    void shouldEditTheSelectedEvent() {
        ProjectId p = projects.create(new ProjectData("Timeline edit " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("Xi arives", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.select(shown(view).get(0));
        test(view.editor.titleField).setValue("Xi arrives in Moscow");
        test(view.editor.save).click();
        assertThat(view.editor.error.getText()).isEmpty();
        assertThat(events.list(p).get(0).title()).isEqualTo("Xi arrives in Moscow");
        assertThat(shown(view).get(0).title()).isEqualTo("Xi arrives in Moscow");
    }

    @Test
    @WithUserDetails("alice")
    void shouldWarnThatEditingAVerifiedEventSendsItBackForReverification() {
        ProjectId p = projects.create(new ProjectData("Timeline verified " + UUID.randomUUID(), "")).id();
        var created = events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        jdbc.sql("update event set status = 'verified', verified_by = (select id from app_user where username = 'carol'), verified_at = now()"
                + " where id = ?").param(created.id().value()).update();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        view.select(shown(view).get(0));
        assertThat(view.editor.verifiedWarning.isVisible()).isTrue();
        assertThat(view.editor.verifiedWarning.getText()).contains("Verified by carol").contains("re-verification");
        assertThat(view.editor.mode.getValue()).isEqualTo(Event.DateMode.MANUAL);
        assertThat(view.editor.date.getValue()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 20)));
    }

    @Test
    void shouldCountArticlesAndOutletsWithoutCallingThemIndependent() {
        assertThat(com.factline.base.ui.SupportCount.of(4, 3)).isEqualTo("4 articles \u00B7 3 outlets");
        assertThat(com.factline.base.ui.SupportCount.of(1, 1)).isEqualTo("1 article \u00B7 1 outlet");
    }

    @Test
    @WithUserDetails("alice")
    void shouldPageTheEventsOfABandFromTheDatabaseAndKeepOnlyTheBandsInMemory() {
        ProjectId p = projects.create(new ProjectData("Timeline paging " + UUID.randomUUID(), "")).id();
        // More than the head the view fetches with the bands, so that the last page comes from the database.
        int many = TimelineView.HEAD + 7;
        for (int i = 0; i < many; i++) {
            events.create(p, new EventData("Statement " + i, null, null, DateValue.day(LocalDate.of(2023, 3, 17))));
        }
        events.create(p, new EventData("Undated rumour", null, null, null));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.bands).extracting(TimelineBand::label, TimelineBand::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("17 March 2023", many), org.assertj.core.groups.Tuple.tuple("Undated", 1));
        var provider = view.grid.getDataProvider();
        TimelineView.Row day = provider.fetchChildren(new HierarchicalQuery<>(null, null)).findFirst().orElseThrow();
        assertThat(provider.getChildCount(new HierarchicalQuery<>(null, day))).isEqualTo(many);
        List<Event> secondPage = provider.fetchChildren(new HierarchicalQuery<>(TimelineView.PAGE, TimelineView.PAGE, List.of(), null, null, day))
                .map(TimelineView.Row::event).toList();
        assertThat(secondPage).extracting(Event::title)
                .containsExactly(java.util.stream.IntStream.range(TimelineView.PAGE, 2 * TimelineView.PAGE).mapToObj(i -> "Statement " + i).toArray(String[]::new));
        List<Event> beyondTheHead = provider.fetchChildren(new HierarchicalQuery<>(TimelineView.HEAD, TimelineView.PAGE, List.of(), null, null, day))
                .map(TimelineView.Row::event).toList();
        assertThat(beyondTheHead).extracting(Event::title)
                .containsExactly(java.util.stream.IntStream.range(TimelineView.HEAD, many).mapToObj(i -> "Statement " + i).toArray(String[]::new));
    }

    @Test
    @WithUserDetails("alice")
    void clickingAMarkOnTheAxisOpensItsEventInTheEditor() {
        ProjectId p = projects.create(new ProjectData("Timeline axis " + UUID.randomUUID(), "")).id();
        events.create(p, new EventData("ICC issues arrest warrant for Putin", null, null, DateValue.day(LocalDate.of(2023, 3, 17))));
        events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        events.create(p, new EventData("Xi meets Putin", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        // One mark per date, with its count: the 20th holds two events.
        assertThat(view.axis.marks()).extracting(m -> m.date().display(), m -> m.count())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("17 March 2023", 1), org.assertj.core.groups.Tuple.tuple("20 March 2023", 2));
        view.axis.clickMark(1);
        assertThat(view.editor.heading.getText()).isEqualTo("Xi arrives in Moscow");
        test(view.moreFilters).click();
        test(view.status).selectItem("verified");
        assertThat(view.axis.marks()).isEmpty();
    }

    @Test
    @WithUserDetails("alice")
    void aTimelineKeptForAnotherProjectShowsThatProjectsProposalsAndFollowsItsChanges() {
        ProjectId first = projects.create(new ProjectData("Timeline first " + UUID.randomUUID(), "")).id();
        for (String outlet : List.of("Reuters", "Associated Press")) {
            sources.importText(first, new com.factline.source.SourceData(outlet + " report", outlet, LocalDate.of(2023, 3, 20), null, null, null,
                    "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, " + outlet + " reported."));
        }
        int proposed = proposals.refresh(first).open();
        assertThat(proposed).as("the two articles give a proposal").isPositive();
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(120))
                .until(() -> proposals.drafting(first).isEmpty()); // the imports' background runs: until then it says "updating"
        ProjectId second = projects.create(new ProjectData("Timeline second " + UUID.randomUUID(), "")).id();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(first.value())));
        assertThat(proposalsSummary(view)).isEqualTo("Proposed (" + proposed + ")");

        TimelineView kept = navigate(TimelineView.class, Map.of("projectId", String.valueOf(second.value())));
        assertThat(kept).as("Vaadin keeps the view from one project's timeline to another's").isSameAs(view);
        assertThat(proposalsSummary(view)).as("the second project's proposals, not the first's").isEqualTo("Proposed (0)");
        assertThat(view.title.getText()).contains("Timeline second");
        // The live subscription follows the project too: a change in the second project reaches the view.
        events.create(second, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(shown(view)).extracting(Event::title).containsExactly("Xi arrives in Moscow");
        });
    }

    @Test
    @WithUserDetails("alice")
    void theGridAsksForAScreenfulOfRowsAtATime() {
        ProjectId p = projects.create(new ProjectData("Timeline page " + UUID.randomUUID(), "")).id();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.grid.getPageSize()).isEqualTo(TimelineView.GRID_PAGE).isLessThan(50);
    }

    /** The proposals panel's summary line ("Proposed (3)"): the one section on the timeline. */
    static String proposalsSummary(TimelineView view) {
        var panels = view.parts.getChildren().filter(c -> c.getId().orElse("").equals("proposals")).toList();
        assertThat(panels).hasSize(1);
        return ((com.vaadin.flow.component.details.Details) panels.getFirst()).getSummary().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("alice")
    void aChangeCommittedElsewhereReachesTheOpenTimeline() {
        ProjectId p = projects.create(new ProjectData("Timeline live " + UUID.randomUUID(), "")).id();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.bands).isEmpty();
        events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(shown(view)).extracting(Event::title).containsExactly("Xi arrives in Moscow");
        });
        // An undated event arrives in the undated band (the band without a date).
        events.create(p, new EventData("Rumour of a second visit", null, null, null));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(shown(view)).extracting(Event::title).containsExactly("Xi arrives in Moscow", "Rumour of a second visit");
        });
    }

    @Test
    @WithUserDetails("alice")
    void theAxisCountsAnEventWithAnOpenDiscrepancyAsDisputedAndOneWithTwoOutletsAsCorroborated() {
        ProjectId p = projects.create(new ProjectData("Timeline axis rings " + UUID.randomUUID(), "")).id();
        String text = "The ICC issued a warrant for Putin on Friday. Xi arrived in Moscow on Monday.";
        var reuters = data.source(p, "Reuters", text);
        var ap = data.source(p, "Associated Press", text + " (AP)");
        var icc = events.create(p, new EventData("ICC issues a warrant", null, null, DateValue.day(LocalDate.of(2023, 3, 17)))).id();
        var xi = events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20)))).id();
        var a = data.claim(p, reuters, "The ICC issued a warrant for Putin", icc);
        var b = data.claim(p, ap, "The ICC issued a warrant for Putin", icc);
        data.claim(p, reuters, "Xi arrived in Moscow", xi);
        data.claim(p, ap, "Xi arrived in Moscow", xi);
        events.create(p, new EventData("Talks", null, null, DateValue.day(LocalDate.of(2023, 3, 21))));
        discrepancies.mark(p, new com.factline.discrepancy.DiscrepancyData(com.factline.discrepancy.DiscrepancyKind.DESCRIPTION,
                "Children or adults?", List.of(a.id().value(), b.id().value())));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.axis.marks()).extracting(m -> m.title(), m -> m.disputed(), m -> m.corroborated()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ICC issues a warrant", 1, 0),
                org.assertj.core.groups.Tuple.tuple("Xi arrives in Moscow", 0, 1),
                org.assertj.core.groups.Tuple.tuple("Talks", 0, 0));
        assertThat(view.axis.markup()).contains("fl-axis-disputed").contains("fl-axis-corroborated");
    }

    @Test
    @WithUserDetails("alice")
    void theEventsPanelShowsItsSupportingQuotesAndTakesLittleWidthUntilAnEventIsSelected() {
        ProjectId p = projects.create(new ProjectData("Timeline quotes " + UUID.randomUUID(), "")).id();
        String text = "The ICC issued a warrant for Putin on Friday.";
        var icc = events.create(p, new EventData("ICC issues a warrant", null, null, DateValue.day(LocalDate.of(2023, 3, 17)))).id();
        data.claim(p, data.source(p, "Reuters", text), "The ICC issued a warrant for Putin", icc);
        data.claim(p, data.source(p, "BBC News", text + " (BBC)"), "issued a warrant for Putin on Friday", icc);
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.split.getSplitterPosition()).isEqualTo(TimelineView.EMPTY_EDITOR_AT);
        view.select(shown(view).get(0));
        assertThat(view.split.getSplitterPosition()).isEqualTo(TimelineView.EDITOR_AT);
        assertThat(view.editor.quotesHeading.getText()).isEqualTo("Supporting quotes (2)");
        assertThat(view.editor.quotes.isVisible()).isTrue();
        List<String> quotes = view.editor.quotes.getChildren().map(c -> c.getChildren()
                .map(x -> x instanceof com.vaadin.flow.component.html.Anchor a ? a.getText() : ((com.vaadin.flow.component.html.Span) x).getText())
                .collect(java.util.stream.Collectors.joining(" "))).toList();
        assertThat(quotes).containsExactlyInAnyOrder("Reuters \u201cThe ICC issued a warrant for Putin\u201d",
                "BBC News \u201cissued a warrant for Putin on Friday\u201d");
        view.editor.clear();
        assertThat(view.split.getSplitterPosition()).isEqualTo(TimelineView.EMPTY_EDITOR_AT);
    }

    @Test
    @WithUserDetails("alice")
    void anEmptyTimelineSaysTheThreeWaysAnEventIsMadeAndAFilteredOneSaysAFilterHidesTheRest() {
        ProjectId p = projects.create(new ProjectData("Empty timeline " + UUID.randomUUID(), "")).id();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        var empty = (com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent();
        assertThat(empty.text()).contains("No events yet", "Accept a proposed event below", "\u201cNew event from claims\u201d",
                "open an article on the Sources page and select the passage");
        assertThat(empty.href()).isEqualTo("projects/" + p.value() + "/sources");

        events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        test(view.search).setValue("no such words");
        assertThat(bandLabels(view)).isEmpty();
        assertThat(((com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent()).text())
                .isEqualTo("No events match these filters. Clear a filter to see the others.");
        test(view.search).setValue("");
        assertThat(((com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent()).text()).startsWith("No events yet");

        data.role(p, "alice", "viewer");
        TimelineView asViewer = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        var forViewer = (com.factline.base.ui.EmptyState) asViewer.grid.getEmptyStateComponent();
        assertThat(forViewer.text()).contains("No events yet", "editors make them").doesNotContain("New event from claims");
        assertThat(forViewer.href()).isNull();
    }

    @Test
    @WithUserDetails("alice")
    void theEventsComeFirstAndTheProposalsBelowThemWithLessRoomForAnEmptyTimeline() {
        ProjectId p = projects.create(new ProjectData("Events first " + UUID.randomUUID(), "")).id();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        List<com.vaadin.flow.component.Component> order = view.getChildren().toList();
        assertThat(order.indexOf(view.parts)).as("the sections (the proposals) come after the events list, not before it")
                .isGreaterThan(order.indexOf(view.split)).isGreaterThan(order.indexOf(view.axis));
        assertThat(proposalsSummary(view)).isEqualTo("Proposed (0)");
        assertThat(view.split.getMinHeight()).as("an empty timeline leaves the proposals more of the first screen")
                .isEqualTo(TimelineView.EMPTY_MIN_HEIGHT);

        // The first event arrives live: the list gets its full least height back.
        events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(view.split.getMinHeight()).isEqualTo(TimelineView.MIN_HEIGHT);
        });
        test(view.search).setValue("no such words");
        assertThat(view.split.getMinHeight()).as("a filter that hides every event is not an empty timeline").isEqualTo(TimelineView.MIN_HEIGHT);
    }

    @Test
    @WithUserDetails("alice")
    void theWhenColumnHasAFixedWidthSoAnEmptyOrLoadingGridDoesNotCutItsHeader() {
        ProjectId p = projects.create(new ProjectData("When column " + UUID.randomUUID(), "")).id();
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        var when = view.grid.getColumns().get(0);
        assertThat(when.getHeaderText()).isEqualTo("When");
        assertThat(when.isAutoWidth()).as("an auto width is measured on the header alone while the grid is empty").isFalse();
        assertThat(when.getWidth()).isEqualTo(TimelineView.WHEN_WIDTH);
    }

    @Test
    @WithUserDetails("alice")
    void theDateIsShownOnTheBandHeadingOnlyAndTheSideMenuNamesTheProject() {
        String name = "Timeline looks " + UUID.randomUUID();
        ProjectId p = projects.create(new ProjectData(name, "")).id();
        events.create(p, new EventData("Xi arrives in Moscow", null, null, DateValue.day(LocalDate.of(2023, 3, 20))));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        var band = view.grid.getDataProvider().fetchChildren(new HierarchicalQuery<>(null, null)).findFirst().orElseThrow();
        var row = view.grid.getDataProvider().fetchChildren(new HierarchicalQuery<>(null, band)).findFirst().orElseThrow();
        assertThat(TimelineView.when(band)).isEqualTo("20 March 2023");
        assertThat(TimelineView.when(row)).isEmpty();
        var items = $(com.vaadin.flow.component.sidenav.SideNavItem.class).all();
        var project = items.stream().filter(i -> name.equals(i.getLabel())).findFirst().orElseThrow();
        assertThat(project.getItems()).extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).contains("Sources", "Timeline");
    }

    @Test
    @WithUserDetails("alice")
    @SuppressWarnings("unchecked")
    void theEventCellsAreClientTemplatesGivenTheTitleAsTextTheFlagTheClaimsTheOutletsAndTheStatus() {
        ProjectId p = projects.create(new ProjectData("Timeline cells " + UUID.randomUUID(), "")).id();
        String text = "The ICC issued a warrant for Putin on Friday.";
        String typed = "<b>ICC</b> issues a warrant & more";
        var icc = events.create(p, new EventData(typed, null, null, DateValue.day(LocalDate.of(2023, 3, 17)))).id();
        var a = data.claim(p, data.source(p, "Reuters", text), "The ICC issued a warrant for Putin", icc);
        var b = data.claim(p, data.source(p, "BBC News", text + " (BBC)"), "The ICC issued a warrant for Putin", icc);
        discrepancies.mark(p, new com.factline.discrepancy.DiscrepancyData(com.factline.discrepancy.DiscrepancyKind.DESCRIPTION,
                "Children or adults?", List.of(a.id().value(), b.id().value())));
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        var band = view.grid.getDataProvider().fetchChildren(new HierarchicalQuery<>(null, null)).findFirst().orElseThrow();
        var row = view.grid.getDataProvider().fetchChildren(new HierarchicalQuery<>(null, band)).findFirst().orElseThrow();
        Map<String, Object> cells = new java.util.HashMap<>();
        Map<String, Object> heading = new java.util.HashMap<>();
        for (var column : view.grid.getColumns().subList(1, view.grid.getColumns().size())) {
            assertThat(column.getRenderer()).as(column.getHeaderText() + " is a client-side template").isInstanceOf(LitRenderer.class);
            ((LitRenderer<TimelineView.Row>) column.getRenderer()).getValueProviders().forEach((name, value) -> {
                cells.put(name, value.apply(row));
                heading.put(name, value.apply(band));
            });
        }
        // The typed title goes as a property (Lit sets it as text), never as markup.
        var status = events.get(p, icc).status();
        assertThat(cells).containsEntry("title", typed).containsEntry("flag", "\u26A0 1 open discrepancy").containsEntry("claims", "2 claims")
                .containsEntry("support", "2 articles \u00B7 2 outlets").containsEntry("status", status.dbName().replace('_', ' '))
                .containsEntry("statusClass", TimeAxis.statusClass(status));
        assertThat((List<String>) cells.get("outlets")).containsExactlyInAnyOrder("BBC News", "Reuters");
        assertThat(heading.get("title")).as("a band heading has no event cells").isNull();
        assertThat(heading.get("status")).isNull();
    }

    @Test
    @WithUserDetails("alice")
    void anAxisOverManyDatesComesWithTheViewAStretchAtATime() {
        ProjectId p = projects.create(new ProjectData("Timeline many dates " + UUID.randomUUID(), "")).id();
        LocalDate first = LocalDate.of(2023, 1, 1);
        int last = 150;
        for (int i = 0; i <= last; i++) {
            events.create(p, new EventData("Day " + i, null, null, DateValue.day(first.plusDays(i))));
        }
        TimelineView view = navigate(TimelineView.class, Map.of("projectId", String.valueOf(p.value())));
        // No round trip of its own: the marks are drawn with the view.
        assertThat(view.axis.marks()).hasSize(last + 1);
        assertThat(shown(view)).hasSize(last + 1);
        assertThat(view.axis.markup()).contains("fl-axis-event");
        // 151 days at the default zoom are wider than three screens: the markup holds the first stretch,
        // and scrolling to the end draws the last dates.
        assertThat(view.axis.markup()).contains("data-k=\"0\"").doesNotContain("data-k=\"" + last + "\"");
        assertThat(view.axis.markup().split("class=\"fl-axis-event ", -1).length - 1).isLessThan(last + 1);
        view.axis.scrolled(1_000_000, 1000);
        assertThat(view.axis.markup()).contains("data-k=\"" + last + "\"").doesNotContain("data-k=\"0\"");
        view.axis.scrolled(0, 1000);
        assertThat(view.axis.markup()).contains("data-k=\"0\"");

        test(view.moreFilters).click();
        test(view.to).setValue(first.plusDays(9));
        assertThat(view.axis.marks()).hasSize(10);
    }

    /** The band headings the grid shows, top to bottom. */
    static List<String> bandLabels(TimelineView view) {
        return view.grid.getDataProvider().fetchChildren(new HierarchicalQuery<>(null, null))
                .map(r -> r.band().label()).toList();
    }

    /** Every event the grid would show, band by band, as the lazy provider fetches them. */
    static List<Event> shown(TimelineView view) {
        var provider = view.grid.getDataProvider();
        List<Event> out = new ArrayList<>();
        provider.fetchChildren(new HierarchicalQuery<>(null, null))
                .forEach(band -> provider.fetchChildren(new HierarchicalQuery<>(null, band)).forEach(r -> out.add(r.event())));
        return out;
    }
}
