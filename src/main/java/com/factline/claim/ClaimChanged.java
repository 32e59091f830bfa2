package com.factline.claim;

import com.factline.project.ProjectId;

/** Published when a claim was created, changed or deleted. */
public record ClaimChanged(ProjectId projectId, ClaimId claimId, String action) {
}
