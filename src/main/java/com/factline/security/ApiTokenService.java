package com.factline.security;

import com.factline.base.AuditLog;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.base.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: random secrets handed out once, stored as SHA-256 hashes. */
@Service
public class ApiTokenService {

    static final String PREFIX = "fl_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TokenLookups lookups = new TokenLookups();

    ApiTokenService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    static final int MAX_EXPIRY_DAYS = 3650;

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApiToken.Created create(String name) {
        return create(name, null);
    }

    /**
     * Creates a token for the signed-in user, valid for {@code expiresInDays} days (null: until
     * revoked). Only a password sign-in may do this: a token that could mint tokens would make
     * revoking a leaked one pointless.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApiToken.Created create(String name, @Nullable Integer expiresInDays) {
        if (ApiTokenFilter.isTokenAuthentication(SecurityContextHolder.getContext().getAuthentication())) {
            throw new AccessDeniedException("An API token cannot create tokens; sign in with your password to make one.");
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInputException("A token name has 1–100 characters.");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS)) {
            throw new InvalidInputException("A token expires after 1–" + MAX_EXPIRY_DAYS + " days (or leave the expiry out).");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long userId = CurrentUser.require().userId();
        ApiToken token = jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, token_prefix, expires_at)
                        values (?, ?, ?, ?, now() + make_interval(days => ?))
                        returning id, name, token_prefix, created_at, last_used_at, revoked_at, expires_at""")
                .params(userId, trimmed, sha256(secret), secret.substring(0, 10), expiresInDays)
                .query(ApiTokenService::map).single();
        audit.record(null, "api_token", token.id(), "create", null, auditView(token));
        return new ApiToken.Created(token, secret);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiToken> listMine() {
        return jdbc.sql("""
                        select id, name, token_prefix, created_at, last_used_at, revoked_at, expires_at
                        from api_token where user_id = ? order by created_at desc, id desc""")
                .param(CurrentUser.require().userId())
                .query(ApiTokenService::map).list();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        int n = jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                .params(tokenId, CurrentUser.require().userId()).update();
        if (n == 0) {
            throw new NotFoundException("No active token " + tokenId + " of yours.");
        }
        audit.record(null, "api_token", tokenId, "revoke", null, null);
        accessChanged();
    }

    /**
     * Forgets the remembered token lookups here at once and again when the change commits, and tells the other
     * instances (a notification PostgreSQL delivers on commit, none if it rolls back).
     */
    void accessChanged() {
        com.factline.base.AccessChanged.announce(jdbc, lookups::forgetAll);
    }

    /** An account disabled or given a new password: the remembered lookups go (disabling ends its tokens). */
    @org.springframework.context.event.EventListener
    void on(UserAccessRevoked revoked) {
        accessChanged();
    }

    /** Access changed on another instance (or the change listener reconnected and may have missed one). */
    @org.springframework.context.event.EventListener
    void on(com.factline.base.AccessChanged changed) {
        lookups.forgetAll();
    }

    /** Forgets the remembered lookups, for a test that changed a token's row behind the services' back. */
    void forgetRememberedLookups() {
        lookups.forgetAll();
    }

    /** A token's user as the lookup found it, its expiry, and when its use was last recorded (null: never). */
    private record Found(FactlineUserDetails user, long tokenId, @Nullable Instant expiresAt, @Nullable Instant lastUsed) {
    }

    /**
     * Looks a presented secret up by its hash; revoked and unknown tokens find nothing. A token found valid is
     * remembered ({@link TokenLookups}: forgotten at once when a token is revoked or an account disabled, here or on
     * another instance, and after a minute in any case), so most requests read nothing. No transaction: at most one
     * read, and at most once a minute per token a separate one-row write of "last used".
     */
    Optional<FactlineUserDetails> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        TokenLookups.Hit hit = lookups.find(hash);
        Instant now = lookups.now();
        if (hit != null) {
            if (hit.recorded().isBefore(now.minus(LAST_USED_GRAIN))) {
                jdbcTouch(hit.tokenId());
                lookups.recorded(hash, hit, now);
            }
            return Optional.of(hit.user());
        }
        long generation = lookups.generation();
        Optional<Found> found = jdbc.sql("""
                        select u.id, u.username, u.display_name, u.role, u.enabled, t.id as token_id, t.expires_at, t.last_used_at
                        from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null and u.enabled
                          and (t.expires_at is null or t.expires_at > now())""")
                .param(hash)
                .query((rs, n) -> new Found(new FactlineUserDetails(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), ""),
                        rs.getLong("token_id"), instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at"))))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found f = found.get();
        Instant recorded = f.lastUsed() == null ? Instant.EPOCH : f.lastUsed();
        if (recorded.isBefore(now.minus(LAST_USED_GRAIN))) {
            jdbcTouch(f.tokenId());
            recorded = now;
        }
        lookups.keep(hash, f.user(), f.tokenId(), f.expiresAt(), recorded, generation);
        return Optional.of(f.user());
    }

    /** "Last used" is recorded at most this often per token. */
    static final java.time.Duration LAST_USED_GRAIN = java.time.Duration.ofMinutes(1);

    private void jdbcTouch(long tokenId) {
        // Coarse on purpose: one write a minute per token is enough to show "last used".
        jdbc.sql("update api_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')")
                .param(tokenId).update();
    }

    static String sha256(String secret) {
        return com.factline.base.Sha256.hex(secret);
    }

    private static ApiToken map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("expires_at")));
    }

    private static Map<String, Object> auditView(ApiToken token) {
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("name", token.name());
        view.put("prefix", token.prefix());
        view.put("expiresAt", token.expiresAt() == null ? null : token.expiresAt().toString());
        return view;
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
