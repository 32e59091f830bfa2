package com.factline.timeline;

import com.factline.base.ids.ClaimId;
import com.factline.collab.Reverter;
import com.factline.project.ProjectId;
import com.factline.temporal.DateValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reverts edits of events (title, summary, location, date and how it is set, the claims), as
 * recorded by update, attach and earlier reverts. Creates, deletes, merges and verifications are
 * not reverted: the status follows from the rules, not from a revert.
 */
@Component
class EventReverter implements Reverter {

    private final EventService events;

    EventReverter(EventService events) {
        this.events = events;
    }

    @Override
    public String entityType() {
        return "event";
    }

    @Override
    public boolean revertible(String action) {
        return action.equals("update") || action.equals("attach");
    }

    @Override
    public Set<String> fields() {
        return Set.of("title", "summary", "location", "date", "dateMode", "claimIds");
    }

    @Override
    public Snapshot current(ProjectId project, long entityId) {
        Event e = events.get(project, new EventId(entityId));
        return new Snapshot(EventService.auditView(e), e.version());
    }

    @Override
    public Snapshot revert(ProjectId project, long entityId, int version, Map<String, JsonNode> old, long auditEntryId) {
        Event e = events.get(project, new EventId(entityId));
        String title = old.containsKey("title") ? text(old.get("title")) : e.title();
        String summary = old.containsKey("summary") ? text(old.get("summary")) : e.summary();
        String location = old.containsKey("location") ? text(old.get("location")) : e.location();
        DateValue date = old.containsKey("date") ? date(old.get("date")) : e.date();
        Event.DateMode mode = old.containsKey("dateMode") && old.get("dateMode") != null
                ? Event.DateMode.valueOf(old.get("dateMode").asString().toUpperCase(Locale.ROOT)) : e.dateMode();
        List<ClaimId> claims = old.containsKey("claimIds") ? ids(old.get("claimIds")) : null;
        Event after = events.revert(project, e.id(), new EventUpdate(title, summary, location, date, mode), claims, version,
                "revert-" + auditEntryId);
        return new Snapshot(EventService.auditView(after), after.version());
    }

    private static String text(@Nullable JsonNode n) {
        return n == null || n.isNull() ? "" : n.asString();
    }

    private static @Nullable DateValue date(@Nullable JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new DateValue(LocalDate.parse(n.get("earliest").asString()), LocalDate.parse(n.get("latest").asString()),
                DateValue.parsePrecision(n.get("precision").asString()), n.has("edtf") ? n.get("edtf").asString() : null);
    }

    private static List<ClaimId> ids(@Nullable JsonNode n) {
        List<ClaimId> out = new ArrayList<>();
        if (n != null) {
            n.values().forEach(v -> out.add(new ClaimId(v.asLong())));
        }
        return out;
    }
}
