package com.factline.security;

import com.factline.base.AppUserPrincipal;
import com.factline.base.Role;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal in the security context; carries the user id so services need no lookup. A sign-in
 * through the identity provider has the subclass {@link FactlineOidcUser}, so the session registry,
 * {@code CurrentUser} and every check treat both sign-ins alike.
 */
class FactlineUserDetails implements UserDetails, CredentialsContainer, AppUserPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private String passwordHash;

    FactlineUserDetails(long userId, String username, String displayName, Role role, boolean enabled, String passwordHash) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        // The hierarchy ADMIN > REVIEWER > EDITOR is spelled out here so that every check,
        // including Vaadin's view checks, sees it without a RoleHierarchy bean.
        return java.util.Arrays.stream(Role.values())
                .filter(role::includes)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactlineUserDetails other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "FactlineUserDetails[" + username + ", " + role + "]";
    }

    static List<String> authoritiesOf(Role role) {
        return java.util.Arrays.stream(Role.values()).filter(role::includes).map(Role::authority).toList();
    }
}
