package com.factline.security;

import com.factline.base.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an admin types to create an account. Without a password the answer carries a one-time
 * set-password link instead. The role is the instance-wide one: EDITOR (the default) or ADMIN;
 * what someone may do in a project comes from their project role.
 */
public record NewUser(@Nullable String username, @Nullable String displayName, @Nullable String email,
                      @Nullable String password, @Nullable Role role) {
}
