package com.factline.project;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Remembers the project roles {@link ProjectAccess} looked up for the duration of ONE HTTP request, so that a
 * request checking access several times (the controller's service call, then the services it calls) asks the
 * database once per project (between requests, {@link KeptRoles} remembers them until a membership changes).
 * Only the request's own thread sees it, and only while this filter runs: background jobs and push messages
 * (which do not pass the servlet filters) always ask the database. Changing a membership in the request forgets
 * what it remembered.
 */
@Component
class RequestRoleMemo implements Filter {

    private static final ThreadLocal<@Nullable Map<String, ProjectRole>> ROLES = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Map<String, ProjectRole> outer = ROLES.get();
        ROLES.set(new HashMap<>());
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                ROLES.remove();
            } else {
                ROLES.set(outer);
            }
        }
    }

    /** This request's remembered roles, or null outside a request. */
    static @Nullable Map<String, ProjectRole> current() {
        return ROLES.get();
    }

    static void forget() {
        Map<String, ProjectRole> m = ROLES.get();
        if (m != null) {
            m.clear();
        }
    }
}
