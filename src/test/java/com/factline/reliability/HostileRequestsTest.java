package com.factline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests through the real HTTP path on the real database: each gets its documented
 * 4xx JSON answer, nothing is half-written, and another user's ordinary request still works
 * afterwards. Timeouts are generous guards against runaway cost, not speed goals.
 */
@Timeout(120)
class HostileRequestsTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    long project;

    @BeforeEach
    void project() {
        var res = postJson("/api/v1/projects", "alice", "{\"name\":\"Hostile " + UUID.randomUUID() + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        project = JSON.readTree(res.body()).get("id").asLong();
    }

    String p(String rest) {
        return "/api/v1/projects/" + project + rest;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Another user's ordinary request, after the hostile one. */
    void anotherUserIsStillServed() {
        var res = get("/api/v1/projects", "bob");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    static void assertJsonError(HttpResponse<String> res, int status, String error) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("error").asString()).isEqualTo(error);
        assertThat(body.get("message").asString()).isNotBlank();
    }

    /** A body of {@code prefix}, then {@code fill} bytes of 'a', then {@code suffix}, generated as it is read. */
    static InputStream generated(String prefix, long fill, String suffix) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        long total = head.length + fill + tail.length;
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                if (pos >= total) {
                    return -1;
                }
                long i = pos++;
                return i < head.length ? head[(int) i] & 0xff : i < head.length + fill ? 'a' : tail[(int) (i - head.length - fill)] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= total) {
                    return -1;
                }
                int n = 0;
                while (n < len && pos < total) {
                    b[off + n++] = (byte) read();
                }
                return n;
            }
        };
    }

    // --- request size: bytes are counted, not only the declared length ---

    @Test
    void shouldRefuseAChunkedJsonImportOverTheLimitWith413AndSaveNothing() {
        long sources = count("source");
        var res = send(request(p("/sources"), "alice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generated(
                        "{\"title\":\"Chunked\",\"outlet\":\"X\",\"publishedOn\":\"2023-03-21\",\"text\":\"", 10_600_000, "\"}")))
                .build());
        assertJsonError(res, 413, "too_large");
        assertThat(count("source")).isEqualTo(sources);
        anotherUserIsStillServed();
    }

    @Test
    void shouldRefuseAChunkedMultipartUploadOverTheLimitWith413AndSaveNothing() {
        long sources = count("source");
        String boundary = "b" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBig\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n";
        var res = send(request(p("/sources"), "alice").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generated(head, 14_000_000, "\r\n--" + boundary + "--\r\n")))
                .build());
        assertJsonError(res, 413, "too_large");
        assertThat(count("source")).isEqualTo(sources);
        anotherUserIsStillServed();
    }

    @Test
    void shouldRefuseAChunkedClaimBodyOverTheLimitWhateverTheEndpoint() {
        long claims = count("claim");
        var res = send(request(p("/claims"), "alice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generated("{\"statement\":\"", 10_600_000, "\"}")))
                .build());
        assertJsonError(res, 413, "too_large");
        assertThat(count("claim")).isEqualTo(claims);
        anotherUserIsStillServed();
    }

    @Test
    void shouldCountTheBytesOfARequestWhosePathIsPercentEncoded() {
        long sources = count("source");
        var res = send(request("/%61pi/v1/projects/" + project + "/sources", "alice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generated(
                        "{\"title\":\"Encoded\",\"publishedOn\":\"2023-03-21\",\"text\":\"", 10_600_000, "\"}")))
                .build());
        assertThat(res.statusCode()).as(res.body()).isIn(400, 404, 413);
        assertThat(count("source")).isEqualTo(sources);
        anotherUserIsStillServed();
    }

    @Test
    void shouldStillAcceptABodyJustUnderTheLimitWhenItIsChunked() {
        String text = "Xi left Moscow on Wednesday. " + UUID.randomUUID();
        var res = send(request(p("/sources"), "alice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(
                        Map.of("title", "Small chunked", "publishedOn", "2023-03-21", "text", text)))))
                .build());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    }

    // --- CSRF through cached Basic credentials ---

    @Test
    void shouldRefuseStateChangingCallsWithAFormContentTypeOrNoneWith415AndChangeNothing() {
        // alice's own entries: background jobs of earlier tests (proposal recompute, suggestion withdrawal) log as "system".
        long audit = aliceAuditEntries();
        String[] paths = {p("/events"), p("/discrepancies/refresh"), p("/history/1/revert"), p("/events/1/verify"),
                p("/claims/1/date-check?accept=new&version=0"), "/api/v1/me/tokens", "/api/v1/projects"};
        for (String path : paths) {
            for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"}) {
                var res = send(request(path, "alice").header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString("name=x&title=y")).build());
                assertJsonError(res, 415, "unsupported_type");
            }
            var none = send(request(path, "alice").POST(HttpRequest.BodyPublishers.noBody()).build());
            assertJsonError(none, 415, "unsupported_type");
            assertThat(none.body()).contains("application/json");
        }
        var put = send(request(p("/events/1"), "alice").header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertJsonError(put, 415, "unsupported_type");
        var delete = send(request("/api/v1/me/tokens/1", "alice").header("Content-Type", "application/x-www-form-urlencoded")
                .DELETE().build());
        assertJsonError(delete, 415, "unsupported_type");
        assertThat(aliceAuditEntries()).as("nothing was changed").isEqualTo(audit);
        anotherUserIsStillServed();
    }

    long aliceAuditEntries() {
        return jdbc.sql("select count(*) from audit_log where actor_name = 'alice'").query(Long.class).single();
    }

    @Test
    void shouldAcceptEmptyJsonForEndpointsThatTakeNoBody() {
        var res = postJson(p("/discrepancies/refresh"), "alice", "{}");
        assertThat(res.statusCode()).as(res.body()).isLessThan(300);
    }

    @Test
    void shouldNotInviteTheBrowserPasswordPromptButStillChallengeScripts() {
        var browser = send(request("/api/v1/me", null).header("Accept", "text/html,application/xhtml+xml")
                .header("Sec-Fetch-Mode", "navigate").GET().build());
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.contains("Basic"));
        var fetch = send(request("/api/v1/me", null).header("Accept", "*/*").header("Sec-Fetch-Mode", "cors").GET().build());
        assertThat(fetch.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.contains("Basic"));

        var script = send(request("/api/v1/me", null).header("Accept", "application/json").GET().build());
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate").orElse("")).contains("Basic").contains("Bearer");
    }

    // --- personal API tokens ---

    String createToken(String body) {
        var res = postJson("/api/v1/me/tokens", "bob", body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("token").asString();
    }

    HttpResponse<String> withToken(String token, String method, String path, String json) {
        var b = request(path, null).header("Authorization", "Bearer " + token);
        return send(json == null ? b.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void shouldRefuseATokenThatTriesToCreateTokensWith403() {
        String token = createToken("{\"name\":\"script\"}");
        long tokens = count("api_token");
        var res = withToken(token, "POST", "/api/v1/me/tokens", "{\"name\":\"minted by a token\"}");
        assertJsonError(res, 403, "forbidden");
        assertThat(res.body()).contains("cannot create tokens");
        assertThat(count("api_token")).isEqualTo(tokens);
        assertThat(withToken(token, "GET", "/api/v1/me", null).statusCode()).as("the token itself still works").isEqualTo(200);
    }

    @Test
    void shouldLetATokenExpireAndThenAnswer401() {
        var res = postJson("/api/v1/me/tokens", "bob", "{\"name\":\"short-lived\",\"expiresInDays\":1}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(res.body());
        assertThat(created.get("expiresAt").asString()).isNotBlank();
        String token = created.get("token").asString();
        assertThat(withToken(token, "GET", "/api/v1/me", null).statusCode()).isEqualTo(200);
        jdbc.sql("update api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second' where id = ?")
                .param(created.get("id").asLong()).update();
        // The expiry was moved behind the services' back; a remembered sign-in ends at the token's expiry as it was
        // read, so tell the instance that access changed, as a revocation on another instance would.
        events.publishEvent(new com.factline.base.AccessChanged());
        assertJsonError(withToken(token, "GET", "/api/v1/me", null), 401, "unauthorized");
        JsonNode listed = JSON.readTree(get("/api/v1/me/tokens", "bob").body());
        boolean shownExpired = false;
        for (JsonNode t : listed) {
            if (t.get("id").asLong() == created.get("id").asLong()) {
                shownExpired = t.get("expiresAt") != null && !t.get("expiresAt").isNull();
            }
        }
        assertThat(shownExpired).as(listed.toString()).isTrue();
    }

    @Test
    void shouldRefuseAnExpiryOutsideOneToTenYearsWith400() {
        long tokens = count("api_token");
        for (String days : new String[] {"0", "-3", "3651", "2147483647"}) {
            assertJsonError(postJson("/api/v1/me/tokens", "bob", "{\"name\":\"x\",\"expiresInDays\":" + days + "}"), 400, "invalid_input");
        }
        assertThat(count("api_token")).isEqualTo(tokens);
    }

    // --- claims: the date expression stays inside the text ---

    @Test
    void shouldRefuseAClaimUpdateWhoseExpressionOffsetsLeaveTheTextWith400() {
        String text = "The court issued a warrant on Friday. " + UUID.randomUUID();
        var s = postJson(p("/sources"), "alice", JSON.writeValueAsString(Map.of("title", "T", "publishedOn", "2023-03-18", "text", text)));
        long source = JSON.readTree(s.body()).get("id").asLong();
        var c = postJson(p("/claims"), "alice", "{\"sourceId\":" + source + ",\"start\":0,\"end\":9,\"quote\":\"The court\"}");
        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        long claim = JSON.readTree(c.body()).get("id").asLong();
        for (String range : new String[] {"30,2147483647", "0," + (text.length() + 1), "-1,5"}) {
            String[] r = range.split(",");
            var res = putJson(p("/claims/" + claim), "alice", "{\"version\":0,\"date\":{\"earliest\":\"2023-03-17\",\"latest\":\"2023-03-17\","
                    + "\"precision\":\"day\",\"expression\":\"Friday\",\"expressionStart\":" + r[0] + ",\"expressionEnd\":" + r[1] + "}}");
            assertJsonError(res, 400, "offsets_out_of_range");
        }
        assertThat(jdbc.sql("select version from claim where id = ?").param(claim).query(Integer.class).single()).isZero();
        int friday = text.indexOf("Friday");
        var ok = putJson(p("/claims/" + claim), "alice", "{\"version\":0,\"date\":{\"earliest\":\"2023-03-17\",\"latest\":\"2023-03-17\","
                + "\"precision\":\"day\",\"expression\":\"Friday\",\"expressionStart\":" + friday + ",\"expressionEnd\":" + (friday + 6) + "}}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        anotherUserIsStillServed();
    }

    // --- paged lists ---

    /** Follows X-Next-Cursor from the first page to the last; returns the ids in order. */
    java.util.List<Long> walk(String path, int limit) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            var res = get(path + (path.contains("?") ? "&" : "?") + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), "alice");
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(res.body());
            assertThat(page.isArray()).isTrue();
            assertThat(page.size()).isLessThanOrEqualTo(limit);
            page.forEach(n -> ids.add(n.get("id").asLong()));
            cursor = res.headers().firstValue("X-Next-Cursor").orElse(null);
            if (cursor == null) {
                return ids;
            }
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void shouldPageClaimsDiscrepanciesAndTheActivityFeedWithACursorAndRefuseOutOfRangeLimits() {
        String text = "One. Two. Three. Four. Five. " + UUID.randomUUID();
        var s = postJson(p("/sources"), "alice", JSON.writeValueAsString(Map.of("title", "Paged", "publishedOn", "2023-03-18", "text", text)));
        long source = JSON.readTree(s.body()).get("id").asLong();
        String[] words = {"One", "Two", "Three", "Four", "Five"};
        for (String w : words) {
            int at = text.indexOf(w);
            assertThat(postJson(p("/claims"), "alice", "{\"sourceId\":" + source + ",\"start\":" + at + ",\"end\":" + (at + w.length())
                    + ",\"quote\":\"" + w + "\"}").statusCode()).isEqualTo(201);
        }
        JsonNode all = JSON.readTree(get(p("/claims"), "alice").body());
        java.util.List<Long> whole = new java.util.ArrayList<>();
        all.forEach(n -> whole.add(n.get("id").asLong()));
        assertThat(whole).hasSize(5);
        assertThat(get(p("/claims"), "alice").headers().firstValue("X-Next-Cursor")).as("one page holds them all").isEmpty();
        assertThat(walk(p("/claims"), 2)).as("pages of 2 give the same claims in the same order").isEqualTo(whole);
        assertThat(walk(p("/claims?q=o"), 1)).as("filters hold across pages").hasSize(3);

        for (int i = 0; i < 3; i++) {
            assertThat(postJson(p("/discrepancies"), "alice", "{\"kind\":\"other\",\"note\":\"which?\",\"claimIds\":["
                    + whole.get(i) + "," + whole.get(i + 1) + "]}").statusCode()).isEqualTo(201);
        }
        java.util.List<Long> discrepancies = new java.util.ArrayList<>();
        JSON.readTree(get(p("/discrepancies"), "alice").body()).forEach(n -> discrepancies.add(n.get("id").asLong()));
        assertThat(discrepancies).hasSize(3);
        assertThat(walk(p("/discrepancies"), 1)).isEqualTo(discrepancies);

        java.util.List<Long> feed = walk(p("/activity"), 2);
        assertThat(feed).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
        assertThat(feed).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        for (String bad : new String[] {"limit=0", "limit=-1", "limit=1000001", "cursor=abc", "cursor=99999999999"}) {
            assertJsonError(get(p("/claims?" + bad), "alice"), 400, bad.startsWith("cursor") ? "invalid_cursor" : "invalid_input");
        }
        assertJsonError(get(p("/activity?limit=100000"), "alice"), 400, "invalid_input");
        assertJsonError(get(p("/discrepancies?limit=0"), "alice"), 400, "invalid_input");
        anotherUserIsStillServed();
    }
}
