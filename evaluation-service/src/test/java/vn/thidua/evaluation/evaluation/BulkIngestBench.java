package vn.thidua.evaluation.evaluation;

import vn.thidua.evaluation.cycle.CycleFromPlanEventsTest;
import vn.thidua.evaluation.Events;
import vn.thidua.evaluation.EvaluationApi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * Bulk ingest rate of the real endpoint (HTTP, JSON, checks, JDBC batches, audit, outbox events,
 * idempotency key, commit) against a plain JDBC batch insert of the same evaluation and facts rows
 * into the same PostgreSQL, in the same run. Run with {@code bench/run-bulk.sh} or
 * {@code ./mvnw -B test -pl evaluation-service -Pbench}; {@code -Dbench.rounds=N} (default 5),
 * {@code -Dbench.warmups=N} (default 3, not counted: the service runs warm in production),
 * {@code -Dbench.records=N} (default 5000). Prints its figures; asserts nothing about time.
 */
@Tag("bench")
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class BulkIngestBench {

    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void bulkIngestAgainstPlainJdbcBatch() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        int size = Integer.getInteger("bench.records", 5000);
        int warmups = Integer.getInteger("bench.warmups", 3);
        say("%d records x %d rounds after %d warm-up rounds; events encoded and checked beside the row writes, "
                + "then one outbox COPY", size, rounds, warmups);
        EvaluationApi.unitTree();
        long started = System.nanoTime();
        EvaluationApi.School school = EvaluationApi.school(size);
        say("school %s with %d staff imported and its first cycle open in %d ms", school.unit(), size,
                (System.nanoTime() - started) / 1_000_000);
        Map<String, UUID> staff = staffIds(school.unit());
        byte[] body = JSON.writeValueAsBytes(Map.of("records", records(size)));
        say("request body: %d records, %d KB", size, body.length / 1024);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = TestTokens.token("school_app", school.unit());

        for (int warmup = 1; warmup <= warmups; warmup++) {
            double endpointMs = post(client, token, newCycle(school.unit()), body);
            double jdbcMs = jdbcBatch(newCycle(school.unit()), staff, size);
            say("warm-up %d/%d (not counted): endpoint %,.0f ms, plain JDBC batch %,.0f ms", warmup, warmups,
                    endpointMs, jdbcMs);
        }

        double[] endpoint = new double[rounds];
        double[] endpointCpu = new double[rounds];
        double[] jdbc = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            UUID forEndpoint = newCycle(school.unit());
            UUID forJdbc = newCycle(school.unit());
            // Alternate which goes first, so neither always gets the warmer cache.
            // Each measurement starts with the relay idle: the events of the previous call are sent first,
            // so neither side shares the two cores with publishing 5,000 events (the ratio spread halves).
            if (round % 2 == 0) {
                awaitRelayIdle();
                long cpu = processCpuNanos();
                endpoint[round] = post(client, token, forEndpoint, body);
                endpointCpu[round] = (processCpuNanos() - cpu) / 1e6;
                awaitRelayIdle();
                jdbc[round] = jdbcBatch(forJdbc, staff, size);
            } else {
                awaitRelayIdle();
                jdbc[round] = jdbcBatch(forJdbc, staff, size);
                awaitRelayIdle();
                long cpu = processCpuNanos();
                endpoint[round] = post(client, token, forEndpoint, body);
                endpointCpu[round] = (processCpuNanos() - cpu) / 1e6;
            }
            say("round %d/%d: endpoint %,.0f ms (%,.0f records/s, JVM CPU %,.0f ms) | plain JDBC batch %,.0f ms "
                    + "(%,.0f records/s) | ratio %.2f", round + 1, rounds, endpoint[round], rate(size, endpoint[round]),
                    endpointCpu[round], jdbc[round], rate(size, jdbc[round]), jdbc[round] / endpoint[round]);
        }
        double endpointMedian = median(endpoint);
        double jdbcMedian = median(jdbc);
        say("RESULT %d records x %d rounds (medians): endpoint %,.0f records/s, plain JDBC batch %,.0f records/s, "
                + "ratio %.2f (target >= 0.5)", size, rounds, rate(size, endpointMedian), rate(size, jdbcMedian),
                jdbcMedian / endpointMedian);
        // CPU time of this JVM (server and client) during the call: unlike the wall-clock figures it barely moves
        // when other work shares the machine, so it compares two versions of the endpoint on a busy machine.
        say("RESULT JVM CPU per call (median): %,.0f ms, %.1f µs per record", median(endpointCpu),
                median(endpointCpu) * 1000 / size);
        double[] checkMs = contractCheckMs(size);
        say("RESULT contract check (Outbox, EventContracts.validate of the tree it writes) of %d real finalized events: "
                + "%,.0f ms (median of 5), %.1f %% of the endpoint's median post of %,.0f ms; of their text, parsed "
                + "first: %,.0f ms", size, checkMs[0], 100 * checkMs[0] / endpointMedian, endpointMedian, checkMs[1]);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * What the outbox's contract check costs one bulk post: the validation of the last {@code size} finalized
     * events as stored (the same documents the outbox checked), timed alone in this JVM, median of five: as
     * trees (what the outbox checks), then as text parsed first (what a check of the stored text would cost).
     */
    static double[] contractCheckMs(int size) throws Exception {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        properties.setProperty("password", config.getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(""));
        java.util.List<String> payloads = new java.util.ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
                PreparedStatement last = connection.prepareStatement("select payload from outbox_event where "
                        + "event_type = 'vn.thidua.evaluation.finalized.v1' order by id desc limit ?")) {
            last.setInt(1, size);
            try (ResultSet rs = last.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
        }
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<com.fasterxml.jackson.databind.JsonNode> trees = new java.util.ArrayList<>();
        for (String payload : payloads) {
            trees.add(mapper.readTree(payload));
        }
        double[] tree = new double[5];
        double[] text = new double[5];
        for (int i = 0; i < tree.length; i++) {
            long started = System.nanoTime();
            for (com.fasterxml.jackson.databind.JsonNode envelope : trees) {
                requireValid(vn.thidua.contracts.EventContracts.validate(envelope), envelope);
            }
            tree[i] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            for (String payload : payloads) {
                requireValid(vn.thidua.contracts.EventContracts.validate(payload), payload);
            }
            text[i] = (System.nanoTime() - started) / 1e6;
        }
        return new double[] {median(tree), median(text)};
    }

    private static void requireValid(java.util.Set<String> violations, Object event) {
        if (!violations.isEmpty()) {
            throw new IllegalStateException("a stored event breaks its contract: " + event + " " + violations);
        }
    }

    /** Waits (at most two minutes) until the relay has sent every outbox row. */
    static void awaitRelayIdle() throws Exception {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        properties.setProperty("password", config.getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(""));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
                PreparedStatement unsent = connection.prepareStatement(
                        "select count(*) from outbox_event where sent_at is null")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = unsent.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the outbox relay did not drain within two minutes: is the test broker up?");
    }

    /** One call of the real endpoint with a fresh key; milliseconds until the committed answer. */
    double post(HttpClient client, String token, UUID cycleId, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                        + "/api/v1/cycles/" + cycleId + "/evaluations:bulk"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofMinutes(2)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200 || !response.body().contains("\"rejected\":0")) {
            throw new AssertionError("bulk answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return ms;
    }

    /**
     * The same evaluation and facts rows the endpoint stores for these records, by a plain JDBC
     * batch in one transaction on its own connection (same URL, so the same driver settings), with ids made as
     * the endpoint makes them (time-ordered).
     */
    static double jdbcBatch(UUID cycleId, Map<String, UUID> staff, int size) throws Exception {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        properties.setProperty("password", config.getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(""));
        properties.setProperty("reWriteBatchedInserts", "true");
        String unit;
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class), properties)) {
            try (PreparedStatement select = connection.prepareStatement("select unit_code from cycle where id = ?")) {
                select.setObject(1, cycleId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    unit = rs.getString(1);
                }
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<UUID[]> withFacts = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into evaluation (id, cycle_id, staff_id, unit_code, state, final_rating, finalized_by,
                                            finalized_at, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 1; i <= size; i++) {
                    UUID id = TimeOrderedIds.next();
                    insert.setObject(1, id);
                    insert.setObject(2, cycleId);
                    insert.setObject(3, staff.get(code(i)));
                    insert.setString(4, unit);
                    insert.setString(5, "FINALIZED");
                    insert.setString(6, rating(i));
                    insert.setString(7, "bench");
                    insert.setObject(8, now);
                    insert.setObject(9, now);
                    insert.setObject(10, now);
                    insert.addBatch();
                    if (facts(i) != null) {
                        withFacts.add(new UUID[] {id});
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into evaluation_facts (evaluation_id, months_worked, discipline, leave, initiatives,
                                                  updated_by, updated_at)
                    values (?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)""")) {
                int i = 0;
                for (UUID[] id : withFacts) {
                    insert.setObject(1, id[0]);
                    insert.setBigDecimal(2, (BigDecimal) null);
                    insert.setString(3, "[]");
                    insert.setString(4, i % 6 == 5 ? "[]"
                            : "[{\"kind\":\"MATERNITY\",\"from\":\"2022-10-03\",\"to\":\"2023-04-02\"}]");
                    insert.setString(5, i % 6 == 5
                            ? "[{\"title\":\"Sáng kiến\",\"level\":\"SCHOOL\",\"recognisedOn\":\"2023-05-15\"}]" : "[]");
                    insert.setString(6, "bench");
                    insert.setObject(7, now);
                    insert.addBatch();
                    i++;
                }
                insert.executeBatch();
            }
            connection.commit();
            return (System.nanoTime() - start) / 1e6;
        }
    }

    static String code(int i) {
        return String.format("GV%02d", i);
    }

    static String rating(int i) {
        return i % 10 == 0 ? "HTXS" : i % 10 <= 6 ? "HTT" : "HT";
    }

    /** One record in ten with maternity leave, one in fifty with an initiative (as the tests post). */
    static Map<String, Object> facts(int i) {
        if (i % 10 == 3) {
            return Map.of("leave", List.of(Map.of("kind", "MATERNITY", "from", "2022-10-03", "to", "2023-04-02")));
        }
        if (i % 50 == 0) {
            return Map.of("initiatives", List.of(Map.of("title", "Sáng kiến số " + i, "level", "SCHOOL",
                    "recognisedOn", "15/05/2023")));
        }
        return null;
    }

    static List<Map<String, Object>> records(int size) {
        List<Map<String, Object>> records = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            Map<String, Object> record = new HashMap<>();
            record.put("staffCode", code(i));
            record.put("rating", rating(i));
            if (facts(i) != null) {
                record.put("facts", facts(i));
            }
            records.add(record);
        }
        return records;
    }

    /** A new cycle of the school (a new plan published), so each round starts from no evaluations. */
    static UUID newCycle(String unit) {
        UUID planId = UUID.randomUUID();
        TestKafka.send(EvaluationApi.kafka(), "thidua.plan.v1", planId.toString(), Events.planPublished(
                UUID.randomUUID().toString(), planId, unit, Events.freshSchoolYear(), CycleFromPlanEventsTest.CONTENTS));
        String token = TestTokens.token("principal", unit);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/v1/cycles?unit=" + unit).then().statusCode(200).body("planId", hasItem(planId.toString())));
        return UUID.fromString(given().auth().oauth2(token).when().get("/api/v1/cycles?unit=" + unit).then()
                .extract().path("find { it.planId == '" + planId + "' }.id"));
    }

    static Map<String, UUID> staffIds(String unit) throws Exception {
        var config = ConfigProvider.getConfig();
        Map<String, UUID> ids = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url",
                String.class), config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                PreparedStatement select = connection.prepareStatement("select code, id from staff where unit_code = ?")) {
            select.setString(1, unit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        }
        return ids;
    }

    static double rate(int records, double ms) {
        return records / (ms / 1000);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
