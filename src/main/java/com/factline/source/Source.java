package com.factline.source;

import com.factline.project.ProjectId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An imported article. {@code text} is exactly as stored; offsets into it count code points. */
public record Source(SourceId id, ProjectId projectId, String title, String outlet, @Nullable String url,
                     @Nullable String byline, String language, @Nullable LocalDate publishedOn, String text,
                     String sha256, int length, @Nullable Long republishesId, @Nullable String importedBy,
                     Instant importedAt, int version) {
}
