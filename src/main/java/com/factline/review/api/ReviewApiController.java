package com.factline.review.api;

import com.factline.project.ProjectId;
import com.factline.review.ReviewService;
import com.factline.review.Verification;
import com.factline.timeline.EventId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/events/{eventId}", produces = "application/json")
class ReviewApiController {

    private final ReviewService reviews;

    ReviewApiController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/verification")
    Verification get(@PathVariable long projectId, @PathVariable long eventId) {
        return reviews.get(new ProjectId(projectId), new EventId(eventId));
    }

    /** The version of the event the reviewer looked at. */
    record VerifyRequest(@org.jspecify.annotations.Nullable Integer version) {
    }

    @PostMapping(path = "/verify", consumes = "application/json")
    Verification verify(@PathVariable long projectId, @PathVariable long eventId, @RequestBody VerifyRequest in) {
        if (in.version() == null) {
            throw new com.factline.base.InvalidInputException("Send the version of the event you reviewed: {\"version\": N}.");
        }
        return reviews.verify(new ProjectId(projectId), new EventId(eventId), in.version());
    }
}
