package com.factline.backup;

import com.factline.project.ProjectId;
import java.util.List;
import java.util.Map;

/**
 * What a restore created.
 *
 * @param counts   rows restored per part of the file ("sources", "claims", …)
 * @param warnings what could not be carried over as it was (members unknown here, renamed project, …)
 */
public record RestoreResult(ProjectId projectId, String name, Map<String, Integer> counts, List<String> warnings) {
}
