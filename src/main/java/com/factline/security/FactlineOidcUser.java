package com.factline.security;

import com.factline.base.Role;
import java.io.Serial;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A Factline account signed in through the identity provider: the Factline principal (user id,
 * name, global role) that also carries the provider's ID token, which RP-initiated sign-out needs.
 * It has no password.
 */
final class FactlineOidcUser extends FactlineUserDetails implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    FactlineOidcUser(long userId, String username, String displayName, Role role, OidcIdToken idToken, @Nullable OidcUserInfo userInfo,
                     Map<String, Object> claims) {
        super(userId, username, displayName, role, true, "");
        this.idToken = idToken;
        this.userInfo = userInfo;
        this.claims = Map.copyOf(claims);
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
