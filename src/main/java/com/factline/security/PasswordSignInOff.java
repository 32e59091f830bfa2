package com.factline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * FACTLINE_PASSWORD_SIGNIN=false: the sign-in form's POST is sent back to the sign-in page (which
 * then says why) before any password is checked, and HTTP Basic is refused by {@link #REFUSING}.
 */
final class PasswordSignInOff extends OncePerRequestFilter {

    static final String MESSAGE = "Password sign-in is switched off on this instance: sign in through the identity provider,"
            + " or use an API token (Authorization: Bearer \u2026).";

    /** The authentication manager of HTTP Basic while password sign-in is off: every password is refused. */
    static final AuthenticationManager REFUSING = authentication -> {
        throw new DisabledException(MESSAGE);
    };

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && path.equals("/login")) {
            response.sendRedirect(request.getContextPath() + "/login?password-off");
            return;
        }
        chain.doFilter(request, response);
    }
}
