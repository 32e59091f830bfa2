package com.factline.proposal;

import com.factline.align.AlignSentence;
import com.factline.proposal.draft.DraftEvent;
import com.factline.proposal.draft.DraftSource;
import java.util.List;
import java.util.function.Function;

/** Drafts the proposed events of a set of sources: pure, deterministic, bounded ({@code draft.TimelineDrafter}). */
interface Drafter {

    /**
     * @param sentences a source's sentences with their vectors (stored at import by {@code align}), which the drafter
     *                  aligns across sources
     */
    List<DraftEvent> draft(List<DraftSource> sources, Function<DraftSource, List<AlignSentence>> sentences);
}
