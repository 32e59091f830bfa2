package com.factline.project;

/**
 * What a service method needs in a project. Each project role grants a set of these
 * ({@link ProjectRole#grants}); the global admin has all of them everywhere.
 */
public enum ProjectPermission {
    /** See everything in the project and export it. */
    READ,
    /** Write, edit and delete one's own comments. */
    COMMENT,
    /** Import sources, mark claims, build events, flag discrepancies, accept proposals. */
    EDIT,
    /** Verify events, resolve discrepancies, dismiss open ones, reopen resolved ones. */
    REVIEW,
    /** Add and remove members and change their roles. */
    MANAGE
}
