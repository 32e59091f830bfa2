package com.factline.claim;

import com.factline.base.ids.ClaimId;
import com.factline.project.ProjectId;
import com.factline.timeline.EventId;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the changing transaction when a claim was created, changed or deleted, with
 * the event it was on before and the event it is on after (equal when it did not move; null for
 * none), so a listener need not reconstruct them (review decides re-verification from these).
 */
public record ClaimChanged(ProjectId projectId, ClaimId claimId, String action, @Nullable EventId eventBefore,
                           @Nullable EventId eventAfter) {
}
