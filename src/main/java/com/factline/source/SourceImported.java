package com.factline.source;

import com.factline.project.ProjectId;

/** Published when a source has been imported. */
public record SourceImported(ProjectId projectId, SourceId sourceId) {
}
