package com.factline.security;

import com.factline.base.AuditLog;
import com.factline.base.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out {@link OidcAccountRules}: finds the accounts the provider's claims match, links or
 * creates one, records the sign-in, and writes every outcome (refusals too) to the audit log.
 */
@Service
class OidcAccounts {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);
    private static final String ACCOUNT = "select id, username, enabled, oidc_issuer, oidc_subject from app_user ";

    private final JdbcClient jdbc;
    private final UserService users;
    private final AuditLog audit;

    OidcAccounts(JdbcClient jdbc, UserService users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** The account signed in, or the refusal (which changes nothing but the audit log). */
    sealed interface Outcome {
    }

    record SignedIn(long userId, String username, String displayName, Role role) implements Outcome {
    }

    record Refused(String code, String message) implements Outcome {
    }

    @Transactional
    Outcome signIn(OidcSettings settings, OidcAccountRules.Claims claims) {
        Optional<OidcAccountRules.Account> bySubject = jdbc.sql(ACCOUNT + "where oidc_issuer = ? and oidc_subject = ?")
                .params(claims.issuer(), claims.subject()).query(OidcAccounts::account).optional();
        Optional<OidcAccountRules.Account> byName = OidcAccountRules.username(claims.username())
                .flatMap(name -> jdbc.sql(ACCOUNT + "where username = ?").param(name).query(OidcAccounts::account).optional());
        OidcAccountRules.Decision decision = OidcAccountRules.decide(claims, bySubject, byName, settings.provisioning(),
                settings.defaultRole(), settings.usernameClaim(), settings.providerName());
        long userId;
        switch (decision) {
            case OidcAccountRules.Refuse refuse -> {
                Map<String, Object> why = details(claims, settings);
                why.put("code", refuse.code());
                why.put("reason", refuse.reason());
                audit.record(null, "user", bySubject.or(() -> byName).map(OidcAccountRules.Account::id).orElse(null), "sign-in-refused", null, why);
                log.info("Sign-in through {} refused ({}): {}", settings.providerName(), refuse.code(), refuse.reason());
                return new Refused(refuse.code(), refuse.reason());
            }
            case OidcAccountRules.SignIn in -> userId = in.accountId();
            case OidcAccountRules.Link link -> {
                int bound = jdbc.sql("update app_user set oidc_issuer = ?, oidc_subject = ?, version = version + 1 where id = ? and oidc_subject is null")
                        .params(claims.issuer(), claims.subject(), link.accountId()).update();
                if (bound == 0) {
                    return new Refused("bound_elsewhere", "This account was just bound to another identity; ask an administrator.");
                }
                Map<String, Object> what = details(claims, settings);
                what.put("reason", link.reason());
                audit.record(null, "user", link.accountId(), "identity-link", null, what);
                userId = link.accountId();
            }
            case OidcAccountRules.Create create -> {
                AppUser made = users.createForProvider(create.username(), create.displayName(), create.role(), create.email());
                jdbc.sql("update app_user set oidc_issuer = ?, oidc_subject = ? where id = ?")
                        .params(claims.issuer(), claims.subject(), made.id().value()).update();
                Map<String, Object> what = details(claims, settings);
                what.put("reason", create.reason());
                audit.record(null, "user", made.id().value(), "identity-link", null, what);
                log.info("Created the account '{}' at its first sign-in through {}.", made.username(), settings.providerName());
                userId = made.id().value();
            }
        }
        users.recordSignIn(userId);
        SignedIn in = jdbc.sql("select id, username, display_name, role from app_user where id = ?").param(userId)
                .query((rs, n) -> new SignedIn(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role"))))
                .single();
        Map<String, Object> what = details(claims, settings);
        what.put("username", in.username());
        audit.record(null, "user", userId, "sign-in", null, what);
        return in;
    }

    private static Map<String, Object> details(OidcAccountRules.Claims claims, OidcSettings settings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("via", "oidc");
        m.put("provider", settings.providerName());
        m.put("issuer", claims.issuer());
        m.put("subject", claims.subject());
        if (claims.username() != null) {
            m.put(settings.usernameClaim(), claims.username().length() > 100 ? claims.username().substring(0, 100) : claims.username());
        }
        return m;
    }

    private static OidcAccountRules.Account account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OidcAccountRules.Account(rs.getLong("id"), rs.getString("username"), rs.getBoolean("enabled"),
                rs.getString("oidc_issuer"), rs.getString("oidc_subject"));
    }
}
