package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import com.factline.base.AuditLog;
import com.factline.collab.ChangeBus;
import com.factline.collab.ChangeNotice;
import com.factline.discrepancy.detect.DetectDocument;
import com.factline.discrepancy.detect.Span;
import com.factline.discrepancy.detect.Suggestion;
import com.factline.discrepancy.detect.SuggestionKind;
import com.factline.project.ProjectId;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A suggestion run writes its outcome in a few set-based statements (issue #18), and leaves the database exactly as
 * the former one statement per row did: the same discrepancy rows (ids ascending in the detectors' order), the same
 * claim links, the same audit entries in the same order with the same actor, and a change delivered per entry. The
 * one-by-one path is kept here, statement for statement, as the reference, and both are counted at the JDBC level.
 */
class SuggestionBatchWriteTest extends IntegrationTest {

    static final int NEW = 40;
    static final int WITHDRAWN = 12;
    static final int UNCHANGED = 8;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;
    @Autowired
    DiscrepancyServices services;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ChangeBus bus;

    /** Statements prepared or created on the connections of {@link #counting}. */
    final AtomicInteger statements = new AtomicInteger();

    /** A JdbcClient on the application's transactions whose statements are counted. */
    JdbcClient counting() {
        DataSource aware = new TransactionAwareDataSourceProxy(dataSource);
        DataSource ds = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, a) -> {
            Object r = m.invoke(aware, a);
            if (!(r instanceof Connection c)) {
                return r;
            }
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p2, m2, a2) -> {
                if (m2.getName().startsWith("prepare") || m2.getName().equals("createStatement")) {
                    statements.incrementAndGet();
                }
                try {
                    return m2.invoke(c, a2);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        });
        return JdbcClient.create(ds);
    }

    AuditLog auditOver(JdbcClient client) throws Exception {
        var ctor = AuditLog.class.getDeclaredConstructor(JdbcClient.class, JsonMapper.class,
                org.springframework.context.ApplicationEventPublisher.class, DataSource.class);
        ctor.setAccessible(true);
        return ctor.newInstance(client, json, (org.springframework.context.ApplicationEventPublisher) event -> { }, dataSource);
    }

    /** A project of two texts and 30 claims, written directly (no change notices, so no background run). */
    record Fixture(long project, List<Long> sources, List<Long> claims, long event) {
    }

    Fixture fixture() {
        long project = jdbc.sql("insert into project (name) values (?) returning id").param("Batch " + UUID.randomUUID())
                .query(Long.class).single();
        List<Long> sources = new ArrayList<>();
        for (String outlet : List.of("Wire", "Copy")) {
            sources.add(jdbc.sql("""
                            insert into source (project_id, title, outlet, body, sha256, char_count)
                            values (?, ?, ?, 'Officials said 12 soldiers were killed near the border.', repeat(?, 64), 55) returning id""")
                    .params(project, outlet + " report", outlet, outlet.equals("Wire") ? "b" : "c").query(Long.class).single());
        }
        List<Long> claims = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            claims.add(jdbc.sql("insert into claim (project_id, source_id, start_offset, end_offset, quote) values (?, ?, ?, ?, 'x') returning id")
                    .params(project, sources.get(i % 2), i, i + 1).query(Long.class).single());
        }
        long event = jdbc.sql("insert into event (project_id, title) values (?, 'Talks') returning id").param(project)
                .query(Long.class).single();
        return new Fixture(project, sources, claims, event);
    }

    /** The i-th suggestion of the detectors, on {@code f}'s texts, claims and event. */
    static Suggestion suggestion(Fixture f, int i) {
        SuggestionKind kind = SuggestionKind.values()[i % SuggestionKind.values().length];
        List<String> claimIds = i % 5 == 4 ? List.of()
                : List.of(f.claims().get(i % 30).toString(), f.claims().get((i * 7 + 1) % 30).toString());
        String event = i % 3 == 0 ? Long.toString(f.event()) : i % 3 == 1 ? null : "999999999"; // one not in the project
        return new Suggestion(kind, List.of(new Span(f.sources().get(0).toString(), i, i + 2, "t" + i),
                new Span(f.sources().get(1).toString(), i + 1, i + 3, "u\"" + i)), claimIds, event,
                i % 4 == 0 ? null : "Reason " + i + " ‘quoted’", "fp-" + i, (i % 11) / 10.0 + (i == 3 ? 5 : 0));
    }

    /** What the detectors found before ({@code 0..WITHDRAWN+UNCHANGED}) and now (the unchanged ones and the new). */
    static List<Suggestion> before(Fixture f) {
        List<Suggestion> l = new ArrayList<>();
        for (int i = 0; i < WITHDRAWN + UNCHANGED; i++) {
            l.add(suggestion(f, i));
        }
        return l;
    }

    static List<Suggestion> now(Fixture f) {
        List<Suggestion> l = new ArrayList<>();
        for (int i = WITHDRAWN; i < WITHDRAWN + UNCHANGED + NEW; i++) {
            l.add(suggestion(f, i));
        }
        l.add(suggestion(f, 1000)); // dismissed by an editor: stays out
        l.add(suggestion(f, WITHDRAWN + 3)); // found twice: written once
        return l;
    }

    DiscrepancyService.Read read(long project) {
        return new DiscrepancyService.Read(services.store().detectorInput(new ProjectId(project)), "input",
                List.of(new DetectDocument("1", "Wire", "text", null, "1", "t")), List.of());
    }

    /** The former write, one statement per row, as it was before issue #18's set-based write. */
    void oneByOne(JdbcClient client, AuditLog audit, Fixture f, List<Suggestion> found) {
        long p = f.project();
        client.sql("select 1 from (select pg_advisory_xact_lock(7301, ?)) x").param((int) p).query(Integer.class).single();
        DiscrepancyStore store = new DiscrepancyStore(client, json);
        store.detectorInput(new ProjectId(p));
        Set<String> known = new HashSet<>(client.sql("select fingerprint from discrepancy where project_id = ? and fingerprint is not null")
                .param(p).query(String.class).list());
        Set<Long> eventIds = store.eventIds(new ProjectId(p));
        Set<String> fingerprints = new HashSet<>();
        found.forEach(s -> fingerprints.add(s.fingerprint()));
        for (DiscrepancyStore.Suggested g : client.sql("""
                        select id, fingerprint, kind, reason from discrepancy
                        where project_id = ? and status = 'suggested' and origin = 'suggested' and fingerprint is not null""")
                .param(p)
                .query((rs, n) -> new DiscrepancyStore.Suggested(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("kind"),
                        rs.getString("reason")))
                .list()) {
            if (fingerprints.contains(g.fingerprint())) {
                continue;
            }
            client.sql("delete from discrepancy where id = ? and project_id = ? and status = 'suggested'").params(g.id(), p).update();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", g.kind());
            view.put("reason", g.reason());
            view.put("fingerprint", g.fingerprint());
            audit.record(p, "discrepancy", g.id(), "withdraw", view, null);
        }
        for (Suggestion s : found) {
            if (!known.add(s.fingerprint())) {
                continue;
            }
            List<DiscrepancySpan> spans = s.spans().stream()
                    .map(sp -> new DiscrepancySpan(Long.parseLong(sp.documentId()), sp.start(), sp.end(), sp.text())).toList();
            Long event = s.eventId() == null ? null : Long.valueOf(s.eventId());
            Optional<Long> id = client.sql("""
                            insert into discrepancy (project_id, kind, status, origin, reason, spans, fingerprint, event_id, confidence)
                            values (:p, :kind, 'suggested', 'suggested', :reason, cast(:spans as jsonb), :fp, :event, :confidence)
                            on conflict (project_id, fingerprint) where fingerprint is not null do nothing
                            returning id""")
                    .param("p", p).param("kind", DiscrepancyKind.valueOf(s.kind().name()).dbName())
                    .param("reason", s.reason() == null ? "" : s.reason()).param("spans", json.writeValueAsString(spans))
                    .param("fp", s.fingerprint()).param("confidence", (float) Math.max(0, Math.min(1, s.confidence())))
                    .param("event", event != null && eventIds.contains(event) ? event : null)
                    .query(Long.class).optional();
            if (id.isEmpty()) {
                continue;
            }
            if (!s.claimIds().isEmpty()) {
                store.linkClaims(new ProjectId(p), id.get(), s.claimIds().stream().map(Long::valueOf).toList());
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", s.kind().name().toLowerCase());
            view.put("reason", s.reason());
            view.put("fingerprint", s.fingerprint());
            view.put("spans", spans);
            audit.record(p, "discrepancy", id.get(), "suggest", null, view);
        }
        store.suggestionState(new ProjectId(p));
    }

    /** Sets up {@code f} as the detectors' earlier run left it (one by one), plus a dismissed and an accepted one. */
    long prepare(Fixture f) throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            try {
                oneByOne(jdbc, auditOver(jdbc), f, before(f));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        jdbc.sql("""
                        insert into discrepancy (project_id, kind, status, origin, reason, fingerprint)
                        values (?, 'number', 'dismissed', 'suggested', 'no', 'fp-1000')""").param(f.project()).update();
        jdbc.sql("update discrepancy set status = 'open' where project_id = ? and fingerprint = 'fp-0'").param(f.project()).update();
        return jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
    }

    /** The project's discrepancies, links and audit entries since {@code auditFrom}, with its own ids as ranks. */
    List<String> state(Fixture f, long auditFrom) {
        Map<Long, String> names = new LinkedHashMap<>(); // the sources (each table has its own ids)
        for (int i = 0; i < f.sources().size(); i++) {
            names.put(f.sources().get(i), "source" + i);
        }
        Map<Long, String> claims = new LinkedHashMap<>();
        for (int i = 0; i < f.claims().size(); i++) {
            claims.put(f.claims().get(i), "claim" + i);
        }
        Map<Long, String> events = Map.of(f.event(), "event");
        List<String> out = new ArrayList<>();
        jdbc.sql("""
                        select d.kind, d.status, d.origin, d.reason, d.spans::text as spans, d.fingerprint, d.event_id, d.confidence,
                               array(select dc.claim_id from discrepancy_claim dc where dc.discrepancy_id = d.id order by dc.claim_id)::text as claims
                        from discrepancy d where d.project_id = ? order by d.id""")
                .param(f.project())
                .query(rs -> {
                    out.add("discrepancy " + rs.getString("kind") + " " + rs.getString("status") + " " + rs.getString("origin") + " "
                            + rs.getString("reason") + " " + canon(rs.getString("spans"), names, SOURCE_ID) + " " + rs.getString("fingerprint") + " "
                            + (rs.getObject("event_id") == null ? null : events.get(rs.getLong("event_id"))) + " " + rs.getFloat("confidence") + " "
                            + canon(rs.getString("claims"), claims, NUMBER));
                });
        // the entries in id order, each naming its discrepancy by the fingerprint of the row it was written for
        jdbc.sql("""
                        select a.action, a.actor_id, a.actor_name, a.entity_type, a.before::text as before, a.after::text as after,
                               coalesce(d.fingerprint, a.before->>'fingerprint') as fp, a.entity_id = d.id or d.id is null as same
                        from audit_log a left join discrepancy d on d.id = a.entity_id
                        where a.project_id = ? and a.id > ? order by a.id""")
                .params(f.project(), auditFrom)
                .query(rs -> {
                    out.add("audit " + rs.getString("action") + " " + rs.getObject("actor_id") + " " + rs.getString("actor_name") + " "
                            + rs.getString("entity_type") + " " + rs.getString("fp") + " " + rs.getBoolean("same") + " "
                            + canon(rs.getString("before"), names, SOURCE_ID) + " " + canon(rs.getString("after"), names, SOURCE_ID));
                });
        return out;
    }

    static final Pattern NUMBER = Pattern.compile("()(\\d+)");
    static final Pattern SOURCE_ID = Pattern.compile("(\"sourceId\": ?)(\\d+)");

    /** {@code text} with the ids {@code ids} finds named as in {@code names} (the same in both projects). */
    static String canon(String text, Map<Long, String> names, Pattern ids) {
        if (text == null) {
            return "null";
        }
        Matcher m = ids.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + names.getOrDefault(Long.parseLong(m.group(2)), "?" + m.group(2))));
        }
        return m.appendTail(sb).toString();
    }

    @Test
    void theSetBasedWriteLeavesTheDatabaseAsOneStatementPerRowDidInAFewStatements() throws Exception {
        Fixture batched = fixture();
        Fixture reference = fixture();
        long batchedFrom = prepare(batched);
        long referenceFrom = prepare(reference);
        ConcurrentLinkedQueue<ChangeNotice> notices = new ConcurrentLinkedQueue<>();
        var subscription = bus.subscribe(batched.project(), notices::add);
        try (Connection listening = ownConnection()) {
            try (var st = listening.createStatement()) {
                st.execute("LISTEN " + AuditLog.CHANNEL);
            }
            JdbcClient client = counting();
            DiscrepancyService service = services.over(new DiscrepancyStore(client, json), auditOver(client));
            DiscrepancyService.Read read = read(batched.project());
            statements.set(0);
            var done = new TransactionTemplate(transactions).execute(tx -> service.write(new ProjectId(batched.project()), read, now(batched)));
            int after = statements.get();
            assertThat(done).isPresent();
            assertThat(done.get().added()).isEqualTo(NEW);

            statements.set(0);
            AuditLog countingAudit = auditOver(client);
            new TransactionTemplate(transactions).executeWithoutResult(tx -> oneByOne(client, countingAudit, reference, now(reference)));
            int before = statements.get();
            System.out.printf("Suggestion run writing %d new, %d withdrawn, %d unchanged: %d statements one by one, %d set-based%n",
                    NEW, WITHDRAWN, UNCHANGED, before, after);

            assertThat(state(batched, batchedFrom)).as("rows, links and audit entries")
                    .containsExactlyElementsOf(state(reference, referenceFrom));
            assertThat(state(batched, batchedFrom)).filteredOn(s -> s.startsWith("audit withdraw"))
                    .as("all of the earlier run's but the one an editor accepted").hasSize(WITHDRAWN - 1);
            assertThat(state(batched, batchedFrom)).filteredOn(s -> s.startsWith("audit suggest")).hasSize(NEW);
            // lock, input, fingerprints (with which are suggestions), events; delete; insert; links; audit (the state it
            // leaves is kept, not read back; the notices follow the commit on the same connection in a statement of their
            // own, not counted here: issue #18)
            assertThat(after).isEqualTo(8);
            assertThat(before).as("a delete and an entry per withdrawal, an insert, links and an entry per new one")
                    .isGreaterThan(2 * (WITHDRAWN - 1) + 2 * NEW);

            // every withdrawal and new suggestion still reaches the live views, by id
            // (the set-up's own notices may arrive too: those of the run are looked for by id and action)
            Set<String> expected = new HashSet<>(jdbc.sql("""
                            select entity_type || ' ' || entity_id || ' ' || action || ' system' from audit_log
                            where project_id = ? and id > ?""")
                    .params(batched.project(), batchedFrom).query(String.class).list());
            assertThat(expected).hasSize(NEW + WITHDRAWN - 1);
            Set<String> arrived = new HashSet<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!arrived.containsAll(expected) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
                notices.forEach(n -> arrived.add(n.entityType() + " " + n.entityId() + " " + n.action() + " " + n.actor()));
            }
            assertThat(arrived).containsAll(expected);
            // on the wire: one notice per action (up to 300 ids each), not one per entry
            List<String> wire = new ArrayList<>();
            var pg = listening.unwrap(org.postgresql.PGConnection.class);
            for (var n : pg.getNotifications(1000)) {
                if (n.getParameter().startsWith("{\"p\":" + batched.project() + ",")) {
                    wire.add(n.getParameter());
                }
            }
            assertThat(wire).hasSize(2);
            assertThat(wire.get(0)).contains("\"a\":\"withdraw\"");
            assertThat(wire.get(1)).contains("\"a\":\"suggest\"");
            assertThat(wire).allSatisfy(w -> assertThat(w.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8000));
        } finally {
            subscription.remove();
        }
    }

    @Test
    void aRunWithNothingToWriteWritesNothing() throws Exception {
        Fixture f = fixture();
        ConcurrentLinkedQueue<ChangeNotice> notices = new ConcurrentLinkedQueue<>();
        var subscription = bus.subscribe(f.project(), notices::add);
        long from;
        try {
            from = prepare(f);
            // The set-up's audit entries reach this instance's listeners after their commit, on the database
            // listener's thread. Heard during the runs below, they forget the state the first run keeps, as a change
            // made elsewhere must, and the second run reads it again (under load: "input/kept-21", not "kept-0").
            awaitNoticesOf(f.project(), notices);
        } finally {
            subscription.remove();
        }
        JdbcClient client = counting();
        DiscrepancyService service = services.over(new DiscrepancyStore(client, json), auditOver(client));
        DiscrepancyService.Read read = read(f.project());
        statements.set(0);
        var done = new TransactionTemplate(transactions).execute(tx -> service.write(new ProjectId(f.project()), read, before(f)));
        assertThat(done.get().added()).isZero();
        // lock, input, fingerprints: the events are read only when a new suggestion names one, and the state it
        // leaves is kept, not read back
        assertThat(statements.get()).as("the reads only").isEqualTo(3);
        assertThat(state(f, from)).noneMatch(s -> s.startsWith("audit"));

        // the next run on the same service compares with the fingerprints the first one kept: no read of them
        statements.set(0);
        var again = new TransactionTemplate(transactions).execute(tx -> service.write(new ProjectId(f.project()), read, before(f)));
        assertThat(again.get().added()).isZero();
        assertThat(again.get().settled()).as("the same state: a run on the same input is skipped").isEqualTo(done.get().settled());
        assertThat(statements.get()).as("lock and input only").isEqualTo(2);
        assertThat(state(f, from)).noneMatch(s -> s.startsWith("audit"));
    }

    /** Waits until a notice of each of the project's audit entries has been heard. */
    void awaitNoticesOf(long project, ConcurrentLinkedQueue<ChangeNotice> notices) throws InterruptedException {
        Set<String> expected = new HashSet<>(jdbc.sql("""
                        select entity_type || ' ' || entity_id || ' ' || action from audit_log where project_id = ?""")
                .param(project).query(String.class).list());
        Set<String> arrived = new HashSet<>();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!arrived.containsAll(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            notices.forEach(n -> arrived.add(n.entityType() + " " + n.entityId() + " " + n.action()));
        }
        assertThat(arrived).as("the set-up's notices").containsAll(expected);
    }

    @Test
    void manyEntriesGoOutInNoticesOfAFewHundredIdsEachDeliveredOnePerEntry() throws Exception {
        Fixture f = fixture();
        long from = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (long id = 1; id <= 650; id++) {
            entries.add(new AuditLog.Entry(1_000_000_000_000L + id, "withdraw", Map.of("fingerprint", "fp-" + id), null));
        }
        ConcurrentLinkedQueue<ChangeNotice> notices = new ConcurrentLinkedQueue<>();
        var subscription = bus.subscribe(f.project(), notices::add);
        try (Connection listening = ownConnection()) {
            try (var st = listening.createStatement()) {
                st.execute("LISTEN " + AuditLog.CHANNEL);
            }
            AuditLog audit = auditOver(jdbc);
            new TransactionTemplate(transactions).executeWithoutResult(tx -> audit.recordAll(f.project(), "discrepancy", entries));
            assertThat(jdbc.sql("select entity_id from audit_log where project_id = ? and id > ? order by id").params(f.project(), from)
                    .query(Long.class).list()).as("one entry each, in order")
                    .containsExactlyElementsOf(entries.stream().map(AuditLog.Entry::entityId).toList());
            long deadline = System.currentTimeMillis() + 10_000;
            while (notices.size() < entries.size() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(notices).extracting(ChangeNotice::entityId).as("one change per entry, in order")
                    .containsExactlyElementsOf(entries.stream().map(AuditLog.Entry::entityId).toList());
            List<Integer> sizes = new ArrayList<>();
            for (var n : listening.unwrap(org.postgresql.PGConnection.class).getNotifications(1000)) {
                if (n.getParameter().startsWith("{\"p\":" + f.project() + ",")) {
                    sizes.add(json.readTree(n.getParameter()).get("is").size());
                    assertThat(n.getParameter().length()).isLessThan(8000);
                }
            }
            assertThat(sizes).containsExactly(300, 300, 50);
        } finally {
            subscription.remove();
        }
    }

    /**
     * A connection of the test's own, outside the pool: a pooled one that LISTENed would go back to the pool still
     * listening, and the next test to borrow it would read notices sent before its own LISTEN.
     */
    private Connection ownConnection() throws java.sql.SQLException {
        var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        return java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }
}
