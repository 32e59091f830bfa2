package com.factline.security;

import com.factline.base.AuditLog;
import com.factline.base.CurrentUser;
import com.factline.base.ConflictException;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.base.Role;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService implements UserDetailsService {

    private static final String COLUMNS = "id, username, display_name, role, enabled, version, email, last_sign_in_at";
    /** How long a set-password link works. */
    static final java.time.Duration LINK_VALIDITY = java.time.Duration.ofHours(48);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final LoginAttempts attempts;
    private final SessionService sessions;
    private final ApplicationEventPublisher events;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    UserService(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit, LoginAttempts attempts, SessionService sessions,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.attempts = attempts;
        this.sessions = sessions;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (attempts.isLocked(username)) {
            throw new LockedException("Too many failed sign-in attempts; try again in a few minutes.");
        }
        return jdbc.sql("select id, username, display_name, role, enabled, password_hash from app_user where username = ?")
                .param(username.toLowerCase())
                .query((rs, n) -> new FactlineUserDetails(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                        rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
                .param(username.strip().toLowerCase(java.util.Locale.ROOT))
                .query(UserService::map)
                .optional();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> list() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username")
                .query(UserService::map).list();
    }

    /**
     * Lifts every sign-in lock on a user name (from every address) and forgets its failures, so
     * an owner locked out by someone guessing can sign in again at once.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser unlock(String username) {
        AppUser user = findByUsername(username.trim())
                .orElseThrow(() -> new NotFoundException("No user '" + username.trim() + "'."));
        int addresses = attempts.unlock(user.username());
        audit.record(null, "user", user.id().value(), "unlock", null, java.util.Map.of("username", user.username(),
                "lockedAddresses", addresses));
        return user;
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser create(String username, String displayName, Role role, String password) {
        return createUnchecked(username, displayName, role, password);
    }

    /** For the start-up bootstrap (demo accounts, first admin), which runs before anyone signs in. */
    @Transactional
    AppUser createUnchecked(String username, String displayName, Role role, String password) {
        return insert(username, displayName, role, password, null);
    }

    private AppUser insert(String username, String displayName, Role role, String password, @Nullable String email) {
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw new InvalidInputException("A user name has 2–40 characters: lower-case letters, digits, '.', '_' or '-'.");
        }
        if (displayName.isBlank() || displayName.length() > 100) {
            throw new InvalidInputException("A display name has 1–100 characters.");
        }
        if (password.length() < 4 || password.length() > 200) {
            throw new InvalidInputException("A password has 4–200 characters.");
        }
        if (findByUsername(name).isPresent()) {
            throw new ConflictException("The user name '" + name + "' is taken.", null);
        }
        long id = jdbc.sql("insert into app_user (username, display_name, password_hash, role, email) values (?, ?, ?, ?, ?) returning id")
                .params(name, displayName.trim(), passwordEncoder.encode(password), role.name(), email)
                .query(Long.class).single();
        AppUser user = new AppUser(new UserId(id), name, displayName.trim(), role, true, 0, email, null);
        audit.record(null, "user", id, "create", null, user);
        return user;
    }

    /**
     * Creates an account (admins). With a password, that password (which must meet
     * {@link PasswordPolicy}); without one, the account gets a one-time set-password link.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Created create(NewUser in) {
        Role role = in.role() == null ? Role.EDITOR : in.role();
        if (role == Role.REVIEWER) {
            throw new InvalidInputException("Reviewing is a project role now: create an EDITOR (or ADMIN) and make them a reviewer"
                    + " of the projects they review.");
        }
        String username = in.username() == null ? "" : in.username().strip().toLowerCase(java.util.Locale.ROOT);
        String password = in.password() == null || in.password().isEmpty() ? null : in.password();
        if (password != null) {
            requireStrong(username, password);
        }
        AppUser user = insert(username, in.displayName() == null ? "" : in.displayName(), role,
                password == null ? randomSecret() : password, email(in.email()));
        SetPasswordLink link = password == null ? newLink(user) : null;
        return new Created(user, link);
    }

    /** A new account and, when it was made without a password, its set-password link. */
    public record Created(AppUser user, @Nullable SetPasswordLink link) {
    }

    /**
     * Changes an account (admins). Disabling it ends its browser sessions and API tokens at once
     * (the token check and Basic sign-in read {@code enabled} on every request). An admin cannot
     * disable their own account, and the last enabled admin stays enabled.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser update(String username, UserChange change) {
        AppUser before = require(username);
        String displayName = change.displayName() == null ? before.displayName() : change.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new InvalidInputException("A display name has 1\u2013100 characters.");
        }
        String email = change.email() == null ? before.email() : email(change.email());
        boolean enabled = change.enabled() == null ? before.enabled() : change.enabled();
        if (!enabled && before.enabled()) {
            if (before.id().value() == CurrentUser.require().userId()) {
                throw new InvalidInputException("You cannot disable your own account.");
            }
            if (before.role() == Role.ADMIN && enabledAdmins() <= 1) {
                throw new InvalidInputException("This is the last enabled admin; make another admin first.");
            }
        }
        jdbc.sql("update app_user set display_name = ?, email = ?, enabled = ?, version = version + 1 where id = ?")
                .params(displayName, email, enabled, before.id().value()).update();
        AppUser after = require(username);
        audit.record(null, "user", after.id().value(), enabled == before.enabled() ? "update" : enabled ? "enable" : "disable", before, after);
        if (!enabled && before.enabled()) {
            revokeAccess(after);
        }
        return after;
    }

    /**
     * Resets a password (admins): to {@code password} when given (it must meet the policy), or
     * else by a one-time set-password link. Either way the user's sessions end; their old
     * password stops working when the new one is set.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public @Nullable SetPasswordLink resetPassword(String username, @Nullable String password) {
        AppUser user = require(username);
        if (password != null && !password.isEmpty()) {
            requireStrong(user.username(), password);
            setHash(user, password);
            audit.record(null, "user", user.id().value(), "password-reset", null, java.util.Map.of("username", user.username(), "by", "admin-set password"));
            revokeAccess(user);
            return null;
        }
        SetPasswordLink link = newLink(user);
        audit.record(null, "user", user.id().value(), "password-reset", null, java.util.Map.of("username", user.username(), "by", "one-time link"));
        revokeAccess(user);
        return link;
    }

    /**
     * Sets a password with a one-time link (no sign-in needed: the link is the proof). A used,
     * expired or unknown link is refused with the same message, to tell a guesser nothing.
     */
    @Transactional
    public String setPasswordWithLink(String token, String password) {
        String hash = com.factline.base.Sha256.hex(token.strip());
        Long userId = jdbc.sql("""
                        update password_reset set used_at = now()
                        where token_hash = ? and used_at is null and expires_at > now() returning user_id""")
                .param(hash).query(Long.class).optional().orElse(null);
        if (userId == null) {
            throw new InvalidInputException("This link is used, expired or unknown; ask an admin for a new one.");
        }
        AppUser user = jdbc.sql("select " + COLUMNS + " from app_user where id = ?").param(userId).query(UserService::map).single();
        requireStrong(user.username(), password);
        setHash(user, password);
        // Other links of this user stop working too: the newest password wins.
        jdbc.sql("update password_reset set used_at = now() where user_id = ? and used_at is null").param(userId).update();
        audit.record(null, "user", userId, "password-set", null, java.util.Map.of("username", user.username(), "by", "one-time link"));
        return user.username();
    }

    /**
     * Changes the signed-in user's own password: the current one is required (a wrong one is
     * refused, 400), the new one must meet {@link PasswordPolicy}. Only a password sign-in may
     * do this: an API token is not proof of knowing the password.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(@Nullable String current, @Nullable String password) {
        if (ApiTokenFilter.isTokenAuthentication(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())) {
            throw new org.springframework.security.access.AccessDeniedException("Sign in with your password to change it; an API token cannot.");
        }
        var me = CurrentUser.require();
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(me.userId()).query(String.class).single();
        if (current == null || !passwordEncoder.matches(current, hash)) {
            throw new InvalidInputException("wrong_password", "The current password is wrong.");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("weak_password", "A new password is needed. " + PasswordPolicy.STATED);
        }
        requireStrong(me.username(), password);
        AppUser user = require(me.username());
        setHash(user, password);
        audit.record(null, "user", me.userId(), "password-change", null, java.util.Map.of("username", me.username()));
    }

    /** Notes a successful sign-in; at most one write a minute per user (Basic signs in on every request). */
    @Transactional
    void recordSignIn(long userId) {
        jdbc.sql("update app_user set last_sign_in_at = now() where id = ? and (last_sign_in_at is null or last_sign_in_at < now() - interval '1 minute')")
                .param(userId).update();
    }

    /** Disables accounts (demo accounts outside demo mode); returns the user names disabled. */
    @Transactional
    java.util.List<String> disableUnchecked(java.util.Collection<String> usernames) {
        java.util.List<String> done = new java.util.ArrayList<>();
        for (String name : usernames) {
            var user = findByUsername(name);
            if (user.isPresent() && user.get().enabled()) {
                jdbc.sql("update app_user set enabled = false, version = version + 1 where id = ?").param(user.get().id().value()).update();
                audit.record(null, "user", user.get().id().value(), "disable", user.get(), java.util.Map.of("username", name,
                        "reason", "demo account outside demo mode"));
                revokeAccess(user.get());
                done.add(name);
            }
        }
        return done;
    }

    /** Of {@code usernames}, the enabled accounts whose password is still {@code password}. */
    @Transactional(readOnly = true)
    java.util.List<String> withPassword(java.util.Collection<String> usernames, String password) {
        return usernames.stream().filter(name -> jdbc.sql("select password_hash from app_user where username = ? and enabled")
                .param(name).query(String.class).optional().filter(h -> passwordEncoder.matches(password, h)).isPresent()).toList();
    }

    @Transactional(readOnly = true)
    int countEnabledAdmins() {
        return enabledAdmins();
    }

    /**
     * An account made at its first sign-in through the identity provider: its password is a random
     * secret no one knows (an admin's reset gives it one, if password sign-in is wanted).
     */
    @Transactional
    AppUser createForProvider(String username, String displayName, Role role, @Nullable String email) {
        return insert(username, displayName, role, randomSecret(), email);
    }

    /** The first admin of an instance started without FACTLINE_ADMIN_PASSWORD: no usable password yet. */
    @Transactional
    AppUser createFirstAdminAwaitingPassword(String username, String displayName) {
        AppUser admin = insert(username, displayName, Role.ADMIN, randomSecret(), null);
        jdbc.sql("update app_user set must_set_password = true where id = ?").param(admin.id().value()).update();
        return admin;
    }

    @Transactional(readOnly = true)
    boolean mustSetPassword(AppUser user) {
        return jdbc.sql("select must_set_password from app_user where id = ?").param(user.id().value()).query(Boolean.class).single();
    }

    /** A fresh set-password link for the first admin; earlier ones stop working. */
    @Transactional
    SetPasswordLink issueFirstAdminLink(AppUser admin) {
        jdbc.sql("update password_reset set used_at = now() where user_id = ? and used_at is null").param(admin.id().value()).update();
        return newLink(admin);
    }

    private void revokeAccess(AppUser user) {
        sessions.endAllOf(user.id().value());
        events.publishEvent(new UserAccessRevoked(user.id(), user.username()));
    }

    private void setHash(AppUser user, String password) {
        jdbc.sql("update app_user set password_hash = ?, must_set_password = false, version = version + 1 where id = ?")
                .params(passwordEncoder.encode(password), user.id().value()).update();
        // The old password must stop working everywhere, including anything that remembers a Basic sign-in.
        events.publishEvent(new UserAccessRevoked(user.id(), user.username()));
    }

    private SetPasswordLink newLink(AppUser user) {
        String token = randomSecret();
        java.time.Instant expires = java.time.Instant.now().plus(LINK_VALIDITY);
        jdbc.sql("insert into password_reset (token_hash, user_id, created_by, expires_at) values (?, ?, ?, ?)")
                .params(com.factline.base.Sha256.hex(token), user.id().value(), CurrentUser.find().map(u -> u.userId()).orElse(null),
                        java.sql.Timestamp.from(expires)).update();
        return new SetPasswordLink(user.username(), "/set-password?token=" + token, expires);
    }

    private String randomSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void requireStrong(String username, String password) {
        PasswordPolicy.problem(username, password).ifPresent(why -> {
            throw new InvalidInputException("weak_password", why + " (" + PasswordPolicy.STATED + ")");
        });
    }

    private AppUser require(String username) {
        return findByUsername(username).orElseThrow(() -> new NotFoundException("No user \u201c" + username.strip() + "\u201d."));
    }

    private int enabledAdmins() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled").query(Integer.class).single();
    }

    private static @Nullable String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip();
        if (e.length() > 254 || !e.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("\u201c" + e + "\u201d is not an e-mail address.");
        }
        return e;
    }

    private static AppUser map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp last = rs.getTimestamp("last_sign_in_at");
        return new AppUser(new UserId(rs.getLong("id")), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("version"), rs.getString("email"),
                last == null ? null : last.toInstant());
    }
}
