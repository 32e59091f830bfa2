package com.factline.source.api;

import com.factline.base.Dates;
import com.factline.base.InvalidInputException;
import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.factline.source.SourceData;
import com.factline.source.SourceId;
import com.factline.source.SourceMetadata;
import com.factline.source.SourceService;
import com.factline.source.SourceSummary;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/sources", produces = "application/json")
class SourceApiController {

    record SourceRow(long id, String title, String outlet, @Nullable String publishedOn, @Nullable String url,
                     String sha256, int length, int claimCount, @Nullable Long republishesId, int version) {
        static SourceRow of(SourceSummary s) {
            return new SourceRow(s.id().value(), s.title(), s.outlet(), s.publishedOn() == null ? null : s.publishedOn().toString(),
                    s.url(), s.sha256(), s.length(), s.claimCount(), s.republishesId(), s.version());
        }
    }

    record SourceJson(long id, long projectId, String title, String outlet, @Nullable String publishedOn, @Nullable String url,
                      @Nullable String byline, String language, String sha256, int length, @Nullable Long republishesId,
                      @Nullable String importedBy, Instant importedAt, int version, String text) {
        static SourceJson of(Source s) {
            return new SourceJson(s.id().value(), s.projectId().value(), s.title(), s.outlet(),
                    s.publishedOn() == null ? null : s.publishedOn().toString(), s.url(), s.byline(), s.language(),
                    s.sha256(), s.length(), s.republishesId(), s.importedBy(), s.importedAt(), s.version(), s.text());
        }
    }

    /** Import body. Dates stay strings here so that a malformed one gets a precise message. */
    record ImportJson(@Nullable String title, @Nullable String outlet, @Nullable String publishedOn, @Nullable String url,
                      @Nullable String byline, @Nullable String language, @Nullable String text) {
    }

    record MetadataJson(@Nullable String title, @Nullable String outlet, @Nullable String publishedOn, @Nullable String url,
                        @Nullable String byline, @Nullable String language, @Nullable Integer version) {
    }

    private final SourceService sources;

    SourceApiController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping
    List<SourceRow> list(@PathVariable long projectId) {
        return sources.list(new ProjectId(projectId)).stream().map(SourceRow::of).toList();
    }

    @GetMapping("/{sourceId}")
    SourceJson get(@PathVariable long projectId, @PathVariable long sourceId) {
        return SourceJson.of(sources.get(new ProjectId(projectId), new SourceId(sourceId)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceJson> importJson(@PathVariable long projectId, @RequestBody ImportJson body) {
        SourceData data = new SourceData(body.title(), body.outlet(), Dates.parseOptional("publishedOn", body.publishedOn()),
                body.url(), body.byline(), body.language(), body.text());
        return created(sources.importText(new ProjectId(projectId), data));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SourceJson> importFile(@PathVariable long projectId,
                                          @RequestPart("file") MultipartFile file,
                                          @RequestParam(required = false) @Nullable String title,
                                          @RequestParam(required = false) @Nullable String outlet,
                                          @RequestParam(required = false) @Nullable String publishedOn,
                                          @RequestParam(required = false) @Nullable String url,
                                          @RequestParam(required = false) @Nullable String byline,
                                          @RequestParam(required = false) @Nullable String language) throws IOException {
        SourceData meta = new SourceData(title, outlet, Dates.parseOptional("publishedOn", publishedOn), url, byline, language, null);
        return created(sources.importFile(new ProjectId(projectId), file.getOriginalFilename(), file.getBytes(), meta));
    }

    @PutMapping(path = "/{sourceId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SourceJson update(@PathVariable long projectId, @PathVariable long sourceId, @RequestBody MetadataJson body) {
        if (body.version() == null) {
            throw new InvalidInputException("The body needs the \"version\" you edited, for conflict detection.");
        }
        SourceMetadata m = new SourceMetadata(body.title(), body.outlet(), Dates.parseOptional("publishedOn", body.publishedOn()),
                body.url(), body.byline(), body.language());
        return SourceJson.of(sources.updateMetadata(new ProjectId(projectId), new SourceId(sourceId), m, body.version()));
    }

    record RepublishesJson(@Nullable Long originalId, @Nullable Integer version) {
    }

    /** Marks the source as a re-publication of another (or clears it with originalId null). */
    @PutMapping(path = "/{sourceId}/republishes", consumes = MediaType.APPLICATION_JSON_VALUE)
    SourceJson republishes(@PathVariable long projectId, @PathVariable long sourceId, @RequestBody RepublishesJson body) {
        if (body.version() == null) {
            throw new InvalidInputException("The body needs the \"version\" you edited, for conflict detection.");
        }
        return SourceJson.of(sources.setRepublishes(new ProjectId(projectId), new SourceId(sourceId),
                body.originalId() == null ? null : new SourceId(body.originalId()), body.version()));
    }

    private static ResponseEntity<SourceJson> created(Source s) {
        return ResponseEntity.created(URI.create("/api/v1/projects/" + s.projectId().value() + "/sources/" + s.id().value()))
                .body(SourceJson.of(s));
    }
}
