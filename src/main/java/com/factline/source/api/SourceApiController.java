package com.factline.source.api;

import com.factline.base.Dates;
import com.factline.base.InvalidInputException;
import com.factline.project.ProjectId;
import com.factline.source.FileOutcome;
import com.factline.source.ImportResult;
import com.factline.source.SnapshotInfo;
import com.factline.source.Source;
import com.factline.source.SourceData;
import com.factline.source.SourceId;
import com.factline.source.SourceMetadata;
import com.factline.source.SourceService;
import com.factline.source.SourceSummary;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * An imported source with where each metadata field came from ({@code "title": "json-ld"}, {@code "publishedOn":
     * "dateline"}, {@code "outlet": "editor"}, …) and the kept original (the fetched page or the uploaded PDF/Word/HTML
     * file: its address, fetch time, media type, SHA-256 and size), if any.
     */
    record ImportedJson(long id, long projectId, String title, String outlet, @Nullable String publishedOn, @Nullable String url,
                        @Nullable String byline, String language, boolean languageSupported, String sha256, int length,
                        @Nullable Long republishesId, @Nullable String importedBy, Instant importedAt, int version, String text,
                        Map<String, String> metadataSources, @Nullable SnapshotJson snapshot) {
        static ImportedJson of(ImportResult r) {
            Source s = r.source();
            Map<String, String> from = new LinkedHashMap<>();
            r.provenance().forEach((k, v) -> from.put(k, v.key()));
            return new ImportedJson(s.id().value(), s.projectId().value(), s.title(), s.outlet(),
                    s.publishedOn() == null ? null : s.publishedOn().toString(), s.url(), s.byline(), s.language(),
                    SourceService.resolverSupports(s.language()), s.sha256(), s.length(), s.republishesId(), s.importedBy(),
                    s.importedAt(), s.version(), s.text(), from, r.snapshot() == null ? null : SnapshotJson.of(r.snapshot()));
        }
    }

    record SnapshotJson(@Nullable String url, @Nullable String finalUrl, String contentType, Instant fetchedAt, String sha256, int bytes) {
        static SnapshotJson of(SnapshotInfo i) {
            return new SnapshotJson(i.url(), i.finalUrl(), i.contentType(), i.fetchedAt(), i.sha256(), i.bytes());
        }
    }

    /** One file of a batch: {@code imported}, {@code duplicate} (with the existing source) or {@code refused}, and why. */
    record FileOutcomeJson(String file, String status, String message, @Nullable SourceRow source) {
        static FileOutcomeJson of(FileOutcome o) {
            return new FileOutcomeJson(o.fileName(), o.status().name().toLowerCase(java.util.Locale.ROOT), o.message(),
                    o.source() == null ? null : SourceRow.of(o.source()));
        }
    }

    record BatchJson(int imported, int duplicates, int refused, List<FileOutcomeJson> files) {
    }

    /**
     * Import body: either the article {@code text}, or only a {@code url}, which the server then fetches (metadata
     * fields given here win over the page's). Dates stay strings here so that a malformed one gets a precise message.
     */
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
    ResponseEntity<ImportedJson> importJson(@PathVariable long projectId, @RequestBody ImportJson body) {
        SourceData data = new SourceData(body.title(), body.outlet(), Dates.parseOptional("publishedOn", body.publishedOn()),
                body.url(), body.byline(), body.language(), body.text());
        ProjectId project = new ProjectId(projectId);
        ImportResult result;
        if (body.text() == null && body.url() != null && !body.url().isBlank()) {
            result = sources.importUrl(project, body.url(), data);
        } else {
            Source s = sources.importText(project, data);
            result = new ImportResult(s, Map.of("language", com.factline.source.Provenance.DETECTED), null);
        }
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/sources/" + result.source().id().value()))
                .body(ImportedJson.of(result));
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
        String name = file.getOriginalFilename();
        if (name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new com.factline.base.UnsupportedTypeException("A .zip holds several files: send it to "
                    + "/api/v1/projects/" + projectId + "/sources/batch.");
        }
        return created(sources.importFile(new ProjectId(projectId), name, file.getBytes(), meta));
    }

    /**
     * Imports several files at once (parts named {@code files}; .txt, .md, .html, .pdf, .docx, or a .zip of them):
     * each becomes a source, is reported as a duplicate (same text) or is refused with its reason.
     */
    @PostMapping(path = "/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    BatchJson importBatch(@PathVariable long projectId, @RequestPart("files") List<MultipartFile> files) throws IOException {
        if (files.size() > SourceService.MAX_BATCH_FILES) {
            throw new InvalidInputException("At most " + SourceService.MAX_BATCH_FILES + " files can be imported at once.");
        }
        List<SourceService.UploadedFile> uploads = new java.util.ArrayList<>();
        for (MultipartFile f : files) {
            uploads.add(new SourceService.UploadedFile(f.getOriginalFilename() == null ? "upload" : f.getOriginalFilename(), f.getBytes()));
        }
        List<FileOutcome> outcomes = sources.importFiles(new ProjectId(projectId), uploads,
                new SourceData(null, null, null, null, null, null, null), (done, total) -> { });
        return new BatchJson(count(outcomes, FileOutcome.Status.IMPORTED), count(outcomes, FileOutcome.Status.DUPLICATE),
                count(outcomes, FileOutcome.Status.REFUSED), outcomes.stream().map(FileOutcomeJson::of).toList());
    }

    private static int count(List<FileOutcome> outcomes, FileOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
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
