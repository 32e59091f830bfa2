package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BackgroundWorkTest {

    private final BackgroundWork work = new BackgroundWork(new RequestLoad());

    @AfterEach
    void stop() {
        work.destroy();
    }

    private static void awaitIdle(BackgroundWork work) throws InterruptedException {
        while (!work.idle()) {
            Thread.sleep(5);
        }
    }

    /** A job that does {@code first}, says it started, and holds its thread until {@code release} (10 s at most). */
    private static BackgroundWork.Job holding(Runnable first, CountDownLatch started, CountDownLatch release) {
        return key -> {
            first.run();
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        };
    }

    @Test
    @Timeout(30)
    void aBurstOfChangesDuringARunCostsOneFollowUpRunThatSeesTheLastChange() throws Exception {
        AtomicInteger state = new AtomicInteger();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BackgroundWork.Lane lane = work.lane("test", 0, holding(() -> seen.add(state.get()), firstStarted, release));

        state.set(1);
        lane.request(7);
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).as("a request on a quiet key runs").isTrue();
        for (int i = 2; i <= 20; i++) {
            state.set(i); // a change commits, then asks for a run
            lane.request(7);
        }
        assertThat(work.idle()).as("a run is going, one waits").isFalse();
        assertThat(work.pendingRuns()).isEqualTo(2);
        release.countDown();
        awaitIdle(work);

        assertThat(seen).as("the running run, then one for the whole burst, on its final state").containsExactly(1, 20);
    }

    @Test
    @Timeout(30)
    void aKeyIsBusyFromItsFirstRequestToTheEndOfItsLastRunAndTheListenerHearsBothEnds() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Boolean> heard = new CopyOnWriteArrayList<>();
        BackgroundWork.Lane lane = work.lane("test", 0, holding(() -> { }, firstStarted, release));
        lane.onBusyChange(key -> heard.add(key == 7));
        assertThat(lane.busy(7)).as("never asked").isFalse();

        lane.request(7);
        assertThat(lane.busy(7)).as("asked: waiting or running").isTrue();
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        lane.request(7); // a follow-up while it runs
        lane.request(7);
        assertThat(lane.busy(7)).as("running, a follow-up waits").isTrue();
        assertThat(lane.busy(8)).as("another key is not").isFalse();
        assertThat(heard).as("told once, when the quiet key was first asked for").containsExactly(true);

        release.countDown();
        while (heard.size() < 2) { // the listener is told after the key is quiet (the work's idle count drops just before)
            Thread.sleep(5);
        }
        awaitIdle(work);
        assertThat(lane.busy(7)).as("the follow-up ran: quiet again").isFalse();
        assertThat(heard).as("and once more when its last run ended, not between the run and its follow-up").containsExactly(true, true);
    }

    @Test
    @Timeout(30)
    void keysRunApartAndOneKeyNeverRunsTwiceAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Long> keys = new CopyOnWriteArrayList<>();
        BackgroundWork.Lane lane = work.lane("test", 0, key -> {
            int now = running.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            keys.add(key);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return true;
        });
        for (int i = 0; i < 50; i++) {
            lane.request(1);
        }
        awaitIdle(work);
        assertThat(most.get()).as("one run of a key at a time").isEqualTo(1);
        assertThat(keys).as("50 requests at once: the first run, and at most one after it").hasSizeBetween(1, 2);

        lane.request(2);
        lane.request(3);
        awaitIdle(work);
        assertThat(keys).contains(2L, 3L);
    }

    @Test
    @Timeout(30)
    void aFailingJobLeavesTheLaneWorking() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        BackgroundWork.Lane lane = work.lane("test", 0, key -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            return true;
        });
        lane.request(1);
        awaitIdle(work);
        lane.request(1);
        awaitIdle(work);
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void aSingleChangeOnAQuietKeyRunsAtOnceAndAStreamIsSpacedByTheLastRunsCpu() {
        long now = 1_000_000;
        assertThat(BackgroundWork.waitMillis(Long.MIN_VALUE / 2, 0, 1.0, now, 400)).as("the key's first run, full load").isZero();
        assertThat(BackgroundWork.waitMillis(now - 1_000, 200, 0, now, 400)).as("quiet for longer than the spacing").isZero();
        assertThat(BackgroundWork.waitMillis(now - 100, 200, 0, now, 400)).as("idle: the rest of 400 ms").isEqualTo(300);
        assertThat(BackgroundWork.waitMillis(now - 100, 200, 0.5, now, 400)).as("requests use half the cores: 800 ms").isEqualTo(700);
        assertThat(BackgroundWork.waitMillis(now, 60_000, 0.9, now, 400)).as("capped").isEqualTo(BackgroundWork.MAX_SPACING_MILLIS);
        assertThat(BackgroundWork.waitMillis(now - 10, 0, 0, now, 0)).as("no spacing asked for").isZero();
    }

    @Test
    void theLongerAStreamOfChangesLastsTheFurtherApartItsRunsUpToFourTimesTheSpacingAndAQuietSpellStartsAfresh() {
        long now = 1_000_000;
        int streak = 0;
        long first = BackgroundWork.waitMillis(now, 100, 0, now, 400, streak);
        assertThat(first).as("a change during the first run: the plain spacing").isEqualTo(400);
        streak = BackgroundWork.nextStreak(streak, first);
        long second = BackgroundWork.waitMillis(now, 100, 0, now, 400, streak);
        assertThat(second).as("the stream goes on: twice").isEqualTo(800);
        streak = BackgroundWork.nextStreak(streak, second);
        long third = BackgroundWork.waitMillis(now, 100, 0, now, 400, streak);
        assertThat(third).as("four times").isEqualTo(1_600);
        streak = BackgroundWork.nextStreak(streak, third);
        assertThat(BackgroundWork.waitMillis(now, 100, 0, now, 400, streak)).as("and no more").isEqualTo(1_600);
        assertThat(BackgroundWork.waitMillis(now, 9_000, 0, now, 400, streak)).as("never over the cap")
                .isEqualTo(BackgroundWork.MAX_SPACING_MILLIS);

        long quiet = BackgroundWork.waitMillis(now - 2_000, 100, 0, now, 400, streak);
        assertThat(quiet).as("a single change after a quiet spell runs at once, even after a stream").isZero();
        assertThat(BackgroundWork.nextStreak(streak, quiet)).as("and the spacing starts again from the plain one").isZero();
    }

    @Test
    @Timeout(60)
    void requestsFromManyThreadsWhileRunsEndAreNeverLostAndOneKeyNeverRunsTwiceAtOnce() throws Exception {
        AtomicInteger state = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        BackgroundWork.Lane lane = work.lane("test", 0, key -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            seen.add(state.get());
            running.decrementAndGet();
            return true;
        });
        int threads = 8;
        int each = 2_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> all = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            all.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < each; i++) {
                    state.incrementAndGet(); // a change commits, then asks for a run
                    lane.request(3);
                }
            }));
        }
        go.countDown();
        for (Thread t : all) {
            t.join();
        }
        awaitIdle(work);

        assertThat(most.get()).as("one run of a key at a time").isEqualTo(1);
        assertThat(seen).as("a run started after the last change, so it saw the final state").isNotEmpty();
        assertThat(seen.getLast()).isEqualTo(threads * each);
        assertThat(work.pendingRuns()).as("nothing counted as waiting once idle").isZero();
        assertThat(seen.size()).as("coalesced: far fewer runs than requests").isLessThan(threads * each);
    }
}
