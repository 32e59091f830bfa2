package com.factline.timeline;

import com.factline.project.ProjectId;

/**
 * Published inside the transaction when an editor changed an event's own fields (title, summary,
 * place, date, date mode) or, reverting, its set of claims. Review listens: a verified event
 * needs re-verification.
 */
public record EventEdited(ProjectId projectId, EventId eventId) {
}
