package vn.thidua.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.thidua.client.evaluation.model.BulkRecord;
import vn.thidua.client.evaluation.model.BulkRequest;
import vn.thidua.client.evaluation.model.CycleView;
import vn.thidua.client.plan.model.NumberedItem;
import vn.thidua.client.plan.model.PlanDocument;
import vn.thidua.client.plan.model.PlanRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import vn.thidua.platform.problem.Problem;
import vn.thidua.testing.OpenApiContract;
import vn.thidua.testing.PostgresServer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services behind a real identity provider: Keycloak from the Maven-resolved distribution with
 * the demo realm of deploy/keycloak, and plan- and evaluation-service configured as
 * `./stack up --idp keycloak` configures them (issuer, JWKS URL, audience). Run with
 * {@code ./mvnw -B verify -pl system-tests -am -Pkeycloak} (not part of the default build).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIT {

    static final Path WORK = TramChimSliceIT.ROOT.resolve("system-tests/target/keycloak-it");
    static final String SCHOOL = "TH-TRAMCHIM2";
    /** The services' tolerance of clock differences here, so that the expired token is expired within seconds. */
    static final int CLOCK_SKEW_SECONDS = 1;
    /** How long the services keep the realm's JWKS here (minutes; at most 5 by default), so a removed key is gone soon. */
    static final int KEYS_CACHE_MINUTES = 1;

    static KeycloakServer keycloak;
    static ServiceProcess broker;
    static ServiceProcess plan;
    static ServiceProcess evaluation;
    /** Only for its rule sets: evaluation-service checks ratings against them (503 until they arrive). */
    static ServiceProcess award;
    static final Map<String, Integer> ports = new HashMap<>();
    static int kafkaPort;

    @BeforeAll
    static void start() throws Exception {
        TramChimSliceIT.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        PostgresServer pg = PostgresServer.obtain();
        pg.recreateDatabase("thidua_keycloak_system");
        long started = System.nanoTime();
        keycloak = new KeycloakServer(Path.of(System.getProperty("keycloak.home")), TramChimSliceIT.freePort())
                .start(pg.jdbcUrl("thidua_keycloak_system"), pg.user(), pg.password(), WORK.resolve("logs"));
        System.out.printf("KEYCLOAK start → realm ready: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        kafkaPort = TramChimSliceIT.freePort();
        String classpath = TramChimSliceIT.ROOT.resolve("testing/target/classes") + ":"
                + Files.readString(TramChimSliceIT.ROOT.resolve("testing/target/runtime-classpath.txt")).strip();
        broker = new ServiceProcess("kafka", List.of(ServiceProcess.javaBin(), "-Xmx512m", "-XX:+UseSerialGC", "-cp",
                classpath, "vn.thidua.testing.KafkaBrokerMain", "--data-dir", WORK.resolve("kafka").toString(),
                "--port", String.valueOf(kafkaPort), "--controller-port", String.valueOf(TramChimSliceIT.freePort())),
                Map.of(), WORK.resolve("logs")).start();
        broker.awaitReadyLine(Duration.ofSeconds(90));
        for (String service : List.of("plan", "evaluation", "award")) {
            pg.recreateDatabase("thidua_" + service + "_keycloak");
            ports.put(service, TramChimSliceIT.freePort());
        }
        // award-service alone first, so that its start is measured beside Keycloak's under the same load.
        started = System.nanoTime();
        award = service("award", pg).start();
        award.awaitHttp(base("award") + "/q/health/ready", Duration.ofMinutes(10));
        System.out.printf("KEYCLOAK award-service start → ready: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        plan = service("plan", pg).start();
        evaluation = service("evaluation", pg).start();
        plan.awaitHttp(base("plan") + "/q/health/ready", Duration.ofMinutes(10));
        evaluation.awaitHttp(base("evaluation") + "/q/health/ready", Duration.ofMinutes(10));
        printMemory("ready");
    }

    /** Resident memory (VmRSS, with child processes: kc.sh starts Keycloak's JVM) of Keycloak and each service. */
    static void printMemory(String when) {
        StringBuilder line = new StringBuilder("KEYCLOAK RSS " + when + ":");
        line.append(" keycloak ").append(rssMb(keycloak.pid())).append(" MB");
        for (String service : List.of("plan", "evaluation", "award")) {
            ServiceProcess process = Map.of("plan", plan, "evaluation", evaluation, "award", award).get(service);
            line.append(", ").append(service).append("-service ").append(rssMb(process.pid())).append(" MB");
        }
        System.out.println(line);
    }

    static long rssMb(long pid) {
        return ProcessHandle.of(pid).map(handle -> java.util.stream.Stream.concat(java.util.stream.Stream.of(handle),
                handle.descendants()).mapToLong(p -> rssKb(p.pid())).sum() / 1024).orElse(-1L);
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (keycloak != null && plan != null && evaluation != null && award != null) {
            printMemory("after the tests");
        }
        for (ServiceProcess process : new ServiceProcess[] {plan, evaluation, award, broker}) {
            if (process != null) {
                process.stop();
            }
        }
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    /** The services' environment of `./stack up --idp keycloak` (THIDUA_JWT_* in application.properties). */
    static ServiceProcess service(String service, PostgresServer pg) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl("thidua_" + service + "_keycloak"));
        env.put("QUARKUS_DATASOURCE_USERNAME", pg.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", pg.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
        env.put("THIDUA_JWT_ISSUER", keycloak.issuer(KeycloakServer.REALM));
        env.put("THIDUA_JWT_KEYS", keycloak.issuer(KeycloakServer.REALM) + "/protocol/openid-connect/certs");
        env.put("THIDUA_JWT_AUDIENCE", "thidua");
        env.put("THIDUA_JWT_CLOCK_SKEW", String.valueOf(CLOCK_SKEW_SECONDS));
        env.put("THIDUA_JWT_KEYS_CACHE_MINUTES", String.valueOf(KEYS_CACHE_MINUTES));
        env.put("THIDUA_OUTBOX_POLL_INTERVAL", "0.1s");
        if (service.equals("plan")) {
            env.put("THIDUA_PLAN_DEMO_UNITS", "true");
        }
        Path jar = TramChimSliceIT.ROOT.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        return ServiceProcess.quarkus(service + "-service", jar, env, WORK.resolve("logs"));
    }

    static String base(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    static String user(String name) {
        return keycloak.passwordToken(KeycloakServer.REALM, "thidua-cli", name);
    }

    static String keyId(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** The token's exp claim, seconds since the epoch. */
    static long expiresAt(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return Long.parseLong(payload.replaceAll(".*\"exp\"\\s*:\\s*([0-9]+).*", "$1"));
    }

    /** The generated clients of the services, sending a Keycloak token. */
    static Clients with(String token) {
        return Clients.bearer(KeycloakIT::base, token);
    }

    static UUID publishPlan(String token, String title) throws Exception {
        UUID id = with(token).plans.createPlan(new PlanRequest().unitCode(SCHOOL).schoolYear("2022-2023").document(
                new PlanDocument().kind("KẾ HOẠCH").title(title).contents(List.of(new NumberedItem().number("1")
                        .text("Thực hiện tốt các cuộc vận động, phong trào thi đua"))))).getId();
        with(token).plans.publishPlan(id, null);
        return id;
    }

    static List<UUID> planIdsOfCycles(String token) throws Exception {
        return with(token).cycles.listCycles(null, 500, null, SCHOOL, null).stream().map(CycleView::getPlanId).toList();
    }

    static BulkRequest rating(String rating) {
        return new BulkRequest().records(List.of(new BulkRecord().staffCode("GVK1").rating(rating)));
    }

    static void assertUnauthorized(String token) throws Exception {
        Clients.Failure failure = Clients.failureOf(() -> with(token).units.listUnits(null, null, null, null));
        assertEquals(401, failure.status());
        assertTrue(failure.contentType().startsWith("application/problem+json"), failure.contentType());
        assertTrue(failure.body().contains("\"status\":401"), failure.body());
    }

    @Test
    @Order(1)
    void principalPublishesAndTheSchoolAppFinalizesWithKeycloakTokens() throws Exception {
        String principal = user("principal.th-tramchim2");
        with(principal).staff.importStaffCsv(SCHOOL, "Mã CB;Họ và tên;Giới tính;Chức vụ;Tổ chuyên môn;Loại hợp đồng;"
                + "Ngày vào ngành\nGVK1;Giáo viên Một;Nữ;Giáo viên;Tổ 1;Viên chức;01/09/2010\n", null);
        UUID planId = publishPlan(principal, "Kế hoạch thi đua năm học 2022-2023");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                planIdsOfCycles(principal).contains(planId));
        UUID cycleId = with(principal).cycles.listCycles(null, 500, null, SCHOOL, null).stream()
                .filter(cycle -> planId.equals(cycle.getPlanId())).findFirst().orElseThrow().getId();

        // The school's software: a client credentials token of its own confidential client.
        String app = keycloak.clientToken("school-app-th-tramchim2");
        // 503 until award-service's rule sets reached evaluation-service over Kafka.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> Clients.statusOf(() ->
                with(app).cycles.postEvaluationsBulk(cycleId, "keycloak-" + cycleId, rating("HTT"), null)) != 503);
        assertEquals(1, with(app).cycles.postEvaluationsBulk(cycleId, "keycloak-" + cycleId, rating("HTT"), null)
                .getFinalized());

        // Another school's principal and another school's software reach none of it.
        String other = user("principal.th-hoaan");
        Clients.Failure cycles = Clients.failureOf(() -> with(other).cycles.listCycles(null, null, null, SCHOOL, null));
        assertEquals(403, cycles.status());
        assertTrue(cycles.contentType().startsWith("application/problem+json"), cycles.contentType());
        assertEquals(404, Clients.statusOf(() -> with(other).plans.getPlan(planId, null)));
        String otherApp = keycloak.clientToken("school-app-th-hoaan");
        int bulk = Clients.statusOf(() -> with(otherApp).cycles.postEvaluationsBulk(cycleId, "keycloak-other-" + cycleId,
                rating("HT"), null));
        assertTrue(bulk == 403 || bulk == 404, "another school's software: " + bulk);
        // The district role of an office works; the office sees its school's plan.
        assertEquals(planId, with(user("district.pgd-tamnong")).plans.getPlan(planId, null).getId());
    }

    @Test
    @Order(3)
    void expiredForeignRealmAndForeignAudienceTokensAre401WithAProblem() throws Exception {
        List<Map<String, Object>> mappers = keycloak.cliMappers();
        keycloak.createClient("thidua-cli-short", mappers, Map.of("access.token.lifespan", "1"));
        String expiring = keycloak.passwordToken(KeycloakServer.REALM, "thidua-cli-short", "principal.th-tramchim2");
        keycloak.createClient("other-app", mappers.stream().filter(m -> !"oidc-audience-mapper".equals(m.get("protocolMapper")))
                .toList(), Map.of());
        String otherAudience = keycloak.passwordToken(KeycloakServer.REALM, "other-app", "principal.th-tramchim2");
        keycloak.createRealmLike("thidua-other");
        String otherRealm = keycloak.passwordToken("thidua-other", "thidua-cli", "principal.th-tramchim2");

        // Each differs from an accepted token in one respect only.
        assertFalse(with(user("principal.th-tramchim2")).units.listUnits(null, null, null, null).isEmpty());
        for (String token : List.of(otherAudience, otherRealm)) {
            assertUnauthorized(token);
        }
        // Lifespan 1 s, tolerance CLOCK_SKEW_SECONDS: expired once both have passed.
        Thread.sleep((1 + CLOCK_SKEW_SECONDS + 1) * 1000L);
        assertUnauthorized(expiring);
    }

    /**
     * Both halves of a key rotation. A new realm key signs new tokens: an unknown key id reloads the JWKS at once
     * (then at most once a minute, smallrye.jwt.jwks.forced-refresh-interval, so forged key ids cannot make a
     * service hammer Keycloak). Once the old key is removed from the realm, a token it signed, though unexpired,
     * is 401 as soon as the services reload the JWKS (smallrye.jwt.jwks.refresh-interval: here 1 minute).
     */
    @Test
    @Order(2)
    void aNewRealmKeySignsAcceptedTokensAndARemovedOneNoLonger() throws Exception {
        String before = user("principal.th-tramchim2");
        with(before).units.listUnits(null, null, null, null);
        keycloak.addRsaKey(200);
        String after = user("principal.th-tramchim2");
        assertNotEquals(keyId(before), keyId(after), "the new key signs the new tokens");
        // The services learn the new key id from the JWKS when they first meet it.
        with(after).units.listUnits(null, null, null, null);
        with(after).cycles.listCycles(null, null, null, SCHOOL, null);
        // A token of the old key, still listed by the realm, stays valid until it expires.
        with(before).units.listUnits(null, null, null, null);

        keycloak.removeOriginalRsaKey();
        assertFalse(keycloak.publishedKeyIds().contains(keyId(before)), "the realm no longer lists the old key");
        long removed = System.nanoTime();
        await().atMost(Duration.ofMinutes(KEYS_CACHE_MINUTES + 2)).pollInterval(Duration.ofSeconds(3)).until(() ->
                Clients.statusOf(() -> with(before).units.listUnits(null, null, null, null)) == 401
                        && Clients.statusOf(() -> with(before).cycles.listCycles(null, null, null, SCHOOL, null)) == 401);
        System.out.printf("KEYCLOAK removed key refused after %d s%n", (System.nanoTime() - removed) / 1_000_000_000L);
        assertTrue(System.currentTimeMillis() / 1000 < expiresAt(before) - CLOCK_SKEW_SECONDS,
                "refused for its key, not for its age");
        assertUnauthorized(before);
        Clients.Failure evaluation = Clients.failureOf(() -> with(before).cycles.listCycles(null, null, null, SCHOOL, null));
        assertTrue(evaluation.contentType().startsWith("application/problem+json"), evaluation.contentType());
        // The new key's tokens are untouched by the removal.
        with(after).units.listUnits(null, null, null, null);
        with(user("principal.th-tramchim2")).cycles.listCycles(null, null, null, SCHOOL, null);
    }

    /**
     * The services configured with the provider's issuer publish it in their live documents: the scheme
     * {@code jwt} becomes OpenID Connect with the issuer's discovery URL, which answers; the documents still pass
     * the contract rules (swagger-parser without messages, operationIds, problems).
     */
    @Test
    @Order(4)
    void theLiveDocumentsDeclareTheProvidersOpenIdConnectDiscovery() {
        String issuer = keycloak.issuer(KeycloakServer.REALM);
        String discovery = issuer + "/.well-known/openid-configuration";
        given().get(discovery).then().statusCode(200).body("issuer", equalTo(issuer))
                .body("jwks_uri", equalTo(issuer + "/protocol/openid-connect/certs"));
        for (String service : List.of("plan", "evaluation", "award")) {
            OpenAPI api = OpenApiContract.assertComplete(URI.create(base(service) + "/q/openapi?format=json"),
                    Problem.class, WORK.resolve("openapi/" + service + "-service.json"));
            SecurityScheme scheme = api.getComponents().getSecuritySchemes().get(OpenApiContract.SCHEME);
            assertEquals(SecurityScheme.Type.OPENIDCONNECT, scheme.getType(), service);
            assertEquals(discovery, scheme.getOpenIdConnectUrl(), service);
        }
    }
}
