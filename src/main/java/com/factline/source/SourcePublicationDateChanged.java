package com.factline.source;

import com.factline.project.ProjectId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published when an editor corrects a source's publication date, inside that change's transaction: an
 * {@code @EventListener} runs in it (the claim module keeps the date on its claim rows there, so both commit or
 * neither does); a {@code @TransactionalEventListener} hears it after the commit.
 */
public record SourcePublicationDateChanged(ProjectId projectId, SourceId sourceId, @Nullable LocalDate before,
                                           @Nullable LocalDate after) {
}
