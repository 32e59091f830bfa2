package com.factline.base;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL from the zonky binaries on a persistent data directory unless an external
 * database is configured with {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    static boolean externalDatabase(Environment env) {
        return StringUtils.hasText(env.getProperty("spring.datasource.url"));
    }

    @Bean
    FactlineMode factlineMode(Environment env, FactlineProperties props) {
        boolean embedded = !externalDatabase(env);
        return new FactlineMode(embedded, props.demo() != null ? props.demo() : embedded);
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !externalDatabase(context.getEnvironment());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoExternalDatabase.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgres(FactlineProperties props) throws IOException {
            return EmbeddedPostgresServer.start(Path.of(props.dataDirOrDefault()));
        }

        @Bean(destroyMethod = "close")
        DataSource dataSource(EmbeddedPostgresServer server, Environment env) {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl(server.jdbcUrl());
            ds.setUsername("postgres");
            ds.setPoolName("factline-embedded");
            // The embedded server shares the app's cores: more connections than a few per core only add backends
            // competing for them, holding row locks while descheduled (issue #18). Requests wait for a free one instead.
            // spring.datasource.hikari.maximum-pool-size still sets it (to measure another size, issue #18).
            ds.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 8));
            // As spring.datasource.hikari.* for an external database: fail fast when it is down.
            ds.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
            ds.setValidationTimeout(Duration.ofSeconds(2).toMillis());
            return ds;
        }
    }

    /** The running server plus the lock that keeps a second instance off the same directory. */
    static final class EmbeddedPostgresServer implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final FileChannel lockChannel;
        private final FileLock lock;

        private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
            this.postgres = postgres;
            this.lockChannel = lockChannel;
            this.lock = lock;
        }

        static EmbeddedPostgresServer start(Path dataDir) throws IOException {
            Path dir = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve("factline.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            @Nullable FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The data directory " + dir + " is in use by another running Factline"
                        + " instance. Stop that instance, or point this one at another directory with FACTLINE_DATA_DIR.");
            }
            try {
                Path pg = dir.resolve("postgres");
                stopOrphanedPostmaster(pg);
                log.info("Starting embedded PostgreSQL in {}", pg);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(pg)
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "100")
                        // zonky turns this off for fast tests; here an acknowledged save must survive a crash.
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start();
                return new EmbeddedPostgresServer(postgres, channel, lock);
            } catch (IOException | RuntimeException e) {
                lock.release();
                channel.close();
                throw e;
            }
        }

        /**
         * A Factline JVM that was killed (SIGKILL, OOM killer) leaves its PostgreSQL running on the
         * directory, and a new start would wait a minute and fail on "lock file postmaster.pid already
         * exists". We hold the Factline lock, so no live instance owns that server: stop it (SIGTERM is
         * PostgreSQL's smart shutdown; its dead client's connections are gone already) and start afresh.
         * A stale pid file of a server that is no longer running is left to PostgreSQL, which ignores it.
         */
        static void stopOrphanedPostmaster(Path pg) throws IOException {
            Path pidFile = pg.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid;
            try (var lines = Files.lines(pidFile)) {
                pid = Long.parseLong(lines.findFirst().orElse("").strip());
            } catch (NumberFormatException e) {
                return;
            }
            var postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> isPostgresOn(h, pg));
            if (postmaster.isEmpty()) {
                return;
            }
            ProcessHandle h = postmaster.get();
            log.warn("PostgreSQL (pid {}) is still running on {} without a Factline instance, probably left by one that was killed;"
                    + " stopping it before starting afresh.", pid, pg);
            var children = h.descendants().toList();
            h.destroy();
            try {
                h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                log.warn("PostgreSQL (pid {}) did not stop within 30 s; killing it.", pid);
                h.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                try {
                    h.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception again) {
                    throw new IllegalStateException("PostgreSQL (pid " + pid + ") on " + pg + " cannot be stopped; stop it by hand.", again);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL " + pid, e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
            for (ProcessHandle child : children) {
                try {
                    child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    child.destroyForcibly();
                }
            }
        }

        /** The pid in the file may have been reused by an unrelated process after a reboot. */
        private static boolean isPostgresOn(ProcessHandle h, Path pg) {
            var info = h.info();
            boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false);
            boolean ourDir = info.arguments().map(args -> java.util.Arrays.stream(args).anyMatch(a -> a.contains(pg.toString())))
                    .orElse(true);
            return postgres && ourDir;
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        int port() {
            return postgres.getPort();
        }

        @Override
        public void close() throws IOException {
            try {
                postgres.close();
            } finally {
                lock.release();
                lockChannel.close();
            }
        }
    }
}
