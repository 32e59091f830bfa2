package com.factline.security;

import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.base.Role;
import java.util.List;
import java.util.Optional;
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

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final LoginAttempts attempts;

    UserService(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit, LoginAttempts attempts) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.attempts = attempts;
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
        return jdbc.sql("select id, username, display_name, role, enabled, version from app_user where username = ?")
                .param(username.toLowerCase())
                .query(UserService::map)
                .optional();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> list() {
        return jdbc.sql("select id, username, display_name, role, enabled, version from app_user order by username")
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
        String name = username.trim().toLowerCase();
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
        long id = jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, ?, ?, ?) returning id")
                .params(name, displayName.trim(), passwordEncoder.encode(password), role.name())
                .query(Long.class).single();
        AppUser user = new AppUser(new UserId(id), name, displayName.trim(), role, true, 0);
        audit.record(null, "user", id, "create", null, user);
        return user;
    }

    private static AppUser map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AppUser(new UserId(rs.getLong("id")), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("version"));
    }
}
