package com.factline.discrepancy.api;

import com.factline.base.InvalidInputException;
import com.factline.discrepancy.Discrepancy;
import com.factline.discrepancy.DiscrepancyData;
import com.factline.discrepancy.DiscrepancyFilter;
import com.factline.discrepancy.DiscrepancyId;
import com.factline.discrepancy.DiscrepancyKind;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.discrepancy.DiscrepancySpan;
import com.factline.discrepancy.DiscrepancyStatus;
import com.factline.discrepancy.Resolution;
import com.factline.discrepancy.Verdict;
import com.factline.project.ProjectId;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/discrepancies", produces = "application/json")
class DiscrepancyApiController {

    record DiscrepancyJson(long id, String kind, String status, String origin, String reason, List<DiscrepancySpan> spans,
                           List<Long> claimIds, @Nullable Long eventId, @Nullable String verdict, @Nullable String correctValue,
                           @Nullable String evidence, String note, @Nullable String dismissReason, int version,
                           double confidence) {
        static DiscrepancyJson of(Discrepancy d) {
            return new DiscrepancyJson(d.id().value(), d.kind().dbName(), d.status().dbName(), d.origin(), d.reason(), d.spans(),
                    d.claimIds(), d.eventId(), d.verdict() == null ? null : d.verdict().dbName(), d.correctValue(), d.evidence(),
                    d.note(), d.dismissReason(), d.version(), d.confidenceRounded());
        }
    }

    record MarkInput(@Nullable String kind, @Nullable String note, @Nullable List<Long> claimIds) {
    }

    record ActionInput(@Nullable Integer version, @Nullable String reason, @Nullable String verdict,
                       @Nullable String correctValue, @Nullable String evidence) {
    }

    private final DiscrepancyService discrepancies;

    DiscrepancyApiController(DiscrepancyService discrepancies) {
        this.discrepancies = discrepancies;
    }

    /** A page of the project's discrepancies (default 200, at most 1000); {@code X-Next-Cursor} names the next. */
    @GetMapping
    org.springframework.http.ResponseEntity<List<DiscrepancyJson>> list(@PathVariable long projectId,
                               @RequestParam(required = false) @Nullable String status,
                               @RequestParam(required = false) @Nullable String kind,
                               @RequestParam(required = false) @Nullable Long eventId,
                               @RequestParam(required = false) @Nullable Long sourceId,
                               @RequestParam(required = false) @Nullable Integer limit,
                               @RequestParam(required = false) @Nullable String cursor) {
        var filter = new DiscrepancyFilter(blank(status) ? null : DiscrepancyStatus.parse(status),
                blank(kind) ? null : DiscrepancyKind.parse(kind), eventId, sourceId);
        var page = discrepancies.page(new ProjectId(projectId), filter, cursor,
                com.factline.base.Page.limit(limit, DiscrepancyService.DEFAULT_PAGE, DiscrepancyService.MAX_PAGE));
        var response = org.springframework.http.ResponseEntity.ok();
        if (page.next() != null) {
            response.header("X-Next-Cursor", page.next());
        }
        return response.body(page.items().stream().map(DiscrepancyJson::of).toList());
    }

    @GetMapping("/{discrepancyId}")
    DiscrepancyJson get(@PathVariable long projectId, @PathVariable long discrepancyId) {
        return DiscrepancyJson.of(discrepancies.get(new ProjectId(projectId), new DiscrepancyId(discrepancyId)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DiscrepancyJson> mark(@PathVariable long projectId, @RequestBody MarkInput in) {
        Discrepancy d = discrepancies.mark(new ProjectId(projectId), new DiscrepancyData(
                DiscrepancyKind.parse(in.kind()), in.note(), in.claimIds() == null ? List.of() : in.claimIds()));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/discrepancies/" + d.id().value()))
                .body(DiscrepancyJson.of(d));
    }

    /** Runs the detector now (it also runs in the background after imports and claim changes). */
    @PostMapping("/refresh")
    java.util.Map<String, Integer> refresh(@PathVariable long projectId) {
        return java.util.Map.of("added", discrepancies.refreshSuggestionsNow(new ProjectId(projectId)));
    }

    @PostMapping(path = "/{discrepancyId}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    DiscrepancyJson accept(@PathVariable long projectId, @PathVariable long discrepancyId, @RequestBody ActionInput in) {
        return DiscrepancyJson.of(discrepancies.accept(new ProjectId(projectId), new DiscrepancyId(discrepancyId), version(in)));
    }

    @PostMapping(path = "/{discrepancyId}/dismiss", consumes = MediaType.APPLICATION_JSON_VALUE)
    DiscrepancyJson dismiss(@PathVariable long projectId, @PathVariable long discrepancyId, @RequestBody ActionInput in) {
        return DiscrepancyJson.of(discrepancies.dismiss(new ProjectId(projectId), new DiscrepancyId(discrepancyId), in.reason(),
                version(in)));
    }

    @PostMapping(path = "/{discrepancyId}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    DiscrepancyJson resolve(@PathVariable long projectId, @PathVariable long discrepancyId, @RequestBody ActionInput in) {
        int version = version(in);
        Verdict verdict = Verdict.parse(in.verdict());
        return DiscrepancyJson.of(discrepancies.resolve(new ProjectId(projectId), new DiscrepancyId(discrepancyId),
                new Resolution(verdict, in.correctValue(), in.evidence()), version));
    }

    @PostMapping(path = "/{discrepancyId}/reopen", consumes = MediaType.APPLICATION_JSON_VALUE)
    DiscrepancyJson reopen(@PathVariable long projectId, @PathVariable long discrepancyId, @RequestBody ActionInput in) {
        return DiscrepancyJson.of(discrepancies.reopen(new ProjectId(projectId), new DiscrepancyId(discrepancyId), version(in)));
    }

    private static int version(ActionInput in) {
        if (in.version() == null) {
            throw new InvalidInputException("The body needs the \"version\" you acted on, for conflict detection.");
        }
        return in.version();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
