package com.factline.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import by URL from a local server serving saved pages (allowed through factline.fetch.allowed-hosts, read at each
 * fetch), PDF and Word uploads, and batches of files and zips, through the API on the real database.
 */
class SourceUrlAndFormatsApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static HttpServer site;
    static int sitePort;

    @Autowired
    JdbcClient jdbc;

    long project;

    @BeforeAll
    static void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (String page : new String[] {"page-jsonld.html", "page-opengraph.html", "page-dateline.html"}) {
            site.createContext("/" + page, ex -> {
                byte[] body = ImportFormatsTest.resource(page);
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            });
        }
        site.createContext("/to-localhost", ex -> {
            ex.getResponseHeaders().set("Location", "http://localhost:" + sitePort + "/page-jsonld.html");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        site.start();
        sitePort = site.getAddress().getPort();
        System.setProperty("factline.fetch.allowed-hosts", "127.0.0.1");
    }

    @AfterAll
    static void stopSite() {
        System.clearProperty("factline.fetch.allowed-hosts");
        site.stop(0);
    }

    @BeforeEach
    void project() {
        var res = postJson("/api/v1/projects", "alice", "{\"name\":\"Formats test " + UUID.randomUUID() + "\"}");
        project = JSON.readTree(res.body()).get("id").asLong();
    }

    String path() {
        return "/api/v1/projects/" + project + "/sources";
    }

    String site(String page) {
        return "http://127.0.0.1:" + sitePort + "/" + page;
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table + " t where " + (table.equals("source") ? "t.project_id = ?"
                : "t.source_id in (select id from source where project_id = ?)")).param(project).query(Integer.class).single();
    }

    @Test
    void shouldImportAPageByUrlWithItsMetadataAndKeepTheSnapshot() {
        var res = postJson(path(), "alice", "{\"url\":\"" + site("page-jsonld.html") + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("title").asString()).isEqualTo("Old Mill bridge reopens to traffic after six months of repairs");
        assertThat(body.get("outlet").asString()).isEqualTo("Riverside Courier");
        assertThat(body.get("byline").asString()).isEqualTo("Dana Whitfield, Omar Reyes");
        assertThat(body.get("publishedOn").asString()).isEqualTo("2024-04-19");
        assertThat(body.get("url").asString()).isEqualTo(site("page-jsonld.html"));
        assertThat(body.get("language").asString()).isEqualTo("en");
        assertThat(body.get("text").asString()).contains("The Old Mill bridge reopened").doesNotContain("Related stories");
        assertThat(body.get("metadataSources").get("title").asString()).isEqualTo("json-ld");
        assertThat(body.get("metadataSources").get("publishedOn").asString()).isEqualTo("json-ld");
        assertThat(body.get("metadataSources").get("language").asString()).isEqualTo("detected");
        JsonNode snap = body.get("snapshot");
        assertThat(snap.get("sha256").asString()).isEqualTo(Snapshot.sha256(ImportFormatsTest.resource("page-jsonld.html")));
        assertThat(snap.get("contentType").asString()).isEqualTo("text/html");
        byte[] stored = jdbc.sql("select body from source_snapshot where source_id = ?").param(body.get("id").asLong())
                .query(byte[].class).single();
        assertThat(stored).as("kept byte for byte").isEqualTo(ImportFormatsTest.resource("page-jsonld.html"));
    }

    @Test
    void shouldLetTheFieldsSentWinOverThePagesAndSaySo() {
        var res = postJson(path(), "alice", "{\"url\":\"" + site("page-dateline.html") + "\",\"outlet\":\"Coastal Wire\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("outlet").asString()).isEqualTo("Coastal Wire");
        assertThat(body.get("publishedOn").asString()).isEqualTo("2024-03-08");
        assertThat(body.get("metadataSources").get("outlet").asString()).isEqualTo("editor");
        assertThat(body.get("metadataSources").get("publishedOn").asString()).isEqualTo("dateline");
        var og = JSON.readTree(postJson(path(), "alice", "{\"url\":\"" + site("page-opengraph.html") + "\"}").body());
        assertThat(og.get("metadataSources").get("publishedOn").asString()).isEqualTo("opengraph");
        assertThat(count("source")).isEqualTo(2);
    }

    @Test
    void shouldRefuseAddressesTheRulesForbidAndSaveNothing() {
        var redirect = postJson(path(), "alice", "{\"url\":\"" + site("to-localhost") + "\"}");
        assertThat(redirect.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(redirect.body()).get("error").asString()).isEqualTo("fetch_refused");
        assertThat(JSON.readTree(redirect.body()).get("message").asString()).contains("loopback");
        var metadata = postJson(path(), "alice", "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}");
        assertThat(metadata.statusCode()).isEqualTo(400);
        var scheme = postJson(path(), "alice", "{\"url\":\"file:///etc/passwd\"}");
        assertThat(scheme.statusCode()).isEqualTo(400);
        assertThat(count("source")).isZero();
        assertThat(postJson(path(), "bob", "{\"url\":\"" + site("page-jsonld.html") + "\"}").statusCode()).as("bob is no member").isEqualTo(404);
    }

    @Test
    void shouldImportAPdfAndAWordFileKeepingTheOriginals() {
        var pdf = upload("/api/v1/projects/" + project + "/sources", "file", Map.of("court-press-release.pdf",
                ImportFormatsTest.resource("court-press-release.pdf")));
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
        JsonNode p = JSON.readTree(pdf.body());
        assertThat(p.get("title").asString()).isEqualTo("Court orders temporary closure of the Eastgate ferry terminal");
        assertThat(p.get("publishedOn").asString()).isEqualTo("2024-05-14");
        assertThat(p.get("byline").asString()).isEqualTo("Press office, Harbour City District Court");
        assertThat(p.get("text").asString()).contains("\n\nReasons for the decision\n\n");
        var docx = upload("/api/v1/projects/" + project + "/sources", "file", Map.of("water-board-statement.docx",
                ImportFormatsTest.resource("water-board-statement.docx")));
        assertThat(docx.statusCode()).as(docx.body()).isEqualTo(201);
        assertThat(JSON.readTree(docx.body()).get("title").asString()).isEqualTo("Boil-water notice stays until Monday");
        assertThat(count("source_snapshot")).isEqualTo(2);
    }

    @Test
    void shouldImportABatchWithAZipReportingEachFileDuplicatesAndRefusals() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            entry(z, "press/court-press-release.pdf", ImportFormatsTest.resource("court-press-release.pdf"));
            entry(z, "press/scanned-letter.pdf", ImportFormatsTest.resource("scanned-letter.pdf"));
            entry(z, "notes.txt", "Notes from the desk on Tuesday.".getBytes(StandardCharsets.UTF_8));
            entry(z, "tool.exe", "MZ".getBytes(StandardCharsets.US_ASCII));
            entry(z, "__MACOSX/._notes.txt", new byte[] {0, 1});
            entry(z, "bomb.txt", new byte[6 * 1024 * 1024]); // compresses to a few KB, unpacks past the limit
        }
        var files = new java.util.LinkedHashMap<String, byte[]>();
        files.put("statement.docx", ImportFormatsTest.resource("water-board-statement.docx"));
        files.put("desk.zip", zip.toByteArray());
        files.put("again.pdf", ImportFormatsTest.resource("court-press-release.pdf"));
        var res = upload(path() + "/batch", "files", files);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("imported").asInt()).isEqualTo(3);
        assertThat(body.get("duplicates").asInt()).isEqualTo(1);
        assertThat(body.get("refused").asInt()).isEqualTo(3);
        var outcomes = new java.util.ArrayList<String>();
        body.get("files").forEach(f -> outcomes.add(f.get("file").asString() + " " + f.get("status").asString()));
        assertThat(outcomes).containsExactly("statement.docx imported", "desk.zip \u203a press/court-press-release.pdf imported",
                "desk.zip \u203a press/scanned-letter.pdf refused", "desk.zip \u203a notes.txt imported",
                "desk.zip \u203a tool.exe refused", "desk.zip \u203a bomb.txt refused", "again.pdf duplicate");
        assertThat(body.get("files").get(2).get("message").asString()).contains("no text layer");
        assertThat(body.get("files").get(5).get("message").asString()).contains("unpacks to more than");
        assertThat(body.get("files").get(6).get("source").get("title").asString()).isEqualTo("Court orders temporary closure of the Eastgate ferry terminal");
        assertThat(count("source")).isEqualTo(3);
    }

    @Test
    void shouldCarryTheSnapshotThroughBackupAndRestoreAndRefuseATamperedOne() {
        var pdf = upload(path(), "file", Map.of("court-press-release.pdf", ImportFormatsTest.resource("court-press-release.pdf")));
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
        String backup = get("/api/v1/projects/" + project + "/backup", "alice").body();
        JsonNode file = JSON.readTree(backup);
        assertThat(file.get("sourceSnapshots")).hasSize(1);

        var restored = send(request("/api/v1/projects/restore", "dave").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(backup)).build());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(201);
        long copy = JSON.readTree(restored.body()).get("projectId").asLong();
        byte[] kept = jdbc.sql("select n.body from source_snapshot n join source s on s.id = n.source_id where s.project_id = ?")
                .param(copy).query(byte[].class).single();
        assertThat(kept).isEqualTo(ImportFormatsTest.resource("court-press-release.pdf"));

        var tampered = (tools.jackson.databind.node.ObjectNode) JSON.readTree(backup);
        var snap = (tools.jackson.databind.node.ObjectNode) tampered.get("sourceSnapshots").get(0);
        String hex = snap.get("body").asString();
        snap.put("body", hex.substring(0, hex.length() - 1) + (hex.endsWith("0") ? "1" : "0"));
        int projectsBefore = jdbc.sql("select count(*) from project").query(Integer.class).single();
        var refused = send(request("/api/v1/projects/restore", "dave").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(tampered.toString())).build());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("sourceSnapshots");
        assertThat(jdbc.sql("select count(*) from project").query(Integer.class).single()).isEqualTo(projectsBefore);

        var older = (tools.jackson.databind.node.ObjectNode) JSON.readTree(backup);
        older.remove("sourceSnapshots");
        var withoutPart = send(request("/api/v1/projects/restore", "dave").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(older.toString())).build());
        assertThat(withoutPart.statusCode()).as("a backup from before snapshots existed").isEqualTo(201);
    }

    static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }

    HttpResponse<String> upload(String path, String part, Map<String, byte[]> files) {
        String boundary = "----factline" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        try {
            for (var f : files.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + f.getKey()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(f.getValue());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path, "alice").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }
}
