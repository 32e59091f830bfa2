package com.factline.claim;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Set when the source's publication date changed after the claim's date was resolved from it:
 * the old and the new resolution, side by side, until the editor accepts one.
 */
public record DateCheck(@Nullable LocalDate oldPublishedOn, @Nullable LocalDate newPublishedOn,
                        @Nullable Resolution current, @Nullable Resolution proposed) {

    public record Resolution(String earliest, String latest, String precision, String edtf, String display,
                             @Nullable String explanation) {
    }
}
