package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The listener's connection dies (the database restarted, a network cut, an administrator's
 * {@code pg_terminate_backend}); changes committed while it is away send notices nobody hears. After it reconnects,
 * they still reach the views, once, from the audit log (issue #18: the catch-up keeps what it had read across the
 * reconnection instead of starting again from the newest entry).
 *
 * <p>The listener here has a connection of its own, outside the app's pool (a pooled connection must never be left
 * listening), and a bus of its own: the app's own listener is not disturbed.
 */
class ListenerReconnectCatchUpTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    com.factline.project.ProjectAccess access;

    @Test
    @Timeout(90)
    void changesCommittedWhileTheListenerWasAwayArriveOnceAfterItReconnects() throws Exception {
        long project = 700_000_000L + System.nanoTime() % 100_000_000;
        BlockingQueue<ChangeNotice> received = new LinkedBlockingQueue<>();
        ChangeBus bus = new ChangeBus(access) {
            @Override
            void publish(ChangeNotice notice) {
                if (notice.projectId() == project) {
                    received.add(notice);
                }
            }
        };
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        AtomicLong backend = new AtomicLong();
        AtomicInteger connections = new AtomicInteger();
        DataSource ownConnections = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword()) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = super.getConnection();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
                    rs.next();
                    backend.set(rs.getLong(1));
                }
                connections.incrementAndGet();
                return c;
            }
        };
        PgChangeListener listener = new PgChangeListener(ownConnections, bus, JsonMapper.builder().build(), event -> { },
                500);
        listener.start();
        try {
            // listening: a change with its notice arrives
            ChangeNotice first = null;
            for (int i = 0; i < 40 && first == null; i++) {
                recordWithNotice(project, 1);
                first = received.poll(500, TimeUnit.MILLISECONDS);
            }
            assertThat(first).as("the listener is listening").isNotNull();
            Thread.sleep(1_500); // the notices sent while waiting are heard or read by now
            received.clear();

            // the connection dies; while the listener waits to reconnect, two changes commit (their notices are lost)
            int before = connections.get();
            assertThat(jdbc.sql("select pg_terminate_backend(?::int)").param(backend.get()).query(Boolean.class).single()).isTrue();
            recordWithNotice(project, 2);
            recordWithNotice(project, 3);

            ChangeNotice second = received.poll(20, TimeUnit.SECONDS);
            ChangeNotice third = received.poll(5, TimeUnit.SECONDS);
            assertThat(connections.get()).as("reconnected").isGreaterThan(before);
            assertThat(second).as("read from the log after reconnecting").isNotNull();
            assertThat(third).isNotNull();
            assertThat(java.util.List.of(second.entityId(), third.entityId())).containsExactlyInAnyOrder(2L, 3L);
            assertThat(received.poll(4 * 500 + 1_000, TimeUnit.MILLISECONDS)).as("each once").isNull();
        } finally {
            listener.stop();
        }
    }

    /** What a write leaves: its audit entry and, sent in its transaction, a notice (lost when nobody listens). */
    private void recordWithNotice(long project, long entity) {
        jdbc.sql("""
                with a as (insert into audit_log (project_id, actor_name, entity_type, entity_id, action)
                           values (:p, 'alice', 'claim', :e, 'update') returning id)
                select pg_notify('%s', json_build_object('p', :p, 't', 'claim', 'i', :e, 'a', 'update', 'u', 'alice',
                                                         'e', (select id from a))::text)
                """.formatted(com.factline.base.AuditLog.CHANNEL))
                .param("p", project).param("e", entity).query(String.class).single();
    }
}
