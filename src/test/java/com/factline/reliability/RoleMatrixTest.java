package com.factline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, walked as a table: roles (anonymous, editor, reviewer, admin, and an editor who
 * is not a member of the project) against the API's endpoints. Editor and reviewer are roles in the
 * project (see ProjectRoleMatrixTest for every project role). Instance-wide checks (admin only) come
 * first (403); in a project, a non-member gets 404 so that its existence is not leaked, and a member
 * whose project role lacks the right gets 403.
 */
class RoleMatrixTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Column order of the expected codes. bob is an editor who is not a member of the project. */
    static final String[] ROLES = {null, "alice", "carol", "dave", "bob"};
    static final String[] ROLE_NAMES = {"anonymous", "alice EDITOR", "carol REVIEWER", "dave ADMIN", "bob non-member"};

    @Autowired
    JdbcClient jdbc;

    record Row(String endpoint, BiFunction<String, Integer, HttpResponse<String>> call, int[] expected) {
    }

    long project;
    long source;
    String sourceText;
    final Map<String, Long> verifyEvents = new LinkedHashMap<>();

    @Test
    void shouldAnswerEachRoleAsTheCodeIntends() {
        project = id(postJson("/api/v1/projects", "alice", "{\"name\":\"Roles " + UUID.randomUUID() + "\"}"));
        // alice opened the project (its owner); here she plays its editor and carol its reviewer.
        jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, case username when 'carol' then 'reviewer' else 'editor' end from app_user where username in ('alice', 'carol') on conflict (project_id, user_id) do update set role = excluded.role")
                .param(project).update();
        sourceText = "The roles article. On Friday the court issued a warrant. " + UUID.randomUUID();
        source = id(postJson(p("/sources"), "alice", JSON.writeValueAsString(Map.of("title", "Roles", "text", sourceText))));
        // One supported event per role that may try to verify, each last edited by alice.
        for (String user : ROLES) {
            long claim = id(postJson(p("/claims"), "alice", claim("statement for verify")));
            long event = id(postJson(p("/events"), "alice", "{\"title\":\"To verify\",\"claimIds\":[" + claim + "]}"));
            verifyEvents.put(String.valueOf(user), event);
        }

        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET  /projects", (u, i) -> get("/api/v1/projects", u), codes(401, 200, 200, 200, 200)));
        rows.add(new Row("POST /projects", (u, i) -> postJson("/api/v1/projects", u, "{\"name\":\"Matrix " + UUID.randomUUID() + "\"}"),
                codes(401, 201, 201, 201, 201)));
        rows.add(new Row("GET  /projects/{id}", (u, i) -> get(p(""), u), codes(401, 200, 200, 200, 404)));
        rows.add(new Row("GET  sources", (u, i) -> get(p("/sources"), u), codes(401, 200, 200, 200, 404)));
        rows.add(new Row("POST sources (import)", (u, i) -> postJson(p("/sources"), u, JSON.writeValueAsString(Map.of(
                "title", "Import by " + u, "text", "Text imported by " + u + " " + UUID.randomUUID()))), codes(401, 201, 201, 201, 404)));
        rows.add(new Row("GET  sources/{id}", (u, i) -> get(p("/sources/" + source), u), codes(401, 200, 200, 200, 404)));
        rows.add(new Row("GET  claims", (u, i) -> get(p("/claims"), u), codes(401, 200, 200, 200, 404)));
        rows.add(new Row("POST claims", (u, i) -> postJson(p("/claims"), u, claim("by " + u)), codes(401, 201, 201, 201, 404)));
        rows.add(new Row("GET  events", (u, i) -> get(p("/events"), u), codes(401, 200, 200, 200, 404)));
        rows.add(new Row("POST events", (u, i) -> postJson(p("/events"), u, "{\"title\":\"Event by " + u + "\"}"),
                codes(401, 201, 201, 201, 404)));
        rows.add(new Row("GET  discrepancies", (u, i) -> get(p("/discrepancies"), u), codes(401, 200, 200, 200, 404)));
        rows.add(new Row("POST events/{id}/verify", (u, i) -> postJson(p("/events/" + verifyEvents.get(String.valueOf(u)) + "/verify"), u,
                "{\"version\":" + jdbc.sql("select version from event where id = ?").param(verifyEvents.get(String.valueOf(u))).query(Integer.class).optional().orElse(0) + "}"),
                codes(401, 403, 200, 200, 404)));
        rows.add(new Row("GET  activity", (u, i) -> get(p("/activity"), u), codes(401, 200, 200, 200, 404)));
        rows.add(new Row("GET  /users", (u, i) -> get("/api/v1/users", u), codes(401, 403, 403, 200, 403)));
        rows.add(new Row("GET  /me/tokens", (u, i) -> get("/api/v1/me/tokens", u), codes(401, 200, 200, 200, 200)));
        rows.add(new Row("POST /me/tokens", (u, i) -> postJson("/api/v1/me/tokens", u, "{\"name\":\"matrix\"}"),
                codes(401, 201, 201, 201, 201)));

        StringBuilder table = new StringBuilder(String.format("%n%-26s", "ROLE MATRIX"));
        for (String r : ROLE_NAMES) {
            table.append(String.format("%-16s", r));
        }
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            table.append(String.format("%n%-26s", row.endpoint()));
            for (int i = 0; i < ROLES.length; i++) {
                HttpResponse<String> res = row.call().apply(ROLES[i], i);
                int code = res.statusCode();
                boolean ok = code == row.expected()[i];
                table.append(String.format("%-16s", code + (ok ? "" : " (want " + row.expected()[i] + ")")));
                if (!ok) {
                    mismatches.add(row.endpoint() + " as " + ROLE_NAMES[i] + ": " + code + " " + res.body());
                }
                if (code >= 400) {
                    var body = JSON.readTree(res.body());
                    if (!body.has("error") || !body.has("message")) {
                        mismatches.add(row.endpoint() + " as " + ROLE_NAMES[i] + ": error without JSON error/message: " + res.body());
                    }
                }
            }
        }
        System.out.println(table);
        assertThat(mismatches).isEmpty();

        // A wrong password is no weaker than none.
        var wrong = send(request(p("/sources"), null).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("alice:wrong".getBytes())).GET().build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        var badToken = send(request(p("/sources"), null).header("Authorization", "Bearer fl_not_a_token").GET().build());
        assertThat(badToken.statusCode()).isEqualTo(401);
    }

    String claim(String statement) {
        String quote = "the court issued a warrant";
        int start = sourceText.indexOf(quote);
        return JSON.writeValueAsString(Map.of("sourceId", source, "start", start, "end", start + quote.length(), "quote", quote,
                "statement", statement));
    }

    String p(String rest) {
        return "/api/v1/projects/" + project + rest;
    }

    static int[] codes(int... c) {
        return c;
    }

    static long id(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return JSON.readTree(r.body()).get("id").asLong();
    }
}
