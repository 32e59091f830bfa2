package com.factline.timeline;

import static com.factline.TestData.json;
import static com.factline.TestData.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    long project;
    long wire;
    long copy;
    long other;

    @BeforeEach
    void fixtures() {
        project = JSON.readTree(postJson("/api/v1/projects", "alice", json("name", "Events " + UUID.randomUUID())).body()).get("id").asLong();
        wire = source("Associated Press", "Xi arrived in Moscow on Monday for a three-day visit.");
        copy = source("Aggregator", "Republished: Xi arrived in Moscow on Monday for a three-day visit.");
        other = source("Reuters", "Chinese President Xi Jinping landed in Moscow on Monday.");
    }

    long source(String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(java.util.Map.of(
                "title", outlet, "outlet", outlet, "publishedOn", "2023-03-20", "text", text)));
        return JSON.readTree(res.body()).get("id").asLong();
    }

    long claim(long source, String text, String quote, String earliest, String latest) {
        int start = text.indexOf(quote);
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", json("sourceId", source, "start", start,
                "end", start + quote.length(), "quote", quote, "date", object("earliest", earliest, "latest", latest)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    String events() {
        return "/api/v1/projects/" + project + "/events";
    }

    @Test
    void shouldDeriveTheEventDateFromTheOverlapOfItsClaimsAndCountIndependentSources() {
        long a = claim(wire, "Xi arrived in Moscow on Monday for a three-day visit.", "Xi arrived in Moscow", "2023-03-20", "2023-03-22");
        long b = claim(other, "Chinese President Xi Jinping landed in Moscow on Monday.", "landed in Moscow on Monday", "2023-03-20", "2023-03-20");
        long c = claim(copy, "Republished: Xi arrived in Moscow on Monday for a three-day visit.", "Xi arrived in Moscow", "2023-03-20", "2023-03-22");
        var res = postJson(events(), "alice", json("title", "Xi arrives in Moscow", "claimIds", List.of(a, b, c)));
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode e = JSON.readTree(res.body());
        assertThat(e.get("date").get("earliest").asString()).isEqualTo("2023-03-20");
        assertThat(e.get("date").get("latest").asString()).isEqualTo("2023-03-20");
        assertThat(e.get("date").get("precision").asString()).isEqualTo("day");
        assertThat(e.get("dateMode").asString()).isEqualTo("derived");
        assertThat(e.get("sourceCount").asInt()).isEqualTo(3);

        // Marking the aggregator copy as a republication makes the wire report count once.
        int version = JSON.readTree(get("/api/v1/projects/" + project + "/sources/" + copy, "alice").body()).get("version").asInt();
        var marked = putJson("/api/v1/projects/" + project + "/sources/" + copy + "/republishes", "alice",
                json("originalId", wire, "version", version));
        assertThat(marked.statusCode()).isEqualTo(200);
        JsonNode after = JSON.readTree(get(events() + "/" + e.get("id").asLong(), "alice").body());
        assertThat(after.get("sourceCount").asInt()).isEqualTo(2);
        assertThat(after.get("claimIds")).hasSize(3);
        // The timeline's page tells the same of it (claim ids in id order, independent sources, outlets) as the event's own read.
        JsonNode listed = JSON.readTree(get(events(), "alice").body()).valueStream()
                .filter(n -> n.get("id").asLong() == e.get("id").asLong()).findFirst().orElseThrow();
        assertThat(listed).isEqualTo(after);
        assertThat(listed.get("outlets").valueStream().map(JsonNode::asString).toList()).containsExactly("Aggregator", "Associated Press", "Reuters");
        assertThat(listed.get("claimIds").valueStream().map(JsonNode::asLong).toList()).isEqualTo(java.util.stream.Stream.of(a, b, c).sorted().toList());
    }

    @Test
    void attachingAClaimOfAnotherProjectIsRefusedAndMovesNothing() {
        long mine = claim(wire, "Xi arrived in Moscow on Monday for a three-day visit.", "three-day visit", "2023-03-20", "2023-03-22");
        long event = JSON.readTree(postJson(events(), "alice", "{\"title\":\"Visit\"}").body()).get("id").asLong();
        long ours = project;
        project = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Elsewhere " + UUID.randomUUID() + "\"}").body()).get("id").asLong();
        long theirs = claim(source("Reuters", "Xi landed in Moscow on Monday."), "Xi landed in Moscow on Monday.", "landed in Moscow", "2023-03-20", "2023-03-20");
        project = ours;
        var refused = postJson(events() + "/" + event + "/claims", "alice", "{\"claimIds\":[" + mine + "," + theirs + "]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("not in this project");
        assertThat(JSON.readTree(get(events() + "/" + event, "alice").body()).get("claimIds")).isEmpty();
        assertThat(JSON.readTree(get("/api/v1/projects/" + project + "/claims/" + mine, "alice").body()).get("eventId").isNull()).isTrue();
    }

    @Test
    void movingAClaimCountsAsAnEditOfBothEventsAndTheirDerivedDatesFollow() {
        long a = claim(wire, "Xi arrived in Moscow on Monday for a three-day visit.", "three-day visit", "2023-03-20", "2023-03-22");
        long b = claim(other, "Chinese President Xi Jinping landed in Moscow on Monday.", "landed in Moscow on Monday", "2023-03-20", "2023-03-20");
        JsonNode first = JSON.readTree(postJson(events(), "alice", json("title", "Visit", "claimIds", List.of(a, b))).body());
        long c = claim(copy, "Republished: Xi arrived in Moscow on Monday for a three-day visit.", "Republished", "2023-03-19", "2023-03-21");
        JsonNode second = JSON.readTree(postJson(events(), "alice", json("title", "Arrival", "claimIds", List.of(c))).body());
        assertThat(first.get("date").get("latest").asString()).isEqualTo("2023-03-20");
        assertThat(second.get("date").get("earliest").asString()).isEqualTo("2023-03-19");

        var attached = postJson(events() + "/" + second.get("id").asLong() + "/claims", "alice", json("claimIds", List.of(b)));
        assertThat(attached.statusCode()).isEqualTo(200);
        JsonNode to = JSON.readTree(attached.body());
        JsonNode from = JSON.readTree(get(events() + "/" + first.get("id").asLong(), "alice").body());
        assertThat(to.get("version").asInt()).isEqualTo(second.get("version").asInt() + 1);
        assertThat(to.get("date").get("earliest").asString()).isEqualTo("2023-03-20");
        assertThat(to.get("date").get("latest").asString()).isEqualTo("2023-03-20");
        assertThat(from.get("version").asInt()).isEqualTo(first.get("version").asInt() + 1);
        assertThat(from.get("date").get("latest").asString()).isEqualTo("2023-03-22"); // a's range alone now

        // Editing a claim's statement (its date sent as it is): its event counts it as an edit, and its date stays as it is.
        JsonNode claimA = JSON.readTree(get("/api/v1/projects/" + project + "/claims/" + a, "alice").body());
        var edited = putJson("/api/v1/projects/" + project + "/claims/" + a, "alice", json("statement", "Reworded",
                "version", claimA.get("version").asInt(), "eventId", first.get("id").asLong(),
                "date", object("earliest", "2023-03-20", "latest", "2023-03-22")));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode fromAgain = JSON.readTree(get(events() + "/" + first.get("id").asLong(), "alice").body());
        assertThat(fromAgain.get("version").asInt()).isEqualTo(from.get("version").asInt() + 1);
        assertThat(fromAgain.get("date").get("latest").asString()).isEqualTo("2023-03-22");
    }

    @Test
    void shouldMoveAClaimWhenItIsAttachedToAnotherEvent() {
        long a = claim(wire, "Xi arrived in Moscow on Monday for a three-day visit.", "three-day visit", "2023-03-20", "2023-03-22");
        long first = JSON.readTree(postJson(events(), "alice", json("title", "Visit", "claimIds", List.of(a))).body()).get("id").asLong();
        long second = JSON.readTree(postJson(events(), "alice", "{\"title\":\"State visit\",\"date\":{\"earliest\":\"2023-03-20\",\"latest\":\"2023-03-22\",\"precision\":\"range\"}}").body()).get("id").asLong();
        var attached = postJson(events() + "/" + second + "/claims", "alice", json("claimIds", List.of(a)));
        assertThat(attached.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(attached.body()).get("claimIds").get(0).asLong()).isEqualTo(a);
        assertThat(JSON.readTree(get(events() + "/" + first, "alice").body()).get("claimIds")).isEmpty();
        assertThat(JSON.readTree(get("/api/v1/projects/" + project + "/claims/" + a, "alice").body()).get("eventId").asLong()).isEqualTo(second);
    }

    @Test
    void shouldMergeAndSplitEvents() {
        long a = claim(wire, "Xi arrived in Moscow on Monday for a three-day visit.", "Xi arrived", "2023-03-20", "2023-03-20");
        long b = claim(other, "Chinese President Xi Jinping landed in Moscow on Monday.", "landed", "2023-03-20", "2023-03-20");
        long e1 = JSON.readTree(postJson(events(), "alice", json("title", "Arrival", "claimIds", List.of(a))).body()).get("id").asLong();
        long e2 = JSON.readTree(postJson(events(), "alice", json("title", "Landing", "claimIds", List.of(b))).body()).get("id").asLong();
        String comments = "/api/v1/projects/" + project + "/comments";
        assertThat(postJson(comments, "alice", json("targetType", "event", "targetId", e2, "body", "TASS says Tuesday")).statusCode()).isEqualTo(201);
        var merged = postJson(events() + "/" + e1 + "/merge", "alice", json("otherId", e2));
        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(merged.body()).get("claimIds")).hasSize(2);
        assertThat(get(events() + "/" + e2, "alice").statusCode()).isEqualTo(404);
        assertThat(get(comments + "?targetType=event&targetId=" + e1, "alice").body())
                .as("the merged-away event's comments move to the merged event").contains("TASS says Tuesday");
        var split = postJson(events() + "/" + e1 + "/split", "alice", json("title", "Landing again", "claimIds", List.of(b)));
        assertThat(split.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(split.body()).get("claimIds").get(0).asLong()).isEqualTo(b);
        assertThat(JSON.readTree(get(events() + "/" + e1, "alice").body()).get("claimIds")).hasSize(1);
    }

    @Test
    void shouldRefuseAStaleEditAndDeleteWithConfirmationOfTheVersion() {
        long id = JSON.readTree(postJson(events(), "alice", "{\"title\":\"ICC warrant\",\"date\":{\"earliest\":\"2023-03-17\",\"precision\":\"day\"}}").body()).get("id").asLong();
        assertThat(putJson(events() + "/" + id, "alice", "{\"title\":\"ICC issues warrant\",\"version\":0}").statusCode()).isEqualTo(200);
        var stale = putJson(events() + "/" + id, "alice", "{\"title\":\"Mine\",\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("current").get("title").asString()).isEqualTo("ICC issues warrant");
        assertThat(putJson(events() + "/" + id, "alice", "{\"title\":\"x\",\"date\":{\"earliest\":\"2023-03-20\",\"latest\":\"2023-03-17\"},\"version\":1}").statusCode()).isEqualTo(400);
        assertThat(send(request(events() + "/" + id + "?version=0", "alice").DELETE().build()).statusCode()).isEqualTo(409);
        assertThat(send(request(events() + "/" + id + "?version=1", "alice").DELETE().build()).statusCode()).isEqualTo(204);
    }

    @Test
    void shouldFilterTheTimeline() {
        postJson(events(), "alice", "{\"title\":\"ICC warrant\",\"date\":{\"earliest\":\"2023-03-17\",\"precision\":\"day\"}}");
        postJson(events(), "alice", "{\"title\":\"Visit month\",\"date\":{\"earliest\":\"2023-03-01\",\"latest\":\"2023-03-31\",\"precision\":\"month\"}}");
        assertThat(JSON.readTree(get(events(), "alice").body())).hasSize(2);
        assertThat(JSON.readTree(get(events() + "?q=icc", "alice").body())).hasSize(1);
        assertThat(JSON.readTree(get(events() + "?from=2023-03-18", "alice").body())).hasSize(1);
        assertThat(JSON.readTree(get(events() + "?status=verified", "alice").body())).isEmpty();
        assertThat(get(events() + "?status=bogus", "alice").statusCode()).isEqualTo(400);
        for (String removed : java.util.List.of("corroborated", "draft,disputed")) {
            var refused = get(events() + "?status=" + removed, "alice");
            assertThat(refused.statusCode()).as(removed).isEqualTo(400);
            assertThat(refused.body()).contains("no longer exists", "drafts now", "needs_reverification");
        }
        var activity = get("/api/v1/projects/" + project + "/activity", "alice");
        assertThat(activity.statusCode()).isEqualTo(200);
        // Background work (proposals computed after the imports) may log its own entry at any moment: look for
        // the event changes among the latest entries rather than expecting one at the top.
        assertThat(JSON.readTree(activity.body()).valueStream().map(e -> e.get("entityType").asString()).toList()).contains("event");
    }

    @Test
    void shouldPageTheEventsWithACursorInTimelineOrderAndRefuseOutOfRangeLimits() {
        for (int day = 10; day < 15; day++) {
            assertThat(postJson(events(), "alice", json("title", "Day " + day, "date", object("earliest", "2023-03-" + day,
                    "precision", "day"))).statusCode()).isEqualTo(201);
        }
        postJson(events(), "alice", "{\"title\":\"Undated\"}");
        var first = get(events(), "alice");
        assertThat(first.headers().firstValue("X-Next-Cursor")).as("one default page holds them all").isEmpty();
        java.util.List<String> whole = JSON.readTree(first.body()).valueStream().map(e -> e.get("title").asString()).toList();
        assertThat(whole).containsExactly("Day 10", "Day 11", "Day 12", "Day 13", "Day 14", "Undated");

        java.util.List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 10; pages++) {
            var res = get(events() + "?limit=4" + (cursor == null ? "" : "&cursor=" + cursor), "alice");
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            assertThat(JSON.readTree(res.body()).size()).isLessThanOrEqualTo(4);
            JSON.readTree(res.body()).forEach(e -> paged.add(e.get("title").asString()));
            cursor = res.headers().firstValue("X-Next-Cursor").orElse(null);
            if (cursor == null) {
                break;
            }
        }
        assertThat(paged).as("pages of 4 give the same events in the same order").isEqualTo(whole);
        String afterTwo = get(events() + "?q=day&limit=2", "alice").headers().firstValue("X-Next-Cursor").orElseThrow();
        assertThat(JSON.readTree(get(events() + "?q=day&limit=2&cursor=" + afterTwo, "alice").body()).valueStream()
                .map(e -> e.get("title").asString()).toList()).as("filters hold across pages").containsExactly("Day 12", "Day 13");
        // Keyset paging: an event created before the cursor meanwhile neither repeats nor hides one of the next page.
        postJson(events(), "alice", "{\"title\":\"Day 9\",\"date\":{\"earliest\":\"2023-03-09\",\"precision\":\"day\"}}");
        assertThat(JSON.readTree(get(events() + "?q=day&limit=2&cursor=" + afterTwo, "alice").body()).valueStream()
                .map(e -> e.get("title").asString()).toList()).as("the page after Day 11 is still Day 12, 13").containsExactly("Day 12", "Day 13");
        assertThat(get(events() + "?limit=0", "alice").statusCode()).isEqualTo(400);
        assertThat(get(events() + "?limit=1001", "alice").statusCode()).isEqualTo(400);
        assertThat(get(events() + "?cursor=abc", "alice").statusCode()).isEqualTo(400);
        assertThat(get(events() + "?cursor=99999999999", "alice").statusCode()).isEqualTo(400);
    }
}
