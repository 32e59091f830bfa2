package com.factline.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * State-changing API calls must say they send JSON. A cross-site HTML form can only send
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or {@code text/plain}
 * without a CORS preflight, and a browser attaches cached Basic credentials to it; requiring
 * {@code Content-Type: application/json} (a body of {@code {}} where the endpoint needs none)
 * makes such a forged request fail with 415 before it reaches anything. The documented
 * exceptions are the multipart source imports (one file, or a batch); a {@code DELETE} may come without a body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class ApiContentTypeFilter extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Where an uploaded file is the documented input. */
    private static final Pattern MULTIPART_ALLOWED = Pattern.compile("/api/v1/projects/[^/]+/sources(?:/batch)?/?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || !RequestSizeLimitFilter.pathOf(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request.getMethod().toUpperCase(Locale.ROOT), RequestSizeLimitFilter.pathOf(request),
                request.getContentType());
        if (refusal != null) {
            response.setStatus(415);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"unsupported_type\",\"message\":\"" + refusal + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why this state-changing call is refused, or null when its content type is acceptable. */
    static @Nullable String refusal(String method, String path, @Nullable String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            return method.equals("DELETE") ? null
                    : method + " needs Content-Type: application/json (send {} when there is nothing else to say).";
        }
        if (type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))) {
            return null;
        }
        if (type.equals("multipart/form-data") && method.equals("POST") && MULTIPART_ALLOWED.matcher(path).matches()) {
            return null;
        }
        String shown = type.matches("[a-z0-9!#$&^_.+-]{1,60}/[a-z0-9!#$&^_.+-]{1,60}") ? type : "(unreadable)";
        return "Content type " + shown + " is not accepted here; send application/json"
                + (MULTIPART_ALLOWED.matcher(path).matches() ? " or multipart/form-data." : ".");
    }
}
