package vn.thidua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 17 (zonky), for machines without a server: a temporary one per JVM, or a
 * persistent one for the stack. Cleans up after JVMs that died without stopping theirs.
 */
final class EmbeddedServer {

    // Zonky locks this file in each data directory for as long as its JVM runs the server
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration INITDB_GRACE = Duration.ofMinutes(10);

    private EmbeddedServer() {
    }

    /** Starts an embedded server on a free port and a temporary data directory, deleted when it stops. */
    static PostgresServer startTemporary() {
        Path parent = Path.of(System.getProperty("java.io.tmpdir"), "thidua-embedded-pg");
        try {
            Files.createDirectories(parent);
            removeStaleDataDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(EmbeddedPostgres.builder().setDataDirectory(parent.resolve(UUID.randomUUID().toString())),
                "embedded");
    }

    /** Starts an embedded server whose data directory survives restarts (initialised on first use). */
    static PostgresServer startPersistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            if (lockHeld(dataDir)) {
                throw new IllegalStateException("Another JVM is running PostgreSQL on " + dataDir);
            }
            stopOrphanedPostmaster(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port), "embedded, data in " + dataDir);
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder, String origin) {
        requireUsableUserNamespaces();
        EmbeddedPostgres started;
        try {
            // Zonky registers a shutdown hook that stops the server
            started = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
        PostgresServer server = new PostgresServer("127.0.0.1", started.getPort(), "postgres", "", "postgres", "", origin, started);
        return server.requireReachable("the embedded server");
    }

    /** initdb refuses root; zonky avoids that through a user namespace, which some hosts refuse. */
    private static void requireUsableUserNamespaces() {
        if (!runningAsRoot() || unshareWorks()) {
            return;
        }
        throw new IllegalStateException("Cannot run an embedded PostgreSQL as root here: 'unshare -U id -u' fails, so initdb"
                + " would run as root, which it refuses. Set THIDUA_PG_URL (jdbc:postgresql://host:port/db, with"
                + " THIDUA_PG_USER and THIDUA_PG_PASSWORD) or PGHOST/PGPORT/PGUSER/PGPASSWORD to a reachable server,"
                + " or enable unprivileged user namespaces (sysctl user.max_user_namespaces > 0,"
                + " kernel.unprivileged_userns_clone=1), or run as a non-root user.");
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean unshareWorks() {
        try {
            Process process = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Data directories of JVMs that died without stopping their server (kill -9): stop it, delete the directory. */
    private static void removeStaleDataDirectories(Path parent) throws IOException {
        try (DirectoryStream<Path> dataDirs = Files.newDirectoryStream(parent, Files::isDirectory)) {
            for (Path dataDir : dataDirs) {
                boolean stale = Files.exists(dataDir.resolve(ZONKY_LOCK_FILE))
                        ? !lockHeld(dataDir)
                        // No lock yet: another JVM may still be running initdb there
                        : Files.getLastModifiedTime(dataDir).toInstant().isBefore(Instant.now().minus(INITDB_GRACE));
                if (stale) {
                    stopOrphanedPostmaster(dataDir);
                    Directories.deleteRecursively(dataDir);
                }
            }
        }
    }

    private static boolean lockHeld(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** Postgres outlives a killed JVM (pg_ctl daemonises it) and would keep the port and directory. */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"));
        if (postmaster.isEmpty()) {
            return;
        }
        try {
            // SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for clients to leave
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
            postmaster.get().onExit().get(15, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            postmaster.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
