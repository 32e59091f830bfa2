package com.factline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Project roles travel with a backup; a backup made before there were roles still restores. */
class BackupRolesTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    long restore(String body) {
        var res = send(request("/api/v1/projects/restore", "dave").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        assertThat(res.statusCode()).as(res.body()).isBetween(200, 201);
        return JSON.readTree(res.body()).get("projectId").asLong();
    }

    String roles(long project) {
        return get("/api/v1/projects/" + project + "/members", "dave").body();
    }

    @Test
    void shouldRestoreEachMembersRoleAndGiveAnOldBackupItsCreatorAsOwner() {
        long project = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Roles backup " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
        assertThat(putJson("/api/v1/projects/" + project + "/members/carol", "alice", "{\"role\":\"viewer\"}").statusCode()).isEqualTo(200);
        String backup = get("/api/v1/projects/" + project + "/backup", "dave").body();
        assertThat(JSON.readTree(backup).get("members").findValuesAsString("role")).containsExactlyInAnyOrder("owner", "viewer");

        long restored = restore(backup);
        assertThat(roles(restored)).contains("\"username\":\"alice\",\"displayName\":\"Alice Editor\",\"role\":\"owner\"",
                "\"username\":\"carol\",\"displayName\":\"Carol Reviewer\",\"role\":\"viewer\"");

        JsonNode old = JSON.readTree(backup);
        ((ObjectNode) old.get("project")).put("name", "Before roles " + UUID.randomUUID());
        for (JsonNode member : old.get("members")) {
            ((ObjectNode) member).remove("role");
        }
        long fromOld = restore(old.toString());
        assertThat(roles(fromOld)).contains("\"username\":\"alice\",\"displayName\":\"Alice Editor\",\"role\":\"owner\"",
                "\"username\":\"carol\",\"displayName\":\"Carol Reviewer\",\"role\":\"editor\"");
    }
}
