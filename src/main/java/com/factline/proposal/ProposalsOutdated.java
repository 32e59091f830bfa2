package com.factline.proposal;

import com.factline.project.ProjectId;

/** A proposal turned out stale when an editor acted on it: the project's proposals should be recomputed. */
record ProposalsOutdated(ProjectId projectId) {
}
