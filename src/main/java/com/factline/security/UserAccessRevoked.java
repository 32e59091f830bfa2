package com.factline.security;

/**
 * A user's existing sign-ins stopped being valid: the account was disabled or its password
 * changed or was reset. Anything that remembers a successful sign-in (a cache of Basic
 * credentials) forgets this user's.
 */
public record UserAccessRevoked(UserId user, String username) {
}
