package vn.thidua.award;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Envelopes and tokens for award-service's @QuarkusTests: events go through the real broker. */
public final class AwardApi {

    public static final String EVALUATION_TOPIC = "thidua.evaluation.v1";
    public static final String AWARD_TOPIC = "thidua.award.v1";

    private AwardApi() {
    }

    public static String kafka() {
        return ThiduaTestResource.kafkaBootstrapServers();
    }

    public static void units() {
        unit("DONGTHAP", "PROVINCE", null);
        unit("PGD-TAMNONG", "OFFICE", "DONGTHAP");
        unit("TH-TRAMCHIM2", "SCHOOL", "PGD-TAMNONG");
        unit("PGD-CAOLANH", "OFFICE", "DONGTHAP");
        unit("TH-HOAAN", "SCHOOL", "PGD-CAOLANH");
    }

    /** Until the unit copy knows the tree: the province reaches a school below it (403 before). */
    public static void awaitUnitTree() {
        String province = token("district", "DONGTHAP");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> io.restassured.RestAssured.given()
                .auth().oauth2(province).queryParam("unit", "TH-HOAAN").get("/api/v1/nominations").statusCode() == 200);
    }

    /**
     * Until the cycle is computed, not only known: {@code GET /eligibility?cycle=} answers 200 as soon as the cycle's
     * first event is applied, before its recomputation.
     */
    public static void awaitComputed(String token, UUID cycleId) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = io.restassured.RestAssured.given().auth().oauth2(token).queryParam("cycle", cycleId)
                    .get("/api/v1/eligibility");
            return response.statusCode() == 200 && Boolean.TRUE.equals(response.jsonPath().get("[0].current"));
        });
    }

    public static void unit(String code, String level, String parent) {
        TestKafka.send(kafka(), "thidua.unit.v1", code, """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.unit.upserted.v1",
                 "subject":"%s","time":"2023-01-01T00:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"code":"%s","name":"Đơn vị %s","level":"%s","parentCode":%s,"validFrom":"2020-01-01","validTo":null}}"""
                .formatted(UUID.randomUUID(), code, code, code, code, level, parent == null ? "null" : "\"" + parent + "\""));
    }

    /** vn.thidua.unit.moved.v1: {@code code} under {@code to} from {@code effective} (a date), formerly under {@code from}. */
    public static void moved(String code, String from, String to, String effective) {
        TestKafka.send(kafka(), "thidua.unit.v1", code, """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.unit.moved.v1",
                 "subject":"%s","time":"2025-07-01T00:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"code":"%s","fromParentCode":"%s","toParentCode":"%s","effectiveDate":"%s"}}"""
                .formatted(UUID.randomUUID(), code, code, code, from, to, effective));
    }

    /** One finalized evaluation, shaped like contracts/examples/vn.thidua.evaluation.finalized.v1.json. */
    public record Finalized(UUID evaluationId, UUID cycleId, UUID staffId, String unit, String schoolYear, String rating,
            double monthsWorked, String discipline, String leave, String initiatives, String group, String finalizedAt) {

        public static Finalized of(UUID cycleId, String unit, String schoolYear, String finalizedAt) {
            return new Finalized(UUID.randomUUID(), cycleId, UUID.randomUUID(), unit, schoolYear, "HTT", 12, "[]", "[]",
                    "[]", "TO-KHOI-1", finalizedAt);
        }

        public Finalized rated(String value) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, value, monthsWorked, discipline, leave,
                    initiatives, group, finalizedAt);
        }

        public Finalized months(double value) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, rating, value, discipline, leave,
                    initiatives, group, finalizedAt);
        }

        public Finalized schoolInitiative(String recognisedOn) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, rating, monthsWorked, discipline, leave,
                    "[{\"title\":\"Một số biện pháp rèn kỹ năng đọc cho học sinh lớp 1\",\"level\":\"SCHOOL\","
                            + "\"recognisedOn\":\"" + recognisedOn + "\"}]", group, finalizedAt);
        }

        public Finalized group(String value) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, rating, monthsWorked, discipline, leave,
                    initiatives, value, finalizedAt);
        }

        public Finalized at(String value) {
            return new Finalized(evaluationId, cycleId, staffId, unit, schoolYear, rating, monthsWorked, discipline, leave,
                    initiatives, group, value);
        }

        public String json() {
            return json(UUID.randomUUID());
        }

        public String json(UUID eventId) {
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

        public void send() {
            AwardApi.send(evaluationId, json());
        }
    }

    public static String reopened(Finalized f, String reopenedAt) {
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

    public static void send(UUID key, String json) {
        TestKafka.send(kafka(), EVALUATION_TOPIC, key.toString(), json);
    }

    public static final String STAFF_TOPIC = "thidua.staff.v1";

    /** A vn.thidua.staff.upserted.v1 envelope as evaluation-service writes it. */
    public static String staffUpserted(UUID staffId, UUID personId, String personCode, String code, String fullName,
            String unit, String group, boolean active, String time) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/evaluation-service","type":"vn.thidua.staff.upserted.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json","unit":"%s",
                 "data":{"staffId":"%s","personId":"%s","personCode":%s,"code":"%s","fullName":"%s","unitCode":"%s",
                  "groupCode":%s,"active":%s}}"""
                .formatted(UUID.randomUUID(), staffId, time, unit, staffId, personId, quoted(personCode), code,
                        fullName, unit, quoted(group), active);
    }

    /** Sends a person's staff record and waits until award-service's copy has it under that name. */
    public static void staff(UUID staffId, String fullName, String unit) {
        TestKafka.send(kafka(), STAFF_TOPIC, staffId.toString(), staffUpserted(staffId, UUID.randomUUID(), null,
                "GV-" + staffId.toString().substring(0, 6), fullName, unit, null, true, "2024-01-01T00:00:00Z"));
        awaitStaff(staffId, fullName);
    }

    /** Waits until award-service's copy of the staff records has this staff member under that name. */
    public static void awaitStaff(UUID staffId, String fullName) {
        var people = io.quarkus.arc.Arc.container().instance(vn.thidua.award.people.People.class).get();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fullName.equals(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> people.displayName(staffId))));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    public static List<ConsumerRecord<String, String>> awardEvents(UUID cycleId) {
        return TestKafka.readAll(kafka(), AWARD_TOPIC, Duration.ofSeconds(10)).stream()
                .filter(r -> r.key().equals(cycleId.toString())).toList();
    }

    /**
     * A closed council session of {@code unit} in which three present members agreed, by show of
     * hands, to propose {@code nomineeId} for {@code award}; answers the session id. Nominating for
     * an award with eligibility rules needs it.
     */
    public static String councilProposes(String unit, String schoolYear, String nomineeType, String nomineeId, String name,
            String award, int agree) {
        String principal = token("principal", unit);
        String[] accounts = {"chu-tich@" + unit, "thu-ky@" + unit, "uy-vien@" + unit};
        String meetingAt = schoolYear.substring(5) + "-05-30T07:30:00+07:00";
        String session = io.restassured.RestAssured.given().auth().oauth2(principal).contentType("application/json")
                .body(java.util.Map.of("schoolYear", schoolYear, "meetingAt", meetingAt, "place", "Phòng họp",
                        "members", List.of(
                                java.util.Map.of("name", "Lê Văn Định", "position", "Chủ tịch Hội đồng", "account", accounts[0]),
                                java.util.Map.of("name", "Trần Thị Mai", "position", "Thư ký", "account", accounts[1]),
                                java.util.Map.of("name", "Phạm Văn Tâm", "position", "Ủy viên", "account", accounts[2])),
                        "chairAccount", accounts[0], "secretaryAccount", accounts[1]))
                .post("/api/v1/councils").then().statusCode(201).extract().path("id");
        String item = io.restassured.RestAssured.given().auth().oauth2(principal).contentType("application/json")
                .body(java.util.Map.of("nomineeType", nomineeType, "nomineeId", nomineeId, "nomineeName", name,
                        "awardCode", award, "method", "OPEN"))
                .post("/api/v1/councils/" + session + "/agenda").then().statusCode(201).extract().path("id");
        io.restassured.RestAssured.given().auth().oauth2(principal).contentType("application/json")
                .body(java.util.Map.of("attendance", List.of(java.util.Map.of("account", accounts[0], "present", true),
                        java.util.Map.of("account", accounts[1], "present", true),
                        java.util.Map.of("account", accounts[2], "present", true))))
                .put("/api/v1/councils/" + session + "/attendance").then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(principal).post("/api/v1/councils/" + session + "/open")
                .then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.token(accounts[0], Set.of("council"), unit))
                .contentType("application/json")
                .body(java.util.Map.of("agree", agree, "disagree", 3 - agree, "abstain", 0))
                .post("/api/v1/councils/" + session + "/agenda/" + item + "/show-of-hands").then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(principal).post("/api/v1/councils/" + session + "/close")
                .then().statusCode(200);
        return session;
    }

    public static String token(String role, String unit) {
        return TestTokens.token(role, unit);
    }

    /** A staff token carrying the {@code staff} claim (the staff id). */
    public static String staffToken(String unit, UUID staffId) {
        return TestTokens.token("staff@" + unit, Set.of("staff"), unit, staffId.toString());
    }
}
