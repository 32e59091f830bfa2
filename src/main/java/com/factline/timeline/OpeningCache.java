package com.factline.timeline;

import com.factline.collab.ChangeNotice;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What opening a project's timeline reads (its bands, first events and axis, unfiltered), kept
 * per project until the project changes: opening the timeline again then costs no query. Any
 * committed change of the project but presence (the change notices every instance hears, as
 * the views do) drops the project's values; a value read while a change arrived is not kept, so
 * a value kept was read after the last change heard. As a guard against a notice lost (the
 * listener reconnecting), a value is also dropped after {@link #MAX_AGE_MILLIS}. At most
 * {@link #PROJECTS} projects are kept, the least recently opened dropped first with its
 * subscription. A change committed on this instance drops the project's values at once ({@link #forget}), before
 * its notice comes back. Only the opening uses it: a view following live changes reads the database.
 */
final class OpeningCache {

    static final int PROJECTS = 16;
    static final long MAX_AGE_MILLIS = 60_000;

    private record Value(Object value, long readAt) {
    }

    private final class Slot {
        final Registration subscription;
        final Map<String, Value> values = new ConcurrentHashMap<>();
        /** Counts the changes heard: a read is kept only if none arrived while it ran. */
        long changes;

        Slot(long project) {
            this.subscription = subscribe.apply(project, notice -> {
                if (!notice.entityType().equals("presence")) {
                    changed();
                }
            });
        }

        synchronized void changed() {
            changes++;
            values.clear();
        }
    }

    private final BiFunction<Long, Consumer<ChangeNotice>, Registration> subscribe;
    private final LongSupplier clock;
    private final LinkedHashMap<Long, Slot> slots = new LinkedHashMap<>(PROJECTS, 0.75f, true);

    /** {@code subscribe}: hands every committed change of a project to a listener until the registration is removed. */
    OpeningCache(BiFunction<Long, Consumer<ChangeNotice>, Registration> subscribe, LongSupplier clock) {
        this.subscribe = subscribe;
        this.clock = clock;
    }

    /** The value kept for the project under {@code key}, else {@code read}'s (kept unless a change arrived meanwhile). */
    @SuppressWarnings("unchecked")
    <T> T get(long project, String key, Supplier<T> read) {
        Slot slot;
        synchronized (slots) {
            slot = slots.get(project);
            if (slot == null) {
                slot = new Slot(project);
                slots.put(project, slot);
                if (slots.size() > PROJECTS) {
                    var eldest = slots.entrySet().iterator().next();
                    eldest.getValue().subscription.remove();
                    slots.remove(eldest.getKey());
                }
            }
        }
        long now = clock.getAsLong();
        Value kept = slot.values.get(key);
        if (kept != null && now - kept.readAt() < MAX_AGE_MILLIS) {
            return (T) kept.value();
        }
        long changes;
        synchronized (slot) {
            changes = slot.changes;
        }
        T value = read.get();
        synchronized (slot) {
            if (slot.changes == changes) {
                slot.values.put(key, new Value(value, now));
            }
        }
        return value;
    }

    /**
     * Forgets the project's values now: a change of it committed on this instance. Its change notice does the same
     * on every instance, but comes back through PostgreSQL milliseconds later; a navigation right after one's own
     * write must not read the kept value meanwhile. A read running while this is called is not kept.
     */
    void forget(long project) {
        Slot slot;
        synchronized (slots) {
            slot = slots.get(project);
        }
        if (slot != null) {
            slot.changed();
        }
    }

    /** How many projects have values or a subscription (for tests). */
    int projects() {
        synchronized (slots) {
            return slots.size();
        }
    }
}
