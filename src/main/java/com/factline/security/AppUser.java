package com.factline.security;

import com.factline.base.Role;

public record AppUser(UserId id, String username, String displayName, Role role, boolean enabled, int version) {
}
