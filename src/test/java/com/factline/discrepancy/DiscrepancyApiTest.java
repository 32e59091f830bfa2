package com.factline.discrepancy;

import static com.factline.TestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.project.ProjectId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiscrepancyApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String A = "Xi Jinping arrived in Moscow on Monday for a three-day visit. He was greeted by 21 officials. \u201cWe are old friends,\u201d Kremlin spokesman Dmitry Peskov said on Monday.";
    static final String B = "Xi Jinping arrived in Moscow on Tuesday for a two-day visit. He was greeted by 12 officials. \u201cWe are good old friends,\u201d Kremlin spokesman Dmitri Peskov said on Tuesday.";

    @Autowired
    DiscrepancyService discrepancies;
    @Autowired
    JdbcClient jdbc;

    long project;
    long sourceA;
    long sourceB;

    @BeforeEach
    void fixtures() {
        project = JSON.readTree(postJson("/api/v1/projects", "alice", json("name", "Disc " + UUID.randomUUID())).body())
                .get("id").asLong();
        // alice opened the project (its owner); here she plays its editor and carol its reviewer.
        jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, case username when 'carol' then 'reviewer' else 'editor' end from app_user where username in ('alice', 'bob', 'carol') on conflict (project_id, user_id) do update set role = excluded.role")
                .param(project).update();
        sourceA = importSource("Reuters", "2023-03-21", A);
        sourceB = importSource("AP", "2023-03-21", B);
    }

    long importSource(String outlet, String published, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(Map.of(
                "title", outlet + " report", "outlet", outlet, "publishedOn", published, "text", text)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    long claim(long source, String text, String quote) {
        int i = text.indexOf(quote);
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", json("sourceId", source, "start", i,
                "end", i + quote.length(), "quote", quote));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    String path() {
        return "/api/v1/projects/" + project + "/discrepancies";
    }

    JsonNode mark(long... claims) {
        var res = postJson(path(), "alice", json("kind", "number", "note", "3 or 2 days?", "claimIds", claims));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body());
    }

    @Test
    void shouldMarkADiscrepancyBetweenTwoClaimsWithTheirSpans() {
        long c1 = claim(sourceA, A, "a three-day visit");
        long c2 = claim(sourceB, B, "a two-day visit");
        JsonNode d = mark(c1, c2);
        assertThat(d.get("status").asString()).isEqualTo("open");
        assertThat(d.get("kind").asString()).isEqualTo("number");
        assertThat(d.get("note").asString()).isEqualTo("3 or 2 days?");
        assertThat(d.get("confidence").asDouble()).as("marked by hand").isEqualTo(1.0);
        assertThat(d.get("claimIds").valueStream().map(JsonNode::asLong).toList()).containsExactlyInAnyOrder(c1, c2);
        assertThat(d.get("spans").get(0).get("sourceId").asLong()).isEqualTo(sourceA);
        assertThat(d.get("spans").get(0).get("text").asString()).isEqualTo("a three-day visit");
        // The claims carry the flag the reader shows.
        assertThat(JSON.readTree(get("/api/v1/projects/" + project + "/claims/" + c1, "alice").body())
                .get("openDiscrepancies").asInt()).isOne();
        var open = JSON.readTree(get(path() + "?status=open", "bob").body());
        assertThat(open.valueStream().map(n -> n.get("id").asLong())).contains(d.get("id").asLong());
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'discrepancy' and entity_id = ? and action = 'mark'")
                .param(d.get("id").asLong()).query(Integer.class).single()).isOne();
    }

    @Test
    void shouldRefuseMarkingWithFewerThanTwoClaimsOrForeignClaimsOrNoKind() {
        long c1 = claim(sourceA, A, "a three-day visit");
        assertThat(postJson(path(), "alice", json("kind", "number", "claimIds", List.of(c1))).statusCode()).isEqualTo(400);
        assertThat(postJson(path(), "alice", json("kind", "number", "claimIds", List.of(c1, c1))).statusCode()).isEqualTo(400);
        assertThat(postJson(path(), "alice", "{\"kind\":\"number\",\"claimIds\":[" + c1 + ",999999999]}").statusCode()).isEqualTo(400);
        assertThat(postJson(path(), "alice", "{\"kind\":\"colour\",\"claimIds\":[" + c1 + ",1]}").statusCode()).isEqualTo(400);
        assertThat(postJson(path(), "alice", "{\"claimIds\":[" + c1 + ",1]}").statusCode()).isEqualTo(400);
        assertThat(postJson(path(), "alice", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldSuggestDiscrepanciesAndNeverResuggestADismissedOne() {
        discrepancies.refreshSuggestions(new ProjectId(project));
        var suggested = JSON.readTree(get(path() + "?status=suggested", "alice").body());
        assertThat(suggested.size()).as(suggested.toString()).isPositive();
        JsonNode first = suggested.get(0);
        assertThat(first.get("spans").size()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("reason").asString()).isNotBlank();
        // strongest first within a kind, each with its confidence
        assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
        for (int i = 1; i < suggested.size(); i++) {
            if (suggested.get(i).get("kind").asString().equals(suggested.get(i - 1).get("kind").asString())) {
                assertThat(suggested.get(i).get("confidence").asDouble())
                        .isLessThanOrEqualTo(suggested.get(i - 1).get("confidence").asDouble());
            }
        }

        var res = postJson(path() + "/" + first.get("id").asLong() + "/dismiss", "alice",
                json("version", first.get("version").asInt(), "reason", "same thing, different words"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(JSON.readTree(res.body()).get("status").asString()).isEqualTo("dismissed");
        assertThat(postJson(path() + "/" + first.get("id").asLong() + "/dismiss", "alice", "{\"version\":0}").statusCode())
                .as("a reason is required").isEqualTo(400);

        int before = count();
        assertThat(discrepancies.refreshSuggestions(new ProjectId(project))).isZero();
        assertThat(count()).isEqualTo(before);
        var dismissed = JSON.readTree(get(path() + "?status=dismissed", "alice").body());
        assertThat(dismissed.size()).isOne();
        assertThat(jdbc.sql("select dismiss_reason from discrepancy where id = ?").param(first.get("id").asLong())
                .query(String.class).single()).isEqualTo("same thing, different words");

        JsonNode second = suggested.get(1);
        var accepted = postJson(path() + "/" + second.get("id").asLong() + "/accept", "bob", json("version", second.get("version").asInt()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).get("status").asString()).isEqualTo("open");
        var stale = postJson(path() + "/" + second.get("id").asLong() + "/accept", "bob", json("version", second.get("version").asInt()));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("current").get("status").asString()).isEqualTo("open");
    }

    @Test
    void shouldLetEditorsDismissOnlySuggestionsAndLeaveAnOpenDiscrepancyToAReviewer() {
        long id = mark(claim(sourceA, A, "a three-day visit"), claim(sourceB, B, "a two-day visit")).get("id").asLong();
        var byEditor = postJson(path() + "/" + id + "/dismiss", "alice", "{\"version\":0,\"reason\":\"not important\"}");
        assertThat(byEditor.statusCode()).as(byEditor.body()).isEqualTo(403);
        assertThat(JSON.readTree(byEditor.body()).get("message").asString()).contains("reviewer resolves it");
        assertThat(jdbc.sql("select status from discrepancy where id = ?").param(id).query(String.class).single()).isEqualTo("open");
        var byReviewer = postJson(path() + "/" + id + "/dismiss", "carol", "{\"version\":0,\"reason\":\"not a real difference\"}");
        assertThat(byReviewer.statusCode()).as(byReviewer.body()).isEqualTo(200);
    }

    /** The claim list page's {@code openDiscrepancies}: the open discrepancies linking the claim, not resolved ones. */
    private int openOnClaimPage(long claim) {
        var page = JSON.readTree(get("/api/v1/projects/" + project + "/claims?sourceId=" + sourceA, "alice").body());
        return page.valueStream().filter(c -> c.get("id").asLong() == claim).findFirst().orElseThrow().get("openDiscrepancies").asInt();
    }

    @Test
    void shouldCountOnlyOpenDiscrepanciesOnTheClaimPage() {
        long c1 = claim(sourceA, A, "21 officials");
        long c2 = claim(sourceB, B, "12 officials");
        assertThat(openOnClaimPage(c1)).isZero();
        long id = mark(c1, c2).get("id").asLong();
        mark(c1, claim(sourceB, B, "a two-day visit"));
        assertThat(openOnClaimPage(c1)).isEqualTo(2);
        var res = postJson(path() + "/" + id + "/resolve", "carol",
                "{\"version\":0,\"verdict\":\"a_right\",\"correctValue\":\"21\",\"evidence\":\"Kremlin list\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(openOnClaimPage(c1)).as("the resolved one no longer counts").isOne();
    }

    @Test
    void shouldLetOnlyAReviewerResolveAndReopen() {
        JsonNode d = mark(claim(sourceA, A, "21 officials"), claim(sourceB, B, "12 officials"));
        long id = d.get("id").asLong();
        String resolve = "{\"version\":0,\"verdict\":\"a_right\",\"correctValue\":\"21\",\"evidence\":\"Kremlin list\"}";
        assertThat(postJson(path() + "/" + id + "/resolve", "alice", resolve).statusCode()).isEqualTo(403);
        assertThat(postJson(path() + "/" + id + "/resolve", "carol", "{\"version\":0,\"verdict\":\"maybe\"}").statusCode()).isEqualTo(400);
        var res = postJson(path() + "/" + id + "/resolve", "carol", resolve);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode r = JSON.readTree(res.body());
        assertThat(r.get("status").asString()).isEqualTo("resolved");
        assertThat(r.get("verdict").asString()).isEqualTo("a_right");
        assertThat(r.get("correctValue").asString()).isEqualTo("21");
        assertThat(postJson(path() + "/" + id + "/resolve", "carol", resolve).statusCode()).as("stale").isEqualTo(409);

        assertThat(postJson(path() + "/" + id + "/reopen", "alice", "{\"version\":1}").statusCode()).isEqualTo(403);
        var reopened = postJson(path() + "/" + id + "/reopen", "carol", "{\"version\":1}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(JSON.readTree(reopened.body()).get("status").asString()).isEqualTo("open");
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_log where entity_type = 'discrepancy' and entity_id = ?")
                .param(id).query(String.class).single()).isEqualTo("mark,resolve,reopen");
    }

    @Test
    void shouldHaveSuggestionsOnTheDemoProject() {
        long demo = demoProjectId();
        discrepancies.refreshSuggestions(new ProjectId(demo));
        var all = JSON.readTree(get("/api/v1/projects/" + demo + "/discrepancies", "carol").body());
        assertThat(all.valueStream().filter(n -> n.get("status").asString().equals("suggested")).count()).isPositive();
        assertThat(all.valueStream().map(n -> n.get("kind").asString()).distinct().count()).isGreaterThan(1);
    }

    int count() {
        return jdbc.sql("select count(*) from discrepancy where project_id = ?").param(project).query(Integer.class).single();
    }

    @Test
    void runningTheDetectorNowTakesTheRightToEditTheProject() {
        jdbc.sql("update project_member set role = 'viewer' where project_id = ? and user_id = (select id from app_user where username = 'bob')")
                .param(project).update();
        var viewer = postJson(path() + "/refresh", "bob", "{}");
        assertThat(viewer.statusCode()).as(viewer.body()).isEqualTo(403);
        var editor = postJson(path() + "/refresh", "alice", "{}");
        assertThat(editor.statusCode()).as(editor.body()).isEqualTo(200);
        assertThat(editor.body()).contains("\"added\"");
    }
}
