package com.factline.security;

import com.factline.base.Role;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which Factline account an OpenID Connect sign-in is, decided from the provider's claims and the
 * accounts that match them. Pure: no Spring, no database.
 *
 * <ol>
 *   <li>An account bound to this issuer + subject is that person (a disabled one is refused).</li>
 *   <li>Otherwise the user-name claim, lower-cased, must be a valid Factline user name.</li>
 *   <li>An account of that name not yet bound to any identity is linked to this one: that is how an
 *       invitation works (the admin creates "alice" in People; alice's first sign-in binds it). An
 *       account bound to another identity is refused: the name claim alone never takes it over.</li>
 *   <li>No account: created with the default role when provisioning is {@code create}; refused
 *       with "ask an administrator" when it is {@code invite}.</li>
 * </ol>
 */
final class OidcAccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private OidcAccountRules() {
    }

    /** What the provider says about the person signing in. */
    record Claims(String issuer, String subject, @Nullable String username, @Nullable String name, @Nullable String email) {
    }

    /** A Factline account as far as the rules need it. */
    record Account(long id, String username, boolean enabled, @Nullable String issuer, @Nullable String subject) {

        boolean bound() {
            return subject != null;
        }
    }

    sealed interface Decision {
        /** One sentence that says why. */
        String reason();
    }

    record SignIn(long accountId, String reason) implements Decision {
    }

    record Link(long accountId, String reason) implements Decision {
    }

    record Create(String username, String displayName, @Nullable String email, Role role, String reason) implements Decision {
    }

    /** A refusal: {@code code} for the log and audit, {@code reason} shown on the sign-in page. */
    record Refuse(String code, String reason) implements Decision {
    }

    /** The user name the claim gives, lower-cased, if it is a valid Factline user name. */
    static Optional<String> username(@Nullable String claimValue) {
        if (claimValue == null) {
            return Optional.empty();
        }
        String name = claimValue.strip().toLowerCase(Locale.ROOT);
        return USERNAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    static Decision decide(Claims claims, Optional<Account> bySubject, Optional<Account> byName, OidcSettings.Provisioning provisioning,
                           Role defaultRole, String usernameClaim, String providerName) {
        if (bySubject.isPresent()) {
            Account a = bySubject.get();
            return a.enabled() ? new SignIn(a.id(), "The account \u201c" + a.username() + "\u201d is bound to this identity at " + providerName + ".")
                    : new Refuse("disabled", "The Factline account \u201c" + a.username() + "\u201d is disabled; ask an administrator.");
        }
        if (claims.username() == null || claims.username().isBlank()) {
            return new Refuse("no_username", providerName + " sent no \u201c" + usernameClaim + "\u201d claim, which gives the Factline user name;"
                    + " ask an administrator to check FACTLINE_OIDC_USERNAME_CLAIM.");
        }
        Optional<String> name = username(claims.username());
        if (name.isEmpty()) {
            return new Refuse("bad_username", "\u201c" + abbreviate(claims.username()) + "\u201d (the " + usernameClaim + " claim) is not a valid"
                    + " Factline user name (2\u201340 lower-case letters, digits, '.', '_' or '-'); ask an administrator.");
        }
        if (byName.isPresent()) {
            Account a = byName.get();
            if (a.bound()) {
                return new Refuse("bound_elsewhere", "The Factline account \u201c" + a.username() + "\u201d belongs to another identity at "
                        + (claims.issuer().equals(a.issuer()) ? providerName : "another provider") + "; ask an administrator.");
            }
            if (!a.enabled()) {
                return new Refuse("disabled", "The Factline account \u201c" + a.username() + "\u201d is disabled; ask an administrator.");
            }
            return new Link(a.id(), "The account \u201c" + a.username() + "\u201d had no identity yet and has the user name "
                    + providerName + " gives; it is bound to this identity from now on.");
        }
        if (provisioning == OidcSettings.Provisioning.INVITE) {
            return new Refuse("not_invited", "There is no Factline account \u201c" + name.get() + "\u201d. Ask an administrator to add you in"
                    + " People with that user name, then sign in again.");
        }
        String display = claims.name() == null || claims.name().isBlank() ? name.get() : abbreviate(claims.name().strip());
        String email = claims.email() != null && claims.email().length() <= 254 && EMAIL.matcher(claims.email().strip()).matches()
                ? claims.email().strip() : null;
        return new Create(name.get(), display, email, defaultRole, "No account \u201c" + name.get() + "\u201d existed; provisioning is"
                + " \u201ccreate\u201d, so one was made with the role " + defaultRole + " and no project.");
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 99) + "\u2026";
    }
}
