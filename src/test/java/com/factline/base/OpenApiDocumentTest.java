package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document describes every {@code /api/v1} endpoint the app maps: the list of
 * expected operations comes from Spring MVC itself, so an endpoint left out of the document
 * (hidden, excluded by a path filter) fails here.
 */
class OpenApiDocumentTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void shouldDescribeEveryMappedApiOperation() {
        var res = get("/v3/api-docs", "alice");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(res.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        JsonNode paths = doc.get("paths");

        List<String> mapped = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    mapped.add(method.name().toLowerCase(Locale.ROOT) + " " + pattern);
                }
            }
        }
        assertThat(mapped).as("the API's endpoints as Spring MVC maps them").hasSizeGreaterThan(30);

        List<String> documented = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var op : path.getValue().properties()) {
                documented.add(op.getKey() + " " + path.getKey());
            }
        }
        assertThat(documented).containsAll(mapped);
        assertThat(documented).allSatisfy(d -> assertThat(d).contains(" /api/v1/"));
    }

    @Test
    void shouldTagEveryOperationWithItsFeatureAndNameTheSecuritySchemes() {
        JsonNode doc = JSON.readTree(get("/v3/api-docs", "alice").body());
        assertThat(doc.get("info").get("title").asString()).isEqualTo("Factline API");
        assertThat(doc.get("info").get("version").asString()).isEqualTo("v1");

        JsonNode schemes = doc.get("components").get("securitySchemes");
        assertThat(schemes.get("basicAuth").get("type").asString()).isEqualTo("http");
        assertThat(schemes.get("basicAuth").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("bearerAuth").get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("security").toString()).contains("basicAuth", "bearerAuth");

        List<String> tagNames = doc.get("tags").valueStream().map(t -> t.get("name").asString()).toList();
        assertThat(tagNames).contains("Projects", "Sources", "Claims", "Events", "Review", "Discrepancies", "Activity",
                "Export", "Backup", "Users and tokens");
        for (var path : doc.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                assertThat(op.getValue().get("tags").valueStream().map(JsonNode::asString).toList())
                        .as(op.getKey() + " " + path.getKey()).singleElement().isIn(tagNames);
            }
        }
        assertThat(doc.get("paths").get("/api/v1/projects/{projectId}/claims").get("post").get("tags").get(0).asString())
                .isEqualTo("Claims");
    }

    @Test
    void shouldDocumentTheStatusAndTypesTheEndpointsReallyAnswerWith() {
        JsonNode paths = JSON.readTree(get("/v3/api-docs", "alice").body()).get("paths");
        assertThat(paths.get("/api/v1/projects").get("post").get("responses").has("201")).isTrue();
        assertThat(paths.get("/api/v1/projects/{projectId}/claims").get("post").get("responses").has("201")).isTrue();
        assertThat(paths.get("/api/v1/projects/{projectId}/claims/{claimId}").get("delete").get("responses").has("204")).isTrue();
        assertThat(paths.get("/api/v1/projects/{projectId}/export").get("get").get("responses").get("200").get("content")
                .propertyNames()).contains("text/csv", "text/html", "application/ld+json");
        JsonNode multipart = paths.get("/api/v1/projects/{projectId}/sources").get("post").get("requestBody").get("content")
                .get("multipart/form-data").get("schema").get("properties");
        assertThat(multipart.propertyNames()).contains("file", "title", "publishedOn");
    }

    @Test
    void shouldNameTheEventStatusesTheTimelineFilterAccepts() {
        JsonNode params = JSON.readTree(get("/v3/api-docs", "alice").body()).get("paths").get("/api/v1/projects/{projectId}/events").get("get").get("parameters");
        String status = params.valueStream().filter(p -> p.get("name").asString().equals("status")).findFirst().orElseThrow()
                .get("description").asString();
        assertThat(status).contains("draft", "verified", "needs_reverification", "removed").contains("400");
    }

    @Test
    void shouldNeedTheSameSignInAsTheApi() {
        var anonymous = get("/v3/api-docs", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).get("error").asString()).isEqualTo("unauthorized");
    }
}
