import vn.thidua.testing.KafkaBroker;
import vn.thidua.testing.PostgresServer;
import vn.thidua.testing.TestTokens;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Start time and memory of the three services, each started alone the way {@code ./stack} starts it, against a
 * minimal Quarkus REST application (bench/start/minimal-app) started the same way in the same round: on Java 17,
 * on Java 17 with a dynamic CDS archive of a training run, on Java 25 without an AOT cache, and on Java 25 with the AOT
 * cache of a training run. Then the three started
 * together against one at a time. Output: [bench] lines; ratios are against the minimal app of the same round and
 * JVM configuration.
 *
 * Usage: java -cp ... StartBench ROOT ROUNDS "JVM OPTIONS" [JAVA25_HOME]
 */
public final class StartBench {

    static final List<String> APPS = List.of("minimal", "plan-service", "evaluation-service", "award-service");
    static final List<String> SERVICES = APPS.subList(1, APPS.size());
    static final String SCHOOL = "TH-TRAMCHIM2";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** A JVM to measure: its home, whether it uses the AOT cache of a training run, and its options. */
    record Config(String name, String javaHome, boolean aot, List<String> options) {

        /** The options without spaces, for cache and log file names. */
        String variant() {
            return name.contains("/") ? name.substring(name.indexOf('/') + 1) : "stack";
        }
    }

    record Run(long readyMs, long firstRequestMs, long rssKb, long heapUsedKb, long metaspaceKb, long heapCommittedKb,
            long codeCacheKb) { }

    static Path root;
    static Path work;
    static List<String> jvmOptions;
    static PostgresServer pg;
    static KafkaBroker broker;
    static final Map<String, Integer> ports = new HashMap<>();
    /** Databases thidua_*_<suffix>: Phases has its own, so both can run side by side. */
    static String databaseSuffix = "startbench";
    /** Environment added to every start (Phases: log format and categories). */
    static final Map<String, String> extraEnv = new HashMap<>();

    public static void main(String[] args) throws Exception {
        root = Path.of(args[0]).toAbsolutePath().normalize();
        int rounds = Integer.parseInt(args[1]);
        jvmOptions = Arrays.asList(args[2].trim().split("\\s+"));
        // START_VARIANTS="name=options;name=options" measures other JVM options beside the stack's, in the same
        // rounds (each with its own AOT training); START_CONFIGS picks the configurations; START_TOGETHER=off skips the
        // three-at-once part.
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("stack", jvmOptions);
        String variantSpec = System.getenv().getOrDefault("START_VARIANTS", "");
        for (String v : variantSpec.split(";")) {
            if (v.contains("=")) {
                variants.put(v.substring(0, v.indexOf('=')).trim(),
                        Arrays.asList(v.substring(v.indexOf('=') + 1).trim().split("\\s+")));
            }
        }
        List<String> wanted = Arrays.asList(System.getenv().getOrDefault("START_CONFIGS", "java17,java17+cds,java25,java25+aot")
                .split(","));
        String java25 = args.length > 3 && !args[3].isBlank() ? args[3] : null;
        // START_WORK names another working directory and databases, so two runs can go side by side.
        String workName = System.getenv().getOrDefault("START_WORK", "run");
        work = root.resolve("bench/start/target/" + workName);
        if (!workName.equals("run")) {
            databaseSuffix = "startbench_" + workName.replaceAll("[^a-z0-9]", "");
        }
        Files.createDirectories(work.resolve("logs"));
        Files.createDirectories(work.resolve("aot"));

        double[] load = loadAverage();
        say("date %s; machine %d cores, %d MB; load average %.2f %.2f %.2f; JVM options %s", Instant.now(),
                Runtime.getRuntime().availableProcessors(), totalMemoryMb(), load[0], load[1], load[2], jvmOptions);
        pg = PostgresServer.obtain();
        for (String s : SERVICES) {
            pg.recreateDatabase(database(s));
        }
        broker = KafkaBroker.start(work.resolve("kafka"), 0, 0);
        for (String app : APPS) {
            ports.put(app, freePort());
        }

        List<Config> configs = new ArrayList<>();
        for (var variant : variants.entrySet()) {
            String suffix = variant.getKey().equals("stack") ? "" : "/" + variant.getKey();
            say("variant %s: %s", variant.getKey(), variant.getValue());
            if (wanted.contains("java17")) {
                configs.add(new Config("java17" + suffix, System.getProperty("java.home"), false, variant.getValue()));
            }
            if (wanted.contains("java17+cds")) {
                configs.add(new Config("java17+cds" + suffix, System.getProperty("java.home"), true, variant.getValue()));
            }
            if (java25 != null && wanted.contains("java25")) {
                configs.add(new Config("java25" + suffix, java25, false, variant.getValue()));
            }
            if (java25 != null && wanted.contains("java25+aot")) {
                configs.add(new Config("java25+aot" + suffix, java25, true, variant.getValue()));
            }
        }
        if (java25 == null) {
            say("no Temurin 25: only Java 17 measured");
        }

        // Warm-up, and the AOT training run of each variant (ready, the same work as measured, then a clean stop
        // writes the cache). Without an AOT configuration, one warm-up start per app.
        List<Config> trainings = configs.stream().filter(Config::aot).toList();
        if (trainings.isEmpty()) {
            trainings = List.of(configs.get(0));
        }
        for (Config config : trainings) {
            for (String app : APPS) {
                Config training = new Config("training", config.javaHome(), false, config.options());
                long t0 = System.nanoTime();
                List<String> extra = config.aot() ? List.of(cacheOption(config, app, true)) : List.of();
                Process p = start(app, training, extra, "training-" + config.name());
                awaitReady(app, p);
                work(app);
                stop(p);
                boolean cached = Files.exists(cache(app, config));
                say("training %s %s: %d ms (start, work, stop%s)", config.variant(), app,
                        (System.nanoTime() - t0) / 1_000_000, !config.aot() ? ""
                                : cached ? String.format(", cache %d MB", Files.size(cache(app, config)) >> 20)
                                : ", NO CACHE WRITTEN: see " + work.resolve("logs/" + app + "-training.log"));
            }
        }

        Map<String, Map<String, List<Run>>> runs = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            // The order rotates each round, so none of them always follows the same neighbour.
            for (int c = 0; c < configs.size(); c++) {
                Config config = configs.get((c + round) % configs.size());
                for (int a = 0; a < APPS.size(); a++) {
                    String app = APPS.get((a + round) % APPS.size());
                    if (config.aot() && !Files.exists(cache(app, config))) {
                        continue;
                    }
                    Run run = once(app, config);
                    runs.computeIfAbsent(config.name(), k -> new LinkedHashMap<>()).computeIfAbsent(app, k -> new ArrayList<>())
                            .add(run);
                    say("round %d %-17s %-18s ready %6d ms, first request %4d ms, RSS after work %4d MB, heap used %3d MB of %3d MB committed, metaspace %3d MB, code cache %2d MB (load %.1f)",
                            round, config.name(), app, run.readyMs(), run.firstRequestMs(), run.rssKb() >> 10,
                            run.heapUsedKb() >> 10, run.heapCommittedKb() >> 10, run.metaspaceKb() >> 10,
                            run.codeCacheKb() >> 10, loadAverage()[0]);
                }
            }
        }

        say("--- medians of %d rounds; ratio = service ready / minimal app ready, same configuration and round (target <= 2)",
                rounds);
        for (var byConfig : runs.entrySet()) {
            List<Run> minimal = byConfig.getValue().get("minimal");
            for (String app : APPS) {
                List<Run> r = byConfig.getValue().get(app);
                if (r == null || minimal == null) {
                    continue;
                }
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    ratios.add((double) r.get(i).readyMs() / minimal.get(i).readyMs());
                }
                say("%-17s %-18s ready %6.0f ms  ratio %s  median %.2f  RSS %4.0f MB", byConfig.getKey(), app,
                        median(r.stream().map(x -> (double) x.readyMs()).toList()),
                        ratios.stream().map(x -> String.format("%.2f", x)).collect(Collectors.joining(" ")),
                        median(ratios), median(r.stream().map(x -> (double) (x.rssKb() >> 10)).toList()));
            }
        }

        // Three at once against one at a time: how long until all three answer ready.
        for (Config config : configs) {
            if (config.name().startsWith("java25") && !config.aot()
                    || "off".equals(System.getenv("START_TOGETHER"))) {
                continue;
            }
            for (int round = 1; round <= rounds; round++) {
                long together = together(config);
                long oneByOne = oneAtATime(config);
                say("round %d %-17s all three ready: together %6d ms, one at a time %6d ms (ratio %.2f, load %.1f)", round,
                        config.name(), together, oneByOne, (double) together / oneByOne, loadAverage()[0]);
            }
        }
        broker.close();
    }

    static Run once(String app, Config config) throws Exception {
        List<String> extra = config.aot() ? List.of(cacheOption(config, app, false)) : List.of();
        long t0 = System.nanoTime();
        Process p = start(app, config, extra, config.name());
        awaitReady(app, p);
        long ready = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        request(app, workPath(app));
        long first = (System.nanoTime() - t1) / 1_000_000;
        work(app);
        long rss = rssKb(p.pid());
        long[] memory = app.equals("minimal") ? new long[] {0, 0, 0, 0} : heapAndMetaspaceKb(app);
        stop(p);
        return new Run(ready, first, rss, memory[0], memory[1], memory[2], memory[3]);
    }

    static long together(Config config) throws Exception {
        long t0 = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (String s : SERVICES) {
            processes.add(start(s, config, config.aot() ? List.of(cacheOption(config, s, false)) : List.of(), "together"));
        }
        for (int i = 0; i < SERVICES.size(); i++) {
            awaitReady(SERVICES.get(i), processes.get(i));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (Process p : processes) {
            stop(p);
        }
        return ms;
    }

    static long oneAtATime(Config config) throws Exception {
        long t0 = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (String s : SERVICES) {
            Process p = start(s, config, config.aot() ? List.of(cacheOption(config, s, false)) : List.of(), "one-at-a-time");
            processes.add(p);
            awaitReady(s, p);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (Process p : processes) {
            stop(p);
        }
        return ms;
    }

    static Process start(String app, Config config, List<String> extra, String label) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(config.javaHome(), "bin", "java").toString());
        config.options().forEach(o -> command.add(o.replace("{app}", app))); // {app}: a per-app file in an option
        command.addAll(extra);
        command.add("-jar");
        command.add(jar(app).toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("logs/" + app + "-" + label.replace('/', '-')
                        + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(app)));
        env.putAll(extraEnv);
        if (!app.equals("minimal")) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl(database(app)));
            env.put("QUARKUS_DATASOURCE_USERNAME", pg.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", pg.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyLocation());
            env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
            // award-service does not start without the key its webhook secrets are stored under (any will do here)
            env.put("THIDUA_WEBHOOK_SECRET_KEY", "9WiIOlbAlw5QgBxxiY2LKSW3AF8ViyAh4x7+qTCwcH4=");
            if (app.equals("plan-service")) {
                env.put("THIDUA_PLAN_DEMO_UNITS", "true");
            }
        }
        return builder.start();
    }

    static void awaitReady(String app, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(app + " exited with " + p.exitValue() + ": see " + work.resolve("logs"));
            }
            try {
                if (request(app, "/q/health/ready") == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(app + " not ready after 600 s");
    }

    /** The same light work in the training run and in each measured run: reads a school app makes, repeated. */
    static void work(String app) throws Exception {
        for (int i = 0; i < 100; i++) {
            request(app, workPath(app));
            request(app, "/q/health/ready");
        }
        if (!app.equals("minimal")) {
            request(app, "/q/openapi");
            request(app, "/q/metrics");
        }
    }

    static String workPath(String app) {
        return switch (app) {
            case "plan-service" -> "/api/v1/units";
            case "evaluation-service" -> "/api/v1/cycles?unit=" + SCHOOL;
            case "award-service" -> "/api/v1/rulesets";
            default -> "/hello";
        };
    }

    static int request(String app, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(app) + path))
                .timeout(Duration.ofSeconds(30));
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Bearer " + TestTokens.token("principal", SCHOOL));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Heap used, metaspace used, heap committed and code cache used from the service's Prometheus metrics, in KB. */
    static long[] heapAndMetaspaceKb(String app) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(app) + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        double heap = 0;
        double metaspace = 0;
        double committed = 0;
        double code = 0;
        for (String line : metrics.split("\n")) {
            boolean used = line.startsWith("jvm_memory_used_bytes{");
            if (used || line.startsWith("jvm_memory_committed_bytes{")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.contains("area=\"heap\"")) {
                    if (used) {
                        heap += value;
                    } else {
                        committed += value;
                    }
                } else if (used && line.contains("id=\"Metaspace\"")) {
                    metaspace += value;
                } else if (used && (line.contains("CodeHeap") || line.contains("CodeCache"))) {
                    code += value;
                }
            }
        }
        return new long[] {(long) heap >> 10, (long) metaspace >> 10, (long) committed >> 10, (long) code >> 10};
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static Path jar(String app) {
        return app.equals("minimal") ? root.resolve("bench/start/minimal-app/target/quarkus-app/quarkus-run.jar")
                : root.resolve(app + "/target/quarkus-app/quarkus-run.jar");
    }

    /** The JDK 25 AOT cache, or on Java 17 a dynamic CDS archive, of an app: recorded by its training run. */
    static Path cache(String app, Config config) {
        return work.resolve("aot/" + app + "-" + config.variant() + (config.name().startsWith("java17") ? ".jsa" : ".aot"));
    }

    static String cacheOption(Config config, String app, boolean training) {
        boolean cds = config.name().startsWith("java17");
        return (cds ? training ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile="
                : training ? "-XX:AOTCacheOutput=" : "-XX:AOTCache=") + cache(app, config);
    }

    static String database(String service) {
        return "thidua_" + service.replace("-service", "") + "_" + databaseSuffix;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double[] loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }

    static long totalMemoryMb() throws IOException {
        return Long.parseLong(Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", "")) >> 10;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
        System.out.flush();
    }
}
