package com.factline.collab;

import com.factline.base.Page;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the append-only audit log: the project's latest changes, or the history of one thing. */
@Service
public class ActivityService {

    private final JdbcClient jdbc;
    private final ProjectAccess access;

    ActivityService(JdbcClient jdbc, ProjectAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Activity> latest(ProjectId project, int limit) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql("""
                        select id, at, actor_name, entity_type, entity_id, action, before::text, after::text
                        from audit_log where project_id = ? order by at desc, id desc limit ?""")
                .params(project.value(), Math.max(1, Math.min(limit, 1000))).query(ActivityService::map).list();
    }

    /** Page sizes of the activity feed (API and view). */
    public static final int DEFAULT_PAGE = 100;
    public static final int MAX_PAGE = 1000;

    /**
     * One page of the feed, newest first: the entries older than the one named by {@code cursor}
     * (from the API), or from {@code offset} (a view's scrolling), at most {@code limit}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<Activity> page(ProjectId project, @Nullable String cursor, int offset, int limit) {
        access.require(project, ProjectPermission.READ);
        int n = Page.limit(limit, DEFAULT_PAGE, MAX_PAGE);
        Long after = Page.cursor(cursor);
        List<Activity> rows = jdbc.sql("""
                        select id, at, actor_name, entity_type, entity_id, action, before::text, after::text
                        from audit_log where project_id = :p
                          and (cast(:after as bigint) is null
                               or (at, id) < (select at, id from audit_log where id = :after and project_id = :p))
                        order by at desc, id desc limit :limit offset :offset""")
                .param("p", project.value()).param("after", after).param("limit", n + 1).param("offset", Math.max(0, offset))
                .query(ActivityService::map).list();
        boolean more = rows.size() > n;
        List<Activity> items = more ? rows.subList(0, n) : rows;
        return new Page<>(List.copyOf(items), more ? String.valueOf(items.getLast().id()) : null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Activity> history(ProjectId project, String entityType, long entityId) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql("""
                        select id, at, actor_name, entity_type, entity_id, action, before::text, after::text
                        from audit_log where project_id = ? and entity_type = ? and entity_id = ? order by at desc, id desc""")
                .params(project.value(), entityType, entityId).query(ActivityService::map).list();
    }

    /**
     * Where the thing an entry is about can be opened now, or empty when it is gone (or has no page
     * of its own): a claim in its article, an article, an event on the timeline, a discrepancy in the queue.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<String> whereIs(ProjectId project, String entityType, @Nullable Long entityId) {
        access.require(project, ProjectPermission.READ);
        if (entityId == null) {
            return java.util.Optional.empty();
        }
        String base = "projects/" + project.value() + "/";
        // A read model over other features' tables: only whether the row is still there (and where a claim sits).
        return switch (entityType) {
            case "claim" -> jdbc.sql("select source_id from claim where id = ? and project_id = ?").params(entityId, project.value())
                    .query(Long.class).optional().map(source -> base + "sources/" + source + "?claim=" + entityId);
            case "source" -> exists("source", entityId, project) ? java.util.Optional.of(base + "sources/" + entityId) : java.util.Optional.empty();
            case "event" -> exists("event", entityId, project) ? java.util.Optional.of(base + "timeline") : java.util.Optional.empty();
            case "discrepancy" -> exists("discrepancy", entityId, project) ? java.util.Optional.of(base + "discrepancies") : java.util.Optional.empty();
            default -> java.util.Optional.empty();
        };
    }

    private boolean exists(String table, long id, ProjectId project) {
        // table is one of three constants above, never user input
        return jdbc.sql("select exists (select 1 from " + table + " where id = ? and project_id = ?)").params(id, project.value())
                .query(Boolean.class).single();
    }

    private static Activity map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Activity(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static @Nullable String abbreviate(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
