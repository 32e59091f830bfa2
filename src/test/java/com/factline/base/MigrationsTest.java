package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.factline.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    long project;
    long source;

    @BeforeEach
    void fixtures() {
        project = jdbc.sql("insert into project (name) values ('constraints ' || gen_random_uuid()) returning id").query(Long.class).single();
        source = jdbc.sql("insert into source (project_id, title, body, sha256, char_count) values (?, 't', 'Some text', repeat('a', 64), 9) returning id")
                .param(project).query(Long.class).single();
    }

    @Test
    void shouldApplyAllMigrationsToTheEmptyDatabase() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single()).isZero();
        for (String table : new String[] {"app_user", "api_token", "project", "project_member", "source", "claim", "event",
                "discrepancy", "discrepancy_claim", "comment", "audit_log"}) {
            assertThat(jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single()).as(table).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'").query(Integer.class).single()).isOne();
    }

    @Test
    void shouldRejectAClaimWhoseStartIsNotBeforeItsEnd() {
        assertThatThrownBy(() -> jdbc.sql("insert into claim (project_id, source_id, start_offset, end_offset, quote) values (?, ?, 5, 5, 'x')")
                .params(project, source).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into claim (project_id, source_id, start_offset, end_offset, quote) values (?, ?, -1, 5, 'x')")
                .params(project, source).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void shouldRejectReversedDateIntervals() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into event (project_id, title, date_earliest, date_latest, date_precision)
                values (?, 'e', date '2023-03-20', date '2023-03-17', 'range')""").param(project).update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void shouldNoLongerAcceptTheEventStatusesRemovedInV12() {
        for (String removed : java.util.List.of("corroborated", "disputed")) {
            assertThatThrownBy(() -> jdbc.sql("insert into event (project_id, title, status) values (?, 'e', ?)").params(project, removed).update())
                    .as(removed).isInstanceOf(DataAccessException.class);
        }
    }

    @Test
    void shouldRejectUnknownStatusValues() {
        assertThatThrownBy(() -> jdbc.sql("insert into event (project_id, title, status) values (?, 'e', 'published')")
                .param(project).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into discrepancy (project_id, kind) values (?, 'vibes')")
                .param(project).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void shouldRefuseToVerifyAnEventWithoutAVerifier() {
        assertThatThrownBy(() -> jdbc.sql("insert into event (project_id, title, status) values (?, 'e', 'verified')")
                .param(project).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void shouldKeepTheSourceTextImmutable() {
        assertThatThrownBy(() -> jdbc.sql("update source set body = 'Other text' where id = ?").param(source).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("update source set title = 'renamed' where id = ?").param(source).update()).isOne();
    }

    @Test
    void shouldKeepTheAuditLogAppendOnly() {
        long id = jdbc.sql("insert into audit_log (actor_name, entity_type, action) values ('test', 'x', 'y') returning id")
                .query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'z' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void shouldRejectTheSameTextTwiceInOneProject() {
        assertThatThrownBy(() -> jdbc.sql("insert into source (project_id, title, body, sha256, char_count) values (?, 't2', 'Some text', repeat('a', 64), 9)")
                .param(project).update()).isInstanceOf(DataAccessException.class);
    }
}
