package com.factline.discrepancy;

import com.factline.collab.ChangeNotice;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The fingerprints of a few projects' discrepancies as the last suggestion run on this instance left them (issue #18):
 * a run under a stream of edits then compares its findings with these instead of reading every discrepancy of the
 * project again, and tells that nothing changed since without hashing them all in the database.
 *
 * <p>Forgotten, with a new {@link #token}, when anything else changes a discrepancy of the project: a change on this
 * instance ({@link #forget}, after its commit), and the change notice of any discrepancy the runs here did not write
 * themselves (another instance's runs, editors anywhere; every such change is audit-logged, so it sends one). A
 * change made elsewhere whose notice has not arrived yet may be missed by one run; its notice then forgets the state
 * and asks for a run ({@code outdated}), which reads the database. Everything is forgotten when the notices may have
 * been missed (the listener reconnected). Bounded by {@link #MAX_ROWS} fingerprints over all projects, the least
 * recently used dropped first.
 */
final class KeptFingerprints {

    /** At most this many fingerprints are kept, over all projects (about 100 bytes each). */
    static final int MAX_ROWS = 100_000;

    /** The most ids of its own writes a project's entry waits to hear about before it is forgotten instead. */
    static final int MAX_OWN = 20_000;

    /** A project's kept fingerprints and the generation they belong to (see {@link #put}). */
    record Snapshot(Map<String, DiscrepancyStore.Fingerprinted> byFingerprint, long generation) {
    }

    private record Held(Map<String, DiscrepancyStore.Fingerprinted> byFingerprint) {
    }

    private final int maxRows;
    private final BiFunction<Long, Consumer<ChangeNotice>, Registration> subscribe;
    private final LongConsumer outdated;
    private final Map<Long, Held> byProject = new LinkedHashMap<>(16, 0.75f, true);
    /** Per project ever kept, bumped whenever its state is forgotten: one small entry per project. */
    private final Map<Long, Long> generations = new HashMap<>();
    /** The projects whose notices are heard: those kept, and those a run is reading to keep. */
    private final Map<Long, Registration> subscriptions = new HashMap<>();
    /** Per project heard, the ids this instance's runs inserted or withdrew whose notices have not arrived yet. */
    private final Map<Long, Set<Long>> own = new HashMap<>();
    private long rows;

    /**
     * {@code subscribe}: hands every committed change of a project to a listener until the registration is removed;
     * {@code outdated}: told of a project whose state a change made elsewhere made stale (to ask for a run).
     */
    KeptFingerprints(BiFunction<Long, Consumer<ChangeNotice>, Registration> subscribe, LongConsumer outdated) {
        this(MAX_ROWS, subscribe, outdated);
    }

    KeptFingerprints(int maxRows, BiFunction<Long, Consumer<ChangeNotice>, Registration> subscribe, LongConsumer outdated) {
        this.maxRows = maxRows;
        this.subscribe = subscribe;
        this.outdated = outdated;
    }

    /**
     * A run is about to read the project's state (from here or the database): from now on the project's notices are
     * heard, and the generation returned is the one to {@link #put} the state with.
     */
    synchronized long begin(long project) {
        subscriptions.computeIfAbsent(project, p -> subscribe.apply(p, notice -> heard(p, notice)));
        return generation(project);
    }

    synchronized long generation(long project) {
        return generations.getOrDefault(project, 0L);
    }

    /** The kept state, or null when none is kept. The map is not to be changed. */
    synchronized @Nullable Snapshot get(long project) {
        Held h = byProject.get(project);
        return h == null ? null : new Snapshot(h.byFingerprint(), generation(project));
    }

    /**
     * A token for the project's discrepancies as kept: the same until anything forgets them. Null when nothing is
     * kept (compare with the database's fingerprint of the discrepancies then).
     */
    synchronized @Nullable String token(long project) {
        return byProject.containsKey(project) ? tokenOf(generation(project)) : null;
    }

    /** The token {@link #put} of this generation gives, when it keeps the state. */
    static String tokenOf(long generation) {
        return "kept-" + generation;
    }

    /** Whether a state of this many fingerprints would be kept at all. */
    boolean keeps(int fingerprints) {
        return fingerprints <= maxRows;
    }

    /**
     * Ids a run is writing (inserted or withdrawn) before its commit: their notices are its own and forget nothing.
     * Harmless if the run rolls back (its ids never come back, and no notice names them).
     */
    synchronized void expectOwn(long project, java.util.Collection<Long> ids) {
        if (!subscriptions.containsKey(project)) {
            return; // not heard: nothing to tell apart
        }
        Set<Long> mine = own.computeIfAbsent(project, p -> new HashSet<>());
        mine.addAll(ids);
        if (mine.size() > MAX_OWN) { // notices lost, or far behind: start afresh
            mine.clear();
            forget(project);
        }
    }

    /**
     * Keeps the project's state as a run left it after its commit, if nothing forgot the project since
     * {@code generation} was taken; tells whether it did.
     */
    synchronized boolean put(long project, long generation, Map<String, DiscrepancyStore.Fingerprinted> byFingerprint) {
        if (generation(project) != generation || !keeps(byFingerprint.size()) || !subscriptions.containsKey(project)) {
            return false;
        }
        Held old = byProject.remove(project);
        if (old != null) {
            rows -= old.byFingerprint().size();
        }
        byProject.put(project, new Held(byFingerprint));
        rows += byFingerprint.size();
        var eldest = byProject.entrySet().iterator();
        while (rows > maxRows && eldest.hasNext()) {
            var e = eldest.next();
            if (e.getKey() == project) {
                continue;
            }
            eldest.remove();
            release(e.getKey(), e.getValue());
            Registration r = subscriptions.remove(e.getKey());
            own.remove(e.getKey());
            if (r != null) {
                r.remove();
            }
        }
        return true;
    }

    /** A discrepancy of the project changed on this instance (after its commit): what is kept is stale. */
    synchronized void forget(long project) {
        drop(project);
        generations.merge(project, 1L, Long::sum);
    }

    /** Notices may have been missed: every project's state is stale. */
    synchronized void forgetAll() {
        for (Long project : java.util.List.copyOf(byProject.keySet())) {
            forget(project);
        }
    }

    /** A committed change of the project, from the change notices (this instance's and the others'). */
    void heard(long project, ChangeNotice notice) {
        if (!"discrepancy".equals(notice.entityType())) {
            return;
        }
        boolean wasKept;
        synchronized (this) {
            Held h = byProject.get(project);
            Set<Long> mine = own.get(project);
            if (mine != null && notice.entityId() != null && mine.remove(notice.entityId())) {
                return; // this instance's own run wrote it
            }
            wasKept = h != null;
            forget(project); // also when a run is reading the state now: it must not keep it
        }
        if (wasKept) {
            outdated.accept(project);
        }
    }

    synchronized int size() {
        return byProject.size();
    }

    private void drop(long project) {
        Held h = byProject.remove(project);
        if (h != null) {
            release(project, h);
        }
    }

    private void release(long project, Held h) {
        rows -= h.byFingerprint().size();
        generations.merge(project, 1L, Long::sum);
    }
}
