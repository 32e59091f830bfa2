package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class LiveChangesTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangeBus bus;
    @Autowired
    DataSource dataSource;

    @Test
    void shouldDeliverACommittedChangeToTheProjectsListeners() throws Exception {
        long project = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Live " + UUID.randomUUID() + "\"}").body()).get("id").asLong();
        BlockingQueue<ChangeNotice> received = new LinkedBlockingQueue<>();
        var reg = bus.subscribe(project, received::add);
        try {
            postJson("/api/v1/projects/" + project + "/events", "alice", "{\"title\":\"Xi arrives\"}");
            ChangeNotice n = received.poll(5, TimeUnit.SECONDS);
            // The project's own creation notice may still be on its way from PostgreSQL: skip it.
            while (n != null && n.entityType().equals("project")) {
                n = received.poll(5, TimeUnit.SECONDS);
            }
            assertThat(n).isNotNull();
            assertThat(n.entityType()).isEqualTo("event");
            assertThat(n.action()).isEqualTo("create");
            assertThat(n.actor()).isEqualTo("alice");
        } finally {
            reg.remove();
        }
    }

    @Test
    void shouldNotDeliverChangesThatWereRolledBack() throws Exception {
        long project = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Rollback " + UUID.randomUUID() + "\"}").body()).get("id").asLong();
        BlockingQueue<ChangeNotice> received = new LinkedBlockingQueue<>();
        var reg = bus.subscribe(project, received::add);
        try {
            // Fails validation inside the transaction after nothing was written: no notice.
            assertThat(postJson("/api/v1/projects/" + project + "/sources", "alice", "{\"title\":\"x\",\"text\":\"   \"}").statusCode()).isEqualTo(400);
            // The project's own creation may still be on its way; only a source notice would be wrong.
            long deadline = System.currentTimeMillis() + 700;
            while (System.currentTimeMillis() < deadline) {
                ChangeNotice n = received.poll(100, TimeUnit.MILLISECONDS);
                assertThat(n == null || !n.entityType().equals("source")).as("no notice for a rolled-back import").isTrue();
            }
        } finally {
            reg.remove();
        }
    }

    @Test
    void shouldPublishCommittedChangesOnThePostgresChannelForOtherInstances() throws Exception {
        // What another instance does: its own connection LISTENs on the channel.
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (var conn = java.sql.DriverManager.getConnection(url, "postgres", "")) {
            try (var st = conn.createStatement()) {
                st.execute("LISTEN " + com.factline.base.AuditLog.CHANNEL);
            }
            long project = JSON.readTree(postJson("/api/v1/projects", "alice", "{\"name\":\"Channel " + UUID.randomUUID() + "\"}").body()).get("id").asLong();
            postJson("/api/v1/projects/" + project + "/events", "alice", "{\"title\":\"Seen elsewhere\"}");
            var pg = conn.unwrap(org.postgresql.PGConnection.class);
            boolean seen = false;
            long deadline = System.currentTimeMillis() + 5000;
            while (!seen && System.currentTimeMillis() < deadline) {
                var notes = pg.getNotifications(500);
                if (notes != null) {
                    for (var n : notes) {
                        var body = JSON.readTree(n.getParameter());
                        seen |= body.get("p").asLong() == project && body.get("t").asString().equals("event");
                    }
                }
            }
            assertThat(seen).isTrue();
        }
    }
}
