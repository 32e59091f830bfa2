package com.factline.proposal;

import com.factline.source.SourceId;
import com.factline.temporal.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * A passage of one source that supports a proposal: offsets in code points (end exclusive), the exact quote, the
 * date this passage gives the happening and where that date comes from.
 */
public record ProposedPassage(SourceId sourceId, String outlet, int start, int end, String quote, @Nullable DateValue date,
                              String explanation) {
}
