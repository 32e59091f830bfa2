package com.factline.security;

import com.factline.base.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as the people list shows it; the password hash never leaves the store. */
public record AppUser(UserId id, String username, String displayName, Role role, boolean enabled, int version,
                      @Nullable String email, @Nullable Instant lastSignInAt) {

    public AppUser(UserId id, String username, String displayName, Role role, boolean enabled, int version) {
        this(id, username, displayName, role, enabled, version, null, null);
    }
}
