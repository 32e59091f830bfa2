package com.factline.security;

import com.factline.base.DatabaseFailures;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** The API never redirects to a login page: it answers 401 or 403 with a JSON body. */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (databaseDown(e)) {
            // The user could not be looked up: that says nothing about the credentials.
            writeDatabaseUnavailable(response);
            return;
        }
        // A Basic challenge makes a browser prompt and then cache the credentials, which it sends
        // along with any later cross-site request: browsers get only the Bearer challenge.
        response.setHeader("WWW-Authenticate", fromBrowser(request) ? "Bearer realm=\"Factline\""
                : "Basic realm=\"Factline\", Bearer realm=\"Factline\"");
        // UserService refuses a locked name while loading it; the provider wraps that exception.
        String message = causedBy(e, LockedException.class)
                ? "Too many failed sign-in attempts; try again in a few minutes."
                : PasswordSignInOff.MESSAGE.equals(e.getMessage()) ? PasswordSignInOff.MESSAGE
                : "Sign in with HTTP Basic or an API token (Authorization: Bearer ...).";
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", message);
    }

    /**
     * Browsers send {@code Sec-Fetch-*} headers on every request (navigation, form, fetch, XHR)
     * and ask for HTML when they navigate; scripts and command-line clients do neither.
     */
    static boolean fromBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Sec-Fetch-Dest") != null
                || (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html"));
    }

    static boolean databaseDown(Throwable e) {
        return DatabaseFailures.isUnavailable(e);
    }

    static void writeDatabaseUnavailable(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "database_unavailable", DatabaseFailures.API_MESSAGE);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "You do not have the role or membership this needs.");
    }

    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }
}
