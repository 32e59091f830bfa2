package com.factline.source;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The editable part of a source; the text itself never changes. */
public record SourceMetadata(@Nullable String title, @Nullable String outlet, @Nullable LocalDate publishedOn,
                             @Nullable String url, @Nullable String byline, @Nullable String language) {
}
