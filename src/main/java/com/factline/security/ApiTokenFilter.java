package com.factline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer fl_...} with a personal API token. */
class ApiTokenFilter extends OncePerRequestFilter {

    /** Marks an authentication made with a token, so that what needs a password can tell. */
    static final String BY_TOKEN = "api-token";

    private final ApiTokenService tokens;
    private final JsonSecurityErrors errors;

    ApiTokenFilter(ApiTokenService tokens, JsonSecurityErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    static boolean isTokenAuthentication(org.springframework.security.core.@org.jspecify.annotations.Nullable Authentication a) {
        return a != null && BY_TOKEN.equals(a.getDetails());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<FactlineUserDetails> user;
        try {
            user = tokens.authenticate(header.substring(7).trim());
        } catch (RuntimeException e) {
            if (!JsonSecurityErrors.databaseDown(e)) {
                throw e;
            }
            JsonSecurityErrors.writeDatabaseUnavailable(response);
            return;
        }
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            errors.commence(request, response, new BadCredentialsException("Unknown, revoked or expired API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities());
        authentication.setDetails(BY_TOKEN);
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
