package com.factline.timeline;

import com.factline.project.ProjectId;

/**
 * Published inside the merge's transaction after {@code merged}'s claims moved to {@code target}
 * and its comment thread followed, and BEFORE the {@code merged} row is deleted, so listeners can
 * still move what refers to it: discrepancy re-points its discrepancies to {@code target}; review
 * sends a verified {@code target} back for re-verification.
 */
public record EventsMerged(ProjectId projectId, EventId target, EventId merged) {
}
