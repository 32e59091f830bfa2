package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.base.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Change notices go out after their write's commit (issue #18); a change whose notice never went out (the app stopped
 * between the two) still reaches every instance's listeners, from the audit log, and a change is handed on once.
 */
class ChangeCatchUpTest extends IntegrationTest {

    @Autowired
    ChangeBus bus;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformTransactionManager transactions;

    static long newProject() {
        return 800_000_000L + System.nanoTime() % 100_000_000;
    }

    @Test
    @Timeout(60)
    void aChangeCommittedWithoutItsNoticeIsPickedUpFromTheAuditLog() throws Exception {
        long project = newProject();
        BlockingQueue<ChangeNotice> received = new LinkedBlockingQueue<>();
        var reg = bus.subscribe(project, received::add);
        try {
            // what a crash between a write's commit and its notice leaves: the change and its entry, no notice
            long entity = jdbc.sql("""
                            insert into audit_log (project_id, actor_name, entity_type, entity_id, action)
                            values (?, 'alice', 'claim', 4242, 'update') returning entity_id""")
                    .param(project).query(Long.class).single();
            ChangeNotice n = received.poll(20, TimeUnit.SECONDS);
            assertThat(n).as("handed on by the catch-up").isEqualTo(new ChangeNotice(project, "claim", entity, "update", "alice"));
            assertThat(received.poll(3 * PgChangeListener.CATCH_UP_MILLIS, TimeUnit.MILLISECONDS)).as("once").isNull();
        } finally {
            reg.remove();
        }
    }

    @Test
    @Timeout(60)
    void aChangeRecordedInATransactionArrivesOnceByItsNoticeAndARolledBackOneNever() throws Exception {
        long project = newProject();
        BlockingQueue<ChangeNotice> received = new LinkedBlockingQueue<>();
        var reg = bus.subscribe(project, received::add);
        try {
            TransactionTemplate tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(s -> audit.record(project, "event", 17L, "create", null, Map.of("title", "Talks")));
            tx.executeWithoutResult(s -> {
                audit.record(project, "event", 18L, "create", null, Map.of("title", "Rolled back"));
                s.setRollbackOnly();
            });
            tx.executeWithoutResult(s -> audit.recordAll(project, "discrepancy",
                    List.of(new AuditLog.Entry(1L, "suggest", null, null), new AuditLog.Entry(2L, "suggest", null, null))));
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(new ChangeNotice(project, "event", 17L, "create", "system"));
            assertThat(received.poll(10, TimeUnit.SECONDS)).extracting(ChangeNotice::entityId).isEqualTo(1L);
            assertThat(received.poll(10, TimeUnit.SECONDS)).extracting(ChangeNotice::entityId).isEqualTo(2L);
            // two looks at the log later: nothing more (the notices were heard; the rolled-back change never was)
            assertThat(received.poll(3 * PgChangeListener.CATCH_UP_MILLIS, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            reg.remove();
        }
    }
}
