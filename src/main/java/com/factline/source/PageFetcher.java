package com.factline.source;

import com.factline.base.PayloadTooLargeException;
import com.factline.base.UnsupportedTypeException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one web page (or PDF) for import. This is a security boundary (server-side request
 * forgery): only http(s); the host name is resolved once and the connection goes to the checked
 * address (no second lookup an attacker's DNS could answer differently); private, loopback,
 * link-local, multicast, unspecified and other non-public addresses are refused unless the
 * admin's allow-list names the host; redirects are followed by hand, at most
 * {@value #MAX_REDIRECTS}, each re-checked; the body is counted while it is read and refused past
 * the article limit; connect, read and total time are limited; only HTML and PDF are accepted.
 * Each refusal says why. Plain Java sockets, HTTP/1.1 with {@code Connection: close}.
 */
final class PageFetcher {

    static final int MAX_REDIRECTS = 5;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final Set<String> TYPES = Set.of("text/html", "application/xhtml+xml", "application/pdf");

    /**
     * @param allowedHosts lower-case {@code host} or {@code host:port} entries that may be private addresses
     */
    record Settings(Set<String> allowedHosts, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
                    long maxBytes) {
    }

    /** What came back: the final address after redirects, the media type (no parameters), its charset and the bytes. */
    record Fetched(String url, String finalUrl, String mediaType, @Nullable String charset, byte[] body, Instant fetchedAt) {
        boolean isPdf() {
            return mediaType.equals("application/pdf");
        }
    }

    private final Settings settings;
    private final Clock clock;

    PageFetcher(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Fetched fetch(String url) {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        URI uri = parse(url);
        Instant fetchedAt = clock.instant();
        for (int hop = 0; ; hop++) {
            Response res = request(uri, deadline);
            if (res.status() >= 300 && res.status() < 400 && res.status() != 304) {
                String location = res.headers().get("location");
                if (location == null || location.isBlank()) {
                    throw FetchFailedException.failed("The server answered " + res.status() + " (a redirect) without saying where to.");
                }
                if (hop >= MAX_REDIRECTS) {
                    throw FetchFailedException.failed("More than " + MAX_REDIRECTS + " redirects; the last pointed to " + shorten(location) + ".");
                }
                try {
                    uri = parse(uri.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw FetchFailedException.failed("The server redirected to an invalid address: " + shorten(location) + ".");
                }
                continue;
            }
            if (res.status() != 200) {
                throw FetchFailedException.failed("The server answered " + res.status() + (res.reason().isBlank() ? "" : " " + res.reason())
                        + " for " + shorten(uri.toString()) + ".");
            }
            return new Fetched(url, uri.toString(), res.mediaType(), res.charset(), res.body(), fetchedAt);
        }
    }

    // --- the rules --------------------------------------------------------------------------------------------

    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw FetchFailedException.refused("\u201c" + shorten(url) + "\u201d is not a valid address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchFailedException.refused("Only http:// and https:// addresses can be fetched"
                    + (scheme.isEmpty() ? "." : ", not " + scheme + ":."));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw FetchFailedException.refused("The address has no host name.");
        }
        if (uri.getRawUserInfo() != null) {
            throw FetchFailedException.refused("Addresses with a user name or password are not fetched.");
        }
        if (url.length() > 2000) {
            throw FetchFailedException.refused("The address is longer than 2,000 characters.");
        }
        return uri;
    }

    private boolean allowed(String host, int port) {
        return settings.allowedHosts().contains(host) || settings.allowedHosts().contains(host + ":" + port);
    }

    /** The address to connect to: the first of the host's, after every one was checked. */
    InetAddress address(String host, int port) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw FetchFailedException.failed("The host " + host + " was not found.");
        }
        if (!allowed(host, port)) {
            for (InetAddress a : all) {
                String why = forbidden(a);
                if (why != null) {
                    throw FetchFailedException.refused("The address " + host + " leads to " + a.getHostAddress() + ", " + why
                            + "; such addresses are not fetched (an admin can allow the host with FACTLINE_FETCH_ALLOWED_HOSTS).");
                }
            }
        }
        return all[0];
    }

    /** Why an address is not public, or null when it is. */
    static @Nullable String forbidden(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback address (this server itself)";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private network address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int o0 = b[0] & 0xFF;
            int o1 = b[1] & 0xFF;
            if (o0 == 0 || o0 >= 240 || (o0 == 100 && o1 >= 64 && o1 < 128) || (o0 == 192 && o1 == 0 && (b[2] & 0xFF) == 0)
                    || (o0 == 198 && (o1 == 18 || o1 == 19))) {
                return "a reserved or shared address";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "a private network address";
            }
            boolean v4Compatible = true;
            for (int i = 0; i < 12; i++) {
                v4Compatible &= b[i] == 0;
            }
            boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
            if (v4Compatible || nat64) {
                try {
                    String inner = forbidden(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                    return inner == null ? null : inner + " (inside an IPv6 address)";
                } catch (UnknownHostException e) {
                    return "an invalid address";
                }
            }
        }
        return null;
    }

    // --- HTTP/1.1 ---------------------------------------------------------------------------------------------

    private record Response(int status, String reason, Map<String, String> headers, String mediaType, @Nullable String charset,
                            byte[] body) {
    }

    private Response request(URI uri, long deadline) {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        InetAddress address = address(host, port);
        Socket socket = new Socket();
        try (socket) {
            socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, Math.min(settings.connectTimeout().toMillis(), remaining(deadline))));
            Socket s = socket;
            if (https) {
                SSLSocket ssl = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(socket, host, port, true);
                SSLParameters p = ssl.getSSLParameters();
                p.setEndpointIdentificationAlgorithm("HTTPS");
                if (!host.contains(":") && !host.matches("[0-9.]+")) {
                    p.setServerNames(List.of(new SNIHostName(host)));
                }
                ssl.setSSLParameters(p);
                ssl.setSoTimeout(timeout(deadline));
                ssl.startHandshake();
                s = ssl;
            }
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String hostHeader = (host.contains(":") ? "[" + host + "]" : host) + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n"
                    + "User-Agent: Factline/0.1 (article import)\r\n"
                    + "Accept: text/html,application/xhtml+xml,application/pdf;q=0.9\r\n"
                    + "Accept-Encoding: identity\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(s.getInputStream());
            return response(s, in, deadline);
        } catch (SocketTimeoutException e) {
            throw FetchFailedException.timedOut("The server at " + host + " did not answer in time (limits: "
                    + settings.readTimeout().toSeconds() + " s without data, " + settings.totalTimeout().toSeconds() + " s in all).");
        } catch (SSLException e) {
            throw FetchFailedException.failed("The secure connection to " + host + " failed: " + firstLine(e) + ".");
        } catch (IOException e) {
            throw FetchFailedException.failed("Could not connect to " + host + ": " + firstLine(e) + ".");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response response(Socket s, InputStream in, long deadline) throws IOException {
        int[] headerBudget = {MAX_HEADER_BYTES};
        String statusLine = line(s, in, deadline, headerBudget);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw FetchFailedException.failed("The server did not answer with HTTP.");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw FetchFailedException.failed("The server sent an invalid status line.");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line; !(line = line(s, in, deadline, headerBudget)).isEmpty(); ) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
        }
        String reason = parts.length > 2 ? parts[2] : "";
        if (status != 200) {
            return new Response(status, reason, headers, "", null, new byte[0]);
        }
        String contentType = headers.getOrDefault("content-type", "");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(mediaType)) {
            throw new UnsupportedTypeException("The address gives " + (mediaType.isEmpty() ? "content of no stated type" : mediaType)
                    + ", not a web page (text/html) or a PDF.");
        }
        String charset = null;
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                charset = p.substring(8).replace("\"", "").strip();
            }
        }
        String encoding = headers.getOrDefault("content-encoding", "identity").toLowerCase(Locale.ROOT);
        if (!encoding.equals("identity") && !encoding.isEmpty()) {
            throw FetchFailedException.failed("The server sent the page compressed (" + encoding + ") although asked not to.");
        }
        long max = settings.maxBytes();
        String length = headers.get("content-length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max) {
            throw tooLarge(Long.parseLong(length) + " bytes");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            while (true) {
                String size = line(s, in, deadline, headerBudget = new int[] {1024}).split(";", 2)[0].strip();
                long n;
                try {
                    n = Long.parseLong(size, 16);
                } catch (NumberFormatException e) {
                    throw FetchFailedException.failed("The server sent a broken chunked body.");
                }
                if (n == 0) {
                    break;
                }
                if (body.size() + n > max) {
                    throw tooLarge("more than " + max + " bytes");
                }
                copy(s, in, body, n, deadline);
                line(s, in, deadline, new int[] {16});
            }
        } else if (length != null && length.matches("\\d{1,18}")) {
            copy(s, in, body, Long.parseLong(length), deadline);
        } else {
            copy(s, in, body, max + 1, deadline);
            if (body.size() > max) {
                throw tooLarge("more than " + max + " bytes");
            }
        }
        return new Response(status, reason, headers, mediaType, charset, body.toByteArray());
    }

    private PayloadTooLargeException tooLarge(String what) {
        return new PayloadTooLargeException("The page has " + what + "; articles up to " + settings.maxBytes() + " bytes can be imported.");
    }

    /** Copies up to {@code n} bytes (fewer if the server closes), each read limited by what is left of the total time. */
    private void copy(Socket s, InputStream in, ByteArrayOutputStream out, long n, long deadline) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = n;
        while (left > 0) {
            s.setSoTimeout(timeout(deadline));
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (r < 0) {
                return;
            }
            out.write(buffer, 0, r);
            left -= r;
        }
    }

    private String line(Socket s, InputStream in, long deadline, int[] budget) throws IOException {
        StringBuilder line = new StringBuilder();
        s.setSoTimeout(timeout(deadline));
        for (int c; (c = in.read()) != -1; ) {
            if (--budget[0] < 0) {
                throw FetchFailedException.failed("The server's response headers are too long.");
            }
            if (c == '\n') {
                int len = line.length();
                return len > 0 && line.charAt(len - 1) == '\r' ? line.substring(0, len - 1) : line.toString();
            }
            line.append((char) c);
            if ((budget[0] & 0xFF) == 0) {
                s.setSoTimeout(timeout(deadline));
            }
        }
        throw FetchFailedException.failed("The server closed the connection before answering.");
    }

    private int timeout(long deadline) throws SocketTimeoutException {
        long left = remaining(deadline);
        if (left <= 0) {
            throw new SocketTimeoutException("total time");
        }
        return (int) Math.max(1, Math.min(settings.readTimeout().toMillis(), left));
    }

    private static long remaining(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    private static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "\u2026" : s;
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
