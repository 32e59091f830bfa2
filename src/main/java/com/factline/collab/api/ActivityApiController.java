package com.factline.collab.api;

import com.factline.collab.Activity;
import com.factline.collab.ActivityService;
import com.factline.collab.HistoryEntry;
import com.factline.collab.HistoryService;
import com.factline.collab.Reverted;
import com.factline.project.ProjectId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}", produces = "application/json")
class ActivityApiController {

    private final ActivityService activity;
    private final HistoryService history;

    ActivityApiController(ActivityService activity, HistoryService history) {
        this.activity = activity;
        this.history = history;
    }

    /** The latest changes of the project, newest first, with before/after as JSON; a page (default 100, at most 1000). */
    @GetMapping("/activity")
    org.springframework.http.ResponseEntity<List<Activity>> latest(@PathVariable long projectId,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable Integer limit,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String cursor) {
        var page = activity.page(new ProjectId(projectId), cursor, 0,
                com.factline.base.Page.limit(limit, ActivityService.DEFAULT_PAGE, ActivityService.MAX_PAGE));
        var response = org.springframework.http.ResponseEntity.ok();
        if (page.next() != null) {
            response.header("X-Next-Cursor", page.next());
        }
        return response.body(page.items());
    }

    /** One thing's changes, newest first, each with its readable field changes and whether it can be reverted. */
    @GetMapping("/history/{entityType}/{entityId}")
    List<HistoryEntry> history(@PathVariable long projectId, @PathVariable String entityType, @PathVariable long entityId) {
        return history.history(new ProjectId(projectId), entityType, entityId);
    }

    /** Sets back the fields one change altered, as a new logged change; 400 not revertible, 409 changed again since. */
    @PostMapping("/history/{auditEntryId}/revert")
    Reverted revert(@PathVariable long projectId, @PathVariable long auditEntryId) {
        return history.revert(new ProjectId(projectId), auditEntryId);
    }
}
