package com.factline.collab;

import com.factline.project.ProjectId;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Sets the fields one audit entry changed back to their old values, for one entity type. One
 * bean per feature (events, claims, discrepancies) implements it, so history can revert without
 * depending on the features; the bean goes through its feature's service, so validation,
 * optimistic locking, the audit log and live notifications all apply.
 */
public interface Reverter {

    /** The audit log's entity type: "event", "claim", "discrepancy". */
    String entityType();

    /** Whether changes recorded with this action can be reverted at all (an update yes, a delete no); reverts themselves always can. */
    boolean revertible(String action);

    /** The fields of the audit JSON that a revert may set back; the rest follow from them or never change. */
    Set<String> fields();

    /** The entity now, in the shape of its audit entries, with its version. Throws NotFoundException when gone. */
    Snapshot current(ProjectId project, long entityId);

    /**
     * Sets {@code oldValues} (audit JSON field → value) on the entity at {@code version}, as one
     * change logged with action {@code "revert-" + auditEntryId}. Returns the entity after.
     */
    Snapshot revert(ProjectId project, long entityId, int version, Map<String, JsonNode> oldValues, long auditEntryId);

    /**
     * Whether setting {@code oldValues} back on the entity as it is now ({@code current}) needs the
     * reviewer's role rather than the editor's (a discrepancy whose resolution it changes). History
     * offers Revert only to whoever may do it; the feature's service still decides.
     */
    default boolean needsReview(Snapshot current, Map<String, JsonNode> oldValues) {
        return false;
    }

    /** An entity as its audit entries show it ({@code state}), and its version. */
    record Snapshot(Map<String, Object> state, int version) {
    }
}
