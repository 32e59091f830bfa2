package com.factline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.factline.base.FactlineException;
import com.factline.base.PayloadTooLargeException;
import com.factline.base.UnsupportedTypeException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fetch rules against a local HTTP server on 127.0.0.1 (allowed here through the allow-list). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PageFetcherTest {

    HttpServer server;
    int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/article", ex -> send(ex, 200, "text/html; charset=utf-8", ImportFormatsTest.resource("page-jsonld.html")));
        server.createContext("/release.pdf", ex -> send(ex, 200, "application/pdf", ImportFormatsTest.resource("court-press-release.pdf")));
        server.createContext("/moved", ex -> redirect(ex, "/article"));
        server.createContext("/to-localhost", ex -> redirect(ex, "http://localhost:" + port + "/article"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/image", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>no</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/big", ex -> send(ex, 200, "text/html", new byte[2_000]));
        server.createContext("/big-chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[100]);
                }
            } catch (IOException closedByClient) {
                // the fetcher hung up once it had enough
            }
        });
        server.createContext("/slow", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) { // one byte every 300 ms: each read is quick, the whole is too slow
                    out.write('a');
                    out.flush();
                    Thread.sleep(300);
                }
            } catch (IOException | InterruptedException closedByClient) {
                // the fetcher gave up
            }
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    PageFetcher fetcher(Set<String> allowed, long maxBytes) {
        return new PageFetcher(new PageFetcher.Settings(allowed, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3),
                maxBytes), Clock.systemUTC());
    }

    PageFetcher allowed() {
        return fetcher(Set.of("127.0.0.1"), 1_000_000);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void shouldFetchAnAllowedPageAndFollowARedirect() {
        PageFetcher.Fetched page = allowed().fetch(url("/moved"));
        assertThat(page.finalUrl()).isEqualTo(url("/article"));
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo("utf-8");
        assertThat(page.body()).isEqualTo(ImportFormatsTest.resource("page-jsonld.html"));
    }

    @Test
    void shouldFetchAPdf() {
        assertThat(allowed().fetch(url("/release.pdf")).isPdf()).isTrue();
    }

    @Test
    void shouldRefuseLoopbackAndPrivateAddressesUnlessAllowed() {
        assertThatThrownBy(() -> fetcher(Set.of(), 1_000_000).fetch(url("/article")))
                .isInstanceOf(FetchFailedException.class).hasMessageContaining("loopback")
                .hasMessageContaining("FACTLINE_FETCH_ALLOWED_HOSTS");
        assertThatThrownBy(() -> fetcher(Set.of(), 1_000_000).fetch("http://10.1.2.3/internal"))
                .isInstanceOf(FetchFailedException.class).hasMessageContaining("private network address");
        assertThatThrownBy(() -> fetcher(Set.of(), 1_000_000).fetch("http://169.254.169.254/latest/meta-data/"))
                .isInstanceOf(FetchFailedException.class).hasMessageContaining("link-local");
        assertThatThrownBy(() -> fetcher(Set.of(), 1_000_000).fetch("http://[::1]:" + port + "/"))
                .isInstanceOf(FetchFailedException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> fetcher(Set.of(), 1_000_000).fetch("http://0.0.0.0:" + port + "/"))
                .isInstanceOf(FetchFailedException.class).hasMessageContaining("unspecified");
        assertThat(fetcher(Set.of("127.0.0.1:" + port), 1_000_000).fetch(url("/article")).body()).isNotEmpty();
    }

    @Test
    void shouldClassifyAddresses() throws Exception {
        assertThat(PageFetcher.forbidden(InetAddress.getByName("192.168.1.1"))).contains("private");
        assertThat(PageFetcher.forbidden(InetAddress.getByName("100.64.0.1"))).contains("shared");
        assertThat(PageFetcher.forbidden(InetAddress.getByName("224.0.0.1"))).contains("multicast");
        assertThat(PageFetcher.forbidden(InetAddress.getByName("fd00::1"))).contains("private");
        assertThat(PageFetcher.forbidden(InetAddress.getByName("::ffff:127.0.0.1"))).contains("loopback");
        assertThat(PageFetcher.forbidden(InetAddress.getByName("93.184.215.14"))).isNull();
    }

    @Test
    void shouldRefuseARedirectToLoopbackThatIsNotAllowed() {
        assertThatThrownBy(() -> allowed().fetch(url("/to-localhost")))
                .isInstanceOf(FetchFailedException.class).hasMessageContaining("localhost leads to")
                .hasMessageContaining("loopback");
    }

    @Test
    void shouldStopAfterFiveRedirects() {
        assertThatThrownBy(() -> allowed().fetch(url("/loop")))
                .isInstanceOf(FetchFailedException.class).hasMessageContaining("More than 5 redirects");
    }

    @Test
    void shouldRefuseOtherSchemesAndUserInfo() {
        assertThatThrownBy(() -> allowed().fetch("file:///etc/passwd")).isInstanceOf(FetchFailedException.class)
                .hasMessageContaining("Only http:// and https://");
        assertThatThrownBy(() -> allowed().fetch("ftp://example.org/a")).hasMessageContaining("not ftp:");
        assertThatThrownBy(() -> allowed().fetch("http://user:pw@127.0.0.1:" + port + "/article")).hasMessageContaining("user name");
    }

    @Test
    void shouldRefuseAnOversizedPageWhetherItsLengthIsAnnouncedOrNot() {
        assertThatThrownBy(() -> fetcher(Set.of("127.0.0.1"), 1_000).fetch(url("/big")))
                .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("2000 bytes");
        assertThatThrownBy(() -> fetcher(Set.of("127.0.0.1"), 1_000).fetch(url("/big-chunked")))
                .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("more than 1000 bytes");
    }

    @Test
    void shouldGiveUpOnASlowServerWithinTheTotalTime() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> allowed().fetch(url("/slow")))
                .isInstanceOf(FetchFailedException.class).hasMessageContaining("did not answer in time")
                .satisfies(e -> assertThat(((FactlineException) e).httpStatus()).isEqualTo(504));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("bounded by the 3 s total").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void shouldRefuseContentThatIsNeitherHtmlNorPdf() {
        assertThatThrownBy(() -> allowed().fetch(url("/image"))).isInstanceOf(UnsupportedTypeException.class)
                .hasMessageContaining("image/png");
    }

    @Test
    void shouldReportTheServersErrorStatus() {
        assertThatThrownBy(() -> allowed().fetch(url("/missing"))).isInstanceOf(FetchFailedException.class)
                .hasMessageContaining("404");
    }
}
