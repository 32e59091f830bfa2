package com.factline.security.oidc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider (Spring Authorization Server) for the OIDC sign-in tests, run in a JVM of
 * its own: a second Spring context inside the test JVM would break the shared one. Plain Spring
 * Boot with only the web server, security and authorization-server auto-configurations (no
 * Vaadin, no database). Its own session cookie, so it never clashes with Factline's.
 *
 * <p>Arguments: its port, then the ports of the Factline instances it accepts as clients (each
 * gets {@code http://127.0.0.1:PORT/login/oauth2/code/oidc} and {@code …/login} after sign-out).
 * The issuer is {@code http://localhost:PORT}. Users (password {@value #PASSWORD}): alice-idp
 * (user name "alice"), newcomer, stranger, leaver. Client {@value #CLIENT_ID} / {@value #CLIENT_SECRET}.
 *
 * <p>Deliberately not a {@code @Configuration}: the test context's component scan of com.factline
 * must not pick it up (its beans are read in "lite" mode as the application's primary source).
 */
@ImportAutoConfiguration({
        org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
        org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
        org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class})
public class TestAuthorizationServer {

    public static final String CLIENT_ID = "factline";
    public static final String CLIENT_SECRET = "factline-test-secret";
    public static final String PASSWORD = "provider-password";

    /** Provider user → the claims its ID token carries beyond the subject (the provider user name). */
    static final Map<String, Map<String, String>> CLAIMS = Map.of(
            "alice-idp", Map.of("preferred_username", "alice", "name", "Alice at the provider", "email", "alice@example.org"),
            "newcomer", Map.of("preferred_username", "newcomer", "name", "Nora Newcomer", "email", "nora@example.org"),
            "stranger", Map.of("preferred_username", "stranger", "name", "Sam Stranger"),
            "leaver", Map.of("preferred_username", "leaver", "name", "Lee Leaver"));

    private static List<Integer> clientPorts = List.of();

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        List<Integer> ports = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            ports.add(Integer.parseInt(args[i]));
        }
        clientPorts = List.copyOf(ports);
        // Not Factline's application.properties, which is on the same class path.
        System.setProperty("spring.config.name", "test-authorization-server");
        SpringApplication app = new SpringApplication(TestAuthorizationServer.class);
        app.setDefaultProperties(Map.of(
                "server.port", String.valueOf(port),
                "server.servlet.session.cookie.name", "PROVIDER_SESSION",
                "spring.security.oauth2.authorizationserver.issuer", "http://localhost:" + port,
                "spring.main.banner-mode", "off"));
        app.run();
    }

    @Bean
    UserDetailsService users() {
        var manager = new InMemoryUserDetailsManager();
        CLAIMS.keySet().forEach(name -> manager.createUser(User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()));
        return manager;
    }

    @Bean
    RegisteredClientRepository clients() {
        var client = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build());
        for (int p : clientPorts) {
            client.redirectUri("http://127.0.0.1:" + p + "/login/oauth2/code/oidc");
            client.postLogoutRedirectUri("http://127.0.0.1:" + p + "/login");
        }
        return new InMemoryRegisteredClientRepository(client.build());
    }

    /** The ID token says who the user is beyond the subject: user name, display name, e-mail. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of()).forEach((k, v) -> context.getClaims().claim(k, v));
            }
        };
    }
}
