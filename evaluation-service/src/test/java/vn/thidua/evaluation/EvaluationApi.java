package vn.thidua.evaluation;

import vn.thidua.evaluation.cycle.CycleFromPlanEventsTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** A school of its own per test: unit, staff with accounts, a cycle opened from a published plan. */
public final class EvaluationApi {

    public static final String OFFICE = "PGD-TAMNONG";
    public static final String OTHER_OFFICE = "PGD-CAOLANH";
    public static final String OTHER_SCHOOL = "TH-HOAAN";
    public static final List<String> CRITERIA = List.of("TC1", "TC2", "TC3", "TC4", "TC5", "1", "2");

    private EvaluationApi() {
    }

    public static String kafka() {
        return ThiduaTestResource.kafkaBootstrapServers();
    }

    public static void unitTree() {
        TestKafka.send(kafka(), "thidua.unit.v1", "DONGTHAP", Events.unitUpserted("DONGTHAP", "Sở GD&ĐT Đồng Tháp", "PROVINCE", null));
        TestKafka.send(kafka(), "thidua.unit.v1", OFFICE, Events.unitUpserted(OFFICE, "Phòng GD&ĐT Tam Nông", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", OTHER_OFFICE, Events.unitUpserted(OTHER_OFFICE, "Phòng GD&ĐT Cao Lãnh", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", OTHER_SCHOOL, Events.unitUpserted(OTHER_SCHOOL, "Trường Tiểu học Hòa An", "SCHOOL", OTHER_OFFICE));
        ruleSet(SHIPPED_RULE_SET, "2024-01-01", null, 20);
    }

    /** award-service's shipped rule set as it arrives here: HTXS at most 20 % of those rated at least HTT. */
    public static final String SHIPPED_RULE_SET = "2024.1";

    /** Publishes a rule set version on thidua.rules.v1 and waits until this service holds its copy. */
    public static void ruleSet(String version, String effectiveFrom, String effectiveTo, double htxsSharePercent) {
        ruleSet(version, effectiveFrom, effectiveTo, htxsSharePercent, Map.of());
    }

    /** The same with more parameters ({@code rating.*}, {@code htxs.shareBase}, …). */
    public static void ruleSet(String version, String effectiveFrom, String effectiveTo, double htxsSharePercent,
            Map<String, Object> more) {
        TestKafka.send(kafka(), "thidua.rules.v1", version,
                Events.ruleSetPublished(UUID.randomUUID(), version, effectiveFrom, effectiveTo, htxsSharePercent, more));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from rule_set_copy where version = ?", version) == 1);
    }

    /** A count from this service's own database, for state no endpoint shows. */
    public static long count(String sql, Object... parameters) throws java.sql.SQLException {
        try (var connection = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static RequestSpecification as(String role, String unit) {
        return given().auth().oauth2(TestTokens.token(role, unit));
    }

    /** A person's own token: the upn is the account of their staff record. */
    public static RequestSpecification person(String upn, String role, String unit) {
        return given().auth().oauth2(TestTokens.token(upn, Set.of(role), unit));
    }

    /** The school's staff: GV01 the principal, GV02 leader of Tổ 4-5, GV03–GV08 in Tổ 4-5, GV09–GV14 in Tổ 1. */
    public record School(String unit, UUID cycleId, Map<String, String> staffIds) {

        public String account(String code) {
            return code.toLowerCase() + "@" + unit.toLowerCase();
        }

        public RequestSpecification principal() {
            return person(account("GV01"), "principal", unit);
        }

        public RequestSpecification staff(String code) {
            return person(account(code), "staff", unit);
        }

        public RequestSpecification leader() {
            return person(account("GV02"), "group_lead", unit);
        }

        public String staffId(String code) {
            return staffIds.get(code);
        }
    }

    /** A new school under the Tam Nông office with 14 staff and an open cycle for 2022-2023. */
    public static School school(int staffCount) {
        return school(staffCount, "2022-2023");
    }

    /** The same with a cycle for {@code schoolYear} (which decides the cycle's rule set version). */
    public static School school(int staffCount, String schoolYear) {
        String unit = "TH-EV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        TestKafka.send(kafka(), "thidua.unit.v1", unit, Events.unitUpserted(unit, "Trường thử " + unit, "SCHOOL", OFFICE));
        StringBuilder csv = new StringBuilder("Mã CB;Họ và tên;Giới tính;Chức vụ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành;Tài khoản\n");
        String[] names = {"Lê Văn Định", "Bùi Văn Út", "Nguyễn Thị Anh", "Phạm Thị Ánh", "Võ Thị Ân", "Đỗ Văn Ân",
                "Lê Thị Ô", "Nguyễn Văn Ơn", "Trần Thị Oanh", "Hồ Thị Uyên", "Đặng Văn Đức", "Dương Thị Diễm",
                "Cao Văn Sơn", "Lương Thị Yến", "Mai Thị Thảo", "Tạ Thị Quyên", "Đinh Thị Nga", "Ngô Thị Bích Ngọc"};
        for (int i = 1; i <= staffCount; i++) {
            String code = String.format("GV%02d", i);
            String position = i == 1 ? "Hiệu trưởng" : "Giáo viên";
            String group = i == 1 ? "Văn phòng" : i <= 8 ? "Tổ 4-5" : "Tổ 1";
            csv.append(code).append(';').append(names[(i - 1) % names.length]).append(';')
                    .append(i % 2 == 0 ? "Nam" : "Nữ").append(';').append(position).append(';').append(group)
                    .append(";Viên chức;01/09/2005;").append(code.toLowerCase()).append('@').append(unit.toLowerCase())
                    .append('\n');
        }
        as("principal", unit).contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .queryParam("unit", unit).when().post("/api/v1/staff/import").then().statusCode(200);
        List<Map<String, String>> staff = as("principal", unit).queryParam("unit", unit).queryParam("size", 500)
                .when().get("/api/v1/staff").then().statusCode(200).extract().jsonPath().getList("");
        Map<String, String> ids = new java.util.HashMap<>();
        staff.forEach(s -> ids.put(s.get("code"), s.get("id")));

        UUID planId = UUID.randomUUID();
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(), Events.planPublished(UUID.randomUUID().toString(),
                planId, unit, schoolYear, CycleFromPlanEventsTest.CONTENTS));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("principal", unit)
                .when().get("/api/v1/cycles?unit=" + unit).then().statusCode(200).body("planId", hasItem(planId.toString())));
        String cycleId = as("principal", unit).when().get("/api/v1/cycles?unit=" + unit).then()
                .extract().path("find { it.planId == '" + planId + "' }.id");
        return new School(unit, UUID.fromString(cycleId), ids);
    }

    public static void openEvaluations(School school) {
        school.principal().when().post("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200);
    }

    /** The id of a staff member's evaluation, as the principal lists it. */
    public static String evaluationOf(School school, String code) {
        return school.principal().queryParam("size", 500).when()
                .get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200)
                .extract().path("find { it.staffCode == '" + code + "' }.id");
    }

    public static String etag(RequestSpecification caller, String evaluationId) {
        return caller.when().get("/api/v1/evaluations/{id}", evaluationId).then().statusCode(200).extract().header("ETag");
    }

    public static Map<String, Object> selfAssessment(String selfRating) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String number : CRITERIA) {
            items.add(Map.of("criterion", number, "rating", "HTT", "comment", "Hoàn thành tiêu chí " + number,
                    "evidence", List.of("https://drive.example.vn/minh-chung/" + number)));
        }
        return Map.of("selfRating", selfRating, "items", items);
    }

    /** Self-assessed by the person, submitted and reviewed by the leader (or the principal outside Tổ 4-5). */
    public static String reviewed(School school, String code) {
        String id = evaluationOf(school, code);
        RequestSpecification own = code.equals("GV02") ? person(school.account(code), "group_lead", school.unit())
                : school.staff(code);
        own.contentType(ContentType.JSON).header("If-Match", etag(school.staff(code), id)).body(selfAssessment("HTT"))
                .when().put("/api/v1/evaluations/{id}/self-assessment", id).then().statusCode(200);
        school.staff(code).when().post("/api/v1/evaluations/{id}/submit", id).then().statusCode(200);
        boolean inLeadersGroup = code.compareTo("GV03") >= 0 && code.compareTo("GV08") <= 0;
        RequestSpecification reviewer = inLeadersGroup ? school.leader() : school.principal();
        reviewer.contentType(ContentType.JSON).header("If-Match", etag(school.principal(), id))
                .body(Map.of("comment", "Đồng ý", "proposedRating", "HTT"))
                .when().put("/api/v1/evaluations/{id}/review", id).then().statusCode(200);
        return id;
    }

    public static ExtractableResponse<Response> rate(School school, String evaluationId, String rating) {
        return school.principal().contentType(ContentType.JSON).body(Map.of("rating", rating))
                .when().post("/api/v1/evaluations/{id}/finalize", evaluationId).then().extract();
    }

    /**
     * The evaluation events on the real broker about {@code subjects} (the envelope's subject: evaluation
     * events are keyed by their cycle, registrations by themselves), once all {@code expected} are there.
     */
    public static List<ConsumerRecord<String, String>> evaluationEvents(Set<String> subjects, int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            TestKafka.readAll(kafka(), "thidua.evaluation.v1", Duration.ofSeconds(5)).stream()
                    .filter(r -> subjects.contains(subject(r))).forEach(found::add);
            return found.size() >= expected;
        });
        return found;
    }

    /** The CloudEvent subject of a record. */
    public static String subject(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("subject").asText(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
}
