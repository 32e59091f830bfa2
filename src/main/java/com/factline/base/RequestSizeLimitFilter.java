package com.factline.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Refuses oversized API bodies before anything reads them into memory. A declared
 * {@code Content-Length} over the limit is refused at once; a body without one (chunked) is
 * counted as it is read and refused the moment it passes the limit, so neither kind is ever
 * held whole. The path is matched decoded, as the API's routing sees it, so an encoded path
 * ({@code /%61pi/...}) cannot step around the check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final long limit;
    private final long restoreLimit;

    RequestSizeLimitFilter(FactlineProperties props) {
        // Room for JSON escaping and multipart framing around the largest accepted article.
        this.limit = props.maxImportBytesOrDefault() * 2 + 64 * 1024;
        // A restore carries a whole project.
        this.restoreLimit = props.maxBackupBytesOrDefault();
    }

    /** The request's path inside the app, decoded and without path parameters, as routing sees it. */
    static String pathOf(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pathOf(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long limit = pathOf(request).equals(FactlineProperties.RESTORE_PATH) ? restoreLimit : this.limit;
        if (length > limit) {
            writeTooLarge(response, "The request body has " + length + " bytes; the limit is " + limit + ".");
            return;
        }
        CountingRequest counted = new CountingRequest(request, limit);
        try {
            chain.doFilter(counted, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!counted.exceeded() || response.isCommitted()) {
                throw e;
            }
        }
        if (counted.exceeded() && !response.isCommitted()) {
            // Whatever layer wrapped the refusal (a JSON parser, a converter), the answer is 413.
            response.reset();
            writeTooLarge(response, tooLargeMessage(limit));
        }
    }

    static String tooLargeMessage(long limit) {
        return "The request body is larger than the " + limit + " bytes this endpoint accepts; nothing was saved.";
    }

    private static void writeTooLarge(HttpServletResponse response, String message) throws IOException {
        response.setStatus(413);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"too_large\",\"message\":\"" + message + "\"}");
    }

    /** Hands out one stream that counts what is read and fails past the limit. */
    static final class CountingRequest extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable CountingStream stream;
        private @Nullable BufferedReader reader;

        CountingRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        boolean exceeded() {
            return stream != null && stream.count > limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private void add(long n) {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new PayloadTooLargeException(tooLargeMessage(limit));
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
