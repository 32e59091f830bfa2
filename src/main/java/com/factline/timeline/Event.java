package com.factline.timeline;

import com.factline.base.ids.ClaimId;
import com.factline.project.ProjectId;
import com.factline.temporal.DateValue;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event with what the timeline shows about it. {@code sourceCount} counts independent
 * sources: a source that republishes another counts as that other one.
 */
public record Event(EventId id, ProjectId projectId, String title, String summary, String location,
                    @Nullable DateValue date, DateMode dateMode, EventStatus status, List<ClaimId> claimIds,
                    int sourceCount, List<String> outlets, int openDiscrepancies, @Nullable String verifiedBy,
                    @Nullable Instant verifiedAt, @Nullable String reverifyReason, @Nullable String lastEditedBy,
                    Instant lastEditedAt, int version) {

    public enum DateMode {
        DERIVED, MANUAL
    }
}
