package com.factline.source;

import com.factline.project.ProjectId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Published after commit when an editor corrects a source's publication date. */
public record SourcePublicationDateChanged(ProjectId projectId, SourceId sourceId, @Nullable LocalDate before,
                                           @Nullable LocalDate after) {
}
