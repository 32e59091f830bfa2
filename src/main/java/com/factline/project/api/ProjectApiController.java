package com.factline.project.api;

import com.factline.project.ProjectData;
import com.factline.project.ProjectMember;
import com.factline.project.ProjectRole;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.project.ProjectSummary;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

    record MemberJson(String username, String displayName, ProjectRole role) {
        static MemberJson of(ProjectMember m) {
            return new MemberJson(m.username(), m.displayName(), m.role());
        }
    }

    record RoleRequest(@Nullable String role) {
    }

    /** Who is in the project and with which role (any member). */
    @GetMapping("/{id}/members")
    List<MemberJson> members(@PathVariable long id) {
        return projects.members(new ProjectId(id)).stream().map(MemberJson::of).toList();
    }

    /** Adds a user with a role, or changes a member's role (owners and admins). */
    @PutMapping(path = "/{id}/members/{username}", consumes = "application/json")
    MemberJson setMember(@PathVariable long id, @PathVariable String username, @RequestBody RoleRequest in) {
        return MemberJson.of(projects.setMember(new ProjectId(id), username, ProjectRole.parse(in.role())));
    }

    /** Takes a user out of the project (owners and admins); the last owner cannot be removed. */
    @DeleteMapping("/{id}/members/{username}")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable String username) {
        projects.removeMember(new ProjectId(id), username);
        return ResponseEntity.noContent().build();
    }
}
