package com.factline.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.align.SentenceVectorStore;
import com.factline.base.AuditLog;
import com.factline.claim.ClaimService;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.timeline.EventService;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A proposal run drafts with no transaction open and writes its drafts only while the project's sources are the
 * ones it read (issue #18): drafts made from sources that changed meanwhile are not written.
 */
class ProposalRefreshWriteTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ProposalStore store;
    @Autowired
    ProjectAccess access;
    @Autowired
    ClaimService claims;
    @Autowired
    EventService events;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    Drafter drafter;
    @Autowired
    SentenceVectorStore vectors;
    @Autowired
    PlatformTransactionManager transactions;

    long importSource(long project, String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(Map.of(
                "title", outlet + " report", "outlet", outlet, "publishedOn", "2023-03-21", "text", text)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    @Test
    void draftsFromSourcesThatChangedMeanwhileAreNotWrittenAndOnesFromTheCurrentSourcesAre() {
        var res = postJson("/api/v1/projects", "alice", "{\"name\":\"Proposal write " + UUID.randomUUID() + "\"}");
        long project = JSON.readTree(res.body()).get("id").asLong();
        ProjectId p = new ProjectId(project);
        importSource(project, "Wire", "Xi Jinping arrived in Moscow on Monday for a three-day state visit.");
        ProposalService service = new ProposalService(store, access, claims, events, audit, publisher, drafter, vectors, transactions);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        var read = new ProposalService.Read(tx.execute(s -> store.sourcesVersion(p)), tx.execute(s -> store.sources(p)));
        importSource(project, "Agency", "Chinese President Xi Jinping landed in Moscow on Monday."); // while "the drafter ran"
        ProposalService.Refreshed stale = tx.execute(s -> service.write(p, read, Map.of(), List.of(), System.nanoTime()));
        assertThat(stale).as("the sources changed since they were read: nothing written").isNull();

        var current = new ProposalService.Read(tx.execute(s -> store.sourcesVersion(p)), tx.execute(s -> store.sources(p)));
        assertThat(current.version()).isNotEqualTo(read.version());
        ProposalService.Refreshed written = tx.execute(s -> service.write(p, current, Map.of(), List.of(), System.nanoTime()));
        assertThat(written).as("the current sources: written").isNotNull();
    }
}
