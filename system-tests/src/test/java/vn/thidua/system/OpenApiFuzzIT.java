package vn.thidua.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.PostgresServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 item 4: every operation of the three services' live OpenAPI documents, walked with hostile input
 * ({@link FuzzCases}) against the packaged services over a real broker and PostgreSQL. Asserts no 5xx (nor no
 * answer), every 4xx a problem body that names no Java type, no data changed by a rejected write (fingerprints
 * of the service's database after each), and no write accepted from another school. Profile {@code -Pfuzz}.
 */
class OpenApiFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHOOL = "TH-TRAMCHIM2";
    private static final String OTHER = "TH-HOAAN";
    private static final List<String> ORDER = List.of("get", "put", "patch", "post", "delete");

    static ThreeServices system;
    static FuzzValues mine;
    static FuzzValues theirs;
    static final Map<String, Connection> databases = new HashMap<>();

    private final FuzzClient client = new FuzzClient();
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, int[]> perService = new TreeMap<>();
    private int sent;
    private int serverErrors;
    private int withoutProblem;
    private int changedData;
    private int crossUnitWrites;

    @BeforeAll
    static void startAndSeed() throws Exception {
        PostgresServer pg = PostgresServer.obtain();
        system = new ThreeServices("fuzzit").start(ThreeServices.PostgresTarget.of(pg), pg::recreateDatabase);
        FuzzSeed seed = new FuzzSeed(system);
        mine = seed.school(SCHOOL, "2022-2023");
        theirs = seed.school(OTHER, "2022-2023");
        for (String service : ThreeServices.SERVICES) {
            databases.put(service, system.connect(service));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Connection connection : databases.values()) {
            connection.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void everyOperationAnswersHostileInputWithoutA5xxWithProblemsAndWithoutChangingData() throws Exception {
        long start = System.nanoTime();
        String token = FuzzSeed.everyRole(SCHOOL);
        String otherToken = FuzzSeed.everyRole(OTHER);
        int operations = 0;
        for (String service : ThreeServices.SERVICES) {
            JsonNode document = openApi(service);
            Schemas schemas = new Schemas(document, mine::property);
            List<Map.Entry<String, String>> ops = new ArrayList<>();
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> {
                        if (ORDER.contains(method)) {
                            ops.add(Map.entry(path.getKey(), method));
                        }
                    }));
            ops.sort(Comparator.<Map.Entry<String, String>>comparingInt(op -> ORDER.indexOf(op.getValue()))
                    .thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, String> op : ops) {
                JsonNode operation = document.path("paths").path(op.getKey()).path(op.getValue());
                String name = service + " " + op.getValue().toUpperCase() + " " + op.getKey() + " ("
                        + operation.path("operationId").asText() + ")";
                List<FuzzRequest> cases = new FuzzCases(op.getKey(), op.getValue().toUpperCase(), operation, schemas,
                        mine, theirs, token, otherToken).all();
                run(service, name, cases);
                operations++;
                perService.computeIfAbsent(service, s -> new int[2])[0]++;
                perService.get(service)[1] += cases.size();
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        List<String> report = new ArrayList<>();
        report.add("FUZZ operations covered: " + operations + " (" + perService.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + " operations, " + e.getValue()[1] + " requests").toList() + ")");
        report.add("FUZZ requests sent: " + sent + " in " + seconds + " s; answers by status: " + statuses);
        report.add("FUZZ 5xx or no answer: " + serverErrors);
        report.add("FUZZ rejections without a problem body: " + withoutProblem);
        report.add("FUZZ rejected requests that changed data: " + changedData);
        report.add("FUZZ writes accepted from another school: " + crossUnitWrites);
        for (String service : ThreeServices.SERVICES) {
            report.add("FUZZ server-side ERROR lines in " + service + "-service's log: "
                    + system.logLines(service, " ERROR ").size() + ", database errors (input that reached PostgreSQL): "
                    + system.logLines(service, "SQLState").size());
        }
        failures.stream().limit(200).forEach(f -> report.add("FUZZ FAILURE " + f));
        report.forEach(System.out::println);
        Path result = ThreeServices.ROOT.resolve("system-tests/target/fuzz-result.txt");
        Files.write(result, report);
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, the first: " + failures.get(0)
                + " (all in " + result + ")");
    }

    private void run(String service, String name, List<FuzzRequest> cases) throws Exception {
        Map<String, String> before = Fingerprints.of(databases.get(service));
        for (FuzzRequest request : cases) {
            FuzzClient.Answer answer = client.send(system.base(service), request);
            sent++;
            statuses.merge(answer.status(), 1, Integer::sum);
            String at = name + " [" + request.label() + "] → " + answer.status();
            if (answer.status() >= 500 || answer.status() < 0) {
                serverErrors++;
                failures.add(at + ": " + FuzzClient.abbreviate(answer.body()));
            } else if (answer.rejected()) {
                FuzzClient.problemFault(answer).ifPresent(fault -> {
                    withoutProblem++;
                    failures.add(at + ": " + fault);
                });
            }
            if (answer.success() && request.writes() && request.crossUnit()) {
                crossUnitWrites++;
                failures.add(at + ": another school's write accepted");
            }
            if (!request.writes()) {
                continue;
            }
            if (answer.success()) {
                quiesce();
                before = Fingerprints.of(databases.get(service));
            } else {
                Map<String, String> after = Fingerprints.of(databases.get(service));
                List<String> changed = Fingerprints.changed(before, after);
                if (!changed.isEmpty()) {
                    changedData++;
                    failures.add(at + ": rejected, but changed " + changed);
                    before = after;
                }
            }
        }
        quiesce();
    }

    /** Until every outbox is drained and no database changes for a second: the effects of an accepted write. */
    private void quiesce() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Map<String, String>> last = null;
        while (System.nanoTime() < deadline) {
            Map<String, Map<String, String>> now = new HashMap<>();
            long unsent = 0;
            for (String service : ThreeServices.SERVICES) {
                now.put(service, Fingerprints.of(databases.get(service)));
                unsent += Fingerprints.unsent(databases.get(service));
            }
            if (unsent == 0 && now.equals(last)) {
                return;
            }
            last = now;
            Thread.sleep(unsent == 0 ? 1000 : 200);
        }
    }

    private static JsonNode openApi(String service) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(system.base(service) + "/q/openapi?format=json")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), service + "'s /q/openapi");
        return JSON.readTree(response.body());
    }
}
