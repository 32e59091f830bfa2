package com.factline.base;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Append-only history of every change. Written inside the caller's transaction, so a change
 * and its log entry commit or roll back together.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable Long projectId, String entityType, @Nullable Long entityId, String action,
                       @Nullable Object before, @Nullable Object after) {
        var actor = CurrentUser.find();
        jdbc.sql("""
                        insert into audit_log (project_id, actor_id, actor_name, entity_type, entity_id, action, before, after)
                        values (:project, :actorId, :actorName, :type, :entity, :action, cast(:before as jsonb), cast(:after as jsonb))
                        """)
                .param("project", projectId)
                .param("actorId", actor.map(AppUserPrincipal::userId).orElse(null))
                .param("actorName", actor.map(AppUserPrincipal::username).orElse("system"))
                .param("type", entityType)
                .param("entity", entityId)
                .param("action", action)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
