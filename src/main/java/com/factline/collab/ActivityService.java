package com.factline.collab;

import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
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
        access.require(project);
        return jdbc.sql("""
                        select id, at, actor_name, entity_type, entity_id, action, before::text, after::text
                        from audit_log where project_id = ? order by at desc, id desc limit ?""")
                .params(project.value(), Math.max(1, Math.min(limit, 1000))).query(ActivityService::map).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Activity> history(ProjectId project, String entityType, long entityId) {
        access.require(project);
        return jdbc.sql("""
                        select id, at, actor_name, entity_type, entity_id, action, before::text, after::text
                        from audit_log where project_id = ? and entity_type = ? and entity_id = ? order by at desc, id desc""")
                .params(project.value(), entityType, entityId).query(ActivityService::map).list();
    }

    private static Activity map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Activity(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static @Nullable String abbreviate(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
