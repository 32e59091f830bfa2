package com.factline.collab.api;

import com.factline.base.InvalidInputException;
import com.factline.collab.Comment;
import com.factline.collab.CommentId;
import com.factline.collab.CommentService;
import com.factline.collab.CommentTarget;
import com.factline.project.ProjectId;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/comments", produces = "application/json")
class CommentApiController {

    record CommentJson(long id, String targetType, long targetId, String body, @Nullable String author, String authorName,
                       String createdAt, @Nullable String editedAt, int version) {
        static CommentJson of(Comment c) {
            return new CommentJson(c.id().value(), c.targetType().dbName(), c.targetId(), c.body(), c.author(), c.authorName(),
                    c.createdAt().toString(), c.editedAt() == null ? null : c.editedAt().toString(), c.version());
        }
    }

    record NewComment(@Nullable String targetType, @Nullable Long targetId, @Nullable String body) {
    }

    record CommentEdit(@Nullable String body, @Nullable Integer version) {
    }

    private final CommentService comments;

    CommentApiController(CommentService comments) {
        this.comments = comments;
    }

    /** The thread on one event, claim or discrepancy, oldest first. */
    @GetMapping
    List<CommentJson> list(@PathVariable long projectId, @RequestParam String targetType, @RequestParam long targetId) {
        return comments.list(new ProjectId(projectId), CommentTarget.parse(targetType), targetId).stream().map(CommentJson::of).toList();
    }

    @GetMapping("/{commentId}")
    CommentJson get(@PathVariable long projectId, @PathVariable long commentId) {
        return CommentJson.of(comments.get(new ProjectId(projectId), new CommentId(commentId)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommentJson> add(@PathVariable long projectId, @RequestBody NewComment in) {
        CommentTarget type = CommentTarget.parse(in.targetType());
        if (in.targetId() == null) {
            throw new InvalidInputException("Say which " + type.dbName() + " the comment is on: targetId.");
        }
        Comment c = comments.add(new ProjectId(projectId), type, in.targetId(), in.body());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/comments/" + c.id().value())).body(CommentJson.of(c));
    }

    @PutMapping(path = "/{commentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CommentJson edit(@PathVariable long projectId, @PathVariable long commentId, @RequestBody CommentEdit in) {
        if (in.version() == null) {
            throw new InvalidInputException("The body needs the \"version\" you edited, for conflict detection.");
        }
        return CommentJson.of(comments.edit(new ProjectId(projectId), new CommentId(commentId), in.body(), in.version()));
    }

    @DeleteMapping("/{commentId}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long commentId) {
        comments.delete(new ProjectId(projectId), new CommentId(commentId));
        return ResponseEntity.noContent().build();
    }
}
