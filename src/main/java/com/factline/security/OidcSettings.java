package com.factline.security;

import com.factline.base.Role;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * How sign-in with the newsroom's identity provider (OpenID Connect) is set up: read once at
 * start-up from the {@code FACTLINE_OIDC_*} environment variables (see application.properties).
 * Absent while no issuer is given; a half-done setting stops the start with a message naming the
 * variable, rather than an instance whose sign-in button fails.
 *
 * @param issuerUri     the provider's issuer; its {@code /.well-known/openid-configuration} is read at the first sign-in
 * @param providerName  shown on the sign-in button ("Sign in with …")
 * @param usernameClaim the claim whose value is the Factline user name
 * @param provisioning  what an unknown user's first sign-in does
 * @param defaultRole   the global role of an account created at its first sign-in (no project yet)
 */
public record OidcSettings(String issuerUri, String clientId, String clientSecret, String providerName, String usernameClaim,
                           Provisioning provisioning, Role defaultRole) {

    /** The registration id; the provider redirects back to {@code /login/oauth2/code/oidc}. */
    public static final String REGISTRATION_ID = "oidc";

    /** What the first sign-in of someone without a Factline account does. */
    public enum Provisioning {
        /** Creates the account (the default role, no project). */
        CREATE,
        /** Refuses: an administrator must add the person in People first. */
        INVITE
    }

    public OidcSettings {
        if (!issuerUri.startsWith("https://") && !issuerUri.startsWith("http://")) {
            throw new IllegalStateException("FACTLINE_OIDC_ISSUER_URI must be an http(s) URL, not \u201c" + issuerUri + "\u201d.");
        }
        if (clientId.isBlank()) {
            throw new IllegalStateException("FACTLINE_OIDC_ISSUER_URI is set but FACTLINE_OIDC_CLIENT_ID is not.");
        }
        if (usernameClaim.isBlank()) {
            throw new IllegalStateException("FACTLINE_OIDC_USERNAME_CLAIM must name a claim (default preferred_username).");
        }
        if (defaultRole == Role.REVIEWER) {
            throw new IllegalStateException("FACTLINE_OIDC_DEFAULT_ROLE is EDITOR or ADMIN: reviewing is a project role.");
        }
    }

    /** The settings, or empty when FACTLINE_OIDC_ISSUER_URI is not set (sign-in with a provider is off). */
    public static Optional<OidcSettings> from(Environment env) {
        String issuer = value(env, "factline.oidc.issuer-uri", "");
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        String mode = value(env, "factline.oidc.provisioning", "invite").toUpperCase(Locale.ROOT);
        Provisioning provisioning;
        try {
            provisioning = Provisioning.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("FACTLINE_OIDC_PROVISIONING is \u201ccreate\u201d or \u201cinvite\u201d, not \u201c" + mode + "\u201d.");
        }
        String role = value(env, "factline.oidc.default-role", "EDITOR").toUpperCase(Locale.ROOT);
        Role defaultRole;
        try {
            defaultRole = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("FACTLINE_OIDC_DEFAULT_ROLE is EDITOR or ADMIN, not \u201c" + role + "\u201d.");
        }
        String name = value(env, "factline.oidc.provider-name", "");
        return Optional.of(new OidcSettings(issuer, value(env, "factline.oidc.client-id", ""),
                value(env, "factline.oidc.client-secret", ""), name.isEmpty() ? hostOf(issuer) : name,
                value(env, "factline.oidc.username-claim", "preferred_username"), provisioning, defaultRole));
    }

    /** Whether password sign-in (the form and HTTP Basic) is on; FACTLINE_PASSWORD_SIGNIN=false switches it off. */
    public static boolean passwordSignIn(Environment env) {
        String v = value(env, "factline.password-signin", "true");
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new IllegalStateException("FACTLINE_PASSWORD_SIGNIN is true or false, not \u201c" + v + "\u201d.");
        }
        return Boolean.parseBoolean(v);
    }

    private static String value(Environment env, String key, String fallback) {
        @Nullable String v = env.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static String hostOf(String issuer) {
        try {
            String host = java.net.URI.create(issuer).getHost();
            return host == null ? "your identity provider" : host;
        } catch (IllegalArgumentException e) {
            return "your identity provider";
        }
    }
}
