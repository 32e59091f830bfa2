package com.factline.security;

import org.jspecify.annotations.Nullable;

/**
 * What the sign-in page offers: the password form (unless FACTLINE_PASSWORD_SIGNIN=false) and a
 * "Sign in with …" button when an identity provider is set up.
 *
 * @param providerName the identity provider's name, or null when none is set up
 */
public record SignInOptions(boolean passwordSignIn, @Nullable String providerName) {

    /** Where the "Sign in with …" button leads: Spring Security starts the authorization code flow there. */
    public static final String PROVIDER_SIGN_IN_PATH = "/oauth2/authorization/" + OidcSettings.REGISTRATION_ID;

    public boolean providerSignIn() {
        return providerName != null;
    }
}
