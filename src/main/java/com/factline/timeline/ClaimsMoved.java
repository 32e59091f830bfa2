package com.factline.timeline;

import com.factline.project.ProjectId;
import java.util.List;

/**
 * Published inside the transaction when claims were attached to {@code to} (moved, split off,
 * gathered into a new event) away from the events {@code from} (those they were on, without
 * {@code to}). Review listens: every verified event among them needs re-verification.
 */
public record ClaimsMoved(ProjectId projectId, EventId to, List<EventId> from) {
    public ClaimsMoved {
        from = List.copyOf(from);
    }
}
