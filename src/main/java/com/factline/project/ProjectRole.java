package com.factline.project;

import com.factline.base.InvalidInputException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member's role in one project. Each role has the rights of the ones before it: a viewer reads,
 * exports and comments (a legal reader or a partner newsroom gives notes without changing the
 * work); an editor edits; a reviewer also verifies and resolves; an owner also manages members.
 */
public enum ProjectRole {
    VIEWER(EnumSet.of(ProjectPermission.READ, ProjectPermission.COMMENT)),
    EDITOR(EnumSet.of(ProjectPermission.READ, ProjectPermission.COMMENT, ProjectPermission.EDIT)),
    REVIEWER(EnumSet.of(ProjectPermission.READ, ProjectPermission.COMMENT, ProjectPermission.EDIT, ProjectPermission.REVIEW)),
    OWNER(EnumSet.allOf(ProjectPermission.class));

    private final Set<ProjectPermission> permissions;

    ProjectRole(Set<ProjectPermission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(ProjectPermission permission) {
        return permissions.contains(permission);
    }

    /** The name stored in {@code project_member.role} and used in the API. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "a viewer", "an editor", … for messages. */
    public String withArticle() {
        return (this == EDITOR || this == OWNER ? "an " : "a ") + dbName();
    }

    public static ProjectRole fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Parses what a user sends; anything else is refused with the four names. */
    public static ProjectRole parse(@Nullable String value) {
        if (value != null) {
            for (ProjectRole r : values()) {
                if (r.dbName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        throw new InvalidInputException("A project role is one of viewer, editor, reviewer, owner.");
    }
}
