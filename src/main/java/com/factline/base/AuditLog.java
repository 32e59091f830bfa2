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
        if (projectId != null) {
            // Delivered by PostgreSQL on commit, to every app instance listening (none if it rolls back).
            var note = new java.util.LinkedHashMap<String, Object>();
            note.put("p", projectId);
            note.put("t", entityType);
            note.put("i", entityId);
            note.put("a", action);
            note.put("u", actor.map(AppUserPrincipal::username).orElse("system"));
            note.put("ms", System.currentTimeMillis()); // for the live-path probe: when the change was sent
            jdbc.sql("select 1 from (select pg_notify('" + CHANNEL + "', ?)) n").param(json.writeValueAsString(note)).query(Integer.class).single();
        }
    }

    /** The PostgreSQL channel that carries every committed change of a project. */
    public static final String CHANNEL = "factline_changes";

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
