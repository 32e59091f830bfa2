package com.factline.security;

import java.time.Instant;

/**
 * One signed-in browser session of a user. {@code id} is a handle derived from the session id
 * (never the id itself, which would let a script that reads it take the session over).
 */
public record UserSession(String id, Instant lastRequest, boolean current) {
}
