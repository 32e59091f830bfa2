package com.factline.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what in one project, walked as a table: every project role (and a non-member, an
 * anonymous caller and the global admin) against the API's project endpoints. A non-member gets
 * 404 (the project's existence is not leaked), a member whose role lacks the right gets 403.
 * The accounts are ordinary ones (global role EDITOR): all their rights come from the project role.
 */
class ProjectRoleMatrixTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] USERS = {null, "pm-viewer", "pm-editor", "pm-reviewer", "pm-owner", "pm-stranger", "dave"};
    static final String[] NAMES = {"anonymous", "viewer", "editor", "reviewer", "owner", "non-member", "admin"};

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    long project;
    long source;
    String sourceText;
    /** Per caller: an event to verify, an open discrepancy to resolve, a member to remove. */
    final Map<String, Long> verifyEvents = new HashMap<>();
    final Map<String, Long> openDiscrepancies = new HashMap<>();

    record Row(String endpoint, Function<String, HttpResponse<String>> call, int[] expected) {
    }

    @Test
    void shouldGiveEachProjectRoleExactlyItsRights() {
        String hash = encoder.encode("demo");
        for (String u : List.of("pm-viewer", "pm-editor", "pm-reviewer", "pm-owner", "pm-stranger", "pm-extra")) {
            jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, ?, ?, 'EDITOR') on conflict do nothing")
                    .params(u, u, hash).update();
        }
        project = id(postJson("/api/v1/projects", "pm-owner", "{\"name\":\"Project roles " + UUID.randomUUID() + "\"}"));
        for (String[] m : new String[][] {{"pm-viewer", "viewer"}, {"pm-editor", "editor"}, {"pm-reviewer", "reviewer"}}) {
            assertThat(putJson(p("/members/" + m[0]), "pm-owner", "{\"role\":\"" + m[1] + "\"}").statusCode()).isEqualTo(200);
        }
        sourceText = "The roles article. On Friday the court issued a warrant. " + UUID.randomUUID();
        source = id(postJson(p("/sources"), "pm-editor", JSON.writeValueAsString(Map.of("title", "Roles", "text", sourceText))));
        for (String user : USERS) {
            long claim = id(postJson(p("/claims"), "pm-editor", claim("to verify")));
            verifyEvents.put(String.valueOf(user), id(postJson(p("/events"), "pm-editor",
                    "{\"title\":\"To verify\",\"claimIds\":[" + claim + "]}")));
            long a = id(postJson(p("/claims"), "pm-editor", claim("two days")));
            long b = id(postJson(p("/claims"), "pm-editor", claim("three days")));
            openDiscrepancies.put(String.valueOf(user), id(postJson(p("/discrepancies"), "pm-editor",
                    "{\"kind\":\"number\",\"note\":\"2 or 3?\",\"claimIds\":[" + a + "," + b + "]}")));
        }
        long event = verifyEvents.get("null");
        long comment = id(postJson(p("/comments"), "pm-editor", JSON.writeValueAsString(Map.of(
                "targetType", "event", "targetId", event, "body", "first"))));

        List<Row> rows = new ArrayList<>();
        int[] read = {401, 200, 200, 200, 200, 404, 200};
        rows.add(new Row("GET  project", u -> get(p(""), u), read));
        rows.add(new Row("GET  sources", u -> get(p("/sources"), u), read));
        rows.add(new Row("GET  sources/{id}", u -> get(p("/sources/" + source), u), read));
        rows.add(new Row("GET  claims", u -> get(p("/claims"), u), read));
        rows.add(new Row("GET  events", u -> get(p("/events"), u), read));
        rows.add(new Row("GET  events/{id}/verification", u -> get(p("/events/" + event + "/verification"), u), read));
        rows.add(new Row("GET  discrepancies", u -> get(p("/discrepancies"), u), read));
        rows.add(new Row("GET  proposals", u -> get(p("/proposals"), u), read));
        rows.add(new Row("GET  comments", u -> get(p("/comments?targetType=event&targetId=" + event), u), read));
        rows.add(new Row("GET  comments/{id}", u -> get(p("/comments/" + comment), u), read));
        rows.add(new Row("GET  activity", u -> get(p("/activity"), u), read));
        rows.add(new Row("GET  export (csv)", u -> get(p("/export?format=csv"), u), read));
        rows.add(new Row("GET  backup", u -> get(p("/backup"), u), read));
        rows.add(new Row("GET  members", u -> get(p("/members"), u), read));
        rows.add(new Row("POST comments", u -> postJson(p("/comments"), u, JSON.writeValueAsString(Map.of(
                "targetType", "event", "targetId", event, "body", "note by " + u))), new int[] {401, 201, 201, 201, 201, 404, 201}));
        int[] edit = {401, 403, 201, 201, 201, 404, 201};
        rows.add(new Row("POST sources", u -> postJson(p("/sources"), u, JSON.writeValueAsString(Map.of(
                "title", "By " + u, "text", "Text imported by " + u + " " + UUID.randomUUID()))), edit));
        rows.add(new Row("POST claims", u -> postJson(p("/claims"), u, claim("by " + u)), edit));
        rows.add(new Row("POST events", u -> postJson(p("/events"), u, "{\"title\":\"Event by " + u + "\"}"), edit));
        rows.add(new Row("POST discrepancies (mark)", u -> {
            long a = id(postJson(p("/claims"), "pm-editor", claim("a " + u)));
            long b = id(postJson(p("/claims"), "pm-editor", claim("b " + u)));
            return postJson(p("/discrepancies"), u, "{\"kind\":\"number\",\"claimIds\":[" + a + "," + b + "]}");
        }, edit));
        rows.add(new Row("PUT  events/{id}", u -> {
            long e = id(postJson(p("/events"), "pm-editor", "{\"title\":\"Rename me\"}"));
            return putJson(p("/events/" + e), u, "{\"title\":\"Renamed by " + u + "\",\"version\":0}");
        }, new int[] {401, 403, 200, 200, 200, 404, 200}));
        rows.add(new Row("DELETE events/{id}", u -> {
            long e = id(postJson(p("/events"), "pm-editor", "{\"title\":\"Delete me\"}"));
            return send(request(p("/events/" + e + "?version=0"), u).DELETE().build());
        }, new int[] {401, 403, 204, 204, 204, 404, 204}));
        int[] review = {401, 403, 403, 200, 200, 404, 200};
        rows.add(new Row("POST events/{id}/verify", u -> postJson(p("/events/" + verifyEvents.get(String.valueOf(u)) + "/verify"), u,
                "{\"version\":" + version("event", verifyEvents.get(String.valueOf(u))) + "}"), review));
        rows.add(new Row("POST discrepancies/{id}/resolve", u -> postJson(p("/discrepancies/" + openDiscrepancies.get(String.valueOf(u))
                        + "/resolve"), u, "{\"verdict\":\"not_real\",\"version\":" + version("discrepancy", openDiscrepancies.get(String.valueOf(u))) + "}"),
                review));
        int[] manage = {401, 403, 403, 403, 200, 404, 200};
        rows.add(new Row("PUT  members/{user}", u -> putJson(p("/members/pm-extra"), u, "{\"role\":\"viewer\"}"), manage));
        rows.add(new Row("DELETE members/{user}", u -> {
            jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, 'viewer' from app_user where username = 'pm-extra'"
                    + " on conflict do nothing").param(project).update();
            return send(request(p("/members/pm-extra"), u).DELETE().build());
        }, new int[] {401, 403, 403, 403, 204, 404, 204}));

        StringBuilder table = new StringBuilder(String.format("%n%-34s", "PROJECT ROLE MATRIX"));
        for (String n : NAMES) {
            table.append(String.format("%-13s", n));
        }
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            table.append(String.format("%n%-34s", row.endpoint()));
            for (int i = 0; i < USERS.length; i++) {
                HttpResponse<String> res = row.call().apply(USERS[i]);
                boolean ok = res.statusCode() == row.expected()[i];
                table.append(String.format("%-13s", res.statusCode() + (ok ? "" : "(!" + row.expected()[i] + ")")));
                if (!ok) {
                    mismatches.add(row.endpoint() + " as " + NAMES[i] + ": " + res.statusCode() + " " + res.body());
                }
            }
        }
        System.out.println(table);
        assertThat(mismatches).isEmpty();
    }

    int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Integer.class).single();
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

    static long id(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return JSON.readTree(r.body()).get("id").asLong();
    }
}
