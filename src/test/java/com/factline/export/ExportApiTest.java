package com.factline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every format through the API, on a project built through the API with one verified and one unverified event. */
class ExportApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HOSTILE = "<script>alert(1)</script>";
    static final String A = "Xi Jinping arrived in Moscow on 20 March 2023 for a three-day visit, \"a trip for peace\".";
    static final String B = "Xi Jinping arrived in Moscow on Monday for a two-day visit.";
    static final String C = "=HYPERLINK(\"http://evil\") Rumours say the talks collapsed in late March 2023.";

    @Autowired
    JdbcClient jdbc;

    long project;
    long verified;
    long unverified;
    String slug;

    @BeforeEach
    void fixtures() {
        String name = "Export " + UUID.randomUUID();
        slug = ExportService.slug(name);
        project = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"" + name + "\"}").body()).get("id").asLong();
        // alice opened the project (its owner); here she plays its editor and carol its reviewer.
        jdbc.sql("insert into project_member (project_id, user_id, role) select ?, id, case username when 'carol' then 'reviewer' else 'editor' end from app_user where username in ('alice', 'bob', 'carol', 'dave') on conflict (project_id, user_id) do update set role = excluded.role")
                .param(project).update();
        long reuters = source("Reuters", "Xi in Moscow " + HOSTILE, "https://example.com/reuters?a=1&b=2", A);
        long ap = source("AP", "Xi visits Moscow", null, B);
        long blog = source("Blog", "Talks", null, C);
        long a = claim(reuters, A, "arrived in Moscow on 20 March 2023", "Xi arrived on 20 March", "2023-03-20", "2023-03-20", "day");
        long b = claim(ap, B, "a two-day visit", "", null, null, null);
        long c = claim(blog, C, "=HYPERLINK(\"http://evil\") Rumours", "", "2023-03-21", "2023-03-31", "range");
        verified = event(HOSTILE + " Xi arrives", a, b);
        unverified = event("Unverified rumour", c);
        var marked = postJson("/api/v1/projects/" + project + "/discrepancies", "alice",
                "{\"kind\":\"number\",\"note\":\"how long? <b>\",\"claimIds\":[" + a + "," + b + "]}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
        long d = JSON.readTree(marked.body()).get("id").asLong();
        var resolved = postJson("/api/v1/projects/" + project + "/discrepancies/" + d + "/resolve", "carol",
                "{\"version\":0,\"verdict\":\"a_right\",\"correctValue\":\"three days\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        var ok = postJson("/api/v1/projects/" + project + "/events/" + verified + "/verify", "carol", "{\"version\":" + eventVersion(verified) + "}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }

    long source(String outlet, String title, String url, String text) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of("title", title, "outlet", outlet, "publishedOn", "2023-03-21", "text", text));
        if (url != null) {
            body.put("url", url);
        }
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(body));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    long claim(long source, String text, String quote, String statement, String earliest, String latest, String precision) {
        int i = text.codePointCount(0, text.indexOf(quote));
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("sourceId", source);
        body.put("start", i);
        body.put("end", i + quote.codePointCount(0, quote.length()));
        body.put("quote", quote);
        body.put("statement", statement);
        if (earliest != null) {
            body.put("date", Map.of("earliest", earliest, "latest", latest, "precision", precision));
        }
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", JSON.writeValueAsString(body));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    long event(String title, long... claims) {
        var res = postJson("/api/v1/projects/" + project + "/events", "alice",
                JSON.writeValueAsString(Map.of("title", title, "claimIds", java.util.Arrays.stream(claims).boxed().toList())));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    HttpResponse<String> export(String format, String status) {
        return get("/api/v1/projects/" + project + "/export?format=" + format + (status == null ? "" : "&status=" + status), "bob");
    }

    @Test
    void shouldExportValidJsonWithOnlyTheVerifiedEventByDefault() throws Exception {
        var res = export("json", null);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(res.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"" + slug + "-verified.json\"");
        assertThat(schemaErrors(res.body())).isEmpty();
        JsonNode root = JSON.readTree(res.body());
        assertThat(root.get("events")).hasSize(1);
        JsonNode e = root.get("events").get(0);
        assertThat(e.get("id").asLong()).isEqualTo(verified);
        assertThat(e.get("status").asString()).isEqualTo("verified");
        assertThat(e.get("verifiedBy").asString()).isEqualTo("carol");
        assertThat(e.get("date").get("edtf").asString()).isEqualTo("2023-03-20");
        assertThat(e.get("claims")).hasSize(2);
        JsonNode source = e.get("claims").findValue("source");
        assertThat(source.get("sha256").asString()).hasSize(64);
        assertThat(root.get("discrepancies")).hasSize(1);
        assertThat(root.get("discrepancies").get(0).get("verdict").asString()).isEqualTo("a_right");

        var all = export("json", "all");
        assertThat(schemaErrors(all.body())).isEmpty();
        assertThat(JSON.readTree(all.body()).get("events")).hasSize(2);
        assertThat(all.body()).contains("Unverified rumour");
    }

    @Test
    void shouldGiveTheSameBytesForTheSameDataApartFromTheTime() {
        for (String format : List.of("json", "timelinejs", "csv", "markdown", "html", "annotations")) {
            String one = export(format, "all").body().replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "T");
            String two = export(format, "all").body().replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "T");
            assertThat(two).as(format).isEqualTo(one);
        }
    }

    @Test
    void shouldExportTimelineJsThatTimelineJsCanLoad() {
        var res = export("timelinejs", "all");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode root = JSON.readTree(res.body());
        assertThat(root.get("title").get("text").get("headline").asString()).startsWith("Export ");
        JsonNode events = root.get("events");
        assertThat(events).hasSize(2);
        List<String> ids = new ArrayList<>();
        for (JsonNode e : events) {
            assertThat(e.get("start_date").get("year").asString()).matches("\\d{4}");
            assertThat(e.get("text").get("headline").asString()).isNotBlank();
            ids.add(e.get("unique_id").asString());
            for (String part : List.of("start_date", "end_date")) {
                if (e.has(part)) {
                    e.get(part).propertyNames().forEach(k -> assertThat(k).isIn("year", "month", "day"));
                }
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        JsonNode v = events.get(0);
        assertThat(v.get("unique_id").asString()).isEqualTo("fl-event-" + verified);
        assertThat(v.get("start_date").get("day").asString()).isEqualTo("20");
        assertThat(v.get("text").get("headline").asString()).startsWith("&lt;script&gt;").doesNotContain("<script");
        assertThat(v.get("text").get("text").asString()).contains("href=\"https://example.com/reuters?a=1&amp;b=2\"");
        JsonNode rumour = events.get(1);
        assertThat(rumour.get("display_date").asString()).isEqualTo("21\u201331 March 2023");
        assertThat(rumour.get("end_date").get("day").asString()).isEqualTo("31");
        assertThat(export("timelinejs", null).body()).doesNotContain("Unverified rumour");
    }

    @Test
    void shouldExportCsvThatParsesBackWithFormulasDefused() {
        var res = export("csv", "all");
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(res.headers().firstValue("Content-Disposition").orElseThrow()).endsWith("-working.csv\"");
        String body = res.body();
        assertThat(body).startsWith("\uFEFF");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n");
        List<List<String>> rows = Rfc4180.parse(body.substring(1));
        assertThat(rows.get(0)).isEqualTo(CsvExporter.HEADER);
        assertThat(rows).hasSize(1 + 3);
        rows.forEach(r -> assertThat(r).hasSize(CsvExporter.HEADER.size()));
        int quote = CsvExporter.HEADER.indexOf("claim_quote");
        int title = CsvExporter.HEADER.indexOf("event_title");
        assertThat(rows.stream().map(r -> r.get(quote))).contains("'=HYPERLINK(\"http://evil\") Rumours");
        assertThat(rows.stream().map(r -> r.get(title))).contains(HOSTILE + " Xi arrives", "Unverified rumour");
        assertThat(Rfc4180.parse(export("csv", null).body().substring(1)).stream().map(r -> r.get(title)))
                .doesNotContain("Unverified rumour");
    }

    @Test
    void shouldExportMarkdownWithFootnotesAndEscapedText() {
        String md = export("markdown", null).body();
        assertThat(md).contains("## Timeline", "[^1]", "[^1]: ", "## Resolved discrepancies", "Reuters is right");
        assertThat(md).doesNotContain("<script>", "Unverified rumour");
        assertThat(md).contains("\\<script\\>alert\\(1\\)\\</script\\>");
        assertThat(export("markdown", "all").body()).contains("Unverified rumour");
    }

    @Test
    void shouldExportAStandaloneHtmlReportWithoutScripts() {
        var res = export("html", null);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String html = res.body();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "&lt;script&gt;alert(1)&lt;/script&gt; Xi arrives",
                "<blockquote>arrived in Moscow on 20 March 2023</blockquote>", "Reuters is right", "how long? &lt;b&gt;",
                "judged wrong by carol", "Appendix: identifiers");
        assertThat(html).doesNotContain("source right");
        assertThat(html.toLowerCase()).doesNotContain("<script", "<link", "src=", "javascript:");
        assertThat(html).doesNotContain("Unverified rumour");
        assertThat(export("html", "all").body()).contains("Unverified rumour");
    }

    @Test
    void shouldExportClaimsAsWebAnnotations() {
        var res = export("annotations", "all");
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode root = JSON.readTree(res.body());
        assertThat(root.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("type").asString()).isEqualTo("AnnotationCollection");
        JsonNode items = root.get("first").get("items");
        assertThat(root.get("total").asInt()).isEqualTo(items.size()).isEqualTo(3);
        for (JsonNode a : items) {
            assertThat(a.get("type").asString()).isEqualTo("Annotation");
            assertThat(a.get("id").asString()).isNotBlank();
            JsonNode target = a.get("target");
            assertThat(target.get("source").asString()).matches("https://.*|urn:sha256:[0-9a-f]{64}");
            JsonNode sel = target.get("selector");
            assertThat(sel.get(0).get("type").asString()).isEqualTo("TextQuoteSelector");
            assertThat(sel.get(0).get("exact").asString()).isNotEmpty();
            assertThat(sel.get(1).get("type").asString()).isEqualTo("TextPositionSelector");
            assertThat(sel.get(1).get("end").asInt()).isGreaterThan(sel.get(1).get("start").asInt());
            if (a.has("body")) {
                assertThat(a.get("body").get("type").asString()).isEqualTo("TextualBody");
            }
        }
        assertThat(items.get(0).get("body").get("value").asString()).isEqualTo("Xi arrived on 20 March");
        assertThat(JSON.readTree(export("annotations", null).body()).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void shouldListTheFormatsWhenTheFormatIsUnknown() {
        var res = export("docx", null);
        assertThat(res.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("error").asString()).isEqualTo("unknown_format");
        List<String> formats = new ArrayList<>();
        body.get("formats").forEach(f -> formats.add(f.asString()));
        assertThat(formats).containsExactly("json", "timelinejs", "csv", "markdown", "html", "annotations");
        assertThat(export("json", "everything").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseOutsidersAndAnonymousUsers() {
        long other = JSON.readTree(postJson("/api/v1/projects", "bob", "{\"name\":\"Other " + UUID.randomUUID() + "\"}").body()).get("id").asLong();
        assertThat(get("/api/v1/projects/" + other + "/export?format=json", "alice").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/projects/" + project + "/export?format=json", null).statusCode()).isEqualTo(401);
    }

    static List<String> schemaErrors(String json) throws Exception {
        try (InputStream in = ExportApiTest.class.getResourceAsStream("/export/factline-export.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
        }
    }

    int eventVersion(long event) {
        return jdbc.sql("select version from event where id = ?").param(event).query(Integer.class).single();
    }
}
