package com.factline.security;

import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a verified OpenID Connect sign-in (Spring's {@link OidcUserService} has checked the ID
 * token and read the user-info endpoint) into a Factline principal, or refuses it with a message
 * the sign-in page shows.
 */
final class FactlineOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcAccounts accounts;
    private final OidcSettings settings;

    FactlineOidcUserService(OidcAccounts accounts, OidcSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser verified = delegate.loadUser(request);
        Map<String, Object> claims = verified.getClaims();
        var in = new OidcAccountRules.Claims(String.valueOf(verified.getIdToken().getIssuer()), verified.getSubject(),
                text(claims.get(settings.usernameClaim())), text(claims.get("name")), text(claims.get("email")));
        OidcAccounts.Outcome outcome;
        try {
            outcome = accounts.signIn(settings, in);
        } catch (RuntimeException e) {
            // Two first sign-ins of one person at once, or the database down: a message on the
            // sign-in page rather than an error page.
            String message = "Factline could not complete the sign-in through " + settings.providerName() + "; try again in a moment.";
            throw new OAuth2AuthenticationException(new OAuth2Error("server_error", message, null), message, e);
        }
        return switch (outcome) {
            case OidcAccounts.Refused refused -> throw new OAuth2AuthenticationException(
                    new OAuth2Error(refused.code(), refused.message(), null), refused.message());
            case OidcAccounts.SignedIn user -> new FactlineOidcUser(user.userId(), user.username(), user.displayName(), user.role(),
                    verified.getIdToken(), verified.getUserInfo(), claims);
        };
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
