package vn.thidua.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.thidua.testing.PostgresServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
        plan = service("plan", pg).start();
        evaluation = service("evaluation", pg).start();
        award = service("award", pg).start();
        award.awaitHttp(base("award") + "/q/health/ready", Duration.ofSeconds(180));
        plan.awaitHttp(base("plan") + "/q/health/ready", Duration.ofSeconds(180));
        evaluation.awaitHttp(base("evaluation") + "/q/health/ready", Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws InterruptedException {
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

    static String publishPlan(String token, String title) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("unitCode", SCHOOL, "schoolYear", "2022-2023", "document", Map.of(
                        "kind", "KẾ HOẠCH", "title", title, "contents", List.of(
                                Map.of("number", "1", "text", "Thực hiện tốt các cuộc vận động, phong trào thi đua")))))
                .post(base("plan") + "/api/v1/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post(base("plan") + "/api/v1/plans/{id}/publish", id).then().statusCode(200);
        return id;
    }

    @Test
    @Order(1)
    void principalPublishesAndTheSchoolAppFinalizesWithKeycloakTokens() {
        String principal = user("principal.th-tramchim2");
        given().auth().oauth2(principal).contentType("text/csv; charset=UTF-8").queryParam("unit", SCHOOL)
                .body(("Mã CB;Họ và tên;Giới tính;Chức vụ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành\n"
                        + "GVK1;Giáo viên Một;Nữ;Giáo viên;Tổ 1;Viên chức;01/09/2010\n").getBytes(StandardCharsets.UTF_8))
                .post(base("evaluation") + "/api/v1/staff/import").then().statusCode(200);
        String planId = publishPlan(principal, "Kế hoạch thi đua năm học 2022-2023");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(principal).get(base("evaluation") + "/api/v1/cycles?unit=" + SCHOOL)
                        .then().statusCode(200).extract().jsonPath().getList("planId").contains(planId));
        String cycleId = given().auth().oauth2(principal).get(base("evaluation") + "/api/v1/cycles?unit=" + SCHOOL)
                .then().extract().path("find { it.planId == '" + planId + "' }.id");

        // The school's software: a client credentials token of its own confidential client.
        String app = keycloak.clientToken("school-app-th-tramchim2");
        // 503 until award-service's rule sets reached evaluation-service over Kafka.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> given().auth().oauth2(app)
                .contentType(ContentType.JSON).header("Idempotency-Key", "keycloak-" + cycleId)
                .body(Map.of("records", List.of(Map.of("staffCode", "GVK1", "rating", "HTT"))))
                .post(base("evaluation") + "/api/v1/cycles/" + cycleId + "/evaluations/bulk").statusCode() != 503);
        given().auth().oauth2(app).contentType(ContentType.JSON).header("Idempotency-Key", "keycloak-" + cycleId)
                .body(Map.of("records", List.of(Map.of("staffCode", "GVK1", "rating", "HTT"))))
                .post(base("evaluation") + "/api/v1/cycles/" + cycleId + "/evaluations/bulk")
                .then().statusCode(200).body("finalized", equalTo(1));

        // Another school's principal and another school's software reach none of it.
        given().auth().oauth2(user("principal.th-hoaan")).get(base("evaluation") + "/api/v1/cycles?unit=" + SCHOOL)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(user("principal.th-hoaan")).get(base("plan") + "/api/v1/plans/" + planId)
                .then().statusCode(404);
        given().auth().oauth2(keycloak.clientToken("school-app-th-hoaan")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "keycloak-other-" + cycleId)
                .body(Map.of("records", List.of(Map.of("staffCode", "GVK1", "rating", "HT"))))
                .post(base("evaluation") + "/api/v1/cycles/" + cycleId + "/evaluations/bulk")
                .then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        // The district role of an office works; the office sees its school's plan.
        given().auth().oauth2(user("district.pgd-tamnong")).get(base("plan") + "/api/v1/plans/" + planId)
                .then().statusCode(200);
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
        given().auth().oauth2(user("principal.th-tramchim2")).get(base("plan") + "/api/v1/units").then().statusCode(200);
        for (String token : List.of(otherAudience, otherRealm)) {
            given().auth().oauth2(token).get(base("plan") + "/api/v1/units").then().statusCode(401)
                    .contentType("application/problem+json").body("status", equalTo(401));
        }
        // Lifespan 1 s, tolerance CLOCK_SKEW_SECONDS: expired once both have passed.
        Thread.sleep((1 + CLOCK_SKEW_SECONDS + 1) * 1000L);
        given().auth().oauth2(expiring).get(base("plan") + "/api/v1/units").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    /**
     * Before the foreign-realm tokens: an unknown key id reloads the JWKS at once, then at most once a
     * minute (smallrye.jwt.jwks.forced-refresh-interval), so a forged kid cannot make a service hammer Keycloak.
     */
    @Test
    @Order(2)
    void aRotatedRealmKeyStillSignsTokensTheServicesAccept() {
        String before = user("principal.th-tramchim2");
        given().auth().oauth2(before).get(base("plan") + "/api/v1/units").then().statusCode(200);
        keycloak.addRsaKey(200);
        String after = user("principal.th-tramchim2");
        assertNotEquals(keyId(before), keyId(after), "the new key signs the new tokens");
        // The services learn the new key id from the JWKS when they first meet it.
        given().auth().oauth2(after).get(base("plan") + "/api/v1/units").then().statusCode(200);
        given().auth().oauth2(after).get(base("evaluation") + "/api/v1/cycles?unit=" + SCHOOL).then().statusCode(200);
        // A token of the old key, still listed by the realm, stays valid until it expires.
        given().auth().oauth2(before).get(base("plan") + "/api/v1/units").then().statusCode(200);
    }
}
