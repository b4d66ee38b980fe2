package vn.thidua.award;

import io.smallrye.jwt.build.Jwt;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Envelopes and tokens for award-service's @QuarkusTests: events go through the real broker. */
final class AwardApi {

    static final String EVALUATION_TOPIC = "thidua.evaluation.v1";
    static final String AWARD_TOPIC = "thidua.award.v1";

    private AwardApi() {
    }

    static String kafka() {
        return ThiduaTestResource.kafkaBootstrapServers();
    }

    static void units() {
        unit("DONGTHAP", "PROVINCE", null);
        unit("PGD-TAMNONG", "OFFICE", "DONGTHAP");
        unit("TH-TRAMCHIM2", "SCHOOL", "PGD-TAMNONG");
        unit("PGD-CAOLANH", "OFFICE", "DONGTHAP");
        unit("TH-HOAAN", "SCHOOL", "PGD-CAOLANH");
    }

    /** Until the unit copy knows the tree: the province reaches a school below it. */
    static void awaitUnitTree() {
        String province = token("district", "DONGTHAP");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> io.restassured.RestAssured.given()
                .auth().oauth2(province).queryParam("unit", "TH-HOAAN").get("/api/v1/plans-seen").statusCode() == 200);
    }

    static void unit(String code, String level, String parent) {
        TestKafka.send(kafka(), "thidua.unit.v1", code, """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.unit.upserted.v1",
                 "subject":"%s","time":"2023-01-01T00:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"code":"%s","name":"Đơn vị %s","level":"%s","parentCode":%s,"validFrom":"2020-01-01","validTo":null}}"""
                .formatted(UUID.randomUUID(), code, code, code, code, level, parent == null ? "null" : "\"" + parent + "\""));
    }

    /** One finalized evaluation, shaped like contracts/examples/vn.thidua.evaluation.finalized.v1.json. */
    record Finalized(UUID evaluationId, UUID cycleId, UUID staffId, String unit, String schoolYear, String rating,
            double monthsWorked, String discipline, String leave, String initiatives, String group, String finalizedAt) {

        static Finalized of(UUID cycleId, String unit, String schoolYear, String finalizedAt) {
            return new Finalized(UUID.randomUUID(), cycleId, UUID.randomUUID(), unit, schoolYear, "HTT", 12, "[]", "[]",
                    "[]", "TO-KHOI-1", finalizedAt);
        }

        Finalized rated(String value) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, value, monthsWorked, discipline, leave,
                    initiatives, group, finalizedAt);
        }

        Finalized months(double value) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, rating, value, discipline, leave,
                    initiatives, group, finalizedAt);
        }

        Finalized schoolInitiative(String recognisedOn) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, rating, monthsWorked, discipline, leave,
                    "[{\"title\":\"Một số biện pháp rèn kỹ năng đọc cho học sinh lớp 1\",\"level\":\"SCHOOL\","
                            + "\"recognisedOn\":\"" + recognisedOn + "\"}]", group, finalizedAt);
        }

        Finalized group(String value) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, rating, monthsWorked, discipline, leave,
                    initiatives, value, finalizedAt);
        }

        Finalized at(String value) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, rating, monthsWorked, discipline, leave,
                    initiatives, group, value);
        }

        String json() {
            return json(UUID.randomUUID());
        }

        String json(UUID eventId) {
            return """
                    {"specversion":"1.0","id":"%s","source":"/thidua/evaluation-service",
                     "type":"vn.thidua.evaluation.finalized.v1","subject":"%s","time":"%s",
                     "datacontenttype":"application/json","unit":"%s","schoolyear":"%s",
                     "data":{"evaluationId":"%s","cycleId":"%s","staffId":"%s","unitCode":"%s","schoolYear":"%s",
                      "rating":"%s","facts":{"monthsWorked":%s,"discipline":%s,"leave":%s,"initiatives":%s},
                      "hireDate":"2009-09-01","groupCode":"%s","finalizedBy":"le.van.dinh","finalizedAt":"%s"}}"""
                    .formatted(eventId, evaluationId, finalizedAt, unit, schoolYear, evaluationId, cycleId, staffId, unit,
                            schoolYear, rating, monthsWorked, discipline, leave, initiatives, group, finalizedAt);
        }

        void send() {
            AwardApi.send(evaluationId, json());
        }
    }

    static String reopened(Finalized f, String reopenedAt) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/evaluation-service",
                 "type":"vn.thidua.evaluation.reopened.v1","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","unit":"%s","schoolyear":"%s",
                 "data":{"evaluationId":"%s","cycleId":"%s","staffId":"%s","unitCode":"%s",
                  "reason":"Bổ sung quyết định công nhận sáng kiến cấp trường còn thiếu trong hồ sơ.",
                  "reopenedBy":"le.van.dinh","reopenedAt":"%s"}}"""
                .formatted(UUID.randomUUID(), f.evaluationId(), reopenedAt, f.unit(), f.schoolYear(), f.evaluationId(),
                        f.cycleId(), f.staffId(), f.unit(), reopenedAt);
    }

    static void send(UUID key, String json) {
        TestKafka.send(kafka(), EVALUATION_TOPIC, key.toString(), json);
    }

    static List<ConsumerRecord<String, String>> awardEvents(UUID cycleId) {
        return TestKafka.readAll(kafka(), AWARD_TOPIC, Duration.ofSeconds(10)).stream()
                .filter(r -> r.key().equals(cycleId.toString())).toList();
    }

    static String token(String role, String unit) {
        return TestTokens.token(role, unit);
    }

    /** A staff token carrying the {@code staff} claim (the staff id), signed with the harness's key. */
    static String staffToken(String unit, UUID staffId) {
        return Jwt.upn("staff@" + unit).groups(Set.of("staff")).claim("unit", unit).claim("staff", staffId.toString())
                .issuer(TestTokens.ISSUER).expiresIn(Duration.ofHours(1)).sign(privateKey());
    }

    private static PrivateKey privateKey() {
        Path publicPem = Path.of(TestTokens.publicKeyLocation().substring("file:".length()));
        try {
            String base64 = Files.readString(publicPem.resolveSibling("private.pem"))
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
