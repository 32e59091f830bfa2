package com.factline.discrepancy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an editor gives to mark a discrepancy by hand: two or more claims of the project. */
public record DiscrepancyData(@Nullable DiscrepancyKind kind, @Nullable String note, List<Long> claimIds) {
}
