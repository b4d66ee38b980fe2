package vn.thidua.award.eligibility;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import static vn.thidua.award.eligibility.EligibilityFlowTest.SCHOOL;
import static vn.thidua.award.eligibility.EligibilityFlowTest.YEAR;

/**
 * The eligibility path of issue 15: a school's bulk of N finalized evaluations, produced to the real broker
 * as evaluation-service's relay produces them (one CloudEvent per record, keyed by the cycle, idempotent
 * producer, acks=all, in one burst), until the cycle's eligibility is complete (every event applied and in
 * the stored results), as a ratio to one direct computation of the same cycle by the engine in the same run
 * (its stored rows removed, then {@code recomputeStale}: read the results, compute, write every row, emit).
 * Also: the growth from 100 to 1,000 staff, and a 50-staff school posting right after a 5,000-staff one — once
 * with the 50's cycle on a partition another consumer of the channel reads (the common case: 5 cycles in 6 with
 * 6 partitions and 6 consumers), once on another partition of the 5,000's consumer (only where a consumer reads
 * several partitions: its polls carry both), once on the 5,000's own partition (1 in 6: the worst case, where
 * Kafka's per-partition order makes the 50 wait).
 * Run with {@code bench/eligibility-path/run.sh}; {@code -Dbench.rounds=N} (default 3), {@code -Dbench.sizes}
 * (default 50,100,1000,5000). Prints its figures as {@code [bench]} lines; asserts nothing about time.
 */
@Tag("bench")
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class EligibilityPathBench {

    static final String FINALIZED_AT = "2025-05-26T09:00:00Z";
    static final String[] GROUPS = {"TO-KHOI-1", "TO-KHOI-2", "TO-KHOI-3", "TO-KHOI-4", "VAN-PHONG"};

    @Inject
    EligibilityService eligibility;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eligibilityPathAgainstOneDirectComputation() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "50,100,1000,5000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        AwardApi.units();
        AwardApi.awaitUnitTree();
        say("sizes %s x %d rounds after one warm-up of 1000; load average at start %s", Arrays.toString(sizes), rounds,
                loadAverage());
        try (KafkaProducer<String, String> producer = producer()) {
            measure(producer, 1000, "warm-up");
            Map<Integer, List<Double>> ratios = new HashMap<>();
            Map<Integer, List<Long>> paths = new HashMap<>();
            List<Double> hol = new ArrayList<>();
            List<Double> holToHeavy = new ArrayList<>();
            List<Double> holSame = new ArrayList<>();
            List<Double> holSameToHeavy = new ArrayList<>();
            List<Double> holSibling = new ArrayList<>();
            List<Double> holSiblingToHeavy = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (int size : sizes) {
                    Measured m = measure(producer, size, "round " + round);
                    ratios.computeIfAbsent(size, s -> new ArrayList<>()).add(m.ratio());
                    paths.computeIfAbsent(size, s -> new ArrayList<>()).add(m.pathMs());
                }
                double[] h = headOfLine(producer, round, Placement.ANOTHER_CONSUMER);
                hol.add(h[0]);
                holToHeavy.add(h[1]);
                double[] sibling = headOfLine(producer, round, Placement.SAME_CONSUMER);
                if (sibling != null) {
                    holSibling.add(sibling[0]);
                    holSiblingToHeavy.add(sibling[1]);
                }
                double[] same = headOfLine(producer, round, Placement.SAME_PARTITION);
                holSame.add(same[0]);
                holSameToHeavy.add(same[1]);
            }
            say("---- summary (medians of %d rounds), load average at end %s", rounds, loadAverage());
            for (int size : sizes) {
                say("N=%5d: path %6d ms, ratio path/direct %.2f (rounds %s)", size, medianLong(paths.get(size)),
                        median(ratios.get(size)), format(ratios.get(size)));
            }
            if (paths.containsKey(100) && paths.containsKey(1000)) {
                List<Double> growth = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    growth.add((double) paths.get(1000).get(i) / paths.get(100).get(i));
                }
                say("growth 100 -> 1000 staff: path(1000)/path(100) median %.2f (rounds %s; target <= 12)",
                        median(growth), format(growth));
            }
            say("50 staff right after 5000, read by another consumer: its path / its direct computation median "
                    + "%.2f (rounds %s; target <= 3); its path / the 5000's path median %.2f (rounds %s)", median(hol),
                    format(hol), median(holToHeavy), format(holToHeavy));
            if (holSibling.isEmpty()) {
                say("50 staff right after 5000, on another partition of the same consumer: none (every consumer "
                        + "reads one partition)");
            } else {
                say("50 staff right after 5000, on another partition of the same consumer: its path / its direct "
                        + "computation median %.2f (rounds %s); its path / the 5000's path median %.2f (rounds %s)",
                        median(holSibling), format(holSibling), median(holSiblingToHeavy), format(holSiblingToHeavy));
            }
            say("50 staff right after 5000, on the same partition: its path / its direct computation median %.2f "
                    + "(rounds %s); its path / the 5000's path median %.2f (rounds %s)", median(holSame),
                    format(holSame), median(holSameToHeavy), format(holSameToHeavy));
        }
    }

    record Measured(long pathMs, long directMs, double ratio) {
    }

    /**
     * Where the 50's cycle lands against the 5,000's: a partition another consumer of the channel reads, another
     * partition of the same consumer (its polls carry both), or the same partition (Kafka's order: behind it).
     */
    enum Placement {
        ANOTHER_CONSUMER("another consumer"), SAME_CONSUMER("same consumer, another partition"),
        SAME_PARTITION("same partition");

        final String label;

        Placement(String label) {
            this.label = label;
        }
    }

    private Measured measure(KafkaProducer<String, String> producer, int size, String label) throws Exception {
        UUID cycleId = UUID.randomUUID();
        List<String[]> events = events(cycleId, size, new Random(size));
        long cpuBefore = processCpuNs();
        long started = System.nanoTime();
        send(producer, events);
        long sent = System.nanoTime();
        awaitComplete(cycleId, size);
        long pathNs = System.nanoTime() - started;
        // The whole JVM's CPU over the path: every consumer of the bulk's events (eligibility, reporting, webhooks),
        // the recomputations and this bench's producer; less noisy than the wall clock on a shared machine.
        long cpuMs = (processCpuNs() - cpuBefore) / 1_000_000;
        int computations = computations(cycleId);
        long directNs = direct(cycleId);
        double ratio = (double) pathNs / directNs;
        say("%s N=%5d: produced in %5d ms, complete after %6d ms (%d recomputations, JVM CPU %d ms); direct "
                + "computation %5d ms; ratio %.2f", label, size, (sent - started) / 1_000_000, pathNs / 1_000_000,
                computations, cpuMs, directNs / 1_000_000, ratio);
        return new Measured(pathNs / 1_000_000, directNs / 1_000_000, ratio);
    }

    /**
     * A 5,000-staff school's bulk, and a 50-staff one's produced right after it: the 50's cycle drawn so that
     * it lands where {@code placement} says, as the group's assignment stands now.
     */
    private double[] headOfLine(KafkaProducer<String, String> producer, int round, Placement placement)
            throws Exception {
        int partitions = producer.partitionsFor(AwardApi.EVALUATION_TOPIC).size();
        UUID heavy = UUID.randomUUID();
        int heavyPartition = partitionOf(heavy, partitions);
        Map<Integer, String> consumers = consumerOfPartition();
        int consumerCount = new HashSet<>(consumers.values()).size();
        String heavyConsumer = consumers.get(heavyPartition);
        IntPredicate wanted = switch (placement) {
            case SAME_PARTITION -> p -> p == heavyPartition;
            case SAME_CONSUMER -> p -> p != heavyPartition && heavyConsumer != null
                    && heavyConsumer.equals(consumers.get(p));
            case ANOTHER_CONSUMER -> p -> consumers.get(p) != null && !consumers.get(p).equals(heavyConsumer);
        };
        if (IntStream.range(0, partitions).noneMatch(wanted)) {
            say("round %d head of line (%s): no partition is placed so (%d partitions, %d consumers)", round,
                    placement.label, partitions, consumerCount);
            return null;
        }
        UUID light = UUID.randomUUID();
        while (!wanted.test(partitionOf(light, partitions))) {
            light = UUID.randomUUID();
        }
        int lightPartition = partitionOf(light, partitions);
        say("round %d head of line (%s): %d partitions, %d consumers; 5000 on partition %d (%s), 50 on partition %d (%s)",
                round, placement.label, partitions,
                consumerCount, heavyPartition, heavyConsumer, lightPartition,
                consumers.get(lightPartition));
        List<String[]> heavyEvents = events(heavy, 5000, new Random(5000 + round));
        List<String[]> lightEvents = events(light, 50, new Random(50 + round));
        long cpuBefore = processCpuNs();
        long started = System.nanoTime();
        send(producer, heavyEvents);
        long lightStarted = System.nanoTime();
        send(producer, lightEvents);
        awaitComplete(light, 50);
        long lightNs = System.nanoTime() - lightStarted;
        awaitComplete(heavy, 5000);
        long heavyNs = System.nanoTime() - started;
        long cpuMs = (processCpuNs() - cpuBefore) / 1_000_000;
        long lightDirect = direct(light);
        double ratio = (double) lightNs / lightDirect;
        say("round %d head of line (%s): 5000 complete after %d ms (JVM CPU %d ms for both); the 50 posted after it "
                + "complete %d ms after their post; their direct computation %d ms; ratio %.2f; 50's path / 5000's path "
                + "%.2f", round, placement.label, heavyNs / 1_000_000, cpuMs,
                lightNs / 1_000_000, lightDirect / 1_000_000, ratio, (double) lightNs / heavyNs);
        return new double[] {ratio, (double) lightNs / heavyNs};
    }

    /** The partition the producer's default partitioner picks for a cycle's key, as for the relay's records. */
    static int partitionOf(UUID cycleId, int partitions) {
        return BuiltInPartitioner.partitionForKey(cycleId.toString().getBytes(StandardCharsets.UTF_8), partitions);
    }

    /** Which member of award-service's group reads each partition of the evaluation topic now. */
    private static Map<Integer, String> consumerOfPartition() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, AwardApi.kafka()))) {
            Map<Integer, String> owners = new HashMap<>();
            for (MemberDescription member : admin.describeConsumerGroups(List.of("award-service")).all().get()
                    .get("award-service").members()) {
                Set<TopicPartition> assigned = member.assignment().topicPartitions();
                assigned.stream().filter(tp -> tp.topic().equals(AwardApi.EVALUATION_TOPIC))
                        .forEach(tp -> owners.put(tp.partition(), member.clientId()));
            }
            return owners;
        }
    }

    /**
     * The engine's own computation of the cycle, timed: its stored rows removed (so every row is written, as
     * on a cycle's first computation), the cycle marked stale, then one {@code recomputeStale}.
     */
    private long direct(UUID cycleId) {
        QuarkusTransaction.requiringNew().run(() -> {
            StaffEligibility.delete("key.cycleId", cycleId);
            CollectiveEligibility.delete("key.cycleId", cycleId);
            eligibility.markStale(List.of(new EligibilityService.Touched(cycleId, SCHOOL, YEAR, null)));
        });
        long started = System.nanoTime();
        EligibilityService.Recomputed outcome = eligibility.recomputeStale(cycleId);
        long ns = System.nanoTime() - started;
        if (outcome != EligibilityService.Recomputed.DONE) {
            throw new IllegalStateException("direct computation of " + cycleId + ": " + outcome);
        }
        return ns;
    }

    /** Every event applied and the stored results covering them (polled every 10 ms). */
    private void awaitComplete(UUID cycleId, int events) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select events_applied, computed_revision >= pending_revision from eligibility_cycle where cycle_id = ?")) {
            query.setObject(1, cycleId);
            while (System.nanoTime() < deadline) {
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && row.getInt(1) >= events && row.getBoolean(2)) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException("cycle " + cycleId + " not complete after 10 minutes");
    }

    private int computations(UUID cycleId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select computations from eligibility_cycle where cycle_id = ?")) {
            query.setObject(1, cycleId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, AwardApi.kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, List<String[]> events) {
        for (String[] event : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(AwardApi.EVALUATION_TOPIC, event[0], event[1]);
            record.headers().add(TestKafka.CONTENT_TYPE_HEADER, TestKafka.CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
        producer.flush();
    }

    /**
     * N finalized evaluations of one school, {key (the cycle), event}: 10 % HTXS (one in three of them with a recognised
     * school initiative, so the CSTĐCS quota ranks), 60 % HTT, 30 % HT, one in ten with maternity leave, five
     * groups. Fixed seed per size.
     */
    static List<String[]> events(UUID cycleId, int size, Random random) {
        List<String[]> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            UUID evaluationId = UUID.randomUUID();
            int draw = random.nextInt(100);
            String rating = draw < 10 ? "HTXS" : draw < 70 ? "HTT" : "HT";
            String initiatives = draw < 10 && random.nextInt(3) == 0
                    ? "[{\"title\":\"Sáng kiến số " + i + "\",\"level\":\"SCHOOL\",\"recognisedOn\":\"2025-05-12\"}]"
                    : "[]";
            String leave = random.nextInt(10) == 0
                    ? "[{\"kind\":\"MATERNITY\",\"from\":\"2024-10-01\",\"to\":\"2025-03-31\"}]" : "[]";
            String json = """
                    {"specversion":"1.0","id":"%s","source":"/thidua/evaluation-service",
                     "type":"vn.thidua.evaluation.finalized.v1","subject":"%s","time":"%s",
                     "datacontenttype":"application/json","unit":"%s","schoolyear":"%s",
                     "data":{"evaluationId":"%s","cycleId":"%s","staffId":"%s","unitCode":"%s","schoolYear":"%s",
                      "rating":"%s","facts":{"monthsWorked":12,"discipline":[],"leave":%s,"initiatives":%s},
                      "hireDate":"2009-09-01","groupCode":"%s","finalizedBy":"le.van.dinh","finalizedAt":"%s"}}"""
                    .formatted(UUID.randomUUID(), evaluationId, FINALIZED_AT, SCHOOL, YEAR, evaluationId, cycleId,
                            UUID.randomUUID(), SCHOOL, YEAR, rating, leave, initiatives, GROUPS[i % GROUPS.length],
                            FINALIZED_AT);
            // Keyed by the cycle, as evaluation-service's relay sends it (the subject stays the evaluation).
            events.add(new String[] {cycleId.toString(), json});
        }
        return events;
    }

    /** CPU time of this JVM so far, every thread. */
    static long processCpuNs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static long medianLong(List<Long> values) {
        return Math.round(median(values.stream().map(Long::doubleValue).toList()));
    }

    static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
