package com.factline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new table that belongs to a project must be backed up, or be listed as deliberately left out. */
class BackupCoverageTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldBackUpEveryTableThatHangsOffAProject() {
        Set<String> projectTables = new HashSet<>(jdbc.sql("""
                with recursive fk as (
                    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
                    from pg_constraint c where c.contype = 'f'),
                reach(name) as (
                    select 'project'
                    union
                    select table_name::text from information_schema.columns
                    where table_schema = current_schema() and column_name = 'project_id'
                    union
                    select fk.child from fk join reach on fk.parent = reach.name)
                select name from reach""").query(String.class).list());
        Set<String> covered = new HashSet<>(BackupFormat.tables());
        covered.addAll(BackupFormat.NOT_BACKED_UP);
        assertThat(covered).as("tables a backup covers or leaves out on purpose").containsExactlyInAnyOrderElementsOf(projectTables);
    }
}
