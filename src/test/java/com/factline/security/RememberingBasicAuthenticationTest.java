package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.factline.base.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The remembered Basic sign-in, without Spring: a counting encoder shows when the slow hash runs. */
class RememberingBasicAuthenticationTest {

    /** A stand-in for BCrypt that counts its calls; "hash(pw)" is the stored form of pw. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash(" + raw + ")";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return encode(raw).equals(encoded);
        }
    }

    record Row(String hash, boolean enabled, boolean locked) {
    }

    final Map<String, Row> rows = new HashMap<>();
    final CountingEncoder encoder = new CountingEncoder();
    final List<String> events = new ArrayList<>();
    final UserDetailsService users = name -> {
        Row r = rows.get(name);
        if (r == null) {
            throw new UsernameNotFoundException("No such user");
        }
        if (r.locked()) {
            throw new LockedException("Too many failed sign-in attempts");
        }
        return new FactlineUserDetails(1, name, name, Role.EDITOR, r.enabled(), r.hash());
    };
    final AuthenticationEventPublisher publisher = new AuthenticationEventPublisher() {
        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
            events.add("success " + authentication.getName());
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
            events.add("failure " + authentication.getName());
        }
    };

    RememberingBasicAuthentication auth() {
        var provider = new RememberingBasicAuthentication.Provider(users, new RememberedSignIns());
        provider.setPasswordEncoder(encoder);
        return new RememberingBasicAuthentication(provider, publisher);
    }

    static UsernamePasswordAuthenticationToken basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void hashesThePasswordOnlyOnTheFirstOfManyRequests() {
        rows.put("alice", new Row("hash(demo)", true, false));
        var m = auth().manager();
        for (int i = 0; i < 20; i++) {
            Authentication a = m.authenticate(basic("alice", "demo"));
            assertThat(a.isAuthenticated()).isTrue();
            assertThat(a.getPrincipal()).isInstanceOf(FactlineUserDetails.class);
            assertThat(a.getAuthorities()).extracting(Object::toString).contains("ROLE_EDITOR");
        }
        assertThat(encoder.matches).hasValue(1);
        assertThat(events).hasSize(20).allMatch(e -> e.equals("success alice"));
    }

    @Test
    void aChangedPasswordIsRefusedAtOnceAndTheNewOneAccepted() {
        rows.put("alice", new Row("hash(demo)", true, false));
        var m = auth().manager();
        m.authenticate(basic("alice", "demo"));
        rows.put("alice", new Row("hash(new-secret)", true, false));
        assertThatThrownBy(() -> m.authenticate(basic("alice", "demo"))).isInstanceOf(BadCredentialsException.class);
        assertThat(events).contains("failure alice");
        assertThat(m.authenticate(basic("alice", "new-secret")).isAuthenticated()).isTrue();
    }

    @Test
    void aDisabledAccountIsRefusedEvenWithARememberedSignIn() {
        rows.put("alice", new Row("hash(demo)", true, false));
        var m = auth().manager();
        m.authenticate(basic("alice", "demo"));
        rows.put("alice", new Row("hash(demo)", false, false));
        assertThatThrownBy(() -> m.authenticate(basic("alice", "demo"))).isInstanceOf(DisabledException.class);
    }

    @Test
    void aLockedOutNameIsRefusedEvenWithARememberedSignIn() {
        rows.put("alice", new Row("hash(demo)", true, false));
        var m = auth().manager();
        m.authenticate(basic("alice", "demo"));
        rows.put("alice", new Row("hash(demo)", true, true));
        assertThatThrownBy(() -> m.authenticate(basic("alice", "demo"))).isInstanceOf(AuthenticationException.class);
        rows.put("alice", new Row("hash(demo)", true, false));
        assertThat(m.authenticate(basic("alice", "demo")).isAuthenticated()).isTrue();
    }

    @Test
    void aDeletedUserIsRefused() {
        rows.put("alice", new Row("hash(demo)", true, false));
        var m = auth().manager();
        m.authenticate(basic("alice", "demo"));
        rows.remove("alice");
        assertThatThrownBy(() -> m.authenticate(basic("alice", "demo"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWrongPasswordIsNeverRemembered() {
        rows.put("alice", new Row("hash(demo)", true, false));
        var m = auth().manager();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> m.authenticate(basic("alice", "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(encoder.matches).hasValue(3);
        assertThat(events).containsOnly("failure alice");
    }
}
