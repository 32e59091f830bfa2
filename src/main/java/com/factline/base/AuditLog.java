package com.factline.base;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Append-only history of every change. Written inside the caller's transaction, so a change
 * and its log entry commit or roll back together.
 *
 * <p>Each entry of a project is also announced to every app instance on {@link #CHANNEL}, <em>after</em> the write's
 * commit (issue #18): PostgreSQL takes a database-wide lock when a transaction that notified commits and holds it
 * through the commit's disk flush, so writes that notified flushed one after another. Now the write commits (and
 * flushes) without it, and its notices follow in a short transaction of their own that does not wait for its flush
 * ({@code synchronous_commit} off for that transaction only: the change is already durable, the notice is a hint).
 * A notice lost to a crash between the two is made up for by the listeners' catch-up from this durable log
 * ({@code collab/PgChangeListener}); each notice carries its entries' ids ({@code "e"}, or ranges {@code "es"}) so
 * that the catch-up tells what was heard.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    /** Where the notices go after a commit: the committed write's connection, which is still bound to the thread. */
    private final javax.sql.DataSource dataSource;

    AuditLog(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
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
        var n = new java.util.LinkedHashMap<String, Object>();
        if (projectId != null) {
            n.put("p", projectId);
            n.put("t", entityType);
            n.put("i", entityId);
            n.put("a", action);
            n.put("u", actor.map(AppUserPrincipal::username).orElse("system"));
            n.put("ms", System.currentTimeMillis()); // for the live-path probe: when the change was sent
        }
        Notices later = projectId == null ? null : noticesOfThisTransaction();
        if (projectId != null && later == null) {
            // No transaction synchronisation to send it after the commit: in this transaction, delivered on its commit.
            insert = "with entry as (" + insert + " returning id) select 1 from entry, (select pg_notify('" + CHANNEL + "', :note)) n";
        } else {
            insert = insert + " returning id";
        }
        var statement = jdbc.sql(insert)
                .param("project", projectId)
                .param("actorId", actor.map(AppUserPrincipal::userId).orElse(null))
                .param("actorName", actor.map(AppUserPrincipal::username).orElse("system"))
                .param("type", entityType)
                .param("entity", entityId)
                .param("action", action)
                .param("before", toJson(before))
                .param("after", toJson(after));
        if (projectId == null) {
            statement.query(Long.class).single();
            return;
        }
        if (later == null) {
            statement.param("note", json.writeValueAsString(n)).query(Integer.class).single();
        } else {
            n.put("e", statement.query(Long.class).single());
            later.add(json.writeValueAsString(n));
        }
        events.publishEvent(new ProjectChanged(projectId));
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
            Notices later = noticesOfThisTransaction();
            String insert = """
                    insert into audit_log (project_id, actor_id, actor_name, entity_type, entity_id, action, before, after)
                    select :project, :actorId, :actorName, :type, u.entity, u.action, cast(u.before as jsonb), cast(u.after as jsonb)
                    from unnest(cast(:ids as bigint[]), cast(:actions as text[]), cast(:befores as text[]), cast(:afters as text[]))
                         with ordinality as u(entity, action, before, after, ord)
                    order by u.ord
                    returning id""";
            var statement = jdbc.sql(later != null ? insert : """
                            with entry as (%s)
                            select count(*) from (select pg_notify('%s', t.note) from unnest(cast(:notes as text[])) with ordinality t(note, ord) order by t.ord) n"""
                            .formatted(insert, CHANNEL))
                    .param("project", projectId)
                    .param("actorId", actor.map(AppUserPrincipal::userId).orElse(null))
                    .param("actorName", actorName)
                    .param("type", entityType)
                    .param("ids", ids)
                    .param("actions", actions)
                    .param("befores", befores)
                    .param("afters", afters);
            if (later == null) {
                // No transaction synchronisation to send them after the commit: in this transaction, delivered on its commit.
                statement.param("notes", notices(projectId, entityType, actorName, chunk, null)).query(Long.class).single();
            } else {
                // the identity values in the order of the rows inserted, which is the entries' order
                long[] entryIds = statement.query(Long.class).list().stream().mapToLong(Long::longValue).sorted().toArray();
                for (String note : notices(projectId, entityType, actorName, chunk, entryIds)) {
                    later.add(note);
                }
            }
        }
        if (!entries.isEmpty()) {
            events.publishEvent(new ProjectChanged(projectId));
        }
    }

    /** The most ids one notice of {@link #recordAll} names: well within pg_notify's 8,000 bytes (20 characters an id at most). */
    static final int IDS_PER_NOTICE = 300;

    /** At most this many characters of ids and ranges in one notice: with the rest, well within pg_notify's 8,000 bytes. */
    static final int NOTICE_IDS_CHARS = 7_000;

    /**
     * The notices of {@code entries}: one per run of consecutive entries with the same action, naming up to
     * {@link #IDS_PER_NOTICE} of their ids in order ({@code "is"} instead of {@code "i"}); the listener hands on one
     * change per id, as if each entry had sent its own.
     */
    private String[] notices(long projectId, String entityType, String actorName, java.util.List<Entry> entries,
                             long @Nullable [] entryIds) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            String action = entries.get(i).action();
            int first = i;
            java.util.List<@Nullable Long> ids = new java.util.ArrayList<>();
            int chars = 0; // of the ids and the entries' ids' ranges, roughly as they will be written
            while (i < entries.size() && entries.get(i).action().equals(action) && ids.size() < IDS_PER_NOTICE) {
                Long id = entries.get(i).entityId();
                int more = String.valueOf(id).length() + 1;
                if (entryIds != null && (i == first || entryIds[i - 1] + 1 != entryIds[i])) {
                    more += 2 * Long.toString(entryIds[i]).length() + 4; // a range begins here
                }
                if (i > first && chars + more > NOTICE_IDS_CHARS) {
                    break;
                }
                chars += more;
                ids.add(id);
                i++;
            }
            var note = new java.util.LinkedHashMap<String, Object>();
            note.put("p", projectId);
            note.put("t", entityType);
            note.put("is", ids);
            note.put("a", action);
            note.put("u", actorName);
            note.put("ms", System.currentTimeMillis());
            if (entryIds != null) {
                note.put("es", ranges(entryIds, first, i));
            }
            notes.add(json.writeValueAsString(note));
        }
        return notes.toArray(String[]::new);
    }

    /**
     * {@code ids[from..to)} (ascending) as ranges {@code [first, last]}: one range when no other transaction took an id
     * meanwhile. Used as the notices' {@code "es"}; a notice holds fewer entries when the ranges are many
     * ({@link #NOTICE_IDS_CHARS}).
     */
    static java.util.List<long[]> ranges(long[] ids, int from, int to) {
        java.util.List<long[]> out = new java.util.ArrayList<>();
        for (int k = from; k < to; k++) {
            if (!out.isEmpty() && out.getLast()[1] + 1 == ids[k]) {
                out.getLast()[1] = ids[k];
            } else {
                out.add(new long[] {ids[k], ids[k]});
            }
        }
        return out;
    }

    /**
     * The notices of the current transaction, sent after its commit; null when the transaction has no synchronisation
     * to send them then (they then go inside it, as before issue #18).
     */
    private @Nullable Notices noticesOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        // Looked for among the transaction's synchronisations (not bound as a resource): an inner REQUIRES_NEW
        // transaction suspends its outer one's synchronisations, so each transaction's notices follow its own commit.
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Notices n && n.owner == this) {
                return n;
            }
        }
        Notices n = new Notices(this);
        TransactionSynchronizationManager.registerSynchronization(n);
        return n;
    }

    /** One transaction's notices, sent together once it has committed (none if it rolls back). */
    private static final class Notices implements TransactionSynchronization {

        private final AuditLog owner;
        private final java.util.List<String> notes = new java.util.ArrayList<>();

        Notices(AuditLog owner) {
            this.owner = owner;
        }

        void add(String note) {
            notes.add(note);
        }

        @Override
        public void afterCommit() {
            try {
                owner.send(notes);
            } catch (RuntimeException e) {
                // The change is committed and its entries are in the log: the listeners' catch-up delivers it.
                log.warn("Sending {} change notice(s) after a commit failed ({}); the listeners' catch-up delivers them",
                        notes.size(), e.toString());
            }
        }
    }

    /**
     * Sends committed changes' notices in a transaction of their own, in one round trip. It runs on the committed
     * write's connection, still bound to this thread: switched to auto-commit (no transaction is open, so that costs no
     * round trip; the transaction manager restores nothing more when it hands the connection back), the one statement
     * is its own transaction. That transaction need not wait for its disk flush: the changes are durable already, and a
     * notice lost to a crash is made up for by the catch-up.
     */
    private void send(java.util.List<String> notes) {
        java.sql.Connection c = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            c.setAutoCommit(true);
            try (var ps = c.prepareStatement("""
                    select set_config('synchronous_commit', 'off', true), (select count(*) from
                        (select pg_notify('%s', t.note) from unnest(cast(? as text[])) with ordinality t(note, ord) order by t.ord) n)"""
                    .formatted(CHANNEL))) {
                ps.setArray(1, c.createArrayOf("text", notes.toArray()));
                ps.executeQuery().close();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditLog.class);

    /** The PostgreSQL channel that carries every committed change of a project. */
    public static final String CHANNEL = "factline_changes";

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
