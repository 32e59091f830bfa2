package com.factline.discrepancy;

import com.factline.collab.Reverter;
import com.factline.project.ProjectId;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reverts status changes of discrepancies (accept, dismiss, resolve, reopen): the status comes
 * back with the verdict, correct value, evidence or dismissal reason it had. Marking and
 * suggesting are not reverted (dismiss instead).
 */
@Component
class DiscrepancyReverter implements Reverter {

    private final DiscrepancyService discrepancies;

    DiscrepancyReverter(DiscrepancyService discrepancies) {
        this.discrepancies = discrepancies;
    }

    @Override
    public String entityType() {
        return "discrepancy";
    }

    @Override
    public boolean revertible(String action) {
        return Set.of("accept", "dismiss", "resolve", "reopen").contains(action);
    }

    @Override
    public Set<String> fields() {
        return Set.of("status", "verdict", "correctValue", "evidence", "dismissReason");
    }

    @Override
    public Snapshot current(ProjectId project, long entityId) {
        Discrepancy d = discrepancies.get(project, new DiscrepancyId(entityId));
        return new Snapshot(DiscrepancyService.auditView(d), d.version());
    }

    /** As {@link DiscrepancyService#revert}: changing whether a discrepancy is resolved is a reviewer's decision. */
    @Override
    public boolean needsReview(Snapshot current, Map<String, JsonNode> old) {
        String resolved = DiscrepancyStatus.RESOLVED.dbName();
        return resolved.equals(String.valueOf(current.state().get("status")))
                || (old.containsKey("status") && resolved.equals(text(old.get("status"))));
    }

    @Override
    public Snapshot revert(ProjectId project, long entityId, int version, Map<String, JsonNode> old, long auditEntryId) {
        Discrepancy d = discrepancies.get(project, new DiscrepancyId(entityId));
        DiscrepancyStatus status = old.containsKey("status") ? DiscrepancyStatus.parse(text(old.get("status"))) : d.status();
        String verdict = old.containsKey("verdict") ? text(old.get("verdict")) : d.verdict() == null ? null : d.verdict().dbName();
        Discrepancy after = discrepancies.revert(project, d.id(), version, status, verdict == null ? null : Verdict.parse(verdict),
                old.containsKey("correctValue") ? text(old.get("correctValue")) : d.correctValue(),
                old.containsKey("evidence") ? text(old.get("evidence")) : d.evidence(),
                old.containsKey("dismissReason") ? text(old.get("dismissReason")) : d.dismissReason(),
                "revert-" + auditEntryId);
        return new Snapshot(DiscrepancyService.auditView(after), after.version());
    }

    private static @Nullable String text(@Nullable JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
