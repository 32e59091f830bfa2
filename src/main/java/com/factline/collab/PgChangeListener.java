package com.factline.collab;

import com.factline.base.AuditLog;
import java.sql.Connection;
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
 * goes away and comes back.
 */
@Component
class PgChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PgChangeListener.class);

    private final DataSource dataSource;
    private final ChangeBus bus;
    private final JsonMapper json;
    private final org.springframework.context.ApplicationEventPublisher events;
    private volatile boolean running;
    private Thread thread;

    PgChangeListener(DataSource dataSource, ChangeBus bus, JsonMapper json, org.springframework.context.ApplicationEventPublisher events) {
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
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
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

    private void accessChanged() {
        try {
            events.publishEvent(new com.factline.base.AccessChanged());
        } catch (RuntimeException e) {
            log.warn("Delivering an access change failed", e);
        }
    }

    private void dispatch(String payload) {
        try {
            long receivedMillis = System.currentTimeMillis();
            long receivedNanos = System.nanoTime();
            JsonNode n = json.readTree(payload);
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
