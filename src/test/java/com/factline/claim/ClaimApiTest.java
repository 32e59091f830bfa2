package com.factline.claim;

import static com.factline.TestData.json;
import static com.factline.TestData.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClaimApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TEXT = "\uD83D\uDCF0 Kremlin spokesman Dmitry Peskov said on Friday that Xi would arrive on Monday. "
            + "Talks are due to start on Monday afternoon.";

    @Autowired
    JdbcClient jdbc;

    long project;
    long source;

    @BeforeEach
    void fixtures() {
        project = JSON.readTree(postJson("/api/v1/projects", "alice", json("name", "Claims " + UUID.randomUUID())).body())
                .get("id").asLong();
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(java.util.Map.of(
                "title", "Peskov", "outlet", "Reuters", "publishedOn", "2023-03-18", "text", TEXT)));
        assertThat(res.statusCode()).isEqualTo(201);
        source = JSON.readTree(res.body()).get("id").asLong();
    }

    /** Code-point offsets of the first occurrence of {@code s}. */
    static int[] span(String s) {
        int i = TEXT.indexOf(s);
        int start = TEXT.codePointCount(0, i);
        return new int[] {start, start + s.codePointCount(0, s.length())};
    }

    /** A claim's body on {@code source}; {@code more}: further key/value pairs. */
    String claimJson(int start, int end, String quote, Object... more) {
        var body = object("sourceId", source, "start", start, "end", end, "quote", quote, "statement", "Peskov announced the visit");
        body.putAll(object(more));
        return JSON.writeValueAsString(body);
    }

    String claims() {
        return "/api/v1/projects/" + project + "/claims";
    }

    @Test
    void shouldSuggestFridayAsTheDayBeforeASaturdayPaper() {
        var res = get("/api/v1/projects/" + project + "/sources/" + source + "/suggestions", "alice");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode friday = JSON.readTree(res.body()).valueStream().filter(n -> n.get("text").asString().equals("Friday"))
                .findFirst().orElseThrow();
        assertThat(friday.get("earliest").asString()).isEqualTo("2023-03-17");
        assertThat(friday.get("start").asInt()).isEqualTo(span("Friday")[0]);
        JsonNode monday = JSON.readTree(res.body()).valueStream().filter(n -> n.get("text").asString().startsWith("Monday"))
                .findFirst().orElseThrow();
        assertThat(monday.get("earliest").asString()).isEqualTo("2023-03-20");
    }

    @Test
    void shouldCreateADatedClaimAnchoredByCodePointOffsetsAndLogIt() {
        int[] s = span("Dmitry Peskov said on Friday");
        var res = postJson(claims(), "alice", claimJson(s[0], s[1], "Dmitry Peskov said on Friday",
                "date", object("earliest", "2023-03-17", "latest", "2023-03-17", "precision", "day", "expression", "Friday")));
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode c = JSON.readTree(res.body());
        assertThat(c.get("start").asInt()).isEqualTo(s[0]);
        assertThat(c.get("prefix").asString()).endsWith("spokesman ");
        assertThat(c.get("date").get("edtf").asString()).isEqualTo("2023-03-17");
        assertThat(c.get("date").get("display").asString()).isEqualTo("17 March 2023");
        assertThat(c.get("version").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'claim' and entity_id = ? and action = 'create'")
                .param(c.get("id").asLong()).query(Integer.class).single()).isOne();
        assertThat(JSON.readTree(get("/api/v1/projects/" + project + "/sources", "alice").body()).get(0).get("claimCount").asInt()).isOne();
    }

    @Test
    void theQuoteAndItsContextEitherSideAreCutInCodePointsAtTheTextsEdges() {
        // "Kremlin" follows an astral character (two UTF-16 units, one code point) and a space.
        int[] k = span("Kremlin");
        JsonNode first = JSON.readTree(postJson(claims(), "alice", claimJson(k[0], k[1], "Kremlin")).body());
        assertThat(first.get("quote").asString()).isEqualTo("Kremlin");
        assertThat(first.get("prefix").asString()).isEqualTo("\uD83D\uDCF0 ");
        assertThat(first.get("suffix").asString()).isEqualTo(" spokesman Dmitry Peskov said on");
        int[] end = span("Monday afternoon.");
        JsonNode last = JSON.readTree(postJson(claims(), "alice", claimJson(end[0], end[1], "Monday afternoon.")).body());
        assertThat(last.get("prefix").asString()).isEqualTo("nday. Talks are due to start on ");
        assertThat(last.get("suffix").asString()).isEmpty();
    }

    @Test
    void shouldRejectOffsetsOutsideTheTextAndQuotesThatDoNotMatch() {
        int[] s = span("Peskov");
        int length = TEXT.codePointCount(0, TEXT.length());
        record Case(String json, String error) {
        }
        for (Case c : java.util.List.of(
                new Case(claimJson(s[0], s[1], "Pesko"), "quote_mismatch"),
                new Case(claimJson(s[0] + 1, s[1] + 1, "Peskov"), "quote_mismatch"),
                new Case(claimJson(-1, 3, "x"), "offsets_out_of_range"),
                new Case(claimJson(length - 1, length + 5, "x"), "offsets_out_of_range"),
                new Case(claimJson(5, 5, ""), "offsets_out_of_range"),
                new Case(claimJson(s[0], s[1], "Peskov", "date", object("earliest", "2023-02-30")), "invalid_date"),
                new Case(claimJson(s[0], s[1], "Peskov", "date", object("earliest", "2023-03-20", "latest", "2023-03-17")), "invalid_date"),
                new Case(claimJson(s[0], s[1], "Peskov", "status", "published"), "invalid_input"),
                new Case(claimJson(s[0], s[1], "Peskov", "eventId", 999999999), "invalid_input"))) {
            var res = postJson(claims(), "alice", c.json());
            assertThat(res.statusCode()).as(c.json()).isEqualTo(400);
            assertThat(JSON.readTree(res.body()).get("error").asString()).as(c.json()).isEqualTo(c.error());
        }
        assertThat(JSON.readTree(get(claims(), "alice").body())).isEmpty();
    }

    @Test
    void shouldRefuseAStaleUpdateWith409AndTheCurrentClaim() {
        int[] s = span("Xi would arrive on Monday");
        long id = JSON.readTree(postJson(claims(), "alice", claimJson(s[0], s[1], "Xi would arrive on Monday")).body()).get("id").asLong();
        var first = putJson(claims() + "/" + id, "dave", "{\"statement\":\"Bob's wording\",\"version\":0}");
        assertThat(first.statusCode()).isEqualTo(200);
        var stale = putJson(claims() + "/" + id, "alice", "{\"statement\":\"Alice's wording\",\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode body = JSON.readTree(stale.body());
        assertThat(body.get("current").get("statement").asString()).isEqualTo("Bob's wording");
        assertThat(body.get("current").get("version").asInt()).isOne();
        var staleDelete = send(request(claims() + "/" + id + "?version=0", "alice").DELETE().build());
        assertThat(staleDelete.statusCode()).isEqualTo(409);
        var delete = send(request(claims() + "/" + id + "?version=1", "alice").DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(get(claims() + "/" + id, "alice").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldFlagClaimsWhenThePublicationDateChangesInsteadOfRedatingThem() {
        var suggestions = JSON.readTree(get("/api/v1/projects/" + project + "/sources/" + source + "/suggestions", "alice").body());
        JsonNode friday = suggestions.valueStream().filter(n -> n.get("text").asString().equals("Friday")).findFirst().orElseThrow();
        int[] s = span("Dmitry Peskov said on Friday");
        long id = JSON.readTree(postJson(claims(), "alice", claimJson(s[0], s[1], "Dmitry Peskov said on Friday",
                "date", object("earliest", "2023-03-17", "latest", "2023-03-17", "precision", "day", "expression", "Friday",
                        "expressionStart", friday.get("start").asInt(), "expressionEnd", friday.get("end").asInt()))).body())
                .get("id").asLong();
        int version = JSON.readTree(get("/api/v1/projects/" + project + "/sources/" + source, "alice").body()).get("version").asInt();
        var moved = putJson("/api/v1/projects/" + project + "/sources/" + source, "alice",
                json("title", "Peskov", "outlet", "Reuters", "publishedOn", "2023-03-25", "version", version));
        assertThat(moved.statusCode()).isEqualTo(200);
        JsonNode claim = JSON.readTree(get(claims() + "/" + id, "alice").body());
        assertThat(claim.get("date").get("earliest").asString()).as("not silently changed").isEqualTo("2023-03-17");
        assertThat(claim.get("dateCheck").get("proposed").get("earliest").asString()).isEqualTo("2023-03-24");
        assertThat(claim.get("dateCheck").get("current").get("earliest").asString()).isEqualTo("2023-03-17");

        var accepted = postJson(claims() + "/" + id + "/date-check?accept=new&version=" + claim.get("version").asInt(), "alice", "{}");
        assertThat(accepted.statusCode()).isEqualTo(200);
        JsonNode after = JSON.readTree(accepted.body());
        assertThat(after.get("date").get("earliest").asString()).isEqualTo("2023-03-24");
        assertThat(after.get("dateCheck").isNull()).isTrue();
    }

    @Test
    void shouldFilterTheProjectWideClaimsList() {
        int[] a = span("Dmitry Peskov said on Friday");
        int[] b = span("Talks are due to start on Monday afternoon");
        postJson(claims(), "alice", claimJson(a[0], a[1], "Dmitry Peskov said on Friday",
                "date", object("earliest", "2023-03-17", "precision", "day")));
        postJson(claims(), "alice", claimJson(b[0], b[1], "Talks are due to start on Monday afternoon",
                "date", object("earliest", "2023-03-20", "precision", "day"), "status", "checked"));
        assertThat(JSON.readTree(get(claims(), "alice").body())).hasSize(2);
        assertThat(JSON.readTree(get(claims() + "?from=2023-03-19", "alice").body())).hasSize(1);
        assertThat(JSON.readTree(get(claims() + "?status=checked", "alice").body())).hasSize(1);
        assertThat(JSON.readTree(get(claims() + "?q=talks", "alice").body())).hasSize(1);
        assertThat(JSON.readTree(get(claims() + "?sourceId=" + source, "alice").body())).hasSize(2);
        assertThat(get(claims() + "?from=2023-13-01", "alice").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldNotServeClaimsOfAProjectTheUserIsNotAMemberOf() {
        int[] s = span("Peskov");
        long id = JSON.readTree(postJson(claims(), "alice", claimJson(s[0], s[1], "Peskov")).body()).get("id").asLong();
        assertThat(get(claims() + "/" + id, "bob").statusCode()).isEqualTo(404);
        assertThat(postJson(claims(), "bob", claimJson(s[0], s[1], "Peskov")).statusCode()).isEqualTo(404);
        long demo = demoProjectId();
        assertThat(get("/api/v1/projects/" + demo + "/claims/" + id, "alice").statusCode()).as("claim id from another project").isEqualTo(404);
    }
}
