package com.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.collab.ChangeNotice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OpeningCacheTest {

    final Map<Long, List<Consumer<ChangeNotice>>> listeners = new HashMap<>();
    final AtomicLong now = new AtomicLong(1_000);
    final OpeningCache cache = new OpeningCache((project, l) -> {
        listeners.computeIfAbsent(project, k -> new ArrayList<>()).add(l);
        return () -> listeners.get(project).remove(l);
    }, now::get);
    final AtomicInteger reads = new AtomicInteger();

    String read() {
        return "value " + reads.incrementAndGet();
    }

    void change(long project, String type) {
        List.copyOf(listeners.getOrDefault(project, List.of())).forEach(l -> l.accept(new ChangeNotice(project, type, 1L, "update", "bob")));
    }

    @Test
    void aValueIsReadOnceUntilTheProjectChanges() {
        assertThat(cache.<String>get(1, "bands", this::read)).isEqualTo("value 1");
        assertThat(cache.<String>get(1, "bands", this::read)).as("kept").isEqualTo("value 1");
        change(1, "event");
        assertThat(cache.<String>get(1, "bands", this::read)).as("read again after a change").isEqualTo("value 2");
    }

    @Test
    void presenceAndOtherProjectsChangesKeepTheValue() {
        cache.get(1, "bands", this::read);
        cache.get(2, "bands", this::read);
        change(1, "presence");
        change(2, "claim");
        assertThat(cache.<String>get(1, "bands", this::read)).isEqualTo("value 1");
        assertThat(cache.<String>get(2, "bands", this::read)).isEqualTo("value 3");
    }

    @Test
    void aValueReadWhileAChangeArrivedIsNotKept() {
        cache.get(1, "axis", () -> "warm-up subscription");
        change(1, "event"); // drops it
        String during = cache.get(1, "axis", () -> {
            change(1, "discrepancy"); // committed while the read ran: the read may predate it
            return "read during a change";
        });
        assertThat(during).isEqualTo("read during a change");
        assertThat(cache.<String>get(1, "axis", this::read)).as("not kept: read again").isEqualTo("value 1");
        assertThat(cache.<String>get(1, "axis", this::read)).isEqualTo("value 1");
    }

    @Test
    void forgettingAProjectDropsItsValuesAtOnceAndAReadRunningMeanwhileIsNotKept() {
        cache.get(1, "bands", this::read);
        cache.get(2, "bands", this::read);
        cache.forget(1);
        assertThat(cache.<String>get(1, "bands", this::read)).as("read again after forgetting").isEqualTo("value 3");
        assertThat(cache.<String>get(2, "bands", this::read)).as("another project kept").isEqualTo("value 2");
        String during = cache.get(1, "axis", () -> {
            cache.forget(1); // a write committed here while the read ran
            return "read during a write";
        });
        assertThat(during).isEqualTo("read during a write");
        assertThat(cache.<String>get(1, "axis", this::read)).as("not kept").isEqualTo("value 4");
        cache.forget(99); // a project never opened: nothing to forget
        assertThat(cache.projects()).isEqualTo(2);
    }

    @Test
    void aValueIsDroppedAfterItsMaximumAgeInCaseANoticeWasLost() {
        cache.get(1, "bands", this::read);
        now.addAndGet(OpeningCache.MAX_AGE_MILLIS - 1);
        assertThat(cache.<String>get(1, "bands", this::read)).isEqualTo("value 1");
        now.addAndGet(1);
        assertThat(cache.<String>get(1, "bands", this::read)).isEqualTo("value 2");
    }

    @Test
    void theLeastRecentlyOpenedProjectIsDroppedWithItsSubscription() {
        for (long p = 1; p <= OpeningCache.PROJECTS + 1; p++) {
            cache.get(p, "bands", this::read);
        }
        assertThat(cache.projects()).isEqualTo(OpeningCache.PROJECTS);
        assertThat(listeners.get(1L)).as("project 1's subscription removed").isEmpty();
        assertThat(listeners.get(2L)).hasSize(1);
        assertThat(cache.<String>get(1, "bands", this::read)).as("read again").isEqualTo("value " + (OpeningCache.PROJECTS + 2));
    }
}
