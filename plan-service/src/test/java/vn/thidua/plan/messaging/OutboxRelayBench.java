package vn.thidua.plan.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.security.UnitEvents;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox relay's drain rate against Kafka's own producer performance tool
 * ({@code kafka-producer-perf-test}, {@code org.apache.kafka.tools.ProducerPerformance}) on the same in-process broker, in
 * the same run: the same number of records of the same size, acks=all, idempotent. The relay part
 * writes the events with one {@code COPY} in one transaction (as a bulk post does) and times from
 * the commit to the last row marked sent (its {@code sent_at}); the relay is woken by that commit. Run with
 * {@code bench/outbox-relay/run.sh}; {@code -Dbench.events=N} (5000), {@code -Dbench.rounds=N} (3),
 * {@code -Dbench.warmups=N} (1), {@code -Dbench.size=B} (750). Prints figures; asserts nothing on time.
 */
@Tag("bench")
@QuarkusTest
@TestProfile(WakeOnCommitProfile.Bench.class)
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class OutboxRelayBench {

    private static final String PERF_TOPIC = "thidua.bench.producer-perf";
    private static final String PRODUCER_PERFORMANCE = "org.apache.kafka.tools.ProducerPerformance";
    private static final Pattern RESULT = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");

    @Inject
    Outbox outbox;

    @Inject
    EventCodec codec;

    @Inject
    PlatformConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void relayAgainstProducerPerformance() throws Exception {
        int events = Integer.getInteger("bench.events", 5000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int warmups = Integer.getInteger("bench.warmups", 1);
        int size = Integer.getInteger("bench.size", 750);
        String bootstrap = ThiduaTestResource.kafkaBootstrapServers();
        TestKafka.createTopics(bootstrap, 3, PERF_TOPIC);
        String padding = paddingFor(size);
        say("%d events of %d B, %d warm-up and %d measured rounds, cores %d", events, size, warmups, rounds,
                Runtime.getRuntime().availableProcessors());

        List<Double> relayRates = new ArrayList<>();
        List<Double> toolRates = new ArrayList<>();
        for (int round = 1; round <= warmups + rounds; round++) {
            String label = round <= warmups ? "warm-up " + round : "round " + (round - warmups);
            // Alternate which goes first: the machine is shared and its load drifts.
            double relay;
            double tool;
            if (round % 2 == 1) {
                relay = relay(events, padding);
                tool = producerPerformance(bootstrap, events, size);
            } else {
                tool = producerPerformance(bootstrap, events, size);
                relay = relay(events, padding);
            }
            say("%s: relay %,.0f events/s, producer-perf-test %,.0f records/s, ratio %.2f", label, relay, tool, relay / tool);
            if (round > warmups) {
                relayRates.add(relay);
                toolRates.add(tool);
            }
        }
        // Each round's two measurements are taken back to back: the ratio of a pair is the figure, its median the result.
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < relayRates.size(); i++) {
            ratios.add(relayRates.get(i) / toolRates.get(i));
        }
        say("ratios per round: %s", String.join(" ", ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList()));
        say("median: ratio %.2f (target >= 0.5); relay %,.0f events/s, producer-perf-test %,.0f records/s (medians)",
                median(ratios), median(relayRates), median(toolRates));
    }

    /** Writes the events in one transaction and times from its commit until the relay marked all sent. */
    private double relay(int events, String padding) throws SQLException, InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Outbox.Pending> pending = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            // One subject per event, as a bulk post's finalisations have.
            String code = "BENCH-" + run + "-" + i;
            pending.add(new Outbox.Pending(EventTypes.UNIT_UPSERTED, code, code, null, upserted(code, padding)));
        }
        say("relay: writing %d events", events);
        QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(pending));
        Instant committed = Instant.now();
        long lastReport = System.nanoTime();
        long unsent;
        // A light poll (each count scans the unsent rows); the end is the last row's sent_at (clock_timestamp()).
        while ((unsent = unsent()) > 0) {
            Thread.sleep(50);
            if (System.nanoTime() - lastReport > 1_000_000_000L) {
                say("relay: %d of %d still unsent", unsent, events);
                lastReport = System.nanoTime();
            }
        }
        Duration took = Duration.between(committed, lastSentAt("BENCH-" + run + "-%"));
        return events / (took.toNanos() / 1e9);
    }

    private Instant lastSentAt(String keys) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select max(sent_at) from outbox_event where message_key like ?")) {
            select.setString(1, keys);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        }
    }

    /** kafka-producer-perf-test in this JVM; answers its records/s. */
    private static double producerPerformance(String bootstrap, int events, int size) throws Exception {
        say("producer-perf-test: sending %d records", events);
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // kafka-tools is on the test class path with -Pbench only, hence the reflection.
            Class.forName(PRODUCER_PERFORMANCE).getMethod("main", String[].class).invoke(null, (Object) new String[] {"--topic", PERF_TOPIC, "--num-records", String.valueOf(events),
                    "--record-size", String.valueOf(size), "--throughput", "-1", "--producer-props",
                    "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true"});
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        String rate = null;
        Matcher m = RESULT.matcher(text);
        while (m.find()) {
            rate = m.group(2);
        }
        if (rate == null) {
            throw new IllegalStateException("no result from producer-perf-test: " + text);
        }
        say("producer-perf-test: %s", text.strip().lines().reduce((a, b) -> b).orElse(""));
        return Double.parseDouble(rate);
    }

    private long unsent() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from outbox_event where sent_at is null and dropped_at is null");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A unit name that makes the envelope as sent {@code size} bytes long. */
    private String paddingFor(int size) {
        String code = "BENCH-XXXXXXXX-0000";
        int bare = bytes(code, "");
        return "x".repeat(Math.max(0, size - bare - 2));
    }

    private int bytes(String code, String padding) {
        EventEnvelope attributes = EventEnvelope.create(config.serviceName(), EventTypes.UNIT_UPSERTED, code, code, null, null);
        return codec.toJson(attributes, upserted(code, padding)).getBytes(StandardCharsets.UTF_8).length;
    }

    private static UnitEvents.Upserted upserted(String code, String padding) {
        return new UnitEvents.Upserted(code, "Trường thử " + padding, "SCHOOL", "PGD-TAMNONG", LocalDate.of(2020, 1, 1), null);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
