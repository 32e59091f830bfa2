package com.factline.claim;

import static com.factline.TestData.json;
import static com.factline.TestData.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One claim's read, the edit's write and the delete find the claim by its primary key whatever the statistics say of
 * its project (issue #18): on a project newer than the table's statistics, PostgreSQL searched the project's index and
 * read every claim of the project to find one. The project is still checked: another project's id finds nothing.
 */
class OneClaimPlanTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TEXT = "Alpha said on Monday. Beta said on Tuesday.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void shouldFindOneClaimByItsPrimaryKeyOnAProjectTheStatisticsHaveNotSeen() {
        long other = JSON.readTree(postJson("/api/v1/projects", "alice", json("name", "Plan " + UUID.randomUUID())).body())
                .get("id").asLong();
        long project = JSON.readTree(postJson("/api/v1/projects", "alice", json("name", "Plan " + UUID.randomUUID())).body())
                .get("id").asLong();
        var src = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(Map.of("title", "S",
                "outlet", "S", "publishedOn", "2023-03-10", "text", TEXT)));
        assertThat(src.statusCode()).isEqualTo(201);
        long source = JSON.readTree(src.body()).get("id").asLong();
        long claim = 0;
        for (String quote : List.of("Alpha said on Monday.", "Beta said on Tuesday.")) {
            var res = postJson("/api/v1/projects/" + project + "/claims", "alice", JSON.writeValueAsString(object("sourceId", source,
                    "start", TEXT.indexOf(quote), "end", TEXT.indexOf(quote) + quote.length(), "quote", quote, "statement", quote)));
            assertThat(res.statusCode()).isEqualTo(201);
            claim = JSON.readTree(res.body()).get("id").asLong();
        }
        for (String statement : List.of(
                "select * from claim c where " + ClaimStore.ONE_CLAIM,
                "update claim c set statement = statement where " + ClaimStore.ONE_CLAIM,
                "delete from claim c where " + ClaimStore.ONE_CLAIM)) {
            // As in LiveBench's load: a large table whose statistics were taken before the project's claims were added.
            // Rolled back (rows and statistics): explained only, nothing of it is committed.
            String plan = tx.execute(status -> {
                String insert = """
                        insert into claim (project_id, source_id, start_offset, end_offset, quote)
                        select ?, ?, g, g + 1, 'x' from generate_series(1, ?) g returning id""";
                jdbc.sql(insert).params(other, source, 20000).query(Long.class).list();
                jdbc.sql("analyze claim").update();
                long claimId = jdbc.sql(insert).params(project, source, 300).query(Long.class).list().getLast();
                String explained = String.join("\n", jdbc.sql("explain " + statement).param("id", claimId).param("p", project)
                        .query(String.class).list());
                status.setRollbackOnly();
                return explained;
            });
            assertThat(plan).as(statement).contains("claim_pkey").doesNotContain("claim_project_idx").doesNotContain("claim_list_order_idx");
        }
        assertThat(jdbc.sql("select count(*) from claim c where " + ClaimStore.ONE_CLAIM).param("id", claim).param("p", project)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from claim c where " + ClaimStore.ONE_CLAIM).param("id", claim).param("p", other)
                .query(Long.class).single()).as("as another project's").isZero();
        assertThat(get("/api/v1/projects/" + other + "/claims/" + claim, "alice").statusCode()).as("read as another project's")
                .isEqualTo(404);
    }
}
