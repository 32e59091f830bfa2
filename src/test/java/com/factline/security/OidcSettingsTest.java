package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.factline.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class OidcSettingsTest {

    private static MockEnvironment configured() {
        return new MockEnvironment()
                .withProperty("factline.oidc.issuer-uri", "https://id.example.org/realms/desk")
                .withProperty("factline.oidc.client-id", "factline");
    }

    @Test
    void withoutAnIssuerSignInWithAProviderIsOffAndPasswordsOn() {
        var env = new MockEnvironment().withProperty("factline.oidc.issuer-uri", "");
        assertThat(OidcSettings.from(env)).isEmpty();
        SignInOptions options = new OidcConfig().signInOptions(env);
        assertThat(options.passwordSignIn()).isTrue();
        assertThat(options.providerSignIn()).isFalse();
    }

    @Test
    void defaultsAreInvitationsEditorsThePreferredUserNameAndTheIssuersHostAsName() {
        OidcSettings s = OidcSettings.from(configured()).orElseThrow();
        assertThat(s.provisioning()).isEqualTo(OidcSettings.Provisioning.INVITE);
        assertThat(s.defaultRole()).isEqualTo(Role.EDITOR);
        assertThat(s.usernameClaim()).isEqualTo("preferred_username");
        assertThat(s.providerName()).isEqualTo("id.example.org");
    }

    @Test
    void aHalfDoneSettingStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> OidcSettings.from(new MockEnvironment().withProperty("factline.oidc.issuer-uri", "https://id.example.org")))
                .hasMessageContaining("FACTLINE_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> OidcSettings.from(configured().withProperty("factline.oidc.provisioning", "maybe")))
                .hasMessageContaining("FACTLINE_OIDC_PROVISIONING");
        assertThatThrownBy(() -> OidcSettings.from(configured().withProperty("factline.oidc.default-role", "REVIEWER")))
                .hasMessageContaining("FACTLINE_OIDC_DEFAULT_ROLE");
        assertThatThrownBy(() -> OidcSettings.from(configured().withProperty("factline.oidc.issuer-uri", "id.example.org")))
                .hasMessageContaining("FACTLINE_OIDC_ISSUER_URI");
    }

    @Test
    void passwordSignInOffNeedsAnIdentityProvider() {
        var env = new MockEnvironment().withProperty("factline.password-signin", "false");
        assertThatThrownBy(() -> new OidcConfig().signInOptions(env)).hasMessageContaining("FACTLINE_PASSWORD_SIGNIN=false");
        SignInOptions options = new OidcConfig().signInOptions(configured().withProperty("factline.password-signin", "false")
                .withProperty("factline.oidc.provider-name", "Newsroom ID"));
        assertThat(options.passwordSignIn()).isFalse();
        assertThat(options.providerName()).isEqualTo("Newsroom ID");
    }

    @Test
    void createModeWithAdminsIsAccepted() {
        OidcSettings s = OidcSettings.from(configured().withProperty("factline.oidc.provisioning", "create")
                .withProperty("factline.oidc.default-role", "admin")).orElseThrow();
        assertThat(s.provisioning()).isEqualTo(OidcSettings.Provisioning.CREATE);
        assertThat(s.defaultRole()).isEqualTo(Role.ADMIN);
    }
}
