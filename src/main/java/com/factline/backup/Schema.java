package com.factline.backup;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's own description of the backed-up tables: their columns and single-column
 * foreign keys. Read from the catalog so that a column added by a later migration is backed up
 * and restored without touching this module.
 */
@Component
class Schema {

    /** Columns of one table in their order, and for each foreign-key column the table it points to. */
    record Table(String name, Set<String> columns, Map<String, String> references) {
    }

    private final JdbcClient jdbc;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    Schema(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Table table(String name) {
        return tables.computeIfAbsent(name, this::load);
    }

    private Table load(String name) {
        Set<String> columns = new LinkedHashSet<>(jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
                        order by ordinal_position""")
                .param(name).query(String.class).list());
        Map<String, String> references = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.attname as col, r.relname as ref
                        from pg_constraint c
                        join pg_class t on t.oid = c.conrelid
                        join pg_class r on r.oid = c.confrelid
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                        where c.contype = 'f' and cardinality(c.conkey) = 1 and t.relname = ?
                          and t.relnamespace = current_schema()::regnamespace""")
                .param(name).query((rs, n) -> references.put(rs.getString("col"), rs.getString("ref"))).list();
        return new Table(name, columns, references);
    }
}
