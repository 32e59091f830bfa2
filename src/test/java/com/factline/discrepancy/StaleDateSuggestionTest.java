package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.claim.Claim;
import com.factline.claim.ClaimData;
import com.factline.claim.ClaimDate;
import com.factline.claim.ClaimService;
import com.factline.claim.ClaimUpdate;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.source.Source;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.temporal.DateValue;
import com.factline.timeline.EventData;
import com.factline.timeline.EventService;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue #20, bug 2: a date suggestion made from a claim goes when the claim's date is corrected. */
class StaleDateSuggestionTest extends IntegrationTest {

    static final String AP = "Xi Jinping arrived in Moscow on Monday for a three-day state visit.";
    static final String REUTERS = "Chinese President Xi Jinping landed in Moscow for talks with Putin.";

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimService claims;
    @Autowired
    EventService events;
    @Autowired
    DiscrepancyService discrepancies;

    @Test
    @WithUserDetails("alice")
    void shouldWithdrawTheDateSuggestionOnceTheClaimsDateIsCorrected() {
        ProjectId p = projects.create(new ProjectData("Stale date " + UUID.randomUUID(), "")).id();
        Source ap = sources.importText(p, new SourceData("AP report", "AP", LocalDate.of(2023, 3, 20), null, null, null, AP));
        Source reuters = sources.importText(p, new SourceData("Reuters report", "Reuters", LocalDate.of(2023, 3, 20), null, null, null, REUTERS));
        var xi = events.create(p, new EventData("Xi arrives in Moscow", null, "Moscow", null));
        claims.create(p, new ClaimData(ap.id(), 0, 28, AP.substring(0, 28), "Xi arrived",
                ClaimDate.typed(DateValue.day(LocalDate.of(2023, 3, 20))), xi.id(), null));
        Claim wrong = claims.create(p, new ClaimData(reuters.id(), 0, 47, REUTERS.substring(0, 47), "Xi landed",
                ClaimDate.typed(DateValue.day(LocalDate.of(2023, 3, 22))), xi.id(), null));
        discrepancies.refreshSuggestions(p);
        assertThat(dateSuggestions(p)).as("22 March (Reuters) against 20 March (AP)").hasSize(1);

        claims.update(p, wrong.id(), new ClaimUpdate("Xi landed", ClaimDate.typed(DateValue.day(LocalDate.of(2023, 3, 20))),
                xi.id(), wrong.status()), claims.get(p, wrong.id()).version());
        discrepancies.refreshSuggestions(p);
        assertThat(dateSuggestions(p)).as("the dates agree now: nothing is left to review").isEmpty();
    }

    private java.util.List<Discrepancy> dateSuggestions(ProjectId p) {
        return discrepancies.list(p, DiscrepancyFilter.ofStatus(DiscrepancyStatus.SUGGESTED)).stream()
                .filter(d -> d.kind() == DiscrepancyKind.DATE && !d.claimIds().isEmpty()).toList();
    }
}
