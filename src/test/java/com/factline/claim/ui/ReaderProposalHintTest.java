package com.factline.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.proposal.ProposalService;
import com.factline.source.Source;
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

/** The reader's side of proposals: a selection without a date of its own gets its context's date and its likely event. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ReaderProposalHintTest extends SpringBrowserlessTest {

    static final String NYT = "Russia looked more isolated than ever on Friday. Its neighbour, Finland, has overcome a hurdle to join"
            + " NATO. And, more dramatically still, the International Criminal Court in The Hague charged Mr. Putin with war crimes,"
            + " putting him alongside a handful of other national leaders.";
    static final String REUTERS = "The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday, accusing"
            + " him of war crimes over the deportation of children from Ukraine.";

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ProposalService proposals;

    @Test
    @WithUserDetails("alice")
    void aSelectionWithoutADateGetsTheDateItsParagraphGivesWithWhy() {
        ProjectId project = projects.create(new ProjectData("Hint " + UUID.randomUUID(), "")).id();
        Source nyt = sources.importText(project, new SourceData("NYT", "The New York Times", LocalDate.of(2023, 3, 18), null, null,
                null, NYT));
        sources.importText(project, new SourceData("Reuters", "Reuters", LocalDate.of(2023, 3, 18), null, null, null, REUTERS));
        proposals.refresh(project);
        ReaderView view = navigate(ReaderView.class, Map.of("projectId", String.valueOf(project.value()),
                "sourceId", String.valueOf(nyt.id().value())));

        String quote = "the International Criminal Court in The Hague charged Mr. Putin with war crimes";
        int start = NYT.indexOf(quote);
        view.selected(start, start + quote.length());
        assertThat(view.panel.earliest.getValue()).as("the Friday of the paragraph, before a Saturday paper")
                .isEqualTo(LocalDate.of(2023, 3, 17));
        assertThat(view.panel.dateSource.getText()).startsWith("From the context: ").doesNotContain("No date found");
        assertThat(view.panel.looksLike.getText()).startsWith("Looks like: ").contains("sources");
    }
}
