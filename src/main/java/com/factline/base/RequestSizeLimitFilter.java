package com.factline.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses oversized API bodies before anything reads them into memory. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final long restoreLimit;

    RequestSizeLimitFilter(FactlineProperties props) {
        // Room for JSON escaping and multipart framing around the largest accepted article.
        this.limit = props.maxImportBytesOrDefault() * 2 + 64 * 1024;
        // A restore carries a whole project; its controller also counts the bytes of bodies sent without a length.
        this.restoreLimit = props.maxBackupBytesOrDefault();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long limit = request.getRequestURI().equals(request.getContextPath() + FactlineProperties.RESTORE_PATH) ? restoreLimit : this.limit;
        if (length > limit) {
            response.setStatus(413);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"too_large\",\"message\":\"The request body has " + length
                    + " bytes; the limit is " + limit + ".\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
