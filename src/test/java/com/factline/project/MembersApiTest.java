package com.factline.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MembersApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    long project;

    @BeforeEach
    void project() {
        // bob opens the project, so he is its owner.
        project = JSON.readTree(postJson("/api/v1/projects", "bob", "{\"name\":\"Members " + UUID.randomUUID() + "\"}").body())
                .get("id").asLong();
    }

    String members() {
        return "/api/v1/projects/" + project + "/members";
    }

    @Test
    void shouldMakeTheCreatorTheOwnerAndLetTheOwnerAddAndChangeMembers() {
        JsonNode list = JSON.readTree(get(members(), "bob").body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("username").asString()).isEqualTo("bob");
        assertThat(list.get(0).get("role").asString()).isEqualTo("owner");

        var added = putJson(members() + "/carol", "bob", "{\"role\":\"viewer\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(JSON.readTree(added.body()).get("role").asString()).isEqualTo("viewer");
        assertThat(get("/api/v1/projects/" + project, "carol").statusCode()).isEqualTo(200);

        assertThat(putJson(members() + "/carol", "bob", "{\"role\":\"reviewer\"}").statusCode()).isEqualTo(200);
        assertThat(get(members(), "carol").body()).contains("\"username\":\"carol\"", "\"role\":\"reviewer\"");
        assertThat(jdbc.sql("select count(*) from audit_log where project_id = ? and entity_type = 'project_member'")
                .param(project).query(Integer.class).single()).isEqualTo(2);

        var removed = send(request(members() + "/carol", "bob").DELETE().build());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/projects/" + project, "carol").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseARemovedMemberAtOnceThoughHisRoleWasRememberedBetweenRequests() {
        putJson(members() + "/carol", "bob", "{\"role\":\"editor\"}");
        assertThat(get("/api/v1/projects/" + project, "carol").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/projects/" + project, "carol").statusCode()).isEqualTo(200); // the remembered role
        assertThat(access.keptRoles()).isPositive();

        assertThat(send(request(members() + "/carol", "bob").DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/projects/" + project, "carol").statusCode()).isEqualTo(404);
        // a role lowered is in force at the next request too
        putJson(members() + "/carol", "bob", "{\"role\":\"editor\"}");
        assertThat(postJson("/api/v1/projects/" + project + "/events", "carol", "{\"title\":\"Kept\"}").statusCode()).isEqualTo(201);
        putJson(members() + "/carol", "bob", "{\"role\":\"viewer\"}");
        assertThat(postJson("/api/v1/projects/" + project + "/events", "carol", "{\"title\":\"Refused\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAMemberRemovedOnAnotherInstanceOnceItsNoticeArrives() throws Exception {
        putJson(members() + "/carol", "bob", "{\"role\":\"editor\"}");
        assertThat(get("/api/v1/projects/" + project, "carol").statusCode()).isEqualTo(200);
        // Removed on another instance: its row goes, and the notice that instance sends comes through PostgreSQL.
        jdbc.sql("delete from project_member where project_id = ? and user_id = (select id from app_user where username = 'carol')")
                .param(project).update();
        jdbc.sql("select 1 from (select pg_notify(?, '')) n").param(com.factline.base.AccessChanged.CHANNEL).query(Integer.class).single();
        long deadline = System.nanoTime() + 5_000_000_000L;
        int status = get("/api/v1/projects/" + project, "carol").statusCode();
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = get("/api/v1/projects/" + project, "carol").statusCode();
        }
        assertThat(status).isEqualTo(404);
    }

    @Test
    void shouldRefuseMemberChangesByNonOwnersAndStrangers() {
        putJson(members() + "/alice", "bob", "{\"role\":\"reviewer\"}");
        var byReviewer = putJson(members() + "/carol", "alice", "{\"role\":\"editor\"}");
        assertThat(byReviewer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(byReviewer.body()).get("message").asString()).contains("a reviewer of this project", "an owner");
        assertThat(putJson(members() + "/carol", "carol", "{\"role\":\"owner\"}").statusCode()).isEqualTo(404);
        assertThat(send(request(members() + "/bob", "alice").DELETE().build()).statusCode()).isEqualTo(403);
        // The global admin manages every project, member or not.
        assertThat(putJson(members() + "/carol", "dave", "{\"role\":\"editor\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldKeepTheLastOwner() {
        var demote = putJson(members() + "/bob", "bob", "{\"role\":\"editor\"}");
        assertThat(demote.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(demote.body()).get("message").asString()).contains("last owner");
        var remove = send(request(members() + "/bob", "dave").DELETE().build());
        assertThat(remove.statusCode()).isEqualTo(409);

        assertThat(putJson(members() + "/alice", "bob", "{\"role\":\"owner\"}").statusCode()).isEqualTo(200);
        assertThat(putJson(members() + "/bob", "bob", "{\"role\":\"editor\"}").statusCode()).isEqualTo(200);
        assertThat(get(members(), "alice").body()).contains("\"username\":\"bob\",\"displayName\":\"Bob Editor\",\"role\":\"editor\"");
    }

    @Test
    void shouldRefuseUnknownRolesAndUsersWithoutChangingAnything() {
        var badRole = putJson(members() + "/carol", "bob", "{\"role\":\"chief\"}");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("viewer, editor, reviewer, owner");
        assertThat(putJson(members() + "/carol", "bob", "{}").statusCode()).isEqualTo(400);
        assertThat(putJson(members() + "/nobody-here", "bob", "{\"role\":\"viewer\"}").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get(members(), "bob").body())).hasSize(1);
    }

    @Test
    void shouldTellEachCallerTheirRoleInEachProject() {
        putJson(members() + "/carol", "bob", "{\"role\":\"viewer\"}");
        JsonNode me = JSON.readTree(get("/api/v1/me", "carol").body());
        JsonNode here = null;
        for (JsonNode p : me.get("projects")) {
            if (p.get("id").asLong() == project) {
                here = p;
            }
        }
        assertThat(here).as(me.toString()).isNotNull();
        assertThat(here.get("role").asString()).isEqualTo("viewer");
        assertThat(JSON.readTree(get("/api/v1/me", "alice").body()).get("projects").findValues("id"))
                .noneMatch(id -> id.asLong() == project);
    }

    @Autowired
    ProjectAccess access;
    @Autowired
    RequestRoleMemo memo;
    @Autowired
    com.factline.security.UserService users;

    @Test
    void shouldTakeARoleChangeIntoAccountOnTheNextRequest() {
        assertThat(putJson(members() + "/carol", "bob", "{\"role\":\"editor\"}").statusCode()).isEqualTo(200);
        assertThat(postJson("/api/v1/projects/" + project + "/events", "carol", "{\"title\":\"By an editor\"}").statusCode())
                .isEqualTo(201);
        assertThat(putJson(members() + "/carol", "bob", "{\"role\":\"viewer\"}").statusCode()).isEqualTo(200);
        assertThat(postJson("/api/v1/projects/" + project + "/events", "carol", "{\"title\":\"By a viewer\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void shouldRememberARoleAndForgetItWhenTheRequestChangesAMembership() throws Exception {
        assertThat(putJson(members() + "/carol", "bob", "{\"role\":\"editor\"}").statusCode()).isEqualTo(200);
        ProjectId p = new ProjectId(project);
        var carol = users.loadUserByUsername("carol");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(carol, null, carol.getAuthorities()));
        try {
            java.util.List<Boolean> seen = new java.util.ArrayList<>();
            memo.doFilter(new org.springframework.mock.web.MockHttpServletRequest(), new org.springframework.mock.web.MockHttpServletResponse(),
                    (req, res) -> {
                        seen.add(access.allows(p, ProjectPermission.EDIT));
                        // another request (bob's, committed meanwhile) makes carol a viewer
                        jdbc.sql("update project_member set role = 'viewer' where project_id = ? and user_id = (select id from app_user"
                                + " where username = 'carol')").param(project).update();
                        seen.add(access.allows(p, ProjectPermission.EDIT));
                        access.membershipChanged(); // what setMember and removeMember do after their write
                        seen.add(access.allows(p, ProjectPermission.EDIT));
                    });
            assertThat(seen).as("asked once in the request, then again after a membership change in it")
                    .containsExactly(true, true, false);
            assertThat(access.allows(p, ProjectPermission.EDIT)).as("the changed role, not the first one, after the request").isFalse();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
