package com.factline.timeline;

import com.factline.project.ProjectId;

/**
 * Published inside the transaction of every event change. {@code substantive} is false for
 * changes that do not touch what a reviewer verified (none so far; kept for status-only moves).
 */
public record EventChanged(ProjectId projectId, EventId eventId, String action, boolean substantive) {
}
