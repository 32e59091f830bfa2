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
        String insert = """
                insert into audit_log (project_id, actor_id, actor_name, entity_type, entity_id, action, before, after)
                values (:project, :actorId, :actorName, :type, :entity, :action, cast(:before as jsonb), cast(:after as jsonb))""";
        String note = null;
        if (projectId != null) {
            // Delivered by PostgreSQL on commit, to every app instance listening (none if it rolls back).
            var n = new java.util.LinkedHashMap<String, Object>();
            n.put("p", projectId);
            n.put("t", entityType);
            n.put("i", entityId);
            n.put("a", action);
            n.put("u", actor.map(AppUserPrincipal::username).orElse("system"));
            n.put("ms", System.currentTimeMillis()); // for the live-path probe: when the change was sent
            note = json.writeValueAsString(n);
        }
        // The entry and its notice in one round trip (issue #18): the insert as a data-modifying WITH, which runs
        // whether or not the select reads it.
        var statement = jdbc.sql(note == null ? insert
                        : "with entry as (" + insert + ") select 1 from (select pg_notify('" + CHANNEL + "', :note)) n")
                .param("project", projectId)
                .param("actorId", actor.map(AppUserPrincipal::userId).orElse(null))
                .param("actorName", actor.map(AppUserPrincipal::username).orElse("system"))
                .param("type", entityType)
                .param("entity", entityId)
                .param("action", action)
                .param("before", toJson(before))
                .param("after", toJson(after));
        if (note == null) {
            statement.update();
        } else {
            statement.param("note", note).query(Integer.class).single();
        }
    }

    /** The PostgreSQL channel that carries every committed change of a project. */
    public static final String CHANNEL = "factline_changes";

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
