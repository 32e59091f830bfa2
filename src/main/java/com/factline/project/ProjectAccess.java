package com.factline.project;

import com.factline.base.CurrentUser;
import com.factline.base.NotFoundException;
import com.factline.base.Role;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what the signed-in user may do in a project. Every service method
 * that takes a project id states the permission it needs, either first thing in its body
 * ({@code access.require(project, ProjectPermission.READ)}) or on its annotation
 * ({@code @PreAuthorize("@projectAccess.require(#project, 'EDIT')")}) — the same method either way.
 * Someone who is not a member is told the project does not exist (404, to leak nothing); a member
 * whose role lacks the permission is refused (403). The global admin may do everything everywhere.
 */
@Component("projectAccess")
public class ProjectAccess {

    private final JdbcClient jdbc;
    private final KeptRoles kept = new KeptRoles();

    ProjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A membership changed (see {@link ProjectService#setMember}): forgets the remembered roles here at once and again
     * when the change commits, and tells the other instances (a notification PostgreSQL delivers on commit).
     */
    void membershipChanged() {
        RequestRoleMemo.forget();
        com.factline.base.AccessChanged.announce(jdbc, kept::forgetAll);
    }

    /**
     * A membership or an account's access changed on another instance, or this instance's change listener reconnected
     * (and may have missed such a notice), or a test changed a role by direct SQL: forgets every remembered role.
     */
    @org.springframework.context.event.EventListener
    void on(com.factline.base.AccessChanged changed) {
        kept.forgetAll();
    }

    /**
     * Throws unless the signed-in user has {@code permission} in {@code project}; returns true so
     * that {@code @PreAuthorize} can call it.
     */
    public boolean require(ProjectId project, ProjectPermission permission) {
        var user = CurrentUser.require();
        if (user.role() == Role.ADMIN) {
            boolean exists = jdbc.sql("select exists (select 1 from project where id = ?)").param(project.value())
                    .query(Boolean.class).single();
            if (!exists) {
                throw notFound(project);
            }
            return true;
        }
        ProjectRole role = roleOf(project, user.userId()).orElseThrow(() -> notFound(project));
        if (!role.grants(permission)) {
            throw new AccessDeniedException(refusal(role, permission));
        }
        return true;
    }

    /** Whether the signed-in user has {@code permission} there; for views deciding what to offer. */
    public boolean allows(ProjectId project, ProjectPermission permission) {
        var user = CurrentUser.find();
        if (user.isEmpty()) {
            return false;
        }
        if (user.get().role() == Role.ADMIN) {
            return true;
        }
        return roleOf(project, user.get().userId()).map(r -> r.grants(permission)).orElse(false);
    }

    /** The signed-in user's role in the project; empty for a non-member (an admin may be one). */
    public Optional<ProjectRole> myRole(ProjectId project) {
        return CurrentUser.find().flatMap(u -> roleOf(project, u.userId()));
    }

    /**
     * A member's role: asked once per request and project (see {@link RequestRoleMemo}), and remembered between
     * requests until a membership changes or a minute passes ({@link KeptRoles}).
     */
    Optional<ProjectRole> roleOf(ProjectId project, long userId) {
        var memo = RequestRoleMemo.current();
        String key = project.value() + ":" + userId;
        ProjectRole known = memo == null ? null : memo.get(key);
        if (known == null) {
            known = kept.find(project.value(), userId);
        }
        if (known != null) {
            if (memo != null) {
                memo.put(key, known);
            }
            return Optional.of(known);
        }
        long generation = kept.generation();
        Optional<ProjectRole> role = jdbc.sql("select role from project_member where project_id = ? and user_id = ?")
                .params(project.value(), userId).query(String.class).optional().map(ProjectRole::fromDb);
        role.ifPresent(r -> {
            kept.keep(project.value(), userId, r, generation);
            if (memo != null) {
                memo.put(key, r);
            }
        });
        return role;
    }

    /** How many roles are remembered between requests (for tests). */
    int keptRoles() {
        return kept.size();
    }

    static String refusal(ProjectRole role, ProjectPermission permission) {
        String needs = switch (permission) {
            case READ, COMMENT -> "a member";
            case EDIT -> "an editor";
            case REVIEW -> "a reviewer";
            case MANAGE -> "an owner";
        };
        return "You are " + role.withArticle() + " of this project; this takes "
                + needs + " (or an admin).";
    }

    private static NotFoundException notFound(ProjectId project) {
        return new NotFoundException("Project " + project.value() + " does not exist or you are not a member.");
    }
}
