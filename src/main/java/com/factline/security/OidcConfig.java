package com.factline.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * Sign-in with the newsroom's identity provider. Without FACTLINE_OIDC_ISSUER_URI there is no
 * client registration bean, so no OAuth2 sign-in is set up at all.
 */
@Configuration
class OidcConfig {

    private static final Logger log = LoggerFactory.getLogger(OidcConfig.class);

    @Bean
    SignInOptions signInOptions(Environment env) {
        Optional<OidcSettings> oidc = OidcSettings.from(env);
        boolean passwords = OidcSettings.passwordSignIn(env);
        if (!passwords && oidc.isEmpty()) {
            throw new IllegalStateException("FACTLINE_PASSWORD_SIGNIN=false needs an identity provider (FACTLINE_OIDC_ISSUER_URI and"
                    + " FACTLINE_OIDC_CLIENT_ID): without one no one could sign in.");
        }
        oidc.ifPresent(s -> log.info("Sign-in through {} ({}), provisioning: {}; password sign-in {}.", s.providerName(), s.issuerUri(),
                s.provisioning().name().toLowerCase(java.util.Locale.ROOT), passwords ? "on" : "off"));
        return new SignInOptions(passwords, oidc.map(OidcSettings::providerName).orElse(null));
    }

    @Bean
    @ConditionalOnExpression("!'${factline.oidc.issuer-uri:}'.isBlank()")
    OidcSettings oidcSettings(Environment env) {
        return OidcSettings.from(env).orElseThrow();
    }

    @Bean
    @ConditionalOnExpression("!'${factline.oidc.issuer-uri:}'.isBlank()")
    ClientRegistrationRepository clientRegistrationRepository(OidcSettings settings) {
        return new DiscoveredRegistration(settings);
    }

    @Bean
    @ConditionalOnExpression("!'${factline.oidc.issuer-uri:}'.isBlank()")
    FactlineOidcUserService factlineOidcUserService(OidcAccounts accounts, OidcSettings settings) {
        return new FactlineOidcUserService(accounts, settings);
    }

    /**
     * The one client registration, built from the provider's discovery document at the first
     * sign-in rather than at start-up: Factline starts (and password sign-in works) while the
     * provider is unreachable, and a failed discovery is tried again at the next sign-in.
     */
    static final class DiscoveredRegistration implements ClientRegistrationRepository {

        private final OidcSettings settings;
        private volatile @Nullable ClientRegistration registration;

        DiscoveredRegistration(OidcSettings settings) {
            this.settings = settings;
        }

        @Override
        public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
            if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration r = registration;
            if (r == null) {
                synchronized (this) {
                    r = registration;
                    if (r == null) {
                        r = discover();
                        registration = r;
                    }
                }
            }
            return r;
        }

        private ClientRegistration discover() {
            try {
                // Spring's discovery reads the provider's metadata with 30-second connect and read time-outs.
                ClientRegistration r = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                        .registrationId(OidcSettings.REGISTRATION_ID)
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        // No secret: a public client, which Spring protects with PKCE.
                        .clientAuthenticationMethod(settings.clientSecret().isEmpty()
                                ? org.springframework.security.oauth2.core.ClientAuthenticationMethod.NONE
                                : org.springframework.security.oauth2.core.ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .scope("openid", "profile", "email")
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .clientName(settings.providerName())
                        .build();
                log.info("Read the OpenID configuration of {}.", settings.issuerUri());
                return r;
            } catch (RuntimeException e) {
                log.warn("Could not read the OpenID configuration of {}: {}", settings.issuerUri(), e.getMessage());
                throw new IllegalStateException("The identity provider " + settings.providerName() + " did not answer; try again later.", e);
            }
        }
    }
}
