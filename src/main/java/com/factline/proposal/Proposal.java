package com.factline.proposal;

import com.factline.project.ProjectId;
import com.factline.temporal.DateValue;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event proposed from the sources.
 *
 * @param date          the overlap of the passages' dates where they agree; null when none is dated
 * @param dateConflict  null when the passages agree on the date, else which sources give which dates
 * @param sourceCount   independent sources among the passages (a wire copy and its original count once)
 * @param explanation   one sentence saying why these passages were grouped
 * @param eventId       the event it became (accepted, or merged into an existing event)
 */
public record Proposal(ProposalId id, ProjectId projectId, String title, @Nullable DateValue date, @Nullable String dateConflict,
                       double confidence, int sourceCount, ProposalStatus status, List<ProposedPassage> passages,
                       String explanation, @Nullable Long eventId, @Nullable String decidedBy, @Nullable Instant decidedAt,
                       @Nullable String dismissReason, int version) {

    public Proposal {
        passages = List.copyOf(passages);
    }

    /** Distinct outlet names in passage order, for chips and the "n sources" line. */
    public List<String> outlets() {
        return passages.stream().map(ProposedPassage::outlet).filter(o -> !o.isBlank()).distinct().toList();
    }
}
