package com.factline.claim;

import com.factline.base.ids.ClaimId;
import com.factline.timeline.EventId;
import com.factline.project.ProjectId;
import com.factline.source.SourceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A quoted span of a source ({@code start}/{@code end} in code points, end exclusive) with a
 * statement and a date; {@code openDiscrepancies} counts the open discrepancies it is part of,
 * {@code eventTitle} is the title of the event it is on (read with it, for lists).
 */
public record Claim(ClaimId id, ProjectId projectId, SourceId sourceId, int start, int end, String quote, String prefix,
                    String suffix, String statement, @Nullable ClaimDate date, ClaimStatus status, @Nullable EventId eventId,
                    @Nullable DateCheck dateCheck, @Nullable String sourceTitle, @Nullable String outlet,
                    @Nullable String updatedBy, Instant updatedAt, int version, int openDiscrepancies,
                    @Nullable String eventTitle) {
}
