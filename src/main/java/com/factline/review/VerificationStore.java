package com.factline.review;

import com.factline.project.ProjectId;
import com.factline.timeline.EventId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review module's SQL: the only writer of an event's review columns ({@code status},
 * {@code verified_by}, {@code verified_at}, {@code reverify_reason}). Reads of other modules'
 * tables here are named read models (an event's last editor, its claim count, its open
 * discrepancies through the discrepancy module's view).
 */
@Component
class VerificationStore {

    private static final String SELECT = """
            select e.id, e.status, u.username as verified_by_name, e.verified_at, e.reverify_reason, e.version
            from event e left join app_user u on u.id = e.verified_by
            """;

    private final JdbcClient jdbc;

    VerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Verification> find(ProjectId project, EventId event, boolean lock) {
        return jdbc.sql(SELECT + " where e.id = ? and e.project_id = ?" + (lock ? " for update of e" : ""))
                .params(event.value(), project.value())
                .query((rs, n) -> new Verification(rs.getLong("id"), rs.getString("status"), rs.getString("verified_by_name"),
                        rs.getTimestamp("verified_at") == null ? null : rs.getTimestamp("verified_at").toInstant(),
                        rs.getString("reverify_reason"), rs.getInt("version")))
                .optional();
    }

    @Nullable Long lastEditor(EventId event) {
        return jdbc.sql("select last_edited_by from event where id = ?").param(event.value())
                .query((rs, n) -> (Long) rs.getObject(1)).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    int claimCount(ProjectId project, EventId event) {
        return jdbc.sql("select count(*) from claim where event_id = ? and project_id = ?")
                .params(event.value(), project.value()).query(Integer.class).single();
    }

    /** Signs the event off if it is still at {@code version}; false when it is not. */
    boolean markVerified(ProjectId project, EventId event, long user, int version) {
        return jdbc.sql("""
                        update event set status = 'verified', verified_by = ?, verified_at = now(), reverify_reason = null,
                               version = version + 1
                        where id = ? and project_id = ? and version = ?""")
                .params(user, event.value(), project.value(), version).update() == 1;
    }

    /** Sends the event back; a change of what the event shows, so its version moves. */
    void markNeedsReverification(EventId event, String reason) {
        jdbc.sql("update event set status = 'needs_reverification', reverify_reason = ?, version = version + 1 where id = ?")
                .params(reason, event.value()).update();
    }

    /** The events an (open) discrepancy concerns, by the discrepancy module's one definition. */
    List<EventId> eventsConcernedBy(long discrepancyId) {
        return jdbc.sql("select event_id from event_open_discrepancy where discrepancy_id = ? order by event_id")
                .param(discrepancyId).query((rs, n) -> new EventId(rs.getLong(1))).list();
    }
}
