package com.factline.collab;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A switchable probe on the live path: for each committed change it logs, per view that reacts,
 * how long the change took from its audit entry (written just before the commit; its notice follows the commit) to this
 * instance's listener, from there to the view's turn on its UI (the session lock), the view's own
 * work (with the steps it marks, e.g. its queries) and the push to the browser.
 *
 * <p>Off by default ({@code factline.live-trace=true} or {@code FACTLINE_LIVE_TRACE=true} turns it
 * on): when off, every call is one volatile read. The lines go to the logger
 * {@code com.factline.collab.LiveTrace} at INFO.
 */
public final class LiveTrace {

    private static final Logger log = LoggerFactory.getLogger(LiveTrace.class);
    private static volatile boolean on;

    /** Where a notice stands on its way to the views. */
    record Arrival(ChangeNotice notice, long notifiedAtMillis, long receivedAtMillis, long receivedAtNanos) {
    }

    /** A view's turn with a notice: its steps, in order. */
    static final class Turn {
        final Arrival arrival;
        final String view;
        final long startNanos = System.nanoTime();
        long lastNanos = startNanos;
        final List<String> steps = new ArrayList<>();

        Turn(Arrival arrival, String view) {
            this.arrival = arrival;
            this.view = view;
        }
    }

    private static final ThreadLocal<@Nullable Arrival> ARRIVING = new ThreadLocal<>();
    private static final ThreadLocal<@Nullable Turn> TURN = new ThreadLocal<>();

    private LiveTrace() {
    }

    static void enable(boolean enabled) {
        on = enabled;
    }

    public static boolean on() {
        return on;
    }

    /** The notice being published on this thread, if tracing (for a subscriber to carry into its UI turn). */
    static @Nullable Arrival arriving() {
        return on ? ARRIVING.get() : null;
    }

    static void publishing(@Nullable Arrival a) {
        if (a == null) {
            ARRIVING.remove();
        } else {
            ARRIVING.set(a);
        }
    }

    static Turn begin(Arrival a, String view) {
        Turn t = new Turn(a, view);
        TURN.set(t);
        return t;
    }

    /**
     * Marks the end of a step of the current view's turn (e.g. "bands query"): its time since the
     * previous mark is logged with the turn. Does nothing unless tracing is on and a view is reacting to a change.
     */
    public static void step(String name) {
        if (!on) {
            return;
        }
        Turn t = TURN.get();
        if (t != null) {
            long now = System.nanoTime();
            t.steps.add(name + " " + ms(now - t.lastNanos));
            t.lastNanos = now;
        }
    }

    /** Ends the view's turn: logs it. {@code pushNanos} is the time the push took after the view's work, or -1 when it was not seen. */
    static void end(Turn t, long viewEndNanos, long pushNanos, int coalesced) {
        TURN.remove();
        Arrival a = t.arrival;
        ChangeNotice n = a.notice();
        long end = pushNanos >= 0 ? viewEndNanos + pushNanos : viewEndNanos;
        log.info("live-trace {}#{} {} by {} -> {}: notify->listener {}, listener->view {}, view {}{}{}{}; total since notify {}",
                n.entityType(), n.entityId(), n.action(), n.actor(), t.view,
                a.notifiedAtMillis() > 0 ? (a.receivedAtMillis() - a.notifiedAtMillis()) + " ms" : "?",
                ms(t.startNanos - a.receivedAtNanos()), ms(viewEndNanos - t.startNanos),
                t.steps.isEmpty() ? "" : " " + t.steps,
                pushNanos >= 0 ? ", push " + ms(pushNanos) : "",
                coalesced > 1 ? ", " + coalesced + " changes coalesced" : "",
                a.notifiedAtMillis() > 0 ? (a.receivedAtMillis() - a.notifiedAtMillis() + (end - a.receivedAtNanos()) / 1_000_000) + " ms" : "?");
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
