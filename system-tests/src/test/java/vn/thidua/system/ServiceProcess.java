package vn.thidua.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged service (or the broker) run as its own OS process, as ./stack runs it. */
final class ServiceProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    ServiceProcess(String name, List<String> command, Map<String, String> environment, Path logDir) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.log = logDir.resolve(name + ".log");
    }

    /**
     * A packaged service in its production profile. award-service does not start without the key its webhook
     * secrets are stored under; the tests give one of their own, new per run, unless the caller set one.
     */
    static ServiceProcess quarkus(String name, Path jar, Map<String, String> environment, Path logDir) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.putIfAbsent("THIDUA_WEBHOOK_SECRET_KEY", WEBHOOK_SECRET_KEY);
        return new ServiceProcess(name, List.of(javaBin(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()),
                env, logDir);
    }

    private static final String WEBHOOK_SECRET_KEY = newKey();

    private static String newKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    ServiceProcess start() throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    /** Waits until {@code url} answers 200, failing with the log's path if the process dies first. */
    void awaitHttp(String url, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready at " + url + " after " + limit + ": see " + log);
    }

    /** Waits for a line starting with READY in the log (the broker launcher prints one). */
    void awaitReadyLine(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": see " + log);
            }
            if (Files.exists(log) && Files.readAllLines(log).stream().anyMatch(l -> l.startsWith("READY"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " printed no READY line in " + limit + ": see " + log);
    }

    /** SIGTERM and wait, as an operator stops a service. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /** For a command that ends by itself (a build step): its exit code, or -1 when it outlives {@code limit}. */
    int waitFor(Duration limit) throws InterruptedException {
        if (process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly().waitFor();
        return -1;
    }
}
