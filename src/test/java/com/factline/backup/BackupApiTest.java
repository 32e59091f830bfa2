package com.factline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class BackupApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> restore(String user, String contentType, byte[] body) {
        return send(request("/api/v1/projects/restore", user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> restore(String body) {
        return restore("dave", "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    String backup(long project) {
        var res = get("/api/v1/projects/" + project + "/backup", "dave");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return res.body();
    }

    long restored(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("projectId").asLong();
    }

    /** A copy of the sample project with a row in every table: a verified event, a discrepancy, a comment, a wire copy, a deleted claim. */
    long fullProject() {
        long p = restored(restore(backup(demoProjectId())));
        jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, case username when 'carol' then 'reviewer' else 'editor' end from app_user where username in ('alice', 'bob', 'carol') "
                + "on conflict do nothing").param(p).update();
        JsonNode sources = JSON.readTree(get("/api/v1/projects/" + p + "/sources", "alice").body());
        long s1 = sources.get(0).get("id").asLong();
        long s2 = sources.get(1).get("id").asLong();
        long c1 = claim(p, s1, 40, 80);
        long c2 = claim(p, s2, 40, 90);
        long c3 = claim(p, s2, 100, 150);
        long gone = claim(p, s1, 200, 230);
        assertThat(send(request("/api/v1/projects/" + p + "/claims/" + gone + "?version=0", "alice").DELETE().build()).statusCode())
                .isLessThan(300);
        var event = postJson("/api/v1/projects/" + p + "/events", "alice",
                "{\"title\":\"Backed-up event\",\"summary\":\"with a \\\"quote\\\" and \u00e9\",\"claimIds\":[" + c1 + "]}");
        assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
        long e = JSON.readTree(event.body()).get("id").asLong();
        var verified = postJson("/api/v1/projects/" + p + "/events/" + e + "/verify", "carol", "{\"version\":" + eventVersion(e) + "}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        var marked = postJson("/api/v1/projects/" + p + "/discrepancies", "alice",
                "{\"kind\":\"other\",\"note\":\"which?\",\"claimIds\":[" + c2 + "," + c3 + "]}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
        int version = sources.get(1).get("version").asInt();
        var wire = putJson("/api/v1/projects/" + p + "/sources/" + s2 + "/republishes", "alice",
                "{\"originalId\":" + s1 + ",\"version\":" + version + "}");
        assertThat(wire.statusCode()).as(wire.body()).isEqualTo(200);
        jdbc.sql("insert into comment (project_id, target_type, target_id, body, author_id) "
                + "select ?, 'claim', ?, 'Check the wire copy', id from app_user where username = 'bob'").params(p, c2).update();
        return p;
    }

    long claim(long p, long source, int start, int end) {
        String text = JSON.readTree(get("/api/v1/projects/" + p + "/sources/" + source, "alice").body()).get("text").asString();
        String quote = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        var res = postJson("/api/v1/projects/" + p + "/claims", "alice", "{\"sourceId\":" + source + ",\"start\":" + start
                + ",\"end\":" + end + ",\"quote\":" + JSON.writeValueAsString(quote) + ",\"statement\":\"said so\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    @Test
    void shouldGiveTheSameContentAfterABackupRestoreBackupRoundTrip() {
        long p = fullProject();
        var first = get("/api/v1/projects/" + p + "/backup", "alice");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("factline-backup-xi-").endsWith(".json\"");
        JsonNode a = JSON.readTree(first.body());
        assertThat(a.get("format").asString()).isEqualTo("factline-backup");
        assertThat(a.get("version").asInt()).isEqualTo(1);
        for (String part : List.of("members", "sources", "events", "claims", "discrepancies", "discrepancyClaims", "comments", "history")) {
            assertThat(a.get(part).size()).as(part + " has rows").isPositive();
        }
        assertThat(a.get("members").findValuesAsString("user_id")).contains("alice", "bob", "carol");

        var res = restore(first.body());
        long q = restored(res);
        JsonNode result = JSON.readTree(res.body());
        assertThat(result.get("name").asString()).contains("(restored ");
        assertThat(result.get("counts").get("claims").asInt()).isEqualTo(a.get("claims").size());
        assertThat(result.get("warnings").toString()).contains("deleted before the backup");
        JsonNode b = JSON.readTree(backup(q));

        assertThat(b.get("history").size()).isEqualTo(a.get("history").size() + 1);
        JsonNode last = b.get("history").get(b.get("history").size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("restore");
        assertThat(last.get("actor_id").asString()).isEqualTo("dave");
        ((ArrayNode) b.get("history")).remove(b.get("history").size() - 1);
        JsonNode na = normalise(a);
        JsonNode nb = normalise(b);
        for (String part : List.of("project", "members", "sources", "events", "claims", "discrepancies", "discrepancyClaims", "comments", "history")) {
            assertThat(nb.get(part)).as(part).isEqualTo(na.get(part));
        }
        // The links survived as links, not just as equal-looking rows.
        long newSource = JSON.readTree(get("/api/v1/projects/" + q + "/sources", "dave").body()).get(1).get("republishesId").asLong();
        assertThat(jdbc.sql("select project_id from source where id = ?").param(newSource).query(Long.class).single()).isEqualTo(q);
        assertThat(jdbc.sql("select count(*) from claim c join source s on s.id = c.source_id where c.project_id = ? and s.project_id <> ?")
                .params(q, q).query(Long.class).single()).isZero();
        assertThat(JSON.readTree(get("/api/v1/projects/" + q + "/events?status=verified", "dave").body()).size()).isEqualTo(1);
    }

    /** Ids replaced by "table#position" keys; the project's name (renamed on restore) left out. */
    static JsonNode normalise(JsonNode backup) {
        Map<String, Map<Long, String>> keys = new HashMap<>();
        Map<String, String> tables = Map.of("sources", "source", "events", "event", "claims", "claim", "discrepancies", "discrepancy",
                "comments", "comment", "history", "audit_log");
        tables.forEach((part, table) -> {
            Map<Long, String> k = new HashMap<>();
            for (int i = 0; i < backup.get(part).size(); i++) {
                k.put(backup.get(part).get(i).get("id").asLong(), table + "#" + i);
            }
            keys.put(table, k);
        });
        ObjectNode out = (ObjectNode) backup.deepCopy();
        ObjectNode project = (ObjectNode) out.get("project");
        project.remove(List.of("id", "name"));
        Map<String, String> refs = Map.of("source_id", "source", "republishes_id", "source", "event_id", "event", "claim_id", "claim",
                "discrepancy_id", "discrepancy");
        for (String part : List.of("members", "sources", "events", "claims", "discrepancies", "discrepancyClaims", "comments", "history")) {
            String own = tables.get(part);
            for (JsonNode n : out.get(part)) {
                ObjectNode row = (ObjectNode) n;
                row.put("project_id", "P");
                if (own != null) {
                    row.put("id", keys.get(own).get(row.get("id").asLong()));
                }
                refs.forEach((column, table) -> key(row, column, keys.get(table)));
                if (part.equals("discrepancies")) {
                    row.get("spans").forEach(s -> key((ObjectNode) s, "sourceId", keys.get("source")));
                }
                if (part.equals("comments")) {
                    key(row, "target_id", keys.get(row.get("target_type").asString()));
                }
                if (part.equals("history")) {
                    String type = row.get("entity_type").asString();
                    if (type.equals("project")) {
                        row.put("entity_id", "P");
                    } else if (keys.containsKey(type)) {
                        key(row, "entity_id", keys.get(type));
                    }
                }
            }
        }
        return out;
    }

    /** Replaces an id by its key; an id not in the backup (history of a deleted thing) by null. */
    static void key(ObjectNode row, String column, Map<Long, String> keys) {
        JsonNode v = row.get(column);
        if (v != null && v.isIntegralNumber()) {
            String k = keys.get(v.asLong());
            if (k == null) {
                row.putNull(column);
            } else {
                row.put(column, k);
            }
        }
    }

    // --- refusals -------------------------------------------------------------------------------------

    long projects() {
        return jdbc.sql("select count(*) from project").query(Long.class).single();
    }

    /** Rows a restore would add; the background suggestions (which may still be running for the new project) left out. */
    /** Rows a refused restore must not add; the background jobs' own log entries (suggestions, proposals) are left out. */
    long rows() {
        return jdbc.sql("select (select count(*) from source) + (select count(*) from claim) + (select count(*) from event)"
                + " + (select count(*) from audit_log where action not in ('suggest', 'withdraw', 'recompute')) + (select count(*) from project_member)").query(Long.class).single();
    }

    String sampleWith(Consumer<ObjectNode> change) {
        return changed(backup(demoProjectId()), change);
    }

    static String changed(String file, Consumer<ObjectNode> change) {
        ObjectNode b = (ObjectNode) JSON.readTree(file);
        change.accept(b);
        return JSON.writeValueAsString(b);
    }

    @Test
    void shouldRestoreEachClaimWithItsSourcesPublicationDateFromAFileBeforeV13OrWithAWrongOne() {
        String file = backup(fullProject());
        int i = 0;
        String before = changed(file, b -> b.get("claims").forEach(c -> ((ObjectNode) c).remove("source_published_on")));
        String wrong = changed(file, b -> b.get("claims").forEach(c -> ((ObjectNode) c).put("source_published_on", "1999-01-01")));
        for (String f : new String[] {before, wrong}) {
            long q = restored(restore(f));
            assertThat(jdbc.sql("select count(*) from claim where project_id = ?").param(q).query(Long.class).single())
                    .as("file " + i++).isPositive();
            assertThat(jdbc.sql("""
                            select count(*) from claim c join source s on s.id = c.source_id
                            where c.project_id = ? and c.source_published_on is distinct from s.published_on""")
                    .param(q).query(Long.class).single()).as("claims out of step with their source (the list's order)").isZero();
        }
    }

    @Test
    void shouldRestoreEventsWithAStatusRemovedInV12AsDrafts() {
        String old = changed(backup(fullProject()), b -> {
            int i = 0;
            for (JsonNode event : b.get("events")) {
                ((ObjectNode) event).put("status", i++ % 2 == 0 ? "corroborated" : "disputed");
                ((ObjectNode) event).putNull("verified_by");
                ((ObjectNode) event).putNull("verified_at");
            }
        });
        long q = restored(restore(old));
        assertThat(jdbc.sql("select status from event where project_id = ?").param(q).query(String.class).list())
                .isNotEmpty().containsOnly("draft");
    }

    @Test
    void shouldRefuseEveryBrokenOrForbiddenRestoreWithAClearMessageAndChangeNothing() {
        String good = backup(fullProject());
        JsonNode sample = JSON.readTree(good);
        assertThat(sample.get("claims").size()).as("claims to break").isPositive();
        long firstSource = sample.get("sources").get(0).get("id").asLong();
        record Case(String name, HttpResponse<String> response, int status, String message) {
        }
        List<Case> cases = new ArrayList<>();
        long projects = projects();
        long rows = rows();
        cases.add(new Case("empty body", restore(""), 400, "empty"));
        cases.add(new Case("not JSON", restore("this is not json"), 400, "not valid JSON"));
        cases.add(new Case("truncated", restore(good.substring(0, good.length() / 2)), 400, "not valid JSON"));
        cases.add(new Case("a JSON array", restore("[1,2]"), 400, "JSON object"));
        cases.add(new Case("wrong format marker", restore(changed(good, b -> b.put("format", "factline-export"))), 400, "not a Factline backup"));
        cases.add(new Case("unknown version", restore(changed(good, b -> b.put("version", 99))), 400, "version 99 is not supported"));
        cases.add(new Case("missing part", restore(changed(good, b -> b.remove("claims"))), 400, "no \"claims\" list"));
        cases.add(new Case("dangling claim → source", restore(changed(good, b -> ((ObjectNode) b.get("claims").get(0)).put("source_id", 987654321))),
                400, "claims[0]"));
        cases.add(new Case("dangling claim → event", restore(changed(good, b -> ((ObjectNode) b.get("claims").get(0)).put("event_id", 987654321))),
                400, "event 987654321, which is not in the backup"));
        cases.add(new Case("sha256 mismatch", restore(changed(good, b -> {
            ObjectNode s = (ObjectNode) b.get("sources").get(0);
            s.put("body", s.get("body").asString().replaceFirst("[a-z]", "X"));
        })), 400, "sha256"));
        cases.add(new Case("offsets out of the text", restore(changed(good, b -> ((ObjectNode) b.get("claims").get(0)).put("end_offset", 10_000_000))),
                400, "outside the text"));
        cases.add(new Case("quote not matching", restore(changed(good, b -> ((ObjectNode) b.get("claims").get(0)).put("quote", "words never written"))),
                400, "is not the text of source"));
        cases.add(new Case("duplicate id", restore(changed(good, b -> ((ArrayNode) b.get("sources")).add(b.get("sources").get(0).deepCopy()))),
                400, "occurs twice"));
        cases.add(new Case("unknown column", restore(changed(good, b -> ((ObjectNode) b.get("events").get(0)).put("mood", "sunny"))),
                400, "\"mood\""));
        cases.add(new Case("comment on nothing", restore(changed(good, b -> ((ArrayNode) b.get("comments")).add(JSON.readTree(
                "{\"id\":987654320,\"target_type\":\"claim\",\"target_id\":987654321,\"body\":\"x\"}")))), 400, "target_id"));
        cases.add(new Case("span in an unknown source", restore(changed(good, b -> ((ArrayNode) b.get("discrepancies")).add(JSON.readTree(
                "{\"id\":987654320,\"kind\":\"other\",\"spans\":[{\"sourceId\":987654321,\"start\":0,\"end\":3,\"text\":\"abc\"}]}")))),
                400, "sourceId 987654321"));
        cases.add(new Case("broken by a database rule", restore(changed(good, b -> ((ObjectNode) b.get("events").get(0)).put("status", "sort of"))),
                400, "database refused the \"events\""));
        cases.add(new Case("wrong content type", restore("dave", "text/plain", good.getBytes(StandardCharsets.UTF_8)), 415, "application/json"));
        cases.add(new Case("editor", restore("alice", "application/json", good.getBytes(StandardCharsets.UTF_8)), 403, "role"));
        cases.add(new Case("reviewer", restore("carol", "application/json", good.getBytes(StandardCharsets.UTF_8)), 403, "role"));
        cases.add(new Case("anonymous", restore(null, "application/json", good.getBytes(StandardCharsets.UTF_8)), 401, ""));
        for (Case c : cases) {
            System.out.println("RESTORE REFUSED " + c.name() + " -> " + c.response().statusCode() + " " + c.response().body());
            assertThat(c.response().statusCode()).as(c.name() + ": " + c.response().body()).isEqualTo(c.status());
            assertThat(JSON.readTree(c.response().body()).path("message").asString()).as(c.name()).isNotBlank().contains(c.message());
        }
        assertThat(projects()).isEqualTo(projects);
        assertThat(rows()).isEqualTo(rows);
        assertThat(firstSource).isPositive();
    }

    @Test
    void shouldDropMembersUnknownHereAndSayWhy() {
        String file = sampleWith(b -> {
            ((ArrayNode) b.get("members")).add(JSON.readTree("{\"project_id\":1,\"user_id\":\"erin\",\"added_at\":\"2023-03-20T10:00:00Z\"}"));
            ((ObjectNode) b.get("project")).put("name", "Members " + UUID.randomUUID());
        });
        var res = restore(file);
        long p = restored(res);
        assertThat(res.body()).contains("Member \u201cerin\u201d has no account here and was left out.");
        assertThat(JSON.readTree(res.body()).get("name").asString()).startsWith("Members ").doesNotContain("restored");
        assertThat(jdbc.sql("select count(*) from project_member where project_id = ?").param(p).query(Long.class).single())
                .isEqualTo(JSON.readTree(file).get("members").size() - 1);
        assertThat(jdbc.sql("select count(*) from audit_log where project_id = ? and action = 'restore'").param(p).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void shouldAnswerNotFoundToANonMemberAskingForABackup() {
        long p = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Private " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
        var res = get("/api/v1/projects/" + p + "/backup", "bob");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).doesNotContain("Private");
        assertThat(get("/api/v1/projects/" + p + "/backup", "alice").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/projects/" + p + "/backup", null).statusCode()).isEqualTo(401);
    }

    int eventVersion(long event) {
        return jdbc.sql("select version from event where id = ?").param(event).query(Integer.class).single();
    }
}
