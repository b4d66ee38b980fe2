import vn.thidua.testing.KafkaBroker;
import vn.thidua.testing.PostgresServer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each service's start goes: one start per app and JVM configuration with millisecond log timestamps and the
 * Kafka client's INFO lines, and the time from the process start to the first log line, Flyway, Hibernate, the
 * Kafka clients' creation, subscription and group join, Quarkus' "started" line and the first ready 200. Also the
 * classes loaded, the live threads and the Kafka clients SmallRye created (its "connected to Kafka brokers" lines).
 *
 * Usage: java -cp ... Phases ROOT "JVM OPTIONS" JAVA_HOME [apps...]   (bench/start/phases.sh)
 */
public final class Phases {

    /** First log line matching each pattern, in the order a start passes them. */
    static final Map<String, Pattern> MARKERS = new LinkedHashMap<>();

    static {
        MARKERS.put("first log line", Pattern.compile("."));
        MARKERS.put("flyway begins", Pattern.compile("\\[org.fly|\\[o.f.c"));
        MARKERS.put("flyway done", Pattern.compile("is up to date|Successfully applied|No migration necessary"));
        MARKERS.put("first kafka client", Pattern.compile("SRMSG1825[78]"));
        MARKERS.put("quarkus started", Pattern.compile("started in [0-9.]+s"));
        MARKERS.put("last kafka client", null);
        MARKERS.put("last group joined", null);
        MARKERS.put("last partitions assigned", null);
    }

    static final Pattern TIME = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d,\\d\\d\\d) ");

    public static void main(String[] args) throws Exception {
        StartBench.root = Path.of(args[0]).toAbsolutePath().normalize();
        StartBench.jvmOptions = Arrays.asList(args[1].trim().split("\\s+"));
        String javaHome = args[2];
        List<String> apps = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : StartBench.APPS;
        StartBench.work = StartBench.root.resolve("bench/start/target/phases");
        StartBench.databaseSuffix = "startphases";
        Files.createDirectories(StartBench.work.resolve("logs"));
        StartBench.extraEnv.put("QUARKUS_LOG_CONSOLE_FORMAT", "%d{HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n");
        StartBench.extraEnv.put("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL", "INFO");

        double[] load = StartBench.loadAverage();
        StartBench.say("phases: date %s; load average %.2f %.2f %.2f; JVM %s, options %s", Instant.now(), load[0], load[1],
                load[2], javaHome, StartBench.jvmOptions);
        StartBench.pg = PostgresServer.obtain();
        StartBench.broker = KafkaBroker.start(StartBench.work.resolve("kafka"), 0, 0);
        for (String app : StartBench.APPS) {
            StartBench.ports.put(app, StartBench.freePort());
        }
        StartBench.Config config = new StartBench.Config("phases", javaHome, false, StartBench.jvmOptions);
        for (String app : apps) {
            if (!app.equals("minimal")) {
                StartBench.pg.recreateDatabase(StartBench.database(app));
            }
            // The first start migrates (an empty database); the second is a start as ./stack makes it every day.
            for (String label : System.getProperty("phases.labels", "migrating,migrated").split(",")) {
                Path log = StartBench.work.resolve("logs/" + app + "-" + label
                        + (Boolean.getBoolean("phases.aot") ? "-aot" : "") + ".log");
                Files.deleteIfExists(log);
                LocalTime t0 = LocalTime.now(ZoneId.systemDefault());
                long n0 = System.nanoTime();
                // With phases.aot the first start trains the JDK 25 AOT cache (written when it stops), the next use it.
                Path cache = StartBench.work.resolve("aot-" + app + ".aot");
                List<String> extra = !Boolean.getBoolean("phases.aot") ? List.of()
                        : label.equals("migrating") ? List.of("-XX:AOTCacheOutput=" + cache) : List.of("-XX:AOTCache=" + cache);
                Process p = StartBench.start(app, config, extra, label + (extra.isEmpty() ? "" : "-aot"));
                StartBench.awaitReady(app, p);
                long ready = (System.nanoTime() - n0) / 1_000_000;
                String cpu = cpuByThread(p.pid());
                Thread.sleep(3000); // consumers still joining after ready show in the log
                String metrics = StartBench.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + StartBench.ports.get(app) + "/q/metrics")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Files.writeString(StartBench.work.resolve("logs/" + app + "-" + label + "-metrics.txt"), metrics);
                String nmt = nativeMemory(p.pid());
                StartBench.stop(p);
                if (!nmt.isEmpty()) {
                    StartBench.say("%-18s %-9s native memory committed (MB, -XX:NativeMemoryTracking=summary): %s", app, label, nmt);
                }
                report(app, label, t0, ready, Files.readAllLines(log), metrics);
                StartBench.say("%-18s %-9s CPU until ready by thread (ms): %s", app, label, cpu);
            }
        }
        StartBench.broker.close();
    }

    static void report(String app, String label, LocalTime t0, long ready, List<String> lines, String metrics) {
        Map<String, Long> at = new LinkedHashMap<>();
        int kafkaClients = 0;
        for (String line : lines) {
            Matcher m = TIME.matcher(line);
            if (!m.find()) {
                continue;
            }
            long ms = Duration.between(t0, LocalTime.parse(m.group(1).replace(',', '.'))).toMillis();
            for (var marker : MARKERS.entrySet()) {
                if (marker.getValue() != null && !at.containsKey(marker.getKey()) && marker.getValue().matcher(line).find()) {
                    at.put(marker.getKey(), ms);
                }
            }
            // SmallRye's "Kafka consumer/producer ..., connected to Kafka brokers" line, one per client it creates.
            if (line.contains("SRMSG18257") || line.contains("SRMSG18258")) {
                kafkaClients++;
                at.put("last kafka client", ms);
            }
            if (line.contains("Successfully joined group")) {
                at.put("last group joined", ms);
            }
            if (line.contains("Adding newly assigned partitions")) {
                at.put("last partitions assigned", ms);
            }
        }
        List<String> parts = new ArrayList<>();
        for (String marker : MARKERS.keySet()) {
            if (at.containsKey(marker)) {
                parts.add(String.format("%s %d", marker, at.get(marker)));
            }
        }
        StartBench.say("%-18s %-9s ready %5d ms | %s | kafka clients %d, classes %s, threads %s", app, label, ready,
                String.join(", ", parts), kafkaClients, metric(metrics, "jvm_classes_loaded_classes"),
                metric(metrics, "jvm_threads_live_threads"));
    }

    /** CPU time (user + system) of each thread until now, grouped by name without digits, largest first. */
    static String cpuByThread(long pid) throws Exception {
        long tick = 10; // USER_HZ = 100 on Linux
        Map<String, Long> ms = new LinkedHashMap<>();
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("-?[0-9]+$", "").replaceAll("-[0-9]+", "-#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long t = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick;
                    ms.merge(name, t, Long::sum);
                    total += t;
                } catch (java.io.IOException e) {
                    // the thread ended meanwhile
                }
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add("total " + total);
        ms.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(12)
                .forEach(e -> parts.add(e.getKey() + " " + e.getValue()));
        return String.join(", ", parts);
    }

    /** Committed memory per NMT category, when the JVM tracks it; empty otherwise. */
    static String nativeMemory(long pid) throws Exception {
        if (StartBench.jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:NativeMemoryTracking"))) {
            return "";
        }
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "VM.native_memory", "summary", "scale=MB").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(?:Total:|-\\s+([A-Za-z ]+?)\\s*\\()\\s*reserved=\\d+MB, committed=(\\d+)MB")
                .matcher(out);
        while (m.find()) {
            parts.add((m.group(1) != null ? m.group(1).trim() : "Total") + " " + m.group(2));
        }
        return String.join(", ", parts);
    }

    static String metric(String metrics, String name) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return String.valueOf((long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return "-";
    }
}
