package com.factline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A second app instance, in its own JVM, on the same database: a change made through the first
 * reaches a timeline open on the second (PostgreSQL LISTEN/NOTIFY between them).
 */
class TwoInstancesTest extends BrowserTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aChangeThroughOneInstanceReachesAViewOnTheOther() throws Exception {
        int port2;
        try (ServerSocket s = new ServerSocket(0)) {
            port2 = s.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process second = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "com.factline.FactlineApplication", "--server.port=" + port2,
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(), "--spring.datasource.username=postgres",
                // Demo mode like the first: started without it on this database, an instance disables the
                // demo accounts (issue #16); the demo project and accounts exist already, so nothing is seeded twice.
                "--factline.demo=true")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/second-instance.log"))
                .start();
        try {
            String base2 = "http://localhost:" + port2;
            waitUntilUp(base2, 90, "target/second-instance.log");
            long project = createProject("alice", "Two instances " + System.nanoTime());
            jdbcAddMember(project, "bob");
            Page bob = secondEditor("bob", base2);
            bob.navigate(base2 + "/projects/" + project + "/timeline");
            // The second instance's first page (a cold JVM) may take more than the default 5 s on a busy machine.
            assertThat(bob.locator("vaadin-grid")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

            List<Long> ms = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String title = "Made on instance one #" + i;
                long start = System.nanoTime();
                var res = postJson("/api/v1/projects/" + project + "/events", "alice", "{\"title\":" + json(title) + "}");
                org.assertj.core.api.Assertions.assertThat(res.statusCode()).isEqualTo(201);
                assertThat(bob.locator("vaadin-grid")).containsText(title);
                ms.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(ms);
            System.out.println("LATENCY save-to-other-browser across two instances: n=" + ms.size() + " median=" + ms.get(ms.size() / 2)
                    + " ms p95=" + ms.get(ms.size() - 1) + " ms (includes HTTP Basic password check) all=" + ms);
        } finally {
            second.destroy();
            if (!second.waitFor(20, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

}
