package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HistoryApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TEXT = "Xi arrived in Moscow on Monday for a three-day visit. Putin greeted him at the Kremlin.";

    @Autowired
    JdbcClient jdbc;
    long project;
    long source;

    @BeforeEach
    void fixtures() {
        project = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"History " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
        // alice opened the project (its owner); here she plays its editor and carol its reviewer.
        jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, case username when 'carol' then 'reviewer' else 'editor' end from app_user where username in ('alice', 'bob', 'carol') on conflict (project_id, user_id) do update set role = excluded.role")
                .param(project).update();
        var res = postJson(p("/sources"), "alice", JSON.writeValueAsString(Map.of("title", "Report", "outlet", "Reuters",
                "publishedOn", "2023-03-21", "text", TEXT)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        source = JSON.readTree(res.body()).get("id").asLong();
    }

    String p(String path) {
        return "/api/v1/projects/" + project + path;
    }

    long claim(String quote) {
        int i = TEXT.indexOf(quote);
        var res = postJson(p("/claims"), "alice", "{\"sourceId\":" + source + ",\"start\":" + i + ",\"end\":" + (i + quote.length())
                + ",\"quote\":" + JSON.writeValueAsString(quote) + ",\"date\":{\"earliest\":\"2023-03-20\",\"latest\":\"2023-03-20\"}}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    JsonNode history(String type, long id) {
        return history(type, id, "alice");
    }

    JsonNode history(String type, long id, String user) {
        var res = get(p("/history/" + type + "/" + id), user);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    HttpResponse<String> revert(String user, long entry) {
        return postJson(p("/history/" + entry + "/revert"), user, "");
    }

    JsonNode event(long id) {
        return JSON.readTree(get(p("/events/" + id), "alice").body());
    }

    JsonNode rename(String user, long id, String title) {
        var res = putJson(p("/events/" + id), user, "{\"title\":" + JSON.writeValueAsString(title) + ",\"version\":"
                + event(id).get("version").asInt() + "}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    @Test
    void shouldRefuseToRevertAChangeWhoseFieldWasChangedAgainAndRevertTheLatest() {
        long id = JSON.readTree(postJson(p("/events"), "alice", "{\"title\":\"Xi arives\"}").body()).get("id").asLong();
        rename("alice", id, "Xi arrives");
        rename("bob", id, "Xi arrives in Moscow");
        JsonNode h = history("event", id);
        assertThat(h).hasSize(3);
        long bobs = h.get(0).get("id").asLong();
        long alices = h.get(1).get("id").asLong();
        JsonNode change = h.get(1).get("changes").get(0);
        assertThat(change.get("label").asString()).isEqualTo("Title");
        assertThat(change.get("oldValue").asString()).isEqualTo("Xi arives");
        assertThat(change.get("newValue").asString()).isEqualTo("Xi arrives");
        assertThat(h.get(1).get("actionLabel").asString()).isEqualTo("edited");
        assertThat(h.get(1).get("revertible").asBoolean()).isTrue();
        assertThat(h.get(2).get("revertible").asBoolean()).as("a create").isFalse();

        var refused = revert("alice", alices);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("message").asString())
                .contains("Title was changed again after this change by bob").contains("revert that first");
        assertThat(event(id).get("title").asString()).isEqualTo("Xi arrives in Moscow");

        int version = event(id).get("version").asInt();
        var ok = revert("alice", bobs);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode reverted = JSON.readTree(ok.body());
        assertThat(reverted.get("state").get("title").asString()).isEqualTo("Xi arrives");
        assertThat(reverted.get("version").asInt()).isEqualTo(version + 1);
        assertThat(event(id).get("title").asString()).isEqualTo("Xi arrives");
        assertThat(event(id).get("version").asInt()).isEqualTo(version + 1);
        JsonNode after = history("event", id);
        assertThat(after).hasSize(4);
        assertThat(after.get(0).get("id").asLong()).isEqualTo(reverted.get("auditEntryId").asLong());
        assertThat(after.get(0).get("action").asString()).isEqualTo("revert-" + bobs);
        assertThat(after.get(0).get("actionLabel").asString()).isEqualTo("reverted change #" + bobs);
        assertThat(after.get(0).get("changes").get(0).get("newValue").asString()).isEqualTo("Xi arrives");

        var again = revert("alice", bobs);
        assertThat(again.statusCode()).as("reverting the same change twice").isEqualTo(409);
        // Once bob's change is reverted, alice's change is the latest for the title and can be reverted.
        assertThat(revert("alice", alices).statusCode()).isEqualTo(200);
        assertThat(event(id).get("title").asString()).isEqualTo("Xi arives");
    }

    @Test
    void shouldRevertAnAttachByDetachingTheClaim() {
        long a = claim("Xi arrived in Moscow");
        long b = claim("Putin greeted him");
        long id = JSON.readTree(postJson(p("/events"), "alice", "{\"title\":\"Visit\",\"claimIds\":[" + a + "]}").body()).get("id").asLong();
        assertThat(postJson(p("/events/" + id + "/claims"), "alice", "{\"claimIds\":[" + b + "]}").statusCode()).isEqualTo(200);
        long attach = history("event", id).get(0).get("id").asLong();
        var res = revert("bob", attach);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(event(id).get("claimIds")).hasSize(1);
        assertThat(event(id).get("claimIds").get(0).asLong()).isEqualTo(a);
        assertThat(JSON.readTree(get(p("/claims/" + b), "alice").body()).get("eventId").isNull()).isTrue();
    }

    @Test
    void shouldRevertAClaimEdit() {
        long c = claim("three-day visit");
        int version = JSON.readTree(get(p("/claims/" + c), "alice").body()).get("version").asInt();
        var put = putJson(p("/claims/" + c), "alice", "{\"statement\":\"The visit lasted three days\",\"status\":\"checked\","
                + "\"date\":{\"earliest\":\"2023-03-20\",\"latest\":\"2023-03-22\",\"precision\":\"range\"},\"version\":" + version + "}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode h = history("claim", c);
        assertThat(h.get(0).get("changes").findValuesAsString("label")).containsExactly("Statement", "Date", "Status");
        var res = revert("alice", h.get(0).get("id").asLong());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode claim = JSON.readTree(get(p("/claims/" + c), "alice").body());
        assertThat(claim.get("statement").asString()).isEmpty();
        assertThat(claim.get("status").asString()).isEqualTo("draft");
        assertThat(claim.get("date").get("latest").asString()).isEqualTo("2023-03-20");
        assertThat(claim.get("version").asInt()).isEqualTo(version + 2);
    }

    @Test
    void shouldRevertDiscrepancyStatusChangesWithTheRolesTheyNeed() {
        long a = claim("three-day visit");
        long b = claim("Putin greeted him");
        var marked = JSON.readTree(postJson(p("/discrepancies"), "alice", "{\"kind\":\"other\",\"claimIds\":[" + a + "," + b + "]}").body());
        long id = marked.get("id").asLong();
        var resolved = postJson(p("/discrepancies/" + id + "/resolve"), "carol",
                "{\"version\":" + marked.get("version").asInt() + ",\"verdict\":\"b_right\",\"correctValue\":\"three days\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        JsonNode h = history("discrepancy", id);
        assertThat(h.get(0).get("changes").toString()).contains("second source right");
        long resolve = h.get(0).get("id").asLong();
        assertThat(h.get(0).get("revertible").asBoolean()).as("not offered to an editor: undoing a resolution is a reviewer's").isFalse();
        assertThat(history("discrepancy", id, "carol").get(0).get("revertible").asBoolean()).as("offered to the reviewer").isTrue();
        assertThat(revert("alice", resolve).statusCode()).as("an editor cannot undo a resolution").isEqualTo(403);
        var res = revert("carol", resolve);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode d = JSON.readTree(get(p("/discrepancies/" + id), "alice").body());
        assertThat(d.get("status").asString()).isEqualTo("open");
        assertThat(d.get("verdict").isNull()).isTrue();

        var byEditor = postJson(p("/discrepancies/" + id + "/dismiss"), "alice",
                "{\"version\":" + d.get("version").asInt() + ",\"reason\":\"same thing\"}");
        assertThat(byEditor.statusCode()).as("an open discrepancy is not an editor's to dismiss").isEqualTo(403);
        var dismissed = postJson(p("/discrepancies/" + id + "/dismiss"), "carol",
                "{\"version\":" + d.get("version").asInt() + ",\"reason\":\"same thing\"}");
        assertThat(dismissed.statusCode()).isEqualTo(200);
        assertThat(history("discrepancy", id, "bob").get(0).get("revertible").asBoolean())
                .as("undoing a dismissal is an editor's").isTrue();
        assertThat(history("discrepancy", id, "bob").get(1).get("revertible").asBoolean())
                .as("the revert of the resolution, back to open: the resolution changes, so not an editor's").isFalse();
        assertThat(revert("bob", history("discrepancy", id).get(0).get("id").asLong()).statusCode()).isEqualTo(200);
        d = JSON.readTree(get(p("/discrepancies/" + id), "alice").body());
        assertThat(d.get("status").asString()).isEqualTo("open");
    }

    @Test
    void shouldRefuseCreatesAndDeletesWithAClearMessage() {
        long id = JSON.readTree(postJson(p("/events"), "alice", "{\"title\":\"Doomed\"}").body()).get("id").asLong();
        long create = history("event", id).get(0).get("id").asLong();
        var res = revert("alice", create);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(res.body()).get("message").asString()).contains("delete");
        assertThat(send(request(p("/events/" + id + "?version=0"), "alice").DELETE().build()).statusCode()).isEqualTo(204);
        long delete = history("event", id).get(0).get("id").asLong();
        res = revert("alice", delete);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(res.body()).get("message").asString()).isEqualTo("Restoring a deleted event is not supported.");
        assertThat(history("event", id).get(0).get("revertible").asBoolean()).isFalse();
    }

    @Test
    void shouldAnswer404ForAnotherProjectsChangeAndForNonMembers() {
        long id = JSON.readTree(postJson(p("/events"), "alice", "{\"title\":\"Ours\"}").body()).get("id").asLong();
        rename("alice", id, "Ours, renamed");
        long entry = history("event", id).get(0).get("id").asLong();

        long elsewhere = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Other " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
        var res = postJson("/api/v1/projects/" + elsewhere + "/history/" + entry + "/revert", "alice", "");
        assertThat(res.statusCode()).as("an entry of another project").isEqualTo(404);
        assertThat(revert("alice", 999_999_999L).statusCode()).isEqualTo(404);

        long privateProject = JSON.readTree(postJson("/api/v1/projects", "dave", "{\"name\":\"Dave's " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
        long secret = JSON.readTree(postJson("/api/v1/projects/" + privateProject + "/events", "dave", "{\"title\":\"Secret\"}").body())
                .get("id").asLong();
        assertThat(get("/api/v1/projects/" + privateProject + "/history/event/" + secret, "bob").statusCode()).isEqualTo(404);
        long secretEntry = JSON.readTree(get("/api/v1/projects/" + privateProject + "/history/event/" + secret, "dave").body())
                .get(0).get("id").asLong();
        assertThat(postJson("/api/v1/projects/" + privateProject + "/history/" + secretEntry + "/revert", "bob", "").statusCode())
                .as("non-member").isEqualTo(404);
        assertThat(event(id).get("title").asString()).isEqualTo("Ours, renamed");
    }
}
