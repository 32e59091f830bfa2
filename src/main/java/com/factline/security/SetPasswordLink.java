package com.factline.security;

import java.time.Instant;

/** A one-time link to choose a password, handed to the admin once; only its hash is stored. */
public record SetPasswordLink(String username, String path, Instant expiresAt) {
}
