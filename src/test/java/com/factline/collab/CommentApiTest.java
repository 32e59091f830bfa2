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

class CommentApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    long project;
    long event;
    long otherProject;
    long otherEvent;

    @BeforeEach
    void fixtures() {
        project = newProject("Comments ");
        event = newEvent(project, "Xi arrives in Moscow");
        jdbc.sql("insert into project_member (project_id, user_id) select ?, id from app_user where username = 'bob'").param(project).update();
        otherProject = newProject("Elsewhere ");
        otherEvent = newEvent(otherProject, "Someone else's event");
    }

    long newProject(String name) {
        return JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"" + name + UUID.randomUUID() + "\"}").body()).get("id").asLong();
    }

    long newEvent(long p, String title) {
        var res = postJson("/api/v1/projects/" + p + "/events", "alice", "{\"title\":\"" + title + "\"}");
        assertThat(res.statusCode()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    String comments(long p) {
        return "/api/v1/projects/" + p + "/comments";
    }

    HttpResponse<String> comment(String user, long p, String targetType, long targetId, String body) {
        return postJson(comments(p), user, JSON.writeValueAsString(Map.of("targetType", targetType, "targetId", targetId, "body", body)));
    }

    HttpResponse<String> delete(String path, String user) {
        return send(request(path, user).DELETE().build());
    }

    JsonNode list(String user, long p, String targetType, long targetId) {
        var res = get(comments(p) + "?targetType=" + targetType + "&targetId=" + targetId, user);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    int audited(long commentId, String action) {
        return jdbc.sql("select count(*) from audit_log where entity_type = 'comment' and entity_id = ? and action = ?")
                .params(commentId, action).query(Integer.class).single();
    }

    @Test
    void shouldAddListEditAndDeleteACommentAndLogEveryChange() {
        var res = comment("alice", project, "event", event, "Two outlets disagree on the day.\nCheck the Kremlin readout.");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(res.body());
        long id = c.get("id").asLong();
        assertThat(c.get("targetType").asString()).isEqualTo("event");
        assertThat(c.get("targetId").asLong()).isEqualTo(event);
        assertThat(c.get("author").asString()).isEqualTo("alice");
        assertThat(c.get("version").asInt()).isZero();
        assertThat(c.get("createdAt").asString()).isNotBlank();
        assertThat(c.get("editedAt").isNull()).isTrue();

        JsonNode thread = list("bob", project, "event", event);
        assertThat(thread.size()).isOne();
        assertThat(thread.get(0).get("body").asString()).as("line breaks kept").isEqualTo("Two outlets disagree on the day.\nCheck the Kremlin readout.");

        var edited = putJson(comments(project) + "/" + id, "alice", "{\"body\":\"Two outlets disagree.\",\"version\":0}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(JSON.readTree(edited.body()).get("version").asInt()).isOne();
        assertThat(JSON.readTree(edited.body()).get("editedAt").isNull()).isFalse();

        var stale = putJson(comments(project) + "/" + id, "alice", "{\"body\":\"Mine from an old window\",\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("current").get("body").asString()).isEqualTo("Two outlets disagree.");
        assertThat(list("alice", project, "event", event).get(0).get("body").asString()).isEqualTo("Two outlets disagree.");

        assertThat(delete(comments(project) + "/" + id, "alice").statusCode()).isEqualTo(204);
        assertThat(list("alice", project, "event", event).size()).isZero();
        assertThat(get(comments(project) + "/" + id, "alice").statusCode()).isEqualTo(404);

        assertThat(audited(id, "create")).isOne();
        assertThat(audited(id, "update")).isOne();
        assertThat(audited(id, "delete")).isOne();
        String before = jdbc.sql("select before::text from audit_log where entity_type = 'comment' and entity_id = ? and action = 'update'")
                .param(id).query(String.class).single();
        String after = jdbc.sql("select after::text from audit_log where entity_type = 'comment' and entity_id = ? and action = 'update'")
                .param(id).query(String.class).single();
        assertThat(before).contains("Check the Kremlin readout");
        assertThat(after).contains("Two outlets disagree.").doesNotContain("Kremlin");
        JsonNode feed = JSON.readTree(get("/api/v1/projects/" + project + "/activity", "bob").body());
        assertThat(feed.valueStream().filter(a -> a.get("entityType").asString().equals("comment")).count())
                .as("comments show in the activity feed").isEqualTo(3);
    }

    @Test
    void shouldForbidChangingSomeoneElsesCommentButLetAnAdminDeleteIt() {
        long id = JSON.readTree(comment("bob", project, "event", event, "Bob's view").body()).get("id").asLong();

        var edit = putJson(comments(project) + "/" + id, "alice", "{\"body\":\"Alice rewrites Bob\",\"version\":0}");
        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(edit.body()).get("message").asString()).contains("author");
        assertThat(delete(comments(project) + "/" + id, "alice").statusCode()).isEqualTo(403);
        assertThat(putJson(comments(project) + "/" + id, "dave", "{\"body\":\"Admin rewrites Bob\",\"version\":0}").statusCode())
                .as("not even an admin edits someone else's words").isEqualTo(403);
        assertThat(list("alice", project, "event", event).get(0).get("body").asString()).isEqualTo("Bob's view");

        assertThat(delete(comments(project) + "/" + id, "dave").statusCode()).isEqualTo(204);
        assertThat(list("alice", project, "event", event).size()).isZero();
        assertThat(jdbc.sql("select actor_name from audit_log where entity_type = 'comment' and entity_id = ? and action = 'delete'")
                .param(id).query(String.class).single()).isEqualTo("dave");
    }

    @Test
    void shouldAnswer404ForTargetsAndCommentsOfAnotherProject() {
        // An event of another project, addressed through this one: not found, nothing written.
        assertThat(comment("alice", project, "event", otherEvent, "Sneaky").statusCode()).isEqualTo(404);
        assertThat(get(comments(project) + "?targetType=event&targetId=" + otherEvent, "alice").statusCode()).isEqualTo(404);
        assertThat(comment("alice", project, "claim", 987654321L, "No such claim").statusCode()).isEqualTo(404);
        assertThat(comment("alice", project, "discrepancy", event, "An event id is no discrepancy").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from comment where project_id = ?").param(project).query(Integer.class).single()).isZero();

        long foreign = JSON.readTree(comment("alice", otherProject, "event", otherEvent, "Over there").body()).get("id").asLong();
        assertThat(get(comments(project) + "/" + foreign, "alice").statusCode()).isEqualTo(404);
        assertThat(putJson(comments(project) + "/" + foreign, "alice", "{\"body\":\"x\",\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(delete(comments(project) + "/" + foreign, "alice").statusCode()).isEqualTo(404);
        assertThat(list("alice", otherProject, "event", otherEvent).size()).isOne();

        // Not a member of the project at all.
        assertThat(get(comments(otherProject) + "?targetType=event&targetId=" + otherEvent, "bob").statusCode()).isEqualTo(404);
        assertThat(comment("bob", otherProject, "event", otherEvent, "Let me in").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRejectBadInputWith400AndSaveNothing() {
        assertThat(comment("alice", project, "source", event, "Unknown kind of target").statusCode()).isEqualTo(400);
        assertThat(get(comments(project) + "?targetType=vibes&targetId=" + event, "alice").statusCode()).isEqualTo(400);
        assertThat(get(comments(project) + "?targetType=event", "alice").statusCode()).isEqualTo(400);
        assertThat(comment("alice", project, "event", event, "   \n\t ").statusCode()).isEqualTo(400);
        var tooLong = comment("alice", project, "event", event, "x".repeat(10_001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("message").asString()).contains("10000");
        assertThat(postJson(comments(project), "alice", "{\"targetType\":\"event\",\"body\":\"no target id\"}").statusCode()).isEqualTo(400);
        assertThat(postJson(comments(project), "alice", "{\"targetType\":\"event\",\"targetId\":\"five\",\"body\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(postJson(comments(project), "alice", "{not json").statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from comment where project_id = ?").param(project).query(Integer.class).single()).isZero();

        // The limit is 10,000 characters as people count them: emoji are one each.
        assertThat(comment("alice", project, "event", event, "\uD83D\uDCF0".repeat(10_000)).statusCode()).isEqualTo(201);
        long id = list("alice", project, "event", event).get(0).get("id").asLong();
        assertThat(putJson(comments(project) + "/" + id, "alice", "{\"body\":\"\"}").statusCode()).as("version missing").isEqualTo(400);
        assertThat(putJson(comments(project) + "/" + id, "alice", "{\"body\":\"\",\"version\":0}").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldDeleteCommentsTogetherWithTheirTarget() {
        long onEvent = JSON.readTree(comment("alice", project, "event", event, "About to go").body()).get("id").asLong();
        long keep = newEvent(project, "Stays");
        comment("alice", project, "event", keep, "Stays too");
        int version = JSON.readTree(get("/api/v1/projects/" + project + "/events/" + event, "alice").body()).get("version").asInt();
        assertThat(delete("/api/v1/projects/" + project + "/events/" + event + "?version=" + version, "alice").statusCode()).isEqualTo(204);

        assertThat(jdbc.sql("select count(*) from comment where id = ?").param(onEvent).query(Integer.class).single()).isZero();
        assertThat(list("alice", project, "event", keep).size()).isOne();
        assertThat(audited(onEvent, "create")).as("its history stays in the audit log").isOne();
    }
}
