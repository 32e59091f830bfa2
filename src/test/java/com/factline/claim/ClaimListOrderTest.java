package com.factline.claim;

import static com.factline.TestData.json;
import static com.factline.TestData.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim list's order (date, the source's publication date, source, position; nulls last) and its cursor, now that
 * the claim row keeps its source's publication date for the index (issue #18, V13): the same order and cursor as
 * before, also right after an editor corrects a source's publication date.
 */
class ClaimListOrderTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TEXT = "Alpha said on Monday. Beta said on Tuesday. Gamma said on Wednesday.";

    @Autowired
    JdbcClient jdbc;

    long project;
    /** Sources published on 10, 12 and 14 March 2023. */
    long early;
    long middle;
    long late;

    @BeforeEach
    void fixtures() {
        project = JSON.readTree(postJson("/api/v1/projects", "alice", json("name", "Order " + UUID.randomUUID())).body())
                .get("id").asLong();
        early = source("Early", "2023-03-10");
        middle = source("Middle", "2023-03-12");
        late = source("Late", "2023-03-14");
    }

    long source(String title, String publishedOn) {
        var res = postJson(p("/sources"), "alice", JSON.writeValueAsString(Map.of("title", title, "outlet", title,
                "publishedOn", publishedOn, "text", TEXT + " " + title)));
        assertThat(res.statusCode()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    String p(String path) {
        return "/api/v1/projects/" + project + path;
    }

    /** A claim on the source quoting {@code quote} (from TEXT), dated {@code date} or undated (null). */
    long claim(long source, String quote, String date) {
        int start = TEXT.indexOf(quote);
        var body = object("sourceId", source, "start", start, "end", start + quote.length(), "quote", quote, "statement", quote);
        if (date != null) {
            body.putAll(object("date", object("earliest", date, "precision", "day")));
        }
        var res = postJson(p("/claims"), "alice", JSON.writeValueAsString(body));
        assertThat(res.statusCode()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    /** The ids of the list, page by page of {@code limit} following X-Next-Cursor. */
    List<Long> paged(String query, int limit) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 100; i++) {
            var res = get(p("/claims?limit=" + limit + query + (cursor == null ? "" : "&cursor=" + cursor)), "alice");
            assertThat(res.statusCode()).isEqualTo(200);
            JSON.readTree(res.body()).valueStream().forEach(n -> ids.add(n.get("id").asLong()));
            cursor = res.headers().firstValue("X-Next-Cursor").orElse(null);
            if (cursor == null) {
                return ids;
            }
        }
        throw new AssertionError("the cursor does not end");
    }

    List<Long> onePage(String query) {
        var res = get(p("/claims?limit=1000" + query), "alice");
        assertThat(res.statusCode()).isEqualTo(200);
        return JSON.readTree(res.body()).valueStream().map(n -> n.get("id").asLong()).toList();
    }

    void setPublishedOn(long source, String publishedOn) {
        JsonNode s = JSON.readTree(get(p("/sources/" + source), "alice").body());
        var res = putJson(p("/sources/" + source), "alice", json("title", s.get("title").asString(), "outlet",
                s.get("outlet").asString(), "publishedOn", publishedOn, "version", s.get("version").asInt()));
        assertThat(res.statusCode()).isEqualTo(200);
    }

    int claimsOutOfStepWithTheirSource() {
        return jdbc.sql("""
                        select count(*) from claim c join source s on s.id = c.source_id
                        where c.project_id = ? and c.source_published_on is distinct from s.published_on""")
                .param(project).query(Integer.class).single();
    }

    @Test
    void shouldListByDateThenPublicationDateThenSourceThenPositionWithUndatedLast() {
        long lateMonday = claim(late, "Alpha said on Monday", "2023-03-06");
        long earlyMonday = claim(early, "Alpha said on Monday", "2023-03-06");
        long middleTuesdayB = claim(middle, "said on Tuesday", "2023-03-07");
        long middleTuesdayA = claim(middle, "Beta said on Tuesday", "2023-03-07");
        long lateUndated = claim(late, "Gamma", null);
        long earlyUndated = claim(early, "Gamma", null);

        List<Long> expected = List.of(earlyMonday, lateMonday, middleTuesdayA, middleTuesdayB, earlyUndated, lateUndated);
        assertThat(onePage("")).containsExactlyElementsOf(expected);
        assertThat(paged("", 2)).as("the cursor's pages, in the same order").containsExactlyElementsOf(expected);
        assertThat(paged("", 1)).containsExactlyElementsOf(expected);
        assertThat(claimsOutOfStepWithTheirSource()).isZero();
    }

    @Test
    void shouldFollowACorrectedPublicationDateInTheOrderAndTheCursor() {
        long earlyA = claim(early, "Alpha", null);
        long earlyB = claim(early, "Beta", null);
        long middleA = claim(middle, "Alpha", null);
        long lateA = claim(late, "Alpha", null);
        long dated = claim(late, "Gamma said on Wednesday", "2023-03-08");
        assertThat(onePage("")).containsExactly(dated, earlyA, earlyB, middleA, lateA);
        String afterMiddle = get(p("/claims?limit=4"), "alice").headers().firstValue("X-Next-Cursor").orElseThrow();

        setPublishedOn(early, "2023-03-20"); // the early source is now the latest
        assertThat(claimsOutOfStepWithTheirSource()).as("the claims keep their source's new date").isZero();
        List<Long> expected = List.of(dated, middleA, lateA, earlyA, earlyB);
        assertThat(onePage("")).containsExactlyElementsOf(expected);
        assertThat(paged("", 2)).containsExactlyElementsOf(expected);
        assertThat(onePage("&sourceId=" + early)).containsExactly(earlyA, earlyB);
        // A cursor from before the change points after its claim in the new order.
        assertThat(get(p("/claims?cursor=" + afterMiddle), "alice").body()).isEqualTo(get(p("/claims?limit=1000&cursor=" + afterMiddle), "alice").body());
        assertThat(JSON.readTree(get(p("/claims?cursor=" + afterMiddle), "alice").body()).valueStream().map(n -> n.get("id").asLong()))
                .as("after the middle source's claim: the late one, then the early source's").containsExactly(lateA, earlyA, earlyB);

        setPublishedOn(middle, null); // no date: last among the undated claims' sources
        assertThat(claimsOutOfStepWithTheirSource()).isZero();
        assertThat(paged("", 2)).containsExactly(dated, lateA, earlyA, earlyB, middleA);

        long newOnEarly = claim(early, "Gamma", null);
        assertThat(claimsOutOfStepWithTheirSource()).as("a new claim takes its source's date").isZero();
        assertThat(paged("", 3)).containsExactly(dated, lateA, earlyA, earlyB, newOnEarly, middleA);
    }

    @Test
    void shouldKeepTheFiltersOnTheIndexedOrder() {
        long a = claim(late, "Alpha said on Monday", "2023-03-06");
        long b = claim(early, "Beta said on Tuesday", "2023-03-07");
        long c = claim(middle, "Gamma said on Wednesday", "2023-03-08");
        long d = claim(early, "Gamma", null);
        assertThat(paged("&from=2023-03-07", 1)).as("undated claims overlap no range").containsExactly(b, c);
        assertThat(paged("&to=2023-03-07", 1)).containsExactly(a, b);
        assertThat(paged("&q=said", 1)).containsExactly(a, b, c);
        assertThat(paged("&sourceId=" + early, 1)).containsExactly(b, d);
        assertThat(paged("&status=draft", 1)).containsExactly(a, b, c, d);
    }
}
