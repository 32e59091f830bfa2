package com.factline.collab;

import com.factline.base.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds one connection that LISTENs for committed changes (from this instance and any other on
 * the same database) and hands them to the {@link ChangeBus}. Reconnects when the database
 * goes away and comes back. A change's notice is sent after its commit (issue #18), so it can be lost (a crash in
 * between, this listener away): every {@link #CATCH_UP_MILLIS} and on reconnecting, the same connection reads the audit
 * entries committed since the last look and hands on those whose notice was not heard ({@link CatchUp}).
 */
@Component
class PgChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PgChangeListener.class);

    private final DataSource dataSource;
    private final ChangeBus bus;
    private final JsonMapper json;
    private final org.springframework.context.ApplicationEventPublisher events;
    private volatile boolean running;
    /** What was heard of the audit log and what was missed; set at the first connection. */
    private volatile @org.jspecify.annotations.Nullable CatchUp catchUp;
    /** How often the audit log is read for changes whose notice was not heard. */
    private final long catchUpMillis;
    private Thread thread;

    @org.springframework.beans.factory.annotation.Autowired
    PgChangeListener(DataSource dataSource, ChangeBus bus, JsonMapper json, org.springframework.context.ApplicationEventPublisher events) {
        this(dataSource, bus, json, events, CATCH_UP_MILLIS);
    }

    /** Every {@code catchUpMillis} the audit log is read for changes whose notice was not heard. */
    static final long CATCH_UP_MILLIS = 2_000;

    PgChangeListener(DataSource dataSource, ChangeBus bus, JsonMapper json, org.springframework.context.ApplicationEventPublisher events,
                     long catchUpMillis) {
        this.catchUpMillis = catchUpMillis;
        this.dataSource = dataSource;
        this.bus = bus;
        this.json = json;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("factline-listen").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + AuditLog.CHANNEL);
                    st.execute("LISTEN " + com.factline.base.AccessChanged.CHANNEL);
                }
                // Access changes sent while this instance was not listening are lost: forget what was remembered.
                accessChanged();
                if (catchUp == null) {
                    // Listening from here on; what committed since the newest entry read here is read at the first look.
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from audit_log")) {
                        rs.next();
                        catchUp = new CatchUp(rs.getLong(1));
                    }
                }
                // Back after being away: the changes committed meanwhile are read from the log now.
                long nextLook = System.nanoTime();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    if (System.nanoTime() - nextLook >= 0) {
                        lookAtTheLog(c);
                        nextLook = System.nanoTime() + catchUpMillis * 1_000_000L;
                    }
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification n : notes) {
                        if (com.factline.base.AccessChanged.CHANNEL.equals(n.getName())) {
                            accessChanged();
                        } else {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (Throwable e) {
                // Any Throwable, an OutOfMemoryError included: a dead listener thread would silently stop
                // live updates for every view until a restart. Log it, reconnect, keep listening.
                if (!running) {
                    return;
                }
                if (e instanceof Exception) {
                    log.warn("Change listener lost the database ({}); retrying in 2 s", e.getMessage());
                } else {
                    log.error("Change listener failed; reconnecting in 2 s", e);
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /**
     * Reads the audit entries committed since the last look (on the listening connection, between notices) and hands on
     * the changes whose notice was not heard (see {@link CatchUp}): a notice is sent after its change's commit, so a crash
     * in between, or this listener being away, loses it. Bounded: pages of {@link #PAGE} entries of a few columns.
     */
    private void lookAtTheLog(Connection c) throws java.sql.SQLException {
        CatchUp state = catchUp;
        int read;
        do {
            List<CatchUp.Row> rows = new java.util.ArrayList<>();
            long high = state.high();
            // two index range reads on the primary key (an OR of both may be planned as a scan of the whole log)
            try (PreparedStatement ps = c.prepareStatement("""
                    select * from (
                        (select id, project_id, entity_type, entity_id, action, actor_name from audit_log where id = any(?))
                        union all
                        (select id, project_id, entity_type, entity_id, action, actor_name from audit_log where id > ? order by id limit ?)
                    ) r order by id""")) {
                ps.setArray(1, c.createArrayOf("bigint", state.gaps()));
                ps.setLong(2, high);
                ps.setInt(3, PAGE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long project = rs.getLong(2);
                        Long projectId = rs.wasNull() ? null : project;
                        long entity = rs.getLong(4);
                        Long entityId = rs.wasNull() ? null : entity;
                        rows.add(new CatchUp.Row(rs.getLong(1), projectId, rs.getString(3), entityId, rs.getString(5), rs.getString(6)));
                    }
                }
            }
            read = (int) rows.stream().filter(r -> r.id() > high).count();
            for (ChangeNotice missed : state.read(rows, System.currentTimeMillis())) {
                try {
                    bus.publishFromDatabase(missed);
                } catch (RuntimeException e) {
                    log.debug("Delivering a missed change failed: {}", e.toString());
                }
            }
        } while (read == PAGE && running);
    }

    /** The most audit entries one read of {@link #lookAtTheLog} takes. */
    static final int PAGE = 5_000;

    private void accessChanged() {
        try {
            events.publishEvent(new com.factline.base.AccessChanged());
        } catch (RuntimeException e) {
            log.warn("Delivering an access change failed", e);
        }
    }

    /** Tells the catch-up which audit entries a notice names: {@code "e"}, or ranges {@code "es"} of {@code [first, last]}. */
    private void heard(JsonNode n) {
        CatchUp state = catchUp;
        if (state == null) {
            return;
        }
        if (n.get("e") != null && n.get("e").isNumber()) {
            state.heard(n.get("e").asLong());
        }
        if (n.get("es") != null && n.get("es").isArray()) {
            for (JsonNode range : n.get("es")) {
                long last = Math.min(range.get(1).asLong(), range.get(0).asLong() + 10_000); // a notice names a few hundred
                for (long id = range.get(0).asLong(); id <= last; id++) {
                    state.heard(id);
                }
            }
        }
    }

    private void dispatch(String payload) {
        try {
            long receivedMillis = System.currentTimeMillis();
            long receivedNanos = System.nanoTime();
            JsonNode n = json.readTree(payload);
            heard(n);
            // "is": one notice for many entries of the same change (AuditLog.recordAll), handed on one change per id
            List<JsonNode> ids = n.get("is") != null && n.get("is").isArray() ? n.get("is").valueStream().toList()
                    : java.util.Collections.singletonList(n.get("i"));
            for (JsonNode id : ids) {
                ChangeNotice notice = new ChangeNotice(n.get("p").asLong(), n.get("t").asString(),
                        id == null || id.isNull() ? null : id.asLong(), n.get("a").asString(), n.get("u").asString());
                if (LiveTrace.on()) {
                    LiveTrace.publishing(new LiveTrace.Arrival(notice, n.get("ms") == null ? 0 : n.get("ms").asLong(), receivedMillis, receivedNanos));
                }
                try {
                    bus.publishFromDatabase(notice);
                } finally {
                    LiveTrace.publishing(null);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Ignoring an unreadable change notice: {}", payload);
        } catch (Error e) {
            // e.g. out of memory in a view's listener: this notice is lost, the following ones are not
            log.error("Delivering a change notice failed: {}", payload, e);
        }
    }
}
