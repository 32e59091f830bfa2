package com.factline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of hostile and broken requests, table-driven: each gets a 4xx JSON error with
 * {@code error} and {@code message} and changes nothing, or, where the input is legitimate
 * (UTF-16 with a BOM, HTML with scripts, emoji, right-to-left text), a 2xx with the text intact.
 * Never a 500.
 */
class BadInputCorpusTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String EMOJI_TEXT = "\uD83D\uDCF0\uD83C\uDDF7\uD83C\uDDFA Breaking: the court in The Hague issued a warrant on Friday. "
            + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Families reacted on Saturday.";

    @Autowired
    JdbcClient jdbc;

    long project;
    long source;
    String sourceText;
    long claim;
    long claim2;
    long event;

    /** {@code status} 0: any 4xx. {@code accepted}: what to check on the 2xx body. */
    record Case(String name, int status, Supplier<HttpResponse<String>> call, Consumer<JsonNode> accepted) {
        static Case rejected(String name, int status, Supplier<HttpResponse<String>> call) {
            return new Case(name, status, call, null);
        }
    }

    @Test
    void shouldRejectEachBadInputCleanlyAndAcceptTheLegitimateOnes() throws Exception {
        project = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Corpus " + UUID.randomUUID() + "\"}").body()).get("id").asLong();
        sourceText = "The court issued a warrant on Friday 17 March 2023. Xi arrived in Moscow on Monday. " + UUID.randomUUID();
        source = created(postJson(p("/sources"), "alice", JSON.writeValueAsString(Map.of("title", "Base", "publishedOn", "2023-03-18",
                "text", sourceText)))).get("id").asLong();
        claim = created(postJson(p("/claims"), "alice", claimJson("The court issued a warrant", Map.of()))).get("id").asLong();
        claim2 = created(postJson(p("/claims"), "alice", claimJson("Xi arrived in Moscow", Map.of()))).get("id").asLong();
        // Make versions move so that version 0 is stale.
        assertThat(putJson(p("/claims/" + claim), "alice", "{\"statement\":\"edited\",\"version\":" + version("/claims/" + claim) + "}").statusCode()).isEqualTo(200);
        event = created(postJson(p("/events"), "alice", "{\"title\":\"Warrant\"}")).get("id").asLong();
        assertThat(putJson(p("/events/" + event), "alice", "{\"title\":\"Warrant issued\",\"version\":" + version("/events/" + event) + "}").statusCode()).isEqualTo(200);
        long otherProject = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Other " + UUID.randomUUID() + "\"}").body()).get("id").asLong();
        long foreignSource = created(postJson("/api/v1/projects/" + otherProject + "/sources", "alice",
                JSON.writeValueAsString(Map.of("title", "Foreign", "text", "A foreign text " + UUID.randomUUID())))).get("id").asLong();

        byte[] fiftyMb = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fiftyMb, (byte) 'a');
        String sixMbText = "word ".repeat(6 * 1024 * 1024 / 5 + 10);
        String utf16Text = "UTF-16 article: Stra\u00DFe, caf\u00E9, \u0416\u0443\u0440\u043D\u0430\u043B " + UUID.randomUUID();
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write(utf16Text.getBytes(StandardCharsets.UTF_16LE));
        String html = "<html><head><title>Scripted page</title><script>alert('x')</script><style>p{color:red}</style></head>"
                + "<body><p>Visible paragraph " + UUID.randomUUID() + ".</p><script>document.cookie</script>"
                + "<p onclick=\"evil()\">Second &amp; last.</p></body></html>";
        String rtl = "\u05D1\u05D9\u05EA \u05D4\u05DE\u05E9\u05E4\u05D8 \u05D4\u05D5\u05E6\u05D9\u05D0 \u05E6\u05D5 \u05DE\u05E2\u05E6\u05E8. "
                + "\u0623\u0635\u062F\u0631\u062A \u0627\u0644\u0645\u062D\u0643\u0645\u0629 \u0645\u0630\u0643\u0631\u0629 " + UUID.randomUUID();

        List<Case> cases = new ArrayList<>();
        // --- import
        cases.add(Case.rejected("import: empty text", 400, () -> importJson(Map.of("title", "T", "text", ""))));
        cases.add(Case.rejected("import: no text at all", 400, () -> importJson(Map.of("title", "T"))));
        cases.add(Case.rejected("import: whitespace only", 400, () -> importJson(Map.of("title", "T", "text", "  \n\t \r\n  "))));
        cases.add(Case.rejected("import: zero-width only", 400, () -> importJson(Map.of("title", "T", "text", "\u200B\u200C\u200D\uFEFF\u2060"))));
        cases.add(Case.rejected("import: no title", 400, () -> importJson(Map.of("text", "No title here " + UUID.randomUUID()))));
        cases.add(Case.rejected("import: title over 500", 400, () -> importJson(Map.of("title", "T".repeat(501), "text", "Long title " + UUID.randomUUID()))));
        cases.add(Case.rejected("import: lone surrogate", 400, () -> postJson(p("/sources"), "alice", "{\"title\":\"T\",\"text\":\"bad \\uD800 half\"}")));
        cases.add(Case.rejected("import: control character", 400, () -> importJson(Map.of("title", "T", "text", "bell \u0007 ring"))));
        cases.add(Case.rejected("import: publishedOn 2023-02-30", 400, () -> importJson(Map.of("title", "T", "publishedOn", "2023-02-30", "text", "x " + UUID.randomUUID()))));
        cases.add(Case.rejected("import: 6 MB JSON text", 413, () -> importJson(Map.of("title", "Big", "text", sixMbText))));
        cases.add(Case.rejected("import: 50 MB JSON body", 413, () -> postJson(p("/sources"), "alice", "{\"title\":\"Huge\",\"text\":\"" + new String(fiftyMb, StandardCharsets.US_ASCII) + "\"}")));
        cases.add(Case.rejected("upload: 50 MB file", 413, () -> upload("huge.txt", fiftyMb)));
        cases.add(Case.rejected("upload: 6 MB file", 413, () -> upload("big.txt", sixMbText.getBytes(StandardCharsets.UTF_8))));
        cases.add(Case.rejected("upload: empty file", 400, () -> upload("empty.txt", new byte[0])));
        cases.add(Case.rejected("upload: binary with NUL bytes", 415, () -> upload("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'})));
        cases.add(Case.rejected("upload: .exe name", 415, () -> upload("tool.exe", "MZ text".getBytes(StandardCharsets.UTF_8))));
        cases.add(Case.rejected("upload: invalid UTF-8", 400, () -> upload("bad.txt", new byte[] {'o', 'k', ' ', (byte) 0xC3, 0x28, ' ', (byte) 0xFF})));
        cases.add(Case.rejected("upload: Windows-1252", 400, () -> upload("cp1252.txt", "Caf\u00E9 \u201Cquoted\u201D \u2013 done".getBytes(java.nio.charset.Charset.forName("windows-1252")))));
        cases.add(new Case("upload: UTF-16 with BOM (accepted)", 201, () -> upload("utf16.txt", utf16.toByteArray()),
                b -> assertThat(b.get("text").asString()).isEqualTo(utf16Text)));
        cases.add(new Case("upload: HTML with scripts (accepted, stripped)", 201, () -> upload("page.html", html.getBytes(StandardCharsets.UTF_8)),
                b -> {
                    String t = b.get("text").asString();
                    assertThat(t).contains("Visible paragraph").contains("Second & last.")
                            .doesNotContain("alert").doesNotContain("document.cookie").doesNotContain("<").doesNotContain("color:red");
                    assertThat(b.get("title").asString()).isEqualTo("Scripted page");
                }));
        cases.add(new Case("import: emoji and non-BMP (accepted, offsets right)", 201,
                () -> importJson(Map.of("title", "Emoji", "publishedOn", "2023-03-18", "text", EMOJI_TEXT)),
                b -> {
                    assertThat(b.get("text").asString()).isEqualTo(EMOJI_TEXT);
                    assertThat(b.get("length").asInt()).isEqualTo(EMOJI_TEXT.codePointCount(0, EMOJI_TEXT.length()));
                    String quote = "Families reacted on Saturday";
                    int start = EMOJI_TEXT.codePointCount(0, EMOJI_TEXT.indexOf(quote));
                    var c = postJson(p("/claims"), "alice", JSON.writeValueAsString(Map.of("sourceId", b.get("id").asLong(),
                            "start", start, "end", start + quote.length(), "quote", quote, "statement", "after emoji")));
                    assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
                    JsonNode claimBody = JSON.readTree(c.body());
                    assertThat(claimBody.get("quote").asString()).isEqualTo(quote);
                    assertThat(claimBody.get("start").asInt()).isEqualTo(start);
                    // UTF-16 offsets instead of code points would be off by the surrogate pairs: refused.
                    int utf16Start = EMOJI_TEXT.indexOf(quote);
                    var wrong = postJson(p("/claims"), "alice", JSON.writeValueAsString(Map.of("sourceId", b.get("id").asLong(),
                            "start", utf16Start, "end", utf16Start + quote.length(), "quote", quote)));
                    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
                }));
        cases.add(new Case("import: right-to-left text (accepted)", 201, () -> importJson(Map.of("title", "RTL", "text", rtl)),
                b -> assertThat(b.get("text").asString()).isEqualTo(rtl)));
        cases.add(new Case("import: duplicate (409 with link)", 409, () -> importJson(Map.of("title", "Again", "text", sourceText)),
                b -> {
                    assertThat(b.get("error").asString()).isEqualTo("duplicate_source");
                    assertThat(b.get("current").get("id").asLong()).isEqualTo(source);
                    assertThat(b.get("message").asString()).contains(String.valueOf(source));
                }));
        // --- claims
        cases.add(Case.rejected("claim: offsets beyond text", 400, () -> postJson(p("/claims"), "alice", claimAt(5, 100_000, "x"))));
        cases.add(Case.rejected("claim: negative start", 400, () -> postJson(p("/claims"), "alice", claimAt(-3, 5, "The c"))));
        cases.add(Case.rejected("claim: reversed range", 400, () -> postJson(p("/claims"), "alice", claimAt(10, 4, "court"))));
        cases.add(Case.rejected("claim: quote mismatch", 400, () -> postJson(p("/claims"), "alice", claimAt(0, 9, "The judge"))));
        cases.add(Case.rejected("claim: date 2023-02-30", 400, () -> postJson(p("/claims"), "alice", claimJson("The court issued a warrant",
                Map.of("date", Map.of("earliest", "2023-02-30"))))));
        cases.add(Case.rejected("claim: reversed date range", 400, () -> postJson(p("/claims"), "alice", claimJson("The court issued a warrant",
                Map.of("date", Map.of("earliest", "2023-03-20", "latest", "2023-03-17"))))));
        cases.add(Case.rejected("claim: unknown status", 400, () -> postJson(p("/claims"), "alice", claimJson("The court issued a warrant",
                Map.of("status", "approved-by-me")))));
        cases.add(Case.rejected("claim: statement over 5000", 400, () -> postJson(p("/claims"), "alice", claimJson("The court issued a warrant",
                Map.of("statement", "s".repeat(5001))))));
        cases.add(Case.rejected("claim: no sourceId", 400, () -> postJson(p("/claims"), "alice", "{\"start\":0,\"end\":3,\"quote\":\"The\"}")));
        cases.add(Case.rejected("claim: source of another project", 404, () -> postJson(p("/claims"), "alice",
                "{\"sourceId\":" + foreignSource + ",\"start\":0,\"end\":1,\"quote\":\"A\"}")));
        cases.add(Case.rejected("claim: stale version", 409, () -> putJson(p("/claims/" + claim), "alice", "{\"statement\":\"late\",\"version\":0}")));
        cases.add(Case.rejected("claim: update without version", 400, () -> putJson(p("/claims/" + claim), "alice", "{\"statement\":\"late\"}")));
        cases.add(Case.rejected("claim: update statement over 5000", 400, () -> putJson(p("/claims/" + claim2), "alice",
                "{\"statement\":\"" + "s".repeat(5001) + "\",\"version\":" + version("/claims/" + claim2) + "}")));
        // --- events
        cases.add(Case.rejected("event: title over 300", 400, () -> postJson(p("/events"), "alice", "{\"title\":\"" + "t".repeat(301) + "\"}")));
        cases.add(Case.rejected("event: empty title", 400, () -> postJson(p("/events"), "alice", "{\"title\":\"  \"}")));
        cases.add(Case.rejected("event: reversed dates", 400, () -> postJson(p("/events"), "alice",
                "{\"title\":\"Backwards\",\"date\":{\"earliest\":\"2023-03-20\",\"latest\":\"2023-03-01\"}}")));
        cases.add(Case.rejected("event: unknown dateMode", 400, () -> putJson(p("/events/" + event), "alice",
                "{\"dateMode\":\"astrological\",\"version\":" + version("/events/" + event) + "}")));
        cases.add(Case.rejected("event: stale version", 409, () -> putJson(p("/events/" + event), "alice", "{\"title\":\"Late\",\"version\":0}")));
        cases.add(Case.rejected("event: title over 300 on update", 400, () -> putJson(p("/events/" + event), "alice",
                "{\"title\":\"" + "t".repeat(301) + "\",\"version\":" + version("/events/" + event) + "}")));
        // --- discrepancies
        cases.add(Case.rejected("discrepancy: one claim", 400, () -> postJson(p("/discrepancies"), "alice",
                "{\"kind\":\"date\",\"claimIds\":[" + claim + "]}")));
        cases.add(Case.rejected("discrepancy: same claim twice", 400, () -> postJson(p("/discrepancies"), "alice",
                "{\"kind\":\"date\",\"claimIds\":[" + claim + "," + claim + "]}")));
        cases.add(Case.rejected("discrepancy: unknown kind", 400, () -> postJson(p("/discrepancies"), "alice",
                "{\"kind\":\"vibes\",\"claimIds\":[" + claim + "," + claim2 + "]}")));
        cases.add(Case.rejected("discrepancy: claims that do not exist", 0, () -> postJson(p("/discrepancies"), "alice",
                "{\"kind\":\"date\",\"claimIds\":[999999991,999999992]}")));
        // --- transport
        cases.add(Case.rejected("malformed JSON", 400, () -> postJson(p("/events"), "alice", "{\"title\": \"open")));
        cases.add(Case.rejected("JSON array instead of object", 400, () -> postJson(p("/claims"), "alice", "[1,2,3]")));
        cases.add(Case.rejected("wrong JSON type for start", 400, () -> postJson(p("/claims"), "alice",
                "{\"sourceId\":" + source + ",\"start\":\"abc\",\"end\":3,\"quote\":\"The\"}")));
        cases.add(Case.rejected("text/plain body", 415, () -> send(request(p("/events"), "alice").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("title=x")).build())));
        cases.add(Case.rejected("XML body", 415, () -> send(request(p("/claims"), "alice").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<claim/>")).build())));
        cases.add(Case.rejected("form-urlencoded import", 415, () -> send(request(p("/sources"), "alice")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("title=x&text=y")).build())));
        cases.add(Case.rejected("non-numeric project id", 400, () -> get("/api/v1/projects/abc/claims", "alice")));
        cases.add(Case.rejected("project that does not exist", 404, () -> get("/api/v1/projects/987654321/claims", "alice")));

        StringBuilder report = new StringBuilder("\nBAD INPUT CORPUS (" + cases.size() + " cases)");
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Map<String, Long> before = counts();
            HttpResponse<String> res;
            try {
                res = c.call().get();
            } catch (RuntimeException e) {
                failures.add(c.name() + ": no HTTP answer: " + e);
                report.append(String.format("%n  %-55s %s", c.name(), "NO ANSWER " + e.getMessage()));
                continue;
            }
            int code = res.statusCode();
            String body = res.body();
            report.append(String.format("%n  %-55s %d %s", c.name(), code, abbreviate(body)));
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (RuntimeException e) {
                failures.add(c.name() + ": not JSON: " + abbreviate(body));
                continue;
            }
            boolean acceptedCase = c.accepted() != null && c.status() < 300;
            if (acceptedCase) {
                if (code != c.status()) {
                    failures.add(c.name() + ": want " + c.status() + ", got " + code + " " + abbreviate(body));
                    continue;
                }
                try {
                    c.accepted().accept(json);
                } catch (AssertionError e) {
                    failures.add(c.name() + ": " + e.getMessage());
                }
                continue;
            }
            if (code >= 500 || code < 400 || (c.status() != 0 && code != c.status())) {
                failures.add(c.name() + ": want " + (c.status() == 0 ? "4xx" : c.status()) + ", got " + code + " " + abbreviate(body));
            }
            if (!json.hasNonNull("error") || !json.hasNonNull("message") || json.get("message").asString().isBlank()) {
                failures.add(c.name() + ": error body lacks error/message: " + abbreviate(body));
            }
            if (c.accepted() != null) {
                try {
                    c.accepted().accept(json);
                } catch (AssertionError e) {
                    failures.add(c.name() + ": " + e.getMessage());
                }
            }
            Map<String, Long> after = counts();
            if (!after.equals(before)) {
                failures.add(c.name() + ": left data behind: before " + before + " after " + after);
            }
        }
        System.out.println(report);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(failures).isEmpty();
    }

    /** Rows and version sums of the project, so that a partial write or a half-applied update shows. */
    Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String q : List.of(
                "select count(*) from source where project_id = ?",
                "select count(*) from claim where project_id = ?",
                "select coalesce(sum(version), 0) from claim where project_id = ?",
                "select count(*) from event where project_id = ?",
                "select coalesce(sum(version), 0) from event where project_id = ?",
                "select count(*) from discrepancy where project_id = ? and origin = 'manual'",
                "select count(*) from audit_log where project_id = ? and actor_name = 'alice'")) {
            m.put(q.replaceAll(".*select (.*) from (\\w+).*", "$2 $1"), jdbc.sql(q).param(project).query(Long.class).single());
        }
        m.put("all sources", jdbc.sql("select count(*) from source").query(Long.class).single());
        return m;
    }

    HttpResponse<String> importJson(Map<String, Object> body) {
        return postJson(p("/sources"), "alice", JSON.writeValueAsString(body));
    }

    HttpResponse<String> upload(String fileName, byte[] bytes) {
        String boundary = "----corpus" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(p("/sources"), "alice").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    String claimJson(String quote, Map<String, Object> extra) {
        int start = sourceText.codePointCount(0, sourceText.indexOf(quote));
        Map<String, Object> m = new LinkedHashMap<>(Map.of("sourceId", source, "start", start, "end", start + quote.length(), "quote", quote));
        m.putAll(extra);
        return JSON.writeValueAsString(m);
    }

    String claimAt(int start, int end, String quote) {
        return "{\"sourceId\":" + source + ",\"start\":" + start + ",\"end\":" + end + ",\"quote\":" + JSON.writeValueAsString(quote) + "}";
    }

    int version(String path) {
        return JSON.readTree(get(p(path), "alice").body()).get("version").asInt();
    }

    String p(String rest) {
        return "/api/v1/projects/" + project + rest;
    }

    static JsonNode created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 140 ? one.substring(0, 140) + "…" : one;
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
