package com.factline.claim;

import com.factline.base.ids.ClaimId;
import com.factline.timeline.EventId;
import com.factline.collab.Reverter;
import com.factline.project.ProjectId;
import com.factline.temporal.DateValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reverts edits of claims: statement, date, event and status (the quoted span never changes).
 * A date set back is kept as a typed date: the audit log records the value, not which temporal
 * expression it was resolved from.
 */
@Component
class ClaimReverter implements Reverter {

    private final ClaimService claims;

    ClaimReverter(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public String entityType() {
        return "claim";
    }

    @Override
    public boolean revertible(String action) {
        return action.equals("update") || action.equals("accept-new-date");
    }

    @Override
    public Set<String> fields() {
        return Set.of("statement", "date", "status", "eventId");
    }

    @Override
    public Snapshot current(ProjectId project, long entityId) {
        Claim c = claims.get(project, new ClaimId(entityId));
        return new Snapshot(ClaimService.auditView(c), c.version());
    }

    @Override
    public Snapshot revert(ProjectId project, long entityId, int version, Map<String, JsonNode> old, long auditEntryId) {
        Claim c = claims.get(project, new ClaimId(entityId));
        String statement = old.containsKey("statement") ? text(old.get("statement")) : c.statement();
        ClaimDate date = old.containsKey("date") ? date(old.get("date")) : c.date();
        Long oldEvent = old.containsKey("eventId") ? id(old.get("eventId")) : null;
        EventId eventId = old.containsKey("eventId") ? (oldEvent == null ? null : new EventId(oldEvent)) : c.eventId();
        ClaimStatus status = old.containsKey("status") && old.get("status") != null && !old.get("status").isNull()
                ? ClaimStatus.parse(old.get("status").asString()) : c.status();
        Claim after = claims.revert(project, c.id(), new ClaimUpdate(statement, date, eventId, status), version,
                "revert-" + auditEntryId);
        return new Snapshot(ClaimService.auditView(after), after.version());
    }

    private static String text(@Nullable JsonNode n) {
        return n == null || n.isNull() ? "" : n.asString();
    }

    private static @Nullable Long id(@Nullable JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }

    private static @Nullable ClaimDate date(@Nullable JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return ClaimDate.typed(new DateValue(LocalDate.parse(n.get("earliest").asString()), LocalDate.parse(n.get("latest").asString()),
                DateValue.parsePrecision(n.get("precision").asString()), n.has("edtf") ? n.get("edtf").asString() : null));
    }
}
