package com.factline.security;

import com.factline.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three chains: the JSON API (Basic or token, stateless, never a redirect), the actuator, and
 * the Vaadin UI (form login with Vaadin's own CSRF and request handling, and sign-in through the
 * newsroom's identity provider when one is set up). With FACTLINE_PASSWORD_SIGNIN=false the form
 * and HTTP Basic refuse every password; API tokens keep working.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** What Vaadin's client needs; inline styles and eval are used by its bundle. */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /**
     * No Spring Security observations: without this, every filter of every chain, every sign-in and every
     * {@code @PreAuthorize} is wrapped in an observation that the {@code management.observations.enable.spring.security}
     * property only turns into a no-op after creating it (a few per cent of the CPU of an API request under load, issue
     * #18). Nothing here reads them; the HTTP request metrics ({@code http.server.requests}) are not Spring Security's.
     */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings noSecurityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, JsonSecurityErrors errors,
                                RememberingBasicAuthentication basic, SignInOptions signIn) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authenticationManager(signIn.passwordSignIn() ? basic.manager() : PasswordSignInOff.REFUSING)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .addFilterBefore(new ApiTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                // Every API request must sign in (Basic or token): no anonymous user is needed, a request without one is
                // refused by the same entry point (401); nothing here reads the servlet request's principal or roles.
                .anonymous(a -> a.disable())
                .servletApi(s -> s.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, JsonSecurityErrors errors, SignInOptions signIn) throws Exception {
        if (!signIn.passwordSignIn()) {
            http.authenticationManager(PasswordSignInOff.REFUSING);
        }
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http, org.springframework.security.core.session.SessionRegistry sessions,
                                    SignInOptions signIn, ObjectProvider<ClientRegistrationRepository> registrations,
                                    ObjectProvider<FactlineOidcUserService> oidcUsers) throws Exception {
        // The plain CSS/JS under frontend/ is served from /assets; without this a context://
        // module is silently refused.
        http.authorizeHttpRequests(a -> a.requestMatchers("/assets/**").permitAll());
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // Written when the response is committed, the headers never reached Vaadin's HTML
                // pages (the login page and every view came without CSP or nosniff): write them first.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Sessions are registered so that a user can see and end them, and disabling a user ends
        // theirs: an expired session is refused at its next request.
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        if (!signIn.passwordSignIn()) {
            http.addFilterBefore(new PasswordSignInOff(), UsernamePasswordAuthenticationFilter.class);
        }
        ClientRegistrationRepository registration = registrations.getIfAvailable();
        if (registration == null) {
            return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
        }
        // Sign-in with the identity provider beside the password form (Vaadin's configurer sets up
        // one or the other, so the OAuth2 part is ours). A refusal lands on the sign-in page, which
        // shows why; the session is registered like a form sign-in's, so disabling the user ends it.
        var refused = new SimpleUrlAuthenticationFailureHandler("/login?oidc-refused");
        http.oauth2Login(o -> o.loginPage("/login")
                .clientRegistrationRepository(registration)
                .userInfoEndpoint(u -> u.oidcUserService(oidcUsers.getObject()))
                .failureHandler(refused)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // The provider unreachable: back to the sign-in page with a message, not an error page.
                        filter.setAuthenticationFailureHandler(refused);
                        return filter;
                    }
                }));
        // Signing out ends the Factline session and, when the provider advertises an
        // end_session_endpoint, the provider's session too (RP-initiated logout); else it is local.
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registration);
        signOut.setRedirectStrategy(new UidlRedirectStrategy());
        signOut.setPostLogoutRedirectUri("{baseUrl}/login");
        signOut.setDefaultTargetUrl("/login");
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class).logoutSuccessHandler(signOut)).build();
    }
}
