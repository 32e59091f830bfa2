package com.factline.collab;

import com.factline.base.NotFoundException;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans committed changes out to the open views of a project on this instance. */
@org.springframework.stereotype.Component
public class ChangeBus {

    private static final Logger log = LoggerFactory.getLogger(ChangeBus.class);
    private final Map<Long, Set<Consumer<ChangeNotice>>> listeners = new ConcurrentHashMap<>();
    private final ProjectAccess access;

    ChangeBus(ProjectAccess access) {
        this.access = access;
    }

    @org.springframework.beans.factory.annotation.Value("${factline.live-trace:false}")
    void setLiveTrace(boolean on) {
        LiveTrace.enable(on);
    }

    /**
     * Whether the signed-in user may follow a project's changes: a view checks this before it
     * subscribes, so a non-member who opens a project's URL hears nothing of it.
     */
    public boolean mayWatch(long projectId) {
        try {
            access.require(new ProjectId(projectId), ProjectPermission.READ);
            return true;
        } catch (NotFoundException | AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            return false;
        }
    }

    /** Subscribes for the signed-in user, or returns null when they may not see the project. */
    public @Nullable Registration subscribeIfAllowed(long projectId, Consumer<ChangeNotice> listener) {
        return mayWatch(projectId) ? subscribe(projectId, listener) : null;
    }

    /**
     * Hands every committed change of the project to {@code listener} until the registration is removed; not the
     * notices that background work started or ended ({@link #announceBackgroundWork}): a listener here reacts to
     * changes of data (a cache drops what it kept), and those notices change none. Views that show such work bind
     * with {@link #bind} or {@link #bindBatch}.
     */
    public Registration subscribe(long projectId, Consumer<ChangeNotice> listener) {
        return subscribeAll(projectId, notice -> {
            if (!notice.backgroundWork()) {
                listener.accept(notice);
            }
        });
    }

    private Registration subscribeAll(long projectId, Consumer<ChangeNotice> listener) {
        listeners.computeIfAbsent(projectId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> {
            Set<Consumer<ChangeNotice>> set = listeners.get(projectId);
            if (set != null) {
                set.remove(listener);
            }
        };
    }

    /**
     * Subscribes a view for as long as it is attached, if the signed-in user may see the project; the callback runs with the UI locked and
     * its result is pushed to the browser. A view hears the notices of background work starting or ending too
     * ({@link ChangeNotice#backgroundWork()}).
     */
    public void bind(Component view, long projectId, Consumer<ChangeNotice> onChange) {
        bindBatch(view, projectId, batch -> batch.forEach(onChange));
    }

    /**
     * Like {@link #bind}, but changes that arrive while the view waits for its UI (a request being
     * handled, its previous refresh running) are handed over together, in the order they came: a
     * burst costs the view one turn and one push, and a single change is not delayed at all.
     */
    public void bindBatch(Component view, long projectId, Consumer<List<ChangeNotice>> onChanges) {
        String name = view.getClass().getSimpleName();
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Coalescer coalescer = new Coalescer(ui, name, onChanges);
            if (!mayWatch(projectId)) {
                return;
            }
            Registration reg = subscribeAll(projectId, coalescer::offer);
            view.addDetachListener(detach -> {
                reg.remove();
                detach.unregisterListener();
            });
        });
    }

    /** For views that simply reload: runs {@code refresh} once per batch of committed changes, presence and background work aside. */
    public void bindRefresh(Component view, long projectId, Runnable refresh) {
        bindBatch(view, projectId, batch -> {
            if (batch.stream().anyMatch(notice -> !notice.entityType().equals("presence") && !notice.backgroundWork())) {
                refresh.run();
            }
        });
    }

    /** One view's mailbox: at most one turn on its UI is queued at a time; what arrives meanwhile joins it. */
    private static final class Coalescer {

        private record Pending(ChangeNotice notice, LiveTrace.@Nullable Arrival arrival) {
        }

        /** Set while {@link #offer} hands a turn to {@code ui.access}, which runs it on this very thread when the UI is free. */
        private static final ThreadLocal<@Nullable Ran> OFFERING = new ThreadLocal<>();

        /** A traced turn that ran inside {@code ui.access} on the offering thread, to be logged once the push is done. */
        private static final class Ran {
            LiveTrace.@Nullable Turn turn;
            long end;
            int count;
        }

        private final UI ui;
        private final String view;
        private final Consumer<List<ChangeNotice>> onChanges;
        private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        Coalescer(UI ui, String view, Consumer<List<ChangeNotice>> onChanges) {
            this.ui = ui;
            this.view = view;
            this.onChanges = onChanges;
        }

        void offer(ChangeNotice notice) {
            queue.add(new Pending(notice, LiveTrace.arriving()));
            if (!scheduled.compareAndSet(false, true)) {
                return;
            }
            if (FROM_DATABASE.get() != null) {
                // ui.access runs the turn on the calling thread when the UI is free: on the listener's
                // thread, one view's queries and push would hold up every other view's. One virtual
                // thread per view with a turn due (never more: see scheduled) lets them run side by side.
                Thread.ofVirtual().name("factline-live-" + view).start(this::schedule);
            } else {
                schedule();
            }
        }

        private void schedule() {
            Ran ranHere = LiveTrace.on() ? new Ran() : null;
            OFFERING.set(ranHere);
            try {
                ui.access(this::turn);
            } catch (RuntimeException e) {
                scheduled.set(false); // a detached UI: nothing will run; the next notice may try again
                if (FROM_DATABASE.get() == null && !Thread.currentThread().isVirtual()) {
                    throw e;
                }
                log.debug("Change listener failed: {}", e.toString());
            } finally {
                OFFERING.remove();
            }
            if (ranHere != null && ranHere.turn != null) {
                // The turn ran on this thread: ui.access returned after the session's unlock pushed its result.
                LiveTrace.end(ranHere.turn, ranHere.end, System.nanoTime() - ranHere.end, ranHere.count);
            }
        }

        private void turn() {
            scheduled.set(false);
            List<ChangeNotice> batch = new ArrayList<>();
            LiveTrace.Arrival first = null;
            for (Pending p; (p = queue.poll()) != null; ) {
                batch.add(p.notice());
                first = first != null ? first : p.arrival();
            }
            if (batch.isEmpty()) {
                return;
            }
            LiveTrace.Turn turn = first != null ? LiveTrace.begin(first, view) : null;
            try {
                onChanges.accept(batch);
            } finally {
                if (turn != null) {
                    long end = System.nanoTime();
                    Ran ranHere = OFFERING.get();
                    if (ranHere != null) {
                        ranHere.turn = turn;
                        ranHere.end = end;
                        ranHere.count = batch.size();
                    } else {
                        LiveTrace.end(turn, end, -1, batch.size());
                    }
                }
            }
        }
    }

    /** Set while {@link PgChangeListener} publishes, so that views take their turns off its thread. */
    private static final ThreadLocal<@Nullable Boolean> FROM_DATABASE = new ThreadLocal<>();

    /** What the database listener calls: like {@link #publish}, but views react on threads of their own. */
    void publishFromDatabase(ChangeNotice notice) {
        FROM_DATABASE.set(Boolean.TRUE);
        try {
            publish(notice);
        } finally {
            FROM_DATABASE.remove();
        }
    }

    /**
     * Tells this instance's open views of a project that its background work of a kind ({@code entityType}:
     * "proposal", "discrepancy") started or ended. Called from the background lanes and from committing threads, so
     * views react on threads of their own, as for the database's notices. Not sent to other instances: the work
     * runs, and is known, only here.
     */
    public void announceBackgroundWork(long projectId, String entityType) {
        publishFromDatabase(new ChangeNotice(projectId, entityType, null, ChangeNotice.BACKGROUND_WORK, "system"));
    }

    void publish(ChangeNotice notice) {
        for (Consumer<ChangeNotice> l : listeners.getOrDefault(notice.projectId(), Set.of())) {
            try {
                l.accept(notice);
            } catch (RuntimeException e) {
                // A closed UI must not stop the others from hearing about the change.
                log.debug("Change listener failed: {}", e.toString());
            }
        }
    }

    /** How many open views on this instance follow a project (for tests and diagnostics). */
    public int listenerCount(long projectId) {
        return listeners.getOrDefault(projectId, Set.of()).size();
    }
}
