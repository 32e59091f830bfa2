package com.factline.discrepancy;

import org.jspecify.annotations.Nullable;

/** A reviewer's ruling on an open discrepancy. */
public record Resolution(Verdict verdict, @Nullable String correctValue, @Nullable String evidence) {
}
