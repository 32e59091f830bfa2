package com.factline.collab.api;

import com.factline.collab.Activity;
import com.factline.collab.ActivityService;
import com.factline.project.ProjectId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}", produces = "application/json")
class ActivityApiController {

    private final ActivityService activity;

    ActivityApiController(ActivityService activity) {
        this.activity = activity;
    }

    /** The latest changes of the project, newest first, with before/after as JSON. */
    @GetMapping("/activity")
    List<Activity> latest(@PathVariable long projectId, @RequestParam(defaultValue = "100") int limit) {
        return activity.latest(new ProjectId(projectId), limit);
    }

    @GetMapping("/history/{entityType}/{entityId}")
    List<Activity> history(@PathVariable long projectId, @PathVariable String entityType, @PathVariable long entityId) {
        return activity.history(new ProjectId(projectId), entityType, entityId);
    }
}
