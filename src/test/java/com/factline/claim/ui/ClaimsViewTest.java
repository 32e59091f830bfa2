package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.claim.ClaimData;
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
class ClaimsViewTest extends SpringBrowserlessTest {

    static final String TEXT = "Xi Jinping arrived in Moscow on Monday for a three-day state visit.";

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimService claims;

    @Test
    @WithUserDetails("alice")
    void shouldReadTheClaimsLazilyAPageAtATimeInListOrder() {
        ProjectId p = projects.create(new ProjectData("Claims view " + UUID.randomUUID(), "")).id();
        var source = sources.importText(p, new SourceData("Reuters", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, TEXT));
        claims.create(p, new ClaimData(source.id(), 22, 28, "Moscow", "where", null, null, null));
        claims.create(p, new ClaimData(source.id(), 0, 10, "Xi Jinping", "who", null, null, null));
        ClaimsView view = navigate(ClaimsView.class, Map.of("projectId", String.valueOf(p.value())));

        assertThat(view.grid.getDataProvider().isInMemory()).as("not the whole list in server memory").isFalse();
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).quote()).isEqualTo("Xi Jinping");
        assertThat(view.error.getText()).isEmpty();
    }

    @Test
    @WithUserDetails("alice")
    void shouldSayAProjectWithoutArticlesHasNoClaimsAndLinkToItsSources() {
        ProjectId p = projects.create(new ProjectData("No claims " + UUID.randomUUID(), "")).id();
        ClaimsView view = navigate(ClaimsView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(test(view.grid).size()).isZero();
        var empty = (com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent();
        assertThat(empty.text()).contains("No claims yet", "no articles");
        assertThat(empty.href()).isEqualTo("projects/" + p.value() + "/sources");
    }

    @Test
    @WithUserDetails("alice")
    void shouldSayWhereClaimsAreMadeWhenTheArticlesHaveNoneAndThatAFilterHidesTheOthers() {
        ProjectId p = projects.create(new ProjectData("Claims empty " + UUID.randomUUID(), "")).id();
        var source = sources.importText(p, new SourceData("Reuters", "Reuters", LocalDate.of(2023, 3, 21), null, null, null, TEXT));
        ClaimsView view = navigate(ClaimsView.class, Map.of("projectId", String.valueOf(p.value())));
        var empty = (com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent();
        assertThat(empty.text()).contains("No claims yet", "select the passage");

        claims.create(p, new ClaimData(source.id(), 0, 10, "Xi Jinping", "who", null, null, null));
        view.text.setValue("nothing like this");
        assertThat(test(view.grid).size()).isZero();
        assertThat(((com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent()).text()).contains("match these filters");
        view.text.clear();
        assertThat(test(view.grid).size()).isOne();
    }

    @Test
    @WithUserDetails("alice")
    void aToBeforeFromIsSaidToBeThatAndBothDateFiltersReadDaysAsEverywhereElse() {
        ProjectId p = projects.create(new ProjectData("Claims dates " + UUID.randomUUID(), "")).id();
        ClaimsView view = navigate(ClaimsView.class, Map.of("projectId", String.valueOf(p.value())));
        assertThat(view.from.getI18n().getDateFormats()).startsWith("dd/MM/yyyy").contains("yyyy-MM-dd");
        assertThat(view.from.getI18n().getBadInputErrorMessage()).startsWith("Not a day");
        view.from.setValue(LocalDate.of(2023, 3, 20));
        assertThat(view.to.getMin()).isEqualTo(LocalDate.of(2023, 3, 20));
        view.to.setValue(LocalDate.of(2023, 3, 17));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getI18n().getMinErrorMessage()).startsWith("To is before From");
    }
}
