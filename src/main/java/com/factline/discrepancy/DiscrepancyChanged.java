package com.factline.discrepancy;

import com.factline.project.ProjectId;

/** Published inside the changing transaction when a discrepancy was marked, accepted, dismissed, resolved or reopened. */
public record DiscrepancyChanged(ProjectId projectId, DiscrepancyId discrepancyId, DiscrepancyStatus status, String action) {
}
