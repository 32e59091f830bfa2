package com.factline.collab;

import com.factline.base.ConflictException;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of one event, claim or discrepancy with a readable diff of each change, and the
 * revert of a single change. A revert sets back only the fields that change altered, through
 * the feature's own service (a {@link Reverter}); when one of those fields has been changed
 * again since, it is refused (409) rather than clobbering the later change.
 */
@Service
public class HistoryService {

    private static final String COLUMNS = "id, at, actor_name, entity_type, entity_id, action, before::text, after::text";

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final JsonMapper json;
    private final Map<String, Reverter> reverters = new HashMap<>();

    HistoryService(JdbcClient jdbc, ProjectAccess access, JsonMapper json, List<Reverter> reverters) {
        this.jdbc = jdbc;
        this.access = access;
        this.json = json;
        reverters.forEach(r -> this.reverters.put(r.entityType(), r));
    }

    private record Row(long id, Instant at, String actor, String entityType, @Nullable Long entityId, String action,
                       @Nullable String before, @Nullable String after) {
    }

    /** Every change of one thing, newest first, each with its field changes and whether it can be reverted. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(ProjectId project, String entityType, long entityId) {
        access.require(project, ProjectPermission.READ);
        boolean reviewer = access.allows(project, ProjectPermission.REVIEW);
        CurrentState now = new CurrentState(project, entityType, entityId);
        return jdbc.sql("select " + COLUMNS + " from audit_log where project_id = ? and entity_type = ? and entity_id = ?"
                        + " order by id desc")
                .params(project.value(), entityType, entityId).query(HistoryService::map).list().stream()
                .map(r -> new HistoryEntry(r.id(), r.at(), r.actor(), r.entityType(), r.entityId(), r.action(),
                        ChangeDiff.actionLabel(r.action()), r.before(), r.after(), ChangeDiff.of(r.before(), r.after()),
                        offersRevert(r, reviewer, now)))
                .toList();
    }

    /**
     * Whether the signed-in user is offered a revert of this entry: it changed something that can be
     * set back, and, where setting it back is a reviewer's decision (a discrepancy's resolution),
     * they are a reviewer. Whether they may edit at all is the view's question.
     */
    private boolean offersRevert(Row r, boolean reviewer, CurrentState now) {
        Set<String> fields = revertibleFields(r);
        if (fields.isEmpty()) {
            return false;
        }
        if (reviewer) {
            return true;
        }
        Reverter.Snapshot current = now.get();
        return current == null || !reverters.get(r.entityType()).needsReview(current, oldValues(r, fields));
    }

    /** The entity as it is now, read at most once per history listing; null when it is gone. */
    private final class CurrentState {
        private final ProjectId project;
        private final String entityType;
        private final long entityId;
        private boolean read;
        private Reverter.@Nullable Snapshot snapshot;

        CurrentState(ProjectId project, String entityType, long entityId) {
            this.project = project;
            this.entityType = entityType;
            this.entityId = entityId;
        }

        Reverter.@Nullable Snapshot get() {
            if (!read) {
                read = true;
                try {
                    snapshot = reverters.get(entityType).current(project, entityId);
                } catch (NotFoundException e) {
                    snapshot = null;
                }
            }
            return snapshot;
        }
    }

    private Map<String, JsonNode> oldValues(Row entry, Set<String> fields) {
        JsonNode before = parse(entry.before());
        Map<String, JsonNode> oldValues = new LinkedHashMap<>();
        for (String field : fields) {
            oldValues.put(field, before == null ? null : before.get(field));
        }
        return oldValues;
    }

    /**
     * Reverts one change: the fields it altered get their old values back on the entity as it is
     * now, as a new logged change. Refused with 400 for changes that cannot be reverted (creates,
     * deletes, merges, verifications, suggestions), with 409 when one of those fields was changed
     * again afterwards (revert the later change first) or the entity is gone; 404 for an entry of
     * another project.
     */
    @Transactional
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Reverted revert(ProjectId project, long auditEntryId) {
        access.require(project, ProjectPermission.EDIT);
        Row entry = jdbc.sql("select " + COLUMNS + " from audit_log where id = ? and project_id = ?")
                .params(auditEntryId, project.value()).query(HistoryService::map).optional()
                .orElseThrow(() -> new NotFoundException("No change " + auditEntryId + " in project " + project + "."));
        Reverter reverter = reverters.get(entry.entityType());
        if (reverter == null || entry.entityId() == null) {
            throw new InvalidInputException("not_revertible", "Changes to a " + entry.entityType().replace('_', ' ')
                    + " cannot be reverted; only events, claims and discrepancies have a history with revert.");
        }
        if (!revertible(reverter, entry.action())) {
            throw new InvalidInputException("not_revertible", notRevertible(entry));
        }
        JsonNode after = parse(entry.after());
        Set<String> fields = revertibleFields(entry);
        if (fields.isEmpty()) {
            throw new InvalidInputException("not_revertible", "This change altered nothing that can be set back.");
        }
        long entityId = entry.entityId();
        Reverter.Snapshot now;
        try {
            now = reverter.current(project, entityId);
        } catch (NotFoundException e) {
            throw new ConflictException("gone", "This " + entry.entityType() + " has been deleted since; there is nothing to revert.", null);
        }
        JsonNode current = json.readTree(json.writeValueAsString(now.state()));
        for (String field : fields) {
            if (!ChangeDiff.same(current.get(field), after.get(field))) {
                String by = laterChangeBy(entry, field);
                throw new ConflictException("changed_again", ChangeDiff.label(field) + " was changed again after this change"
                        + (by == null ? " (by a change to something it depends on)" : " by " + by)
                        + "; revert that first.", now.state());
            }
        }
        Map<String, JsonNode> oldValues = oldValues(entry, fields);
        Reverter.Snapshot result = reverter.revert(project, entityId, now.version(), oldValues, auditEntryId);
        long newEntry = jdbc.sql("select max(id) from audit_log where entity_type = ? and entity_id = ?")
                .params(entry.entityType(), entityId).query(Long.class).single();
        return new Reverted(entry.entityType(), entityId, auditEntryId, newEntry, result.version(), result.state());
    }

    /** A revert of a revertible change can itself be reverted, whatever the feature. */
    private static boolean revertible(Reverter reverter, String action) {
        return action.matches("revert-\\d+") || reverter.revertible(action);
    }

    /** The fields a revert of this entry would set back: changed by it, and settable. Empty: no revert. */
    private Set<String> revertibleFields(Row r) {
        Reverter reverter = reverters.get(r.entityType());
        if (reverter == null || r.entityId() == null || !revertible(reverter, r.action())) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>(ChangeDiff.changedKeys(parse(r.before()), parse(r.after())));
        keys.retainAll(reverter.fields());
        return keys;
    }

    /** Who last changed {@code field} after the entry, e.g. "bob (edited, change #41)", or null if no later entry did. */
    private @Nullable String laterChangeBy(Row entry, String field) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where entity_type = ? and entity_id = ? and id > ? order by id desc")
                .params(entry.entityType(), entry.entityId(), entry.id()).query(HistoryService::map).list().stream()
                .filter(r -> ChangeDiff.changedKeys(parse(r.before()), parse(r.after())).contains(field))
                .findFirst()
                .map(r -> r.actor() + " (" + ChangeDiff.actionLabel(r.action()) + ", change #" + r.id() + ")")
                .orElse(null);
    }

    private static String notRevertible(Row entry) {
        String thing = entry.entityType();
        return switch (entry.action()) {
            case "delete" -> "Restoring a deleted " + thing + " is not supported.";
            case "create", "mark", "suggest" -> "Creating a " + thing + " cannot be reverted; delete or dismiss it instead.";
            default -> "A change of the kind \u201c" + ChangeDiff.actionLabel(entry.action()).toLowerCase(Locale.ROOT)
                    + "\u201d cannot be reverted.";
        };
    }

    private @Nullable JsonNode parse(@Nullable String s) {
        return s == null ? null : json.readTree(s);
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /**
     * The fields (audit JSON names) a revert of this change would set back; empty when it cannot be
     * reverted. What a revert dialog promises, so it never names a field (a status) that stays.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<String> revertibleFields(ProjectId project, long auditEntryId) {
        access.require(project, ProjectPermission.READ);
        Row entry = jdbc.sql("select " + COLUMNS + " from audit_log where id = ? and project_id = ?")
                .params(auditEntryId, project.value()).query(HistoryService::map).optional()
                .orElseThrow(() -> new NotFoundException("No change " + auditEntryId + " in project " + project + "."));
        return revertibleFields(entry);
    }
}
