package com.factline.base;

/**
 * Sign-ins, API tokens or project memberships changed somewhere (a token revoked, an account disabled or given a new
 * password, a member's role changed or a member removed), on this app instance or another on the same database: whatever
 * remembers a successful sign-in or a member's role between requests forgets it. Sent across instances as a PostgreSQL notification on {@link #CHANNEL} (issue #18); also
 * published when the listener (re)connects, as notifications sent while it was away are lost.
 */
public record AccessChanged() {

    /** The PostgreSQL channel that carries access changes between instances (the payload is empty). */
    public static final String CHANNEL = "factline_access";

    /**
     * Announces an access change made in the current transaction: {@code forget} runs here at once and again when the
     * transaction completes (a lookup that ran meanwhile may have kept the old value), and the other instances hear of
     * it through a notification on {@link #CHANNEL}, which PostgreSQL delivers on commit (none if it rolls back).
     */
    public static void announce(org.springframework.jdbc.core.simple.JdbcClient jdbc, Runnable forget) {
        forget.run();
        jdbc.sql("select 1 from (select pg_notify(?, '')) n").param(CHANNEL).query(Integer.class).single();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            forget.run();
                        }
                    });
        }
    }
}
