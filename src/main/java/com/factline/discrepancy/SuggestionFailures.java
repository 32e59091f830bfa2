package com.factline.discrepancy;

import com.factline.project.ProjectId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers, per project, that computing suggestions failed on a given input (its fingerprint), so
 * the background refresh does not retry the same input at every change and every start. Each
 * method is its own transaction: a failure is recorded after the failed run has rolled back.
 */
@Component
class SuggestionFailures {

    /** A failure as the discrepancy view shows it. */
    record Failure(String message, java.time.Instant at) {
    }

    private final JdbcClient jdbc;

    SuggestionFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Before a run, in one statement (issue #18: one round trip, and no write when nothing failed): a fingerprint of
     * what the detectors read (every source's id and text hash, every claim's id and version; cheap next to a run: one
     * pass over the ids, no text), whether a run on exactly this input failed before, and whether any failure of the
     * project is remembered at all (only then does a successful run have one to {@link #clear}).
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    Check check(ProjectId project) {
        return jdbc.sql("""
                        with f as (select md5(coalesce((select string_agg(id || ':' || sha256, ',' order by id) from source
                                                        where project_id = :p), '')
                                              || '|' || coalesce((select string_agg(id || ':' || version, ',' order by id) from claim
                                                                  where project_id = :p), '')) as input)
                        select f.input, s.input_fingerprint = f.input as failed, s.project_id is not null as recorded
                        from f left join suggestion_failure s on s.project_id = :p""")
                .param("p", project.value())
                .query((rs, n) -> new Check(rs.getString("input"), rs.getBoolean("failed"), rs.getBoolean("recorded"))).single();
    }

    /** See {@link #check}. */
    record Check(String input, boolean failedBefore, boolean recorded) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(ProjectId project, String fingerprint, String message) {
        String m = message.isBlank() ? "unknown error" : message.length() > 2000 ? message.substring(0, 2000) : message;
        jdbc.sql("""
                        insert into suggestion_failure (project_id, input_fingerprint, message) values (?, ?, ?)
                        on conflict (project_id) do update set input_fingerprint = excluded.input_fingerprint,
                            message = excluded.message, failed_at = now()""")
                .params(project.value(), fingerprint, m).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void clear(ProjectId project) {
        jdbc.sql("delete from suggestion_failure where project_id = ?").param(project.value()).update();
    }

    @Transactional(readOnly = true)
    Optional<Failure> find(ProjectId project) {
        return jdbc.sql("select message, failed_at from suggestion_failure where project_id = ?").param(project.value())
                .query((rs, n) -> new Failure(rs.getString("message"), rs.getTimestamp("failed_at").toInstant())).optional();
    }
}
