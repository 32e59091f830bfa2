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
 * Makes sure someone can sign in: the demo accounts in demo mode, otherwise one admin whose
 * password comes from FACTLINE_ADMIN_PASSWORD or is generated and logged once.
 */
@Component
class UserBootstrap extends BeforeServing {

    static final String DEMO_PASSWORD = "demo";
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
        } else if (users.count() == 0) {
            String password = props.adminPassword();
            boolean generated = password == null || password.isBlank();
            if (generated) {
                byte[] bytes = new byte[18];
                new SecureRandom().nextBytes(bytes);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            users.createUnchecked("admin", "Administrator", Role.ADMIN, password);
            if (generated) {
                // Printed once, on the first start only: the hash is all that is stored.
                log.warn("Created the first administrator 'admin' with the generated password: {}", password);
            } else {
                log.info("Created the first administrator 'admin' with the password from FACTLINE_ADMIN_PASSWORD.");
            }
        }
    }

    private void createIfMissing(String username, String displayName, Role role, String password) {
        if (users.findByUsername(username).isEmpty()) {
            users.createUnchecked(username, displayName, role, password);
        }
    }
}
