package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.base.AuditLog;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** An Error in the listener thread (out of memory, stack overflow) must not stop live updates. */
class PgChangeListenerTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    com.factline.project.ProjectAccess access;

    @Test
    @Timeout(60)
    void shouldKeepDeliveringChangesAfterAnOutOfMemoryErrorWhileConnectingAndWhileDelivering() throws Exception {
        long project = 900_000_000L + System.nanoTime() % 1_000_000;
        BlockingQueue<ChangeNotice> received = new LinkedBlockingQueue<>();
        AtomicInteger published = new AtomicInteger();
        ChangeBus bus = new ChangeBus(access) {
            @Override
            void publish(ChangeNotice notice) {
                if (notice.projectId() == project && published.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("Java heap space (simulated while delivering)");
                }
                if (notice.projectId() == project) {
                    received.add(notice);
                }
            }
        };
        AtomicInteger connections = new AtomicInteger();
        DataSource failingOnce = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                if (connections.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("Java heap space (simulated while connecting)");
                }
                return super.getConnection();
            }
        };
        PgChangeListener listener = new PgChangeListener(failingOnce, bus, JsonMapper.builder().build(), event -> { });
        listener.start();
        try {
            // keep notifying until the listener is back and has delivered one notice past the failed one
            ChangeNotice n = null;
            for (int i = 0; i < 40 && n == null; i++) {
                notify(project, i);
                n = received.poll(500, TimeUnit.MILLISECONDS);
            }
            assertThat(connections.get()).as("reconnected after the error").isGreaterThanOrEqualTo(2);
            assertThat(published.get()).as("the first delivery failed").isGreaterThanOrEqualTo(2);
            assertThat(n).as("a later change still arrives").isNotNull();
            assertThat(n.entityType()).isEqualTo("event");
        } finally {
            listener.stop();
        }
    }

    private void notify(long project, int i) {
        jdbc.sql("select 1 from (select pg_notify(?, ?)) n").params(AuditLog.CHANNEL,
                "{\"p\":" + project + ",\"t\":\"event\",\"i\":" + i + ",\"a\":\"update\",\"u\":\"alice\"}")
                .query(Integer.class).single();
    }

    /** Passes everything to the real data source; a test overrides what should fail. */
    private static class DelegatingDataSource implements DataSource {
        private final DataSource d;

        DelegatingDataSource(DataSource d) {
            this.d = d;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return d.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return d.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return d.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            d.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            d.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return d.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return d.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return d.isWrapperFor(iface);
        }
    }
}
