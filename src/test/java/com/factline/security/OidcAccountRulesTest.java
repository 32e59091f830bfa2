package com.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.base.Role;
import com.factline.security.OidcAccountRules.Account;
import com.factline.security.OidcAccountRules.Claims;
import com.factline.security.OidcAccountRules.Create;
import com.factline.security.OidcAccountRules.Decision;
import com.factline.security.OidcAccountRules.Link;
import com.factline.security.OidcAccountRules.Refuse;
import com.factline.security.OidcAccountRules.SignIn;
import com.factline.security.OidcSettings.Provisioning;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OidcAccountRulesTest {

    private static final String ISSUER = "https://id.example.org";

    private static Decision decide(Claims claims, Optional<Account> bySubject, Optional<Account> byName, Provisioning mode) {
        return OidcAccountRules.decide(claims, bySubject, byName, mode, Role.EDITOR, "preferred_username", "Newsroom ID");
    }

    private static Claims claims(String username) {
        return new Claims(ISSUER, "sub-1", username, "Alice Example", "alice@example.org");
    }

    @Test
    void anAccountBoundToTheIssuerAndSubjectSignsInWhateverTheNameClaimSaysNow() {
        Account bound = new Account(7, "alice", true, ISSUER, "sub-1");
        Decision d = decide(claims("renamed-at-the-provider"), Optional.of(bound), Optional.empty(), Provisioning.INVITE);
        assertThat(d).isInstanceOf(SignIn.class);
        assertThat(((SignIn) d).accountId()).isEqualTo(7);
    }

    @Test
    void aDisabledBoundAccountIsRefused() {
        Account bound = new Account(7, "alice", false, ISSUER, "sub-1");
        Decision d = decide(claims("alice"), Optional.of(bound), Optional.empty(), Provisioning.CREATE);
        assertThat(d).isInstanceOf(Refuse.class);
        assertThat(((Refuse) d).code()).isEqualTo("disabled");
        assertThat(d.reason()).contains("disabled");
    }

    @Test
    void anUnboundAccountOfTheSameNameIsLinkedAtTheFirstSignIn() {
        Account invited = new Account(9, "alice", true, null, null);
        Decision d = decide(claims("Alice"), Optional.empty(), Optional.of(invited), Provisioning.INVITE);
        assertThat(d).isInstanceOf(Link.class);
        assertThat(((Link) d).accountId()).isEqualTo(9);
    }

    @Test
    void anAccountBoundToAnotherIdentityIsNeverTakenOverByTheNameClaim() {
        Account other = new Account(9, "alice", true, ISSUER, "sub-other");
        Decision d = decide(claims("alice"), Optional.empty(), Optional.of(other), Provisioning.CREATE);
        assertThat(d).isInstanceOf(Refuse.class);
        assertThat(((Refuse) d).code()).isEqualTo("bound_elsewhere");
    }

    @Test
    void aDisabledUnboundAccountOfTheSameNameIsRefusedNotLinked() {
        Account gone = new Account(9, "alice", false, null, null);
        Decision d = decide(claims("alice"), Optional.empty(), Optional.of(gone), Provisioning.CREATE);
        assertThat(d).isInstanceOf(Refuse.class);
        assertThat(((Refuse) d).code()).isEqualTo("disabled");
    }

    @Test
    void anUnknownUserIsRefusedWithWhomToAskWhenInvitationsAreRequired() {
        Decision d = decide(claims("stranger"), Optional.empty(), Optional.empty(), Provisioning.INVITE);
        assertThat(d).isInstanceOf(Refuse.class);
        assertThat(((Refuse) d).code()).isEqualTo("not_invited");
        assertThat(d.reason()).contains("\u201cstranger\u201d").contains("administrator");
    }

    @Test
    void anUnknownUserGetsAnAccountWithTheDefaultRoleNameAndEmailInCreateMode() {
        Decision d = decide(claims("NewComer"), Optional.empty(), Optional.empty(), Provisioning.CREATE);
        assertThat(d).isInstanceOf(Create.class);
        Create c = (Create) d;
        assertThat(c.username()).isEqualTo("newcomer");
        assertThat(c.displayName()).isEqualTo("Alice Example");
        assertThat(c.email()).isEqualTo("alice@example.org");
        assertThat(c.role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void createdAccountFallsBackToTheUserNameAndDropsAnEmailThatIsNone() {
        Decision d = decide(new Claims(ISSUER, "s", "newcomer", " ", "not an address"), Optional.empty(), Optional.empty(),
                Provisioning.CREATE);
        Create c = (Create) d;
        assertThat(c.displayName()).isEqualTo("newcomer");
        assertThat(c.email()).isNull();
    }

    @Test
    void aMissingNameClaimIsRefusedNamingTheSetting() {
        Decision d = decide(new Claims(ISSUER, "s", null, null, null), Optional.empty(), Optional.empty(), Provisioning.CREATE);
        assertThat(((Refuse) d).code()).isEqualTo("no_username");
        assertThat(d.reason()).contains("preferred_username").contains("FACTLINE_OIDC_USERNAME_CLAIM");
    }

    @Test
    void aNameClaimThatIsNoValidUserNameIsRefusedNotMangled() {
        for (String bad : new String[] {"alice@example.org", "a", "x".repeat(41), "<b>bold</b>", "two words"}) {
            Decision d = decide(claims(bad), Optional.empty(), Optional.empty(), Provisioning.CREATE);
            assertThat(d).as(bad).isInstanceOf(Refuse.class);
            assertThat(((Refuse) d).code()).as(bad).isEqualTo("bad_username");
        }
    }

    @Test
    void aVeryLongDisplayNameIsCutToWhatAnAccountHolds() {
        Decision d = decide(new Claims(ISSUER, "s", "newcomer", "N".repeat(500), null), Optional.empty(), Optional.empty(),
                Provisioning.CREATE);
        assertThat(((Create) d).displayName()).hasSizeLessThanOrEqualTo(100);
    }
}
