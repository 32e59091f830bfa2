package com.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (STYLE.md, "Boundaries that hold in SQL too"; the design record
 * docs/design-decisions/ownership.md): every SQL write in the main sources is made by the module
 * that owns the table, or the column group, it writes. Another module that needs a change asks
 * the owner's service or publishes an event the owner listens to.
 */
class TableOwnershipTest {

    /** The module that writes each table. */
    static final Map<String, String> TABLE_OWNER = Map.ofEntries(
            Map.entry("project", "project"), Map.entry("project_member", "project"),
            Map.entry("app_user", "security"), Map.entry("api_token", "security"), Map.entry("password_reset", "security"),
            Map.entry("audit_log", "base"),
            Map.entry("source", "source"), Map.entry("source_snapshot", "source"),
            Map.entry("align_sentence_vector", "align"),
            Map.entry("claim", "claim"),
            Map.entry("event", "timeline"),
            Map.entry("discrepancy", "discrepancy"), Map.entry("discrepancy_claim", "discrepancy"),
            Map.entry("suggestion_failure", "discrepancy"),
            Map.entry("comment", "collab"),
            Map.entry("proposal", "proposal"), Map.entry("proposal_passage", "proposal"));

    /** Column groups of a table written by another module than the table's owner. */
    static final Map<String, String> COLUMN_OWNER = Map.ofEntries(
            Map.entry("claim.event_id", "timeline"),
            Map.entry("event.status", "review"), Map.entry("event.verified_by", "review"),
            Map.entry("event.verified_at", "review"), Map.entry("event.reverify_reason", "review"));

    /**
     * Row bookkeeping every writer of a row keeps up (the optimistic lock and "who changed it
     * last"): they never decide who may write.
     */
    static final Set<String> BOOKKEEPING = Set.of("version", "updated_at", "updated_by");

    /**
     * The documented exceptions, whole modules that write other modules' tables on purpose:
     * backup restores a project from a backup file table by table, exactly as it was (ids,
     * statuses, versions), which no owner's service can do without re-running its rules and
     * events on historic rows; demo's generator bulk-inserts synthetic projects for scale tests.
     */
    static final Set<String> EXEMPT_MODULES = Set.of("backup", "demo");

    @Test
    void shouldWriteEachTableOnlyFromTheModuleThatOwnsIt() throws IOException {
        Path root = Path.of("src/main/java/com/factline");
        List<String> violations = new ArrayList<>();
        int writes = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Path rel = root.relativize(file);
                if (rel.getNameCount() < 2) {
                    continue; // FactlineApplication and package-level files of com.factline itself
                }
                String module = rel.getName(0).toString();
                List<SqlWrites.Write> found = SqlWrites.in(Files.readString(file));
                writes += found.size();
                if (!EXEMPT_MODULES.contains(module)) {
                    found.forEach(w -> violations.addAll(violations(module, w, rel.toString())));
                }
            }
        }
        assertThat(writes).as("the scanner finds the main sources' SQL writes").isGreaterThan(40);
        assertThat(violations).as("SQL writes outside the owning module").isEmpty();
    }

    @Test
    void shouldFlagAWriteOfAnotherModulesTable() {
        var w = SqlWrites.in("""
                class X { void f() { jdbc.sql("update discrepancy set event_id = ? where event_id = ?").params(1, 2).update(); } }""");
        assertThat(w).hasSize(1);
        assertThat(violations("timeline", w.getFirst(), "X.java")).singleElement().asString()
                .contains("timeline").contains("discrepancy.event_id").contains("discrepancy");
    }

    @Test
    void shouldFlagAWriteOfAnotherModulesColumnGroupInAnOwnTable() {
        var w = SqlWrites.in("""
                class X {
                    static final String SQL = \"""
                            update event set title = :title,
                                status = case when status = 'verified' then 'needs_reverification' else status end
                            where id = :id\""";
                }""");
        assertThat(violations("timeline", w.getFirst(), "X.java")).singleElement().asString().contains("event.status").contains("review");
        assertThat(violations("review", w.getFirst(), "X.java")).singleElement().asString().contains("event.title");
    }

    @Test
    void shouldFlagInsertsDeletesAndConcatenatedStatementsButNotTheOwnersOwn() {
        String src = """
                class X {
                    void a() { jdbc.sql("insert into comment (project_id, body) values (?, ?)").update(); }
                    void b() { jdbc.sql("delete from " + "claim where id = ?").update(); }
                    void c() { jdbc.sql("update claim set " + set + ", version = version + 1 where id = ?").update(); }
                    // update event set status = 'x' in a comment is no SQL
                    String label = "Merge into event";
                    void d() { jdbc.sql("merge into discrepancy d using x on d.id = x.id when matched then delete").update(); }
                }""";
        var writes = SqlWrites.in(src);
        assertThat(writes).extracting(SqlWrites.Write::table).containsExactly("comment", "claim", "claim", "discrepancy");
        assertThat(writes).allSatisfy(w -> assertThat(violations("timeline", w, "X.java")).isNotEmpty());
        assertThat(violations("collab", writes.get(0), "X.java")).isEmpty();
        assertThat(violations("claim", writes.get(2), "X.java")).isEmpty();
    }

    @Test
    void shouldFlagATableNoOneOwnsYet() {
        var w = SqlWrites.in("class X { String s = \"insert into brand_new_table (a) values (1)\"; }");
        assertThat(violations("claim", w.getFirst(), "X.java")).singleElement().asString().contains("no owner");
    }

    /** What is wrong with one write by {@code module}, empty when it is the owner's. */
    static List<String> violations(String module, SqlWrites.Write w, String where) {
        String tableOwner = TABLE_OWNER.get(w.table());
        if (tableOwner == null) {
            return List.of(where + ": writes " + w.table() + ", which has no owner in TableOwnershipTest.TABLE_OWNER ("
                    + w.statement() + ")");
        }
        List<String> out = new ArrayList<>();
        for (String column : w.columns()) {
            if (BOOKKEEPING.contains(column)) {
                continue;
            }
            String owner = COLUMN_OWNER.getOrDefault(w.table() + "." + column, tableOwner);
            if (!owner.equals(module)) {
                out.add(where + ": module " + module + " writes " + w.table() + "." + column + ", owned by " + owner
                        + " (" + w.statement().replaceAll("\\s+", " ") + ")");
            }
        }
        boolean onlyBookkeeping = !w.columns().isEmpty() && w.columns().stream().allMatch(BOOKKEEPING::contains);
        if ((w.columns().isEmpty() || onlyBookkeeping) && !tableOwner.equals(module)) {
            out.add(where + ": module " + module + " writes rows of " + w.table() + ", owned by " + tableOwner
                    + " (" + w.statement().replaceAll("\\s+", " ") + ")");
        }
        return out;
    }
}
