package com.factline.security;

import org.jspecify.annotations.Nullable;

/** An admin's change to an account; a null field stays as it is. */
public record UserChange(@Nullable String displayName, @Nullable String email, @Nullable Boolean enabled) {
}
