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
}
