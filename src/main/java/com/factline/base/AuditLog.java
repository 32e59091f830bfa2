package com.factline.base;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    AuditLog(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
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
            events.publishEvent(new ProjectChanged(projectId));
        }
    }

    /** One entry of {@link #recordAll}: the entity, the action and its state before and after. */
    public record Entry(@Nullable Long entityId, String action, @Nullable Object before, @Nullable Object after) {
    }

    /** The most entries one statement of {@link #recordAll} writes. */
    static final int CHUNK = 2_000;

    /**
     * Like {@link #record} once per entry, in order (the same rows, ids ascending in {@code entries}' order, and a
     * change delivered per entry), but in one statement per {@link #CHUNK} entries (issue #18: a suggestion run's
     * thousand entries are one round trip, not a thousand) and with a notice per few hundred entries.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(long projectId, String entityType, java.util.List<Entry> entries) {
        var actor = CurrentUser.find();
        String actorName = actor.map(AppUserPrincipal::username).orElse("system");
        for (int from = 0; from < entries.size(); from += CHUNK) {
            var chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            int n = chunk.size();
            Long[] ids = new Long[n];
            String[] actions = new String[n];
            String[] befores = new String[n];
            String[] afters = new String[n];
            for (int i = 0; i < n; i++) {
                Entry e = chunk.get(i);
                ids[i] = e.entityId();
                actions[i] = e.action();
                befores[i] = toJson(e.before());
                afters[i] = toJson(e.after());
            }
            String[] notes = notices(projectId, entityType, actorName, chunk);
            jdbc.sql("""
                            with entry as (
                                insert into audit_log (project_id, actor_id, actor_name, entity_type, entity_id, action, before, after)
                                select :project, :actorId, :actorName, :type, u.entity, u.action, cast(u.before as jsonb), cast(u.after as jsonb)
                                from unnest(cast(:ids as bigint[]), cast(:actions as text[]), cast(:befores as text[]), cast(:afters as text[]))
                                     with ordinality as u(entity, action, before, after, ord)
                                order by u.ord)
                            select count(*) from (select pg_notify('%s', t.note) from unnest(cast(:notes as text[])) with ordinality t(note, ord) order by t.ord) n"""
                            .formatted(CHANNEL))
                    .param("project", projectId)
                    .param("actorId", actor.map(AppUserPrincipal::userId).orElse(null))
                    .param("actorName", actorName)
                    .param("type", entityType)
                    .param("ids", ids)
                    .param("actions", actions)
                    .param("befores", befores)
                    .param("afters", afters)
                    .param("notes", notes)
                    .query(Long.class).single();
        }
        if (!entries.isEmpty()) {
            events.publishEvent(new ProjectChanged(projectId));
        }
    }

    /** The most ids one notice of {@link #recordAll} names: well within pg_notify's 8,000 bytes (20 characters an id at most). */
    static final int IDS_PER_NOTICE = 300;

    /**
     * The notices of {@code entries}: one per run of consecutive entries with the same action, naming up to
     * {@link #IDS_PER_NOTICE} of their ids in order ({@code "is"} instead of {@code "i"}); the listener hands on one
     * change per id, as if each entry had sent its own.
     */
    private String[] notices(long projectId, String entityType, String actorName, java.util.List<Entry> entries) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            String action = entries.get(i).action();
            java.util.List<@Nullable Long> ids = new java.util.ArrayList<>();
            while (i < entries.size() && entries.get(i).action().equals(action) && ids.size() < IDS_PER_NOTICE) {
                ids.add(entries.get(i).entityId());
                i++;
            }
            var note = new java.util.LinkedHashMap<String, Object>();
            note.put("p", projectId);
            note.put("t", entityType);
            note.put("is", ids);
            note.put("a", action);
            note.put("u", actorName);
            note.put("ms", System.currentTimeMillis());
            notes.add(json.writeValueAsString(note));
        }
        return notes.toArray(String[]::new);
    }

    /** The PostgreSQL channel that carries every committed change of a project. */
    public static final String CHANNEL = "factline_changes";

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
