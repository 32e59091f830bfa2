package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.collab.ChangeNotice;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class KeptFingerprintsTest {

    /** Subscriptions by project, as the change bus would hold them. */
    private final Map<Long, List<Consumer<ChangeNotice>>> listeners = new HashMap<>();
    private final List<Long> outdated = new ArrayList<>();

    private KeptFingerprints kept(int maxRows) {
        return new KeptFingerprints(maxRows, (project, listener) -> {
            listeners.computeIfAbsent(project, p -> new ArrayList<>()).add(listener);
            return (Registration) () -> listeners.get(project).remove(listener);
        }, outdated::add);
    }

    private void notice(long project, String type, Long id) {
        List.copyOf(listeners.getOrDefault(project, List.of()))
                .forEach(l -> l.accept(new ChangeNotice(project, type, id, "suggest", "system")));
    }

    private static Map<String, DiscrepancyStore.Fingerprinted> rows(long... ids) {
        Map<String, DiscrepancyStore.Fingerprinted> m = new HashMap<>();
        for (long id : ids) {
            m.put("fp-" + id, new DiscrepancyStore.Fingerprinted(id, "fp-" + id, true));
        }
        return m;
    }

    @Test
    void aRunsOwnNoticesForgetNothingAndAnyOtherDiscrepancyNoticeForgetsTheProjectAndAsksForARun() {
        KeptFingerprints kept = kept(1000);
        long g = kept.begin(7);
        kept.expectOwn(7, List.of(3L)); // the run inserts suggestion 3 before its commit
        notice(7, "discrepancy", 3L); // its notice may come before the run keeps what it left
        kept.expectOwn(7, List.of(4L));
        assertThat(kept.put(7, g, rows(1, 2, 3, 4))).isTrue();
        String token = kept.token(7);
        assertThat(token).isNotNull();

        notice(7, "discrepancy", 4L); // or after
        notice(7, "claim", 99L); // not a discrepancy
        assertThat(kept.get(7)).isNotNull();
        assertThat(kept.token(7)).isEqualTo(token);
        assertThat(outdated).isEmpty();

        notice(7, "discrepancy", 3L); // heard once already: now someone else's change of it
        assertThat(kept.get(7)).isNull();
        assertThat(kept.token(7)).isNull();
        assertThat(outdated).containsExactly(7L);
    }

    @Test
    void aStateReadBeforeAChangeElsewhereIsNotKept() {
        KeptFingerprints kept = kept(1000);
        long g = kept.begin(7); // the run starts reading
        notice(7, "discrepancy", 5L); // an editor accepts a suggestion meanwhile
        assertThat(kept.put(7, g, rows(1, 2))).isFalse();
        assertThat(kept.get(7)).isNull();

        long again = kept.begin(7);
        assertThat(again).isNotEqualTo(g);
        assertThat(kept.put(7, again, rows(1, 2, 5))).isTrue();
        assertThat(kept.get(7).byFingerprint()).containsOnlyKeys("fp-1", "fp-2", "fp-5");
    }

    @Test
    void aLocalChangeOrALostListenerForgetsAndChangesTheToken() {
        KeptFingerprints kept = kept(1000);
        assertThat(kept.put(7, kept.begin(7), rows(1))).isTrue();
        assertThat(kept.put(8, kept.begin(8), rows(2))).isTrue();
        String before = kept.token(7);
        kept.forget(7);
        assertThat(kept.get(7)).isNull();
        assertThat(kept.put(7, kept.begin(7), rows(1))).isTrue();
        assertThat(kept.token(7)).isNotEqualTo(before);

        kept.forgetAll();
        assertThat(kept.size()).isZero();
        assertThat(outdated).as("changes made here are not outdated runs").isEmpty();
    }

    @Test
    void keepsAtMostItsBoundOfFingerprintsDroppingTheLeastRecentlyUsedProject() {
        KeptFingerprints kept = kept(5);
        assertThat(kept.put(1, kept.begin(1), rows(1, 2))).isTrue();
        assertThat(kept.put(2, kept.begin(2), rows(3, 4))).isTrue();
        kept.get(1); // used: project 2 is now the eldest
        assertThat(kept.put(3, kept.begin(3), rows(5, 6))).isTrue();
        assertThat(kept.get(2)).isNull();
        assertThat(kept.get(1)).isNotNull();
        assertThat(kept.get(3)).isNotNull();
        assertThat(listeners.getOrDefault(2L, List.of())).as("no longer listening for project 2").isEmpty();

        assertThat(kept.put(4, kept.begin(4), rows(7, 8, 9, 10, 11, 12))).as("alone over the bound").isFalse();
        assertThat(kept.get(4)).isNull();
    }
}
