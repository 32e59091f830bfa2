package com.factline.base;

import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that must be finished before the web server accepts its first request: the accounts and the demo
 * project. Run as lifecycle steps in phases below the web server's, so that neither a request, nor the readiness
 * probe ({@code /actuator/health/readiness}), nor the "Started …" log line comes before the data is there. (An
 * {@code ApplicationRunner} runs only after the server already answers.) A step that throws stops the start.
 */
public abstract class BeforeServing implements SmartLifecycle {

    /** The accounts people sign in with. */
    public static final int USERS = SmartLifecycle.DEFAULT_PHASE - 8192;
    /** Data that needs the accounts (the demo project is seeded as the demo admin). */
    public static final int DATA = USERS + 1;

    private volatile boolean ran;
    private volatile boolean running;

    /** The work; runs once, on the main thread, while the application context starts. */
    protected abstract void runBeforeServing();

    /**
     * Runs the work the first time only: a context that is stopped and started again (the test framework pauses
     * contexts it keeps cached) has its data already, and may be restarted on a thread that is not set up for it.
     */
    @Override
    public final synchronized void start() {
        if (!ran) {
            runBeforeServing();
            ran = true;
        }
        running = true;
    }

    @Override
    public final void stop() {
        // Nothing to undo: the work is in the database.
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }
}
