package com.factline.project;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's standing in one project: their role as a member, or none when an admin
 * sees a project they are not a member of (admins may do everything anyway).
 */
public record MyProjectRole(ProjectId projectId, String projectName, @Nullable ProjectRole role) {
}
