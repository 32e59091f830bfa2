package com.factline.proposal;

import com.factline.base.ids.ClaimId;
import com.factline.timeline.EventId;
import java.util.List;

/** The event an accepted proposal became (new, or the existing one it was merged into) and the claims made for it. */
public record Accepted(EventId eventId, List<ClaimId> claimIds) {

    public Accepted {
        claimIds = List.copyOf(claimIds);
    }
}
