package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The session cookie's Secure flag follows FACTLINE_SECURE_COOKIES (set it behind HTTPS); over
 * plain HTTP it must stay off or the browser would drop the cookie. The running app's cookie is
 * checked in {@link SignInHardeningTest}.
 */
class SecureCookieSettingTest {

    private static boolean secureWith(Map<String, Object> env) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", env));
        environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        return Binder.get(environment).bind("server.servlet.session.cookie.secure", Boolean.class).get();
    }

    @Test
    void shouldMarkTheSessionCookieSecureOnlyWhenAskedTo() throws IOException {
        assertThat(secureWith(Map.of())).isFalse();
        assertThat(secureWith(Map.of("FACTLINE_SECURE_COOKIES", "true"))).isTrue();
    }
}
