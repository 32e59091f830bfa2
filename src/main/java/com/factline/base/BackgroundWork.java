package com.factline.base;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The app's background work after a write (issue #18): suggestion runs, proposal recomputes, sentence vectors. All of
 * it runs on a few threads of low priority, so that the threads serving editors get the cores first, and in
 * {@link Lane lanes} that coalesce: per key (a project, a source) one run at a time, and any number of requests while
 * a run is waiting or running cost at most one follow-up run, which starts after them and so sees the latest state.
 * A request when the key is quiet runs at once; under a stream of requests the runs are spaced by twice the CPU time
 * the last one took, more when requests keep the cores busy ({@link #spacing}), and more the longer the stream lasts
 * ({@link #MAX_STREAK}). Nothing here is durable: every job is
 * recomputable from the database, and the next change (or the start-up checks) runs it again after a crash.
 *
 * <p>{@link #idle()} tells whether any job is waiting or running (the benchmarks wait for it before they measure).
 */
@Component
public class BackgroundWork implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    /** The threads background jobs share, whatever the number of projects (a long run leaves the other one free). */
    static final int THREADS = 2;

    /** The nice value the background threads run at on Linux (0 to 19; the request threads stay at 0). */
    static final int NICE = 10;

    /** The most a run waits for its spacing, however long the last one took (a crafted text's can take a minute). */
    public static final long MAX_SPACING_MILLIS = 10_000;

    /**
     * Under a stream of requests for a key, each run that had to wait for its spacing doubles the next one's, up to
     * this many times (so the fourth run in a row waits four times the spacing); a request after a quiet spell of the
     * current spacing runs at once and starts again from the plain spacing (issue #18: a project's suggestion runs
     * under a stream of edits, about one in 1.6 s instead of two a second, each seeing all the edits made meanwhile).
     */
    public static final int MAX_STREAK = 2;

    /** The most of the cores requests are taken to use when spacing runs (so the spacing stays finite). */
    static final double MAX_REQUEST_SHARE = 0.9;

    /** One job of a lane: runs for {@code key} and tells whether it did real work (a skipped run does not set the spacing). */
    @FunctionalInterface
    public interface Job {
        boolean run(long key);
    }

    /**
     * Told when a key of a lane starts or stops having work (a run waiting or running): the first request of a quiet
     * key, and the end of its last run. It carries no state, because the two may reach a listener out of order; a
     * listener asks {@link Lane#busy} again.
     */
    @FunctionalInterface
    public interface BusyChange {
        void changed(long key);
    }

    private final RequestLoad load;
    private final ScheduledThreadPoolExecutor executor;
    /** The runs of all lanes waiting (to start, or for a running one of their key) or running. */
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger threadCount = new AtomicInteger();
    /** The runs executing now (not waiting). */
    private final AtomicInteger running = new AtomicInteger();

    public BackgroundWork(RequestLoad load) {
        this.load = load;
        this.executor = new ScheduledThreadPoolExecutor(THREADS, r -> {
            Thread t = new Thread(() -> {
                lowerPriority();
                r.run();
            }, "factline-background-" + threadCount.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** A lane of one kind of job, {@code minSpacingMillis} at least between the end of one run of a key and its next. */
    public Lane lane(String name, long minSpacingMillis, Job job) {
        return new Lane(name, minSpacingMillis, job);
    }

    /** No background job is waiting or running. */
    public boolean idle() {
        return busy.get() == 0;
    }

    /** The runs executing now (at most {@link #THREADS}); the benchmarks' probes sample it. */
    public int runningNow() {
        return running.get();
    }

    /** The runs (of all lanes) waiting or running; at most two per key. */
    public int pendingRuns() {
        return busy.get();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /**
     * The spacing when requests used {@code requestShare} (0 to 1) of the cores lately: background work yields to
     * editors. Idle, twice the last run's CPU time (a third of a core at most); as requests take a share u of the
     * cores, {@code 2 / (1 - u)} times it (at u = 0.5 four times, at 0.9 twenty times), at least {@code min}, at most
     * {@link #MAX_SPACING_MILLIS}.
     */
    public static long spacing(long lastRunMillis, double requestShare, long min) {
        double u = Math.max(0, Math.min(MAX_REQUEST_SHARE, requestShare));
        double factor = 2 / (1 - u);
        return Math.min(MAX_SPACING_MILLIS, Math.max(min, Math.round(factor * lastRunMillis)));
    }

    /**
     * How long a request waits before its run: nothing when the last run ended at least the spacing ago (a single
     * change, even under load, runs at once), else the rest of the spacing. Never more than {@link #MAX_SPACING_MILLIS}.
     */
    public static long waitMillis(long lastEnd, long lastRunMillis, double requestShare, long now, long min) {
        return waitMillis(lastEnd, lastRunMillis, requestShare, now, min, 0);
    }

    /** {@link #waitMillis} after {@code streak} runs in a row that waited: the spacing doubled that often ({@link #MAX_STREAK} at most). */
    public static long waitMillis(long lastEnd, long lastRunMillis, double requestShare, long now, long min, int streak) {
        long spacing = Math.min(MAX_SPACING_MILLIS, spacing(lastRunMillis, requestShare, min) << Math.max(0, Math.min(MAX_STREAK, streak)));
        return Math.max(0, Math.min(MAX_SPACING_MILLIS, lastEnd + spacing - now));
    }

    /** The streak after a run that waits {@code waitMillis}: one longer when it waits, none after a quiet spell. */
    public static int nextStreak(int streak, long waitMillis) {
        return waitMillis == 0 ? 0 : Math.min(MAX_STREAK, streak + 1);
    }

    /** One kind of background job, coalesced per key. */
    public final class Lane {

        private final String name;
        private final long minSpacing;
        private final Job job;
        private final ConcurrentHashMap<Long, Slot> slots = new ConcurrentHashMap<>();
        private volatile BusyChange onBusyChange = key -> { };

        private Lane(String name, long minSpacing, Job job) {
            this.name = name;
            this.minSpacing = minSpacing;
            this.job = job;
        }

        /**
         * Whether a run for {@code key} is waiting (for its spacing, or for a thread) or running: what a view shows as
         * "still being computed". A burst of requests and its follow-up runs count as one busy stretch.
         */
        public boolean busy(long key) {
            Slot slot = slots.get(key);
            return slot != null && slot.state.get() != 0;
        }

        /** Tells {@code listener} when a key becomes busy or idle (see {@link BusyChange}); one listener per lane. */
        public void onBusyChange(BusyChange listener) {
            this.onBusyChange = listener;
        }

        private void busyChanged(long key) {
            try {
                onBusyChange.changed(key);
            } catch (RuntimeException e) {
                log.warn("Listener of background lane {} failed for {}: {}", name, key, e.toString());
            }
        }

        /**
         * One key's state: one small entry per key ever requested. The flags change by compare-and-set, never under a
         * lock: a request thread asking for a run must not wait on a monitor that a background thread (at nice 10,
         * easily descheduled on busy cores) holds while it ends a run (issue #18: JFR showed request threads waiting
         * 13-14 ms to enter a slot's monitor under load).
         */
        private static final class Slot {
            static final int QUEUED = 1;
            static final int RUNNING = 2;
            static final int AGAIN = 4;
            final AtomicInteger state = new AtomicInteger();
            /** Written by the run before it clears RUNNING; read when the next run is scheduled. */
            volatile long lastEnd = Long.MIN_VALUE / 2;
            volatile long lastMillis;
            /** Runs in a row that waited for their spacing (see {@link #MAX_STREAK}). */
            volatile int streak;
        }

        /**
         * Asks for a run for {@code key} that starts after this call: when one is already waiting it will see the
         * change; when one is running, one more follows it (however many requests come meanwhile).
         */
        public void request(long key) {
            Slot slot = slots.computeIfAbsent(key, k -> new Slot());
            while (true) {
                int s = slot.state.get();
                if ((s & (Slot.QUEUED | Slot.AGAIN)) != 0) {
                    return; // coalesced: a waiting run starts after this change
                }
                // Counted before it is visible, so that the running run, ending, never leaves the work looking idle.
                busy.incrementAndGet();
                if ((s & Slot.RUNNING) != 0) {
                    if (slot.state.compareAndSet(s, s | Slot.AGAIN)) {
                        return; // the follow-up, scheduled when the running run ends
                    }
                } else if (slot.state.compareAndSet(s, Slot.QUEUED)) {
                    schedule(key, slot);
                    busyChanged(key);
                    return;
                }
                busy.decrementAndGet(); // the state changed meanwhile: look again
            }
        }

        /** Schedules the run of a slot this thread has just set QUEUED. */
        private void schedule(long key, Slot slot) {
            long now = System.currentTimeMillis();
            long wait = waitMillis(slot.lastEnd, slot.lastMillis, slot.lastEnd < 0 ? 0 : load.recentShare(), now, minSpacing, slot.streak);
            slot.streak = nextStreak(slot.streak, wait);
            try {
                executor.schedule(() -> start(key, slot), wait, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                slot.state.set(0);
                busy.decrementAndGet();
                busyChanged(key);
            }
        }

        private void start(long key, Slot slot) {
            // QUEUED -> RUNNING; nothing else can change a queued slot (requests coalesce into it)
            slot.state.updateAndGet(s -> (s & ~Slot.QUEUED) | Slot.RUNNING);
            long cpu = cpuNanos();
            long startedAt = System.currentTimeMillis();
            running.incrementAndGet();
            boolean ran = false;
            try {
                ran = job.run(key);
            } catch (Throwable e) {
                // a job handles its own failures; this keeps the lane going whatever slipped through
                log.error("Background job {} for {} failed", name, key, e);
            } finally {
                running.decrementAndGet();
                long cpuMillis = (cpuNanos() - cpu) / 1_000_000;
                if (log.isDebugEnabled()) { // when runs happen, to correlate with slow requests (issue #18)
                    log.debug("background run {} {}: started {}, {} ms, {} ms CPU{}", name, key, java.time.Instant.ofEpochMilli(startedAt),
                            System.currentTimeMillis() - startedAt, cpuMillis, ran ? "" : " (skipped)");
                }
                if (ran) {
                    slot.lastMillis = cpuMillis;
                }
                slot.lastEnd = System.currentTimeMillis();
                busy.decrementAndGet(); // this run; a follow-up asked for meanwhile was counted when asked
                while (true) {
                    int s = slot.state.get();
                    if ((s & Slot.AGAIN) != 0) {
                        if (slot.state.compareAndSet(s, Slot.QUEUED)) {
                            schedule(key, slot);
                            break;
                        }
                    } else if (slot.state.compareAndSet(s, 0)) {
                        busyChanged(key);
                        break;
                    }
                }
            }
        }
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /**
     * Java's thread priorities are ignored on Linux (unless the JVM runs as root with a flag), so the background
     * threads set their own nice value with {@code renice}, once per thread when it starts (two threads in all).
     * Raising one's own nice value needs no privilege. Where that fails the threads run at normal priority and
     * the spacing alone yields to requests.
     */
    private static void lowerPriority() {
        try {
            Path self = Path.of("/proc/thread-self");
            if (!Files.exists(self)) {
                return;
            }
            String tid = Files.readSymbolicLink(self).getFileName().toString();
            Process p = new ProcessBuilder("renice", "-n", String.valueOf(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (Exception e) {
            log.debug("Could not lower the priority of {}: {}", Thread.currentThread().getName(), e.toString());
        }
    }
}
