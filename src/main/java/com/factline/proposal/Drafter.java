package com.factline.proposal;

import com.factline.proposal.draft.DraftEvent;
import com.factline.proposal.draft.DraftSource;
import java.util.List;

/** Drafts the proposed events of a set of sources: pure, deterministic, bounded ({@code draft.TimelineDrafter}). */
interface Drafter {

    List<DraftEvent> draft(List<DraftSource> sources);
}
