package com.factline.review;

import static com.factline.TestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VerificationApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String A = "Xi Jinping arrived in Moscow on Monday for a three-day visit.";
    static final String B = "Xi Jinping arrived in Moscow on Monday for a two-day visit.";

    @Autowired
    JdbcClient jdbc;

    long project;
    long event;
    long claimA;
    long claimB;

    @BeforeEach
    void fixtures() {
        project = JSON.readTree(postJson("/api/v1/projects", "alice", json("name", "Verify " + UUID.randomUUID())).body())
                .get("id").asLong();
        // alice opened the project (its owner); here she plays its editor and carol its reviewer.
        jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, case username when 'carol' then 'reviewer' else 'editor' end from app_user where username in ('alice', 'bob', 'carol', 'dave') on conflict (project_id, user_id) do update set role = excluded.role")
                .param(project).update();
        event = jdbc.sql("""
                        insert into event (project_id, title, created_by, last_edited_by)
                        select ?, 'Xi arrives in Moscow', id, id from app_user where username = 'alice' returning id""")
                .param(project).query(Long.class).single();
        claimA = claim(source("Reuters", A), A, "a three-day visit");
        claimB = claim(source("AP", B), B, "a two-day visit");
    }

    long source(String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(Map.of(
                "title", outlet, "outlet", outlet, "publishedOn", "2023-03-21", "text", text)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    long claim(long source, String text, String quote) {
        int i = text.indexOf(quote);
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", json("sourceId", source, "start", i,
                "end", i + quote.length(), "quote", quote, "eventId", event));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    String verify() {
        return "/api/v1/projects/" + project + "/events/" + event + "/verify";
    }

    @Test
    void shouldRefuseEditorsAndTheReviewerWhoLastEditedTheEvent() {
        assertThat(postJson(verify(), "alice", seen()).statusCode()).isEqualTo(403);
        jdbc.sql("update event set last_edited_by = (select id from app_user where username = 'carol') where id = ?").param(event).update();
        var res = postJson(verify(), "carol", seen());
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).contains("\"error\"");
        assertThat(status()).isEqualTo("draft");
    }

    @Test
    void shouldRefuseWhileAnOpenDiscrepancyRemainsAndVerifyOnceResolved() {
        var marked = postJson("/api/v1/projects/" + project + "/discrepancies", "alice",
                json("kind", "number", "note", "how long?", "claimIds", List.of(claimA, claimB)));
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
        long d = JSON.readTree(marked.body()).get("id").asLong();
        var refused = postJson(verify(), "carol", seen());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("error").asString()).isEqualTo("open_discrepancies");

        assertThat(postJson("/api/v1/projects/" + project + "/discrepancies/" + d + "/resolve", "carol",
                "{\"version\":0,\"verdict\":\"a_right\",\"correctValue\":\"three days\"}").statusCode()).isEqualTo(200);
        var ok = postJson(verify(), "carol", seen());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode v = JSON.readTree(ok.body());
        assertThat(v.get("status").asString()).isEqualTo("verified");
        assertThat(v.get("verifiedBy").asString()).isEqualTo("carol");
        assertThat(jdbc.sql("select verified_at is not null from event where id = ?").param(event).query(Boolean.class).single()).isTrue();
    }

    @Test
    void shouldRefuseAnEventWithoutSupportingClaims() {
        long empty = jdbc.sql("insert into event (project_id, title) values (?, 'Nothing yet') returning id").param(project)
                .query(Long.class).single();
        assertThat(postJson("/api/v1/projects/" + project + "/events/" + empty + "/verify", "carol", "{\"version\":0}").statusCode()).isEqualTo(409);
    }

    @Test
    void shouldReturnAVerifiedEventToReverificationWhenAClaimChanges() {
        assertThat(postJson(verify(), "carol", seen()).statusCode()).isEqualTo(200);
        assertThat(status()).isEqualTo("verified");
        var res = putJson("/api/v1/projects/" + project + "/claims/" + claimA, "bob",
                json("statement", "Three days, says Reuters", "eventId", event, "version", 0));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(status()).isEqualTo("needs_reverification");
        assertThat(jdbc.sql("select reverify_reason from event where id = ?").param(event).query(String.class).single())
                .contains("bob");
        assertThat(postJson(verify(), "dave", seen()).statusCode()).as("admin includes reviewer").isEqualTo(200);
        assertThat(status()).isEqualTo("verified");
    }

    /** The body a reviewer sends: the version of the event as they see it now. */
    String seen() {
        return json("version", jdbc.sql("select version from event where id = ?").param(event).query(Integer.class).single());
    }

    @Test
    void shouldRefuseAVerificationOfAVersionThatChangedSinceWith409AndTheCurrentEvent() {
        String shown = seen();
        var edit = putJson("/api/v1/projects/" + project + "/events/" + event, "bob",
                json("title", "Xi's visit, retitled", "version", JSON.readTree(shown).get("version").asInt()));
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        var stale = postJson(verify(), "carol", shown);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        JsonNode body = JSON.readTree(stale.body());
        assertThat(body.get("message").asString()).contains("changed since you reviewed it");
        assertThat(body.get("current").get("title").asString()).isEqualTo("Xi's visit, retitled");
        assertThat(status()).as("not signed off").isEqualTo("draft");
        assertThat(postJson(verify(), "carol", seen()).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAVerificationWithoutAVersion() {
        for (String body : new String[] {"{}", ""}) {
            var res = postJson(verify(), "carol", body);
            assertThat(res.statusCode()).as(body + " " + res.body()).isEqualTo(400);
        }
        assertThat(status()).isEqualTo("draft");
    }

    String status() {
        return jdbc.sql("select status from event where id = ?").param(event).query(String.class).single();
    }
}
