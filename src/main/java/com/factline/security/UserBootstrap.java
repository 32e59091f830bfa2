package com.factline.security;

import com.factline.base.BeforeServing;
import com.factline.base.FactlineMode;
import com.factline.base.FactlineProperties;
import com.factline.base.Role;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in, and no one who should not. In demo mode: the demo accounts.
 * Otherwise: demo accounts left from an earlier demo run are disabled (and the log says so), and
 * an instance without users gets one admin whose password comes from FACTLINE_ADMIN_PASSWORD or
 * is chosen through a one-time set-password link written to the log (never a password).
 */
@Component
class UserBootstrap extends BeforeServing {

    static final String DEMO_PASSWORD = "demo";
    static final java.util.List<String> DEMO_ACCOUNTS = java.util.List.of("alice", "bob", "carol", "dave");
    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserService users;
    private final FactlineMode mode;
    private final FactlineProperties props;

    UserBootstrap(UserService users, FactlineMode mode, FactlineProperties props) {
        this.users = users;
        this.mode = mode;
        this.props = props;
    }

    @Override
    public int getPhase() {
        return USERS;
    }

    @Override
    protected void runBeforeServing() {
        if (mode.demo()) {
            createIfMissing("alice", "Alice Editor", Role.EDITOR, DEMO_PASSWORD);
            createIfMissing("bob", "Bob Editor", Role.EDITOR, DEMO_PASSWORD);
            createIfMissing("carol", "Carol Reviewer", Role.REVIEWER, DEMO_PASSWORD);
            createIfMissing("dave", "Dave Admin", Role.ADMIN, DEMO_PASSWORD);
            return;
        }
        retireDemoAccounts(DEMO_ACCOUNTS);
        if (users.count() == 0 || users.countEnabledAdmins() == 0 && users.findByUsername("admin").isEmpty()) {
            String password = props.adminPassword();
            if (password != null && !password.isBlank()) {
                users.createUnchecked("admin", "Administrator", Role.ADMIN, password);
                log.info("Created the first administrator 'admin' with the password from FACTLINE_ADMIN_PASSWORD."
                        + " Change it in Profile after signing in; the variable is read only when there is no admin yet.");
            } else {
                users.createFirstAdminAwaitingPassword("admin", "Administrator");
            }
        }
        users.findByUsername("admin").filter(a -> users.mustSetPassword(a)).ifPresent(admin -> {
            SetPasswordLink link = users.issueFirstAdminLink(admin);
            log.warn("The administrator 'admin' has no password yet. Open {} on this server to choose it (works once, until {})."
                    + " A new link is written at every start until the password is set; to avoid links in the log, start"
                    + " with FACTLINE_ADMIN_PASSWORD set on an empty database instead.", link.path(), link.expiresAt());
        });
    }

    /** Disables those of {@code usernames} that still have the demo password, and says so in the log. */
    java.util.List<String> retireDemoAccounts(java.util.List<String> usernames) {
        var disabled = users.disableUnchecked(users.withPassword(usernames, DEMO_PASSWORD));
        if (!disabled.isEmpty()) {
            log.warn("Not in demo mode: disabled the demo accounts {} left from an earlier demo run (they still had the demo"
                    + " password). An admin can re-enable one, with a new password, in People.", disabled);
        }
        return disabled;
    }

    private void createIfMissing(String username, String displayName, Role role, String password) {
        if (users.findByUsername(username).isEmpty()) {
            users.createUnchecked(username, displayName, role, password);
        }
    }
}
