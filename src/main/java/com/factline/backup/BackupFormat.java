package com.factline.backup;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a backup file, in the order a restore inserts them (parents before children).
 * Each part holds the rows of one table as PostgreSQL's {@code row_to_json} writes them, with
 * user ids replaced by user names. {@link BackupCoverageTest} fails when a table that hangs off
 * a project is neither here nor in {@link #NOT_BACKED_UP}.
 */
final class BackupFormat {

    static final String FORMAT = "factline-backup";
    static final int VERSION = 1;

    /**
     * @param key   the field of the backup file
     * @param table the table its rows come from
     * @param where the rows of project {@code :p}, in id order so a restore keeps their order
     */
    record Part(String key, String table, String where) {
        boolean hasId() {
            return !table.equals("project_member") && !table.equals("discrepancy_claim");
        }
    }

    static final Part PROJECT = new Part("project", "project", "where t.id = :p");

    static final List<Part> PARTS = List.of(
            PROJECT,
            new Part("members", "project_member", "where t.project_id = :p order by t.added_at, t.user_id"),
            new Part("sources", "source", "where t.project_id = :p order by t.id"),
            new Part("sourceSnapshots", "source_snapshot",
                    "where t.source_id in (select id from source where project_id = :p) order by t.id"),
            new Part("events", "event", "where t.project_id = :p order by t.id"),
            new Part("claims", "claim", "where t.project_id = :p order by t.id"),
            new Part("discrepancies", "discrepancy", "where t.project_id = :p order by t.id"),
            new Part("discrepancyClaims", "discrepancy_claim",
                    "where t.discrepancy_id in (select id from discrepancy where project_id = :p) order by t.discrepancy_id, t.claim_id"),
            new Part("comments", "comment", "where t.project_id = :p order by t.id"),
            new Part("proposals", "proposal", "where t.project_id = :p order by t.id"),
            new Part("proposalPassages", "proposal_passage",
                    "where t.proposal_id in (select id from proposal where project_id = :p) order by t.id"),
            new Part("history", "audit_log", "where t.project_id = :p order by t.id"));

    /** Parts added after version 1 of the format was first written: an older file without them restores as empty. */
    static final Set<String> ADDED_LATER = Set.of("sourceSnapshots", "proposals", "proposalPassages");

    /**
     * Tables with a project_id or a foreign-key path to a project that are deliberately left out:
     * {@code suggestion_failure} only remembers that computing suggestions failed for some input, and a
     * restored project computes its suggestions afresh; {@code align_sentence_vector} holds sentence vectors derived
     * from the source texts, recomputed when missing.
     */
    static final Set<String> NOT_BACKED_UP = Set.of("suggestion_failure", "align_sentence_vector");

    static Set<String> tables() {
        return PARTS.stream().map(Part::table).collect(Collectors.toSet());
    }

    /** Tables whose ids other rows of a backup point to. */
    static final Set<String> ENTITY_TABLES = Set.of("source", "event", "claim", "discrepancy", "comment", "proposal");

    private BackupFormat() {
    }
}
