package com.factline.proposal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which proposals to list: a status (open when null), those with a passage from one source, those whose date
 * reaches into [from, to].
 */
public record ProposalFilter(@Nullable ProposalStatus status, @Nullable Long sourceId, @Nullable LocalDate from,
                             @Nullable LocalDate to) {

    public static ProposalFilter open() {
        return new ProposalFilter(ProposalStatus.OPEN, null, null, null);
    }

    public static ProposalFilter of(ProposalStatus status) {
        return new ProposalFilter(status, null, null, null);
    }
}
