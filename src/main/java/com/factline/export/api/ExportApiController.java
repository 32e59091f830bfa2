package com.factline.export.api;

import com.factline.base.ApiExceptionHandler;
import com.factline.export.ExportFile;
import com.factline.export.ExportScope;
import com.factline.export.ExportService;
import com.factline.export.UnknownFormatException;
import com.factline.project.ProjectId;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExportApiController {

    private final ExportService exports;

    ExportApiController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/projects/{projectId}/export")
    @ApiResponse(responseCode = "200", description = "The file, with Content-Disposition: attachment and the format's type.",
            content = {
                    @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/html", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/ld+json", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> export(@PathVariable long projectId,
                                  @Parameter(description = "json, timelinejs, csv, markdown, html or annotations")
                                  @RequestParam(defaultValue = "json") String format,
                                  @Parameter(description = "verified (the default) or all")
                                  @RequestParam(name = "status", required = false) String status) {
        ExportFile file = exports.export(new ProjectId(projectId), format, ExportScope.parse(status));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    /** Like every API error, plus the formats that do exist. */
    @ExceptionHandler(UnknownFormatException.class)
    ResponseEntity<Map<String, Object>> unknownFormat(UnknownFormatException e) {
        Map<String, Object> body = ApiExceptionHandler.body(e.error(), e.getMessage());
        body.put("formats", e.formats());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
