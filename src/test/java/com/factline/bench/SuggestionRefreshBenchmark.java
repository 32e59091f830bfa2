package com.factline.bench;

import com.factline.base.BackgroundWork;
import com.factline.claim.ClaimData;
import com.factline.claim.ClaimService;
import com.factline.discrepancy.DiscrepancyService;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.reliability.LoadDriver;
import com.factline.source.SourceData;
import com.factline.source.SourceId;
import com.factline.source.SourceService;
import com.factline.timeline.EventData;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What one suggestion refresh of a busy project costs after a few claim changes (issue #18): the project
 * {@code reliability/LoadDriver} builds (8 sources of 60 lines, 10 events, 20 claims), then a few hundred claims created
 * and attached as its load does, then {@value #RUNS} refreshes, each after 1–5 claim changes (a claim created on a
 * line, or one attached to an event), timed on this thread: CPU ms and MB allocated per refresh (median and mean after
 * {@value #WARMUP} warm-up runs). The changes between runs are made by SQL, so no background run races the timed
 * one. Not part of the suite (no timed assertions): run by hand with
 * {@code flock /tmp/factline-bench.lock ./mvnw -q -o test -Dtest=SuggestionRefreshBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class SuggestionRefreshBenchmark {

    static final int WARMUP = 15;
    static final int RUNS = 60;

    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    EventService events;
    @Autowired
    ClaimService claims;
    @Autowired
    DiscrepancyService discrepancies;
    @Autowired
    BackgroundWork background;
    @Autowired
    JdbcClient jdbc;

    record Line(SourceId source, int start, int end, String quote) {
    }

    @Test
    @WithUserDetails("dave")
    void printsCpuAndAllocationPerRefreshAfterAFewClaimChanges() throws Exception {
        ProjectId p = projects.create(new ProjectData("Refresh bench " + UUID.randomUUID(), null)).id();
        Random r = new Random(1);
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            LoadDriver.SyntheticSource source = LoadDriver.SyntheticSource.next(r, s);
            String text = source.text();
            List<int[]> sentences = source.lines();
            SourceId id = sources.importText(p, new SourceData("Load source " + s, "Outlet " + s, LocalDate.of(2023, 3, 10 + s), null,
                    null, null, text + UUID.randomUUID().toString())).id();
            for (int[] se : sentences) {
                lines.add(new Line(id, se[0], se[1], text.substring(se[0], se[1])));
            }
        }
        List<EventId> eventIds = new ArrayList<>();
        for (int e = 0; e < 10; e++) {
            eventIds.add(events.create(p, new EventData("Load event " + e, null, null, null)).id());
        }
        // The load's mix of writes: create 15, edit 15 (a statement only: no detector input), attach 10.
        List<Long> claimIds = new ArrayList<>();
        for (int c = 0; c < 320; c++) {
            if (c < 20 || c % 2 == 0) {
                Line l = lines.get(r.nextInt(lines.size()));
                claimIds.add(claims.create(p, new ClaimData(l.source(), l.start(), l.end(), l.quote(), "Load claim", null, null, null))
                        .id().value());
            } else {
                attach(p, claimIds.get(r.nextInt(claimIds.size())), eventIds.get(r.nextInt(eventIds.size())));
            }
        }
        waitIdle();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().threadId();
        String settled = discrepancies.refreshSuggestionsUnlessSettled(p, null).settled();
        long[] cpu = new long[RUNS];
        long[] bytes = new long[RUNS];
        long[] wall = new long[RUNS];
        for (int run = 0; run < WARMUP + RUNS; run++) {
            int changes = 1 + run % 5;
            for (int k = 0; k < changes; k++) {
                if (r.nextInt(5) < 3) {
                    Line l = lines.get(r.nextInt(lines.size()));
                    claimIds.add(jdbc.sql("""
                                    insert into claim (project_id, source_id, start_offset, end_offset, quote, prefix, suffix, statement,
                                        status, created_by, updated_by)
                                    select project_id, :s, :start, :end, :quote, '', '', 'Load claim', status, created_by, updated_by
                                    from claim where id = :like returning id""")
                            .param("s", l.source().value()).param("start", l.start()).param("end", l.end()).param("quote", l.quote())
                            .param("like", claimIds.getFirst()).query(Long.class).single());
                } else {
                    jdbc.sql("update claim set event_id = :e, version = version + 1 where id = :c")
                            .param("e", eventIds.get(r.nextInt(eventIds.size())).value())
                            .param("c", claimIds.get(r.nextInt(claimIds.size()))).update();
                }
            }
            long c0 = threads.getCurrentThreadCpuTime();
            long b0 = threads.getThreadAllocatedBytes(me);
            long w0 = System.nanoTime();
            var done = discrepancies.refreshSuggestionsUnlessSettled(p, settled);
            long w1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            long b1 = threads.getThreadAllocatedBytes(me);
            settled = done.settled();
            if (!done.ran()) {
                throw new IllegalStateException("refresh " + run + " did not run");
            }
            if (run >= WARMUP) {
                cpu[run - WARMUP] = c1 - c0;
                bytes[run - WARMUP] = b1 - b0;
                wall[run - WARMUP] = w1 - w0;
            }
        }
        int suggestions = jdbc.sql("select count(*) from discrepancy where project_id = ?").param(p.value()).query(Integer.class).single();
        System.out.printf("project: 8 sources, %d claims, %d discrepancies; %d refreshes after 1-5 claim changes each (after %d warm-up)%n",
                claimIds.size(), suggestions, RUNS, WARMUP);
        System.out.printf("CPU per refresh: median %.1f ms, mean %.1f ms; allocated per refresh: median %.1f MB, mean %.1f MB%n",
                median(cpu) / 1e6, mean(cpu) / 1e6, median(bytes) / 1048576.0, mean(bytes) / 1048576.0);
        // the wall time adds the database's work (and waits for the cores: read it beside the load average)
        System.out.printf("wall time per refresh (this thread's CPU plus the database's statements): median %.1f ms, mean %.1f ms%n",
                median(wall) / 1e6, mean(wall) / 1e6);
    }

    private void attach(ProjectId p, long claim, EventId event) {
        events.attachClaims(p, event, List.of(new com.factline.base.ids.ClaimId(claim)));
    }

    private void waitIdle() throws InterruptedException {
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < 500_000_000L) {
            Thread.sleep(50);
            if (!background.idle()) {
                quietSince = System.nanoTime();
            }
        }
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double mean(long[] xs) {
        return Arrays.stream(xs).average().orElse(0);
    }
}
