package com.factline.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SourceImportApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    long project;

    @BeforeEach
    void project() {
        var res = postJson("/api/v1/projects", "alice", "{\"name\":\"Import test " + UUID.randomUUID() + "\"}");
        assertThat(res.statusCode()).isEqualTo(201);
        project = JSON.readTree(res.body()).get("id").asLong();
    }

    String path() {
        return "/api/v1/projects/" + project + "/sources";
    }

    int sourceCount() {
        return jdbc.sql("select count(*) from source where project_id = ?").param(project).query(Integer.class).single();
    }

    @Test
    void shouldImportPastedTextExactlyAsSentWithItsMetadata() {
        String text = "Kremlin spokesman Dmitry Peskov said Friday \u2026 \uD83D\uDE00 dinner on Monday.";
        var res = postJson(path(), "alice", JSON.writeValueAsString(java.util.Map.of("title", "Peskov", "outlet", "Reuters",
                "publishedOn", "2023-03-17", "url", "https://example.org/a", "text", text)));
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("text").asString()).isEqualTo(text);
        assertThat(body.get("publishedOn").asString()).isEqualTo("2023-03-17");
        assertThat(body.get("length").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(body.get("sha256").asString()).isEqualTo(SourceService.sha256(text));

        assertThat(get(path(), "bob").statusCode()).as("bob is no member").isEqualTo(404);
        var list = JSON.readTree(get(path(), "alice").body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("claimCount").asInt()).isZero();
        var one = JSON.readTree(get(path() + "/" + body.get("id").asLong(), "alice").body());
        assertThat(one.get("text").asString()).isEqualTo(text);
    }

    @Test
    void shouldWarnAboutADuplicateAndLinkTheExistingSource() {
        String json = "{\"title\":\"A\",\"text\":\"The same article text.\"}";
        long first = JSON.readTree(postJson(path(), "alice", json).body()).get("id").asLong();
        var again = postJson(path(), "alice", json.replace("\"A\"", "\"B\""));
        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode body = JSON.readTree(again.body());
        assertThat(body.get("error").asString()).isEqualTo("duplicate_source");
        assertThat(body.get("current").get("id").asLong()).isEqualTo(first);
        assertThat(sourceCount()).isOne();
    }

    @Test
    void shouldRejectBadJsonInputWithAClearMessageAndChangeNothing() {
        record Case(String json, int status, String error) {
        }
        List<Case> cases = List.of(
                new Case("{\"title\":\"x\",\"text\":\"\"}", 400, "empty_text"),
                new Case("{\"title\":\"x\",\"text\":\"   \\n\\t  \"}", 400, "empty_text"),
                new Case("{\"title\":\"x\",\"text\":\"\\u200b\\u200b\"}", 400, "empty_text"),
                new Case("{\"title\":\"\",\"text\":\"Some text\"}", 400, "invalid_input"),
                new Case("{\"title\":\"" + "t".repeat(501) + "\",\"text\":\"Some text\"}", 400, "invalid_input"),
                new Case("{\"title\":\"x\",\"publishedOn\":\"2023-02-30\",\"text\":\"Some text\"}", 400, "invalid_date"),
                new Case("{\"title\":\"x\",\"publishedOn\":\"17/03/2023\",\"text\":\"Some text\"}", 400, "invalid_date"),
                new Case("{\"title\":\"x\",\"url\":\"javascript:alert(1)\",\"text\":\"Some text\"}", 400, "invalid_url"),
                new Case("{\"title\":\"x\",\"text\":\"bad \\ud800 surrogate\"}", 400, "invalid_text"),
                new Case("{\"title\":\"x\",\"text\":\"nul \\u0000 byte\"}", 400, "invalid_text"),
                new Case("{\"title\":\"x\",\"text\":", 400, "malformed_json"),
                new Case("[1,2]", 400, "malformed_json"));
        for (Case c : cases) {
            var res = postJson(path(), "alice", c.json());
            assertThat(res.statusCode()).as(c.json()).isEqualTo(c.status());
            JsonNode body = JSON.readTree(res.body());
            assertThat(body.get("error").asString()).as(c.json()).isEqualTo(c.error());
            assertThat(body.get("message").asString()).as(c.json()).isNotBlank();
        }
        assertThat(sourceCount()).isZero();
    }

    @Test
    void shouldRefuseTextLargerThanTheImportLimitWith413() {
        String big = "a".repeat(6 * 1024 * 1024);
        var res = postJson(path(), "alice", "{\"title\":\"big\",\"text\":\"" + big + "\"}");
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(res.body()).contains("too_large");
        assertThat(sourceCount()).isZero();
    }

    @Test
    void shouldRefuseAWrongContentTypeWith415() {
        var res = send(request(path(), "alice").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("a,b")).build());
        assertThat(res.statusCode()).isEqualTo(415);
        assertThat(res.body()).contains("unsupported_type");
    }

    @Test
    void shouldImportAnUploadedTextFile() {
        var res = upload("story.txt", "A plain text article.\r\nSecond line.".getBytes(StandardCharsets.UTF_8), "2023-03-20");
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("title").asString()).isEqualTo("story");
        assertThat(body.get("text").asString()).isEqualTo("A plain text article.\nSecond line.");
    }

    @Test
    void shouldReduceUploadedHtmlToItsTextWithoutScripts() {
        String html = "<html><head><title>Xi in Moscow</title><style>p{color:red}</style></head><body>"
                + "<h1>Xi arrives</h1><p>Xi arrived on <b>Monday</b>.</p><script>alert('x')</script><p>Second &amp; last.</p></body></html>";
        var res = upload("page.html", html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("title").asString()).isEqualTo("Xi in Moscow");
        assertThat(body.get("text").asString()).isEqualTo("Xi arrives\n\nXi arrived on Monday.\n\nSecond & last.");
    }

    @Test
    void shouldDecodeUtf16WithAByteOrderMark() {
        byte[] utf16 = "\uFEFFUTF-16 article text".getBytes(StandardCharsets.UTF_16LE);
        var res = upload("utf16.txt", utf16, null);
        assertThat(res.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(res.body()).get("text").asString()).isEqualTo("UTF-16 article text");
    }

    @Test
    void shouldRejectBadUploadsWithAClearMessageAndChangeNothing() {
        record Case(String name, byte[] bytes, int status, String error) {
        }
        byte[] cp1252 = {'C', 'a', 'f', (byte) 0xE9, ' ', 'n', 'e', 'w', 's'};
        List<Case> cases = new ArrayList<>(List.of(
                new Case("empty.txt", new byte[0], 400, "empty_file"),
                new Case("binary.txt", new byte[] {1, 0, 2, 0, 3}, 415, "unsupported_type"),
                new Case("sheet.xlsx", "PK not a sheet".getBytes(StandardCharsets.US_ASCII), 415, "unsupported_type"),
                new Case("report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 400, "unreadable_file"),
                new Case("scan.pdf", ImportFormatsTest.resource("scanned-letter.pdf"), 400, "no_text_layer"),
                new Case("letter.docx", "plain text, no zip".getBytes(StandardCharsets.US_ASCII), 400, "unreadable_file"),
                new Case("letter.doc", "old".getBytes(StandardCharsets.US_ASCII), 415, "unsupported_type"),
                new Case("several.zip", new byte[] {'P', 'K', 3, 4}, 415, "unsupported_type"),
                new Case("latin.txt", cp1252, 400, "invalid_encoding"),
                new Case("blank.md", "   \n  ".getBytes(StandardCharsets.UTF_8), 400, "empty_text"),
                new Case("big.txt", "b".repeat(5 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8), 413, "too_large")));
        for (Case c : cases) {
            var res = upload(c.name(), c.bytes(), null);
            assertThat(res.statusCode()).as(c.name()).isEqualTo(c.status());
            assertThat(JSON.readTree(res.body()).get("error").asString()).as(c.name()).isEqualTo(c.error());
        }
        assertThat(sourceCount()).isZero();
    }

    HttpResponse<String> upload(String fileName, byte[] content, String publishedOn) {
        String boundary = "----factline" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        try {
            if (publishedOn != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"publishedOn\"\r\n\r\n" + publishedOn + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path(), "alice").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }
}
