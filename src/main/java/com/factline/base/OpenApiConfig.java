package com.factline.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1}, served at {@code /v3/api-docs} (springdoc). It is
 * part of the API and needs the same sign-in (HTTP Basic or a token). Operations are tagged by
 * the feature package of their controller ({@code com.factline.<feature>.api}), so a new
 * controller lands under its feature without annotations.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    /** Feature package → tag name and description, in the order the document lists them. */
    static final Map<String, Tag> TAGS = new java.util.LinkedHashMap<>();

    static {
        tag("security", "Users and tokens", "The signed-in user, all users (admin) and personal API tokens.");
        tag("project", "Projects", "One project per story; members only (admins see all).");
        tag("source", "Sources", "Imported articles: immutable text (SHA-256, code-point offsets) with editable metadata.");
        tag("claim", "Claims", "Dated claims anchored to a source by code-point offsets, and the resolver's date suggestions.");
        tag("timeline", "Events", "Timeline events: create from claims, attach, merge, split, edit, delete.");
        tag("review", "Review", "Four-eyes verification of events by reviewers.");
        tag("proposal", "Proposals", "Events proposed from all sources, with their dates and passages: accept, merge, dismiss.");
        tag("discrepancy", "Discrepancies", "Disagreements between sources: marked by hand or suggested, accepted, resolved.");
        tag("collab", "Activity", "The project's audit log: latest changes, one thing's history and reverting a change; comment threads.");
        tag("export", "Export", "The project's timeline as JSON, TimelineJS, CSV, Markdown, HTML or Web Annotations.");
        tag("backup", "Backup", "A whole project as one JSON file, and restoring such a file as a new project (admin).");
    }

    private static void tag(String feature, String name, String description) {
        TAGS.put(feature, new Tag().name(name).description(description));
    }

    @Bean
    OpenAPI factlineOpenApi() {
        Schema<?> error = new ObjectSchema()
                .addProperty("error", new StringSchema().example("invalid_input"))
                .addProperty("message", new StringSchema().example("The quote is not the text at these offsets."))
                .required(List.of("error", "message"));
        return new OpenAPI()
                .info(new Info()
                        .title("Factline API")
                        .version("v1")
                        .description("""
                                Event-timeline and fact-checking workbench. Every endpoint answers JSON and needs \
                                HTTP Basic (a user name and password) or a personal API token \
                                (`Authorization: Bearer fl_…`, created under /api/v1/me/tokens); it never redirects. \
                                Errors are `{"error": "...", "message": "..."}`: 400 invalid input, 401 not signed in, \
                                403 wrong role, 404 not found or not a member of the project, 409 conflict (stale \
                                `version`, with `current`), 413 too large, 415 unsupported type, 503 database unavailable. \
                                Text offsets count Unicode code points."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("User name and password."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("fl_…")
                                .description("A personal API token (fl_…), shown once when created; revocable."))
                        .addSchemas("Error", error))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .tags(List.copyOf(TAGS.values()));
    }

    /** Tags each operation by its feature and documents the error answers every endpoint can give. */
    @Bean
    OperationCustomizer factlineOperations() {
        return (operation, handlerMethod) -> {
            String pkg = handlerMethod.getBeanType().getPackageName();
            String feature = pkg.startsWith("com.factline.") ? pkg.substring("com.factline.".length()).split("\\.")[0] : "";
            Tag tag = TAGS.get(feature);
            if (tag != null) {
                operation.setTags(List.of(tag.getName()));
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            responses.putIfAbsent("401", errorResponse("Not signed in, wrong password, unknown token, or locked after failed sign-ins."));
            responses.putIfAbsent("503", errorResponse("The database is unavailable; nothing was saved."));
            operation.setResponses(responses);
            return operation;
        };
    }

    private static ApiResponse errorResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Error"))));
    }
}
