package com.factline.project.api;

import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.project.ProjectSummary;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
class ProjectApiController {

    record ProjectJson(long id, String name, String description, int sourceCount, int eventCount) {
        static ProjectJson of(ProjectSummary p) {
            return new ProjectJson(p.id().value(), p.name(), p.description(), p.sourceCount(), p.eventCount());
        }
    }

    private final ProjectService projects;

    ProjectApiController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    List<ProjectJson> list() {
        return projects.listVisible().stream().map(ProjectJson::of).toList();
    }

    @GetMapping("/{id}")
    ProjectJson get(@PathVariable long id) {
        return ProjectJson.of(projects.get(new ProjectId(id)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = "application/json")
    ResponseEntity<ProjectJson> create(@RequestBody ProjectData data) {
        ProjectSummary created = projects.create(data);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id().value())).body(ProjectJson.of(created));
    }
}
