package com.factline.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComputedOnceTest {

    @Test
    void callersAskingForTheSameKeyAtOnceShareOneComputationAndOnlyOneStoresIt() throws Exception {
        ComputedOnce<String, String> once = new ComputedOnce<>(4);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<ComputedOnce.Result<String>> first = pool.submit(() -> once.get("source-1", () -> {
                runs.incrementAndGet();
                started.countDown();
                await(release);
                return "vectors";
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<ComputedOnce.Result<String>>> others = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                others.add(pool.submit(() -> once.get("source-1", () -> {
                    runs.incrementAndGet();
                    return "computed again";
                })));
            }
            Thread.sleep(100); // the others are now waiting for the first (or will find its result)
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new ComputedOnce.Result<>("vectors", true));
            for (var f : others) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(new ComputedOnce.Result<>("vectors", false));
            }
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void remembersOnlyTheLastFewResults() {
        ComputedOnce<Integer, String> once = new ComputedOnce<>(2);
        for (int i = 0; i < 5; i++) {
            int k = i;
            once.get(k, () -> "v" + k);
        }
        assertThat(once.remembered()).isEqualTo(2);
        assertThat(once.get(4, () -> "again").computedHere()).as("recent: remembered").isFalse();
        assertThat(once.get(0, () -> "again")).as("evicted: computed again").isEqualTo(new ComputedOnce.Result<>("again", true));
    }

    @Test
    void aFailureReachesTheCallerAndIsNotRemembered() {
        ComputedOnce<String, String> once = new ComputedOnce<>(2);
        assertThatThrownBy(() -> once.get("k", () -> {
            throw new IllegalStateException("model failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("model failed");
        assertThat(once.get("k", () -> "fine")).isEqualTo(new ComputedOnce.Result<>("fine", true));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
