package com.factline.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The API's HTTP Basic sign-in without a BCrypt per request: the first success of a name +
 * password is remembered for a few minutes ({@link RememberedSignIns}); a later request with the
 * same credentials still loads the user row (one indexed read, which also applies the sign-in
 * throttle's lock) and is accepted only if the account is enabled and unlocked and its stored
 * password hash is the one it had when the entry was made. Anything else (a changed password, a
 * disabled or locked account, an unknown name) falls through to the full check, which answers as
 * it always did and publishes the same success and failure events the throttle counts.
 */
@Component
class RememberingBasicAuthentication {

    private final AuthenticationManager manager;

    @Autowired
    RememberingBasicAuthentication(UserService users, PasswordEncoder passwordEncoder,
                                   ObjectProvider<AuthenticationEventPublisher> publisher, ApplicationEventPublisher events) {
        this(users, passwordEncoder, publisher.getIfAvailable(() -> new DefaultAuthenticationEventPublisher(events)),
                new RememberedSignIns());
    }

    RememberingBasicAuthentication(UserService users, PasswordEncoder passwordEncoder, AuthenticationEventPublisher publisher,
                                   RememberedSignIns remembered) {
        this(withEncoder(new Provider(users, remembered), passwordEncoder), publisher);
    }

    RememberingBasicAuthentication(Provider provider, AuthenticationEventPublisher publisher) {
        ProviderManager pm = new ProviderManager(provider);
        pm.setAuthenticationEventPublisher(publisher);
        this.manager = pm;
    }

    private static Provider withEncoder(Provider provider, PasswordEncoder encoder) {
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    /** The authentication manager of the API chain's HTTP Basic. */
    AuthenticationManager manager() {
        return manager;
    }

    static final class Provider extends DaoAuthenticationProvider {

        private final RememberedSignIns remembered;

        Provider(UserDetailsService users, RememberedSignIns remembered) {
            super(users);
            this.remembered = remembered;
        }

        @Override
        public Authentication authenticate(Authentication request) throws AuthenticationException {
            if (!(request.getCredentials() instanceof String password) || request.getName() == null) {
                return super.authenticate(request);
            }
            String username = request.getName();
            String storedHash = remembered.storedHashFor(username, password);
            if (storedHash != null) {
                UserDetails user = stillValid(username, storedHash);
                if (user != null) {
                    return createSuccessAuthentication(user, request, user);
                }
                remembered.forget(username, password);
            }
            Authentication result = super.authenticate(request);
            // The principal still holds its hash here: the manager erases it only after we return.
            if (result.getPrincipal() instanceof UserDetails user && user.getPassword() != null) {
                remembered.remember(username, password, user.getPassword());
            }
            return result;
        }

        /** The user, if the account may still sign in and its password hash has not changed; else null. */
        private UserDetails stillValid(String username, String storedHash) {
            UserDetails user;
            try {
                user = getUserDetailsService().loadUserByUsername(username);
            } catch (AuthenticationException e) {
                return null; // locked by the throttle or gone: the full check answers with the usual error
            } catch (RuntimeException e) {
                // The database is down, say: the same exception the full check would raise, so the
                // API's entry point answers 503 "database unavailable" as it does without a remembered sign-in.
                throw new InternalAuthenticationServiceException(e.getMessage(), e);
            }
            boolean ok = user.isEnabled() && user.isAccountNonLocked() && user.isAccountNonExpired()
                    && user.isCredentialsNonExpired() && RememberedSignIns.sameHash(storedHash, user.getPassword());
            return ok ? user : null;
        }
    }
}
