package com.factline.project;

import java.time.Instant;

/** A member of a project as the members list shows it. */
public record ProjectMember(String username, String displayName, ProjectRole role, Instant addedAt) {
}
