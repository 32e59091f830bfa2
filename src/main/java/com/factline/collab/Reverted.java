package com.factline.collab;

import java.util.Map;

/**
 * The result of reverting audit entry {@code reverted}: the entity after it ({@code state} in
 * the audit shape, {@code version}) and the new audit entry that records the revert.
 */
public record Reverted(String entityType, long entityId, long reverted, long auditEntryId, int version,
                       Map<String, Object> state) {
}
