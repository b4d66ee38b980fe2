package vn.thidua.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.thidua.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Real data for the fuzz test to aim at, made through the APIs as a school makes it: a published plan and its
 * cycle, staff, finalized evaluations, a registration, a council that proposed, a nomination decided, and a
 * draft plan and an open council left to edit. Each school gets its own, so the other school's ids are real.
 */
final class FuzzSeed {

    static final Set<String> SCHOOL_ROLES = Set.of("principal", "council", "group_lead", "staff", "school_app",
            "viewer", "operator");

    private final ThreeServices system;

    FuzzSeed(ThreeServices system) {
        this.system = system;
    }

    /** A token of every school role at {@code unit}: each operation's role check passes, so the fuzz reaches its body. */
    static String everyRole(String unit) {
        return TestTokens.token("fuzz@" + unit, SCHOOL_ROLES, unit);
    }

    private RequestSpecification as(String unit) {
        return given().auth().oauth2(everyRole(unit));
    }

    FuzzValues school(String unit, String schoolYear) {
        FuzzValues values = new FuzzValues().put("unit", unit).put("office", "PGD-TAMNONG").put("schoolYear", schoolYear)
                .put("ruleSetVersion", "2025.1").put("groupCode", "Tổ 1").put("staffCode", "GV02");
        String planId = plan(unit, schoolYear, "Kế hoạch thi đua năm học " + schoolYear);
        as(unit).post(system.base("plan") + "/api/v1/plans/{id}/publish", planId).then().statusCode(200);
        values.put("planId", plan(unit, "2031-2032", "Kế hoạch nháp để thử"));
        StringBuilder csv = new StringBuilder("Mã CB;Họ và tên;Giới tính;Chức vụ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành\n");
        String[] names = {"Nguyễn Thị An", "Trần Văn Bình", "Lê Thị Cúc"};
        for (int i = 0; i < names.length; i++) {
            csv.append("GV0").append(i + 1).append(';').append(names[i]).append(";Nữ;Giáo viên;Tổ 1;Viên chức;01/09/2005\n");
        }
        as(unit).contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .queryParam("unit", unit).post(system.base("evaluation") + "/api/v1/staff/import").then().statusCode(200);
        await().atMost(Duration.ofSeconds(90)).until(() -> as(unit).get(system.base("evaluation") + "/api/v1/cycles?unit="
                + unit).then().extract().jsonPath().getList("planId").contains(planId));
        String cycleId = as(unit).get(system.base("evaluation") + "/api/v1/cycles?unit=" + unit).then()
                .extract().path("find { it.planId == '" + planId + "' }.id");
        values.put("cycleId", cycleId);
        Map<String, String> staff = new HashMap<>();
        as(unit).queryParam("unit", unit).get(system.base("evaluation") + "/api/v1/staff").then().statusCode(200)
                .extract().jsonPath().<Map<String, String>>getList("").forEach(s -> staff.put(s.get("code"), s.get("id")));
        values.put("staffId", staff.get("GV02"));
        values.put("registrationId", as(unit).contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(Map.of("kind", "TITLE", "code", "LDTT"))))
                .put(system.base("evaluation") + "/api/v1/cycles/" + cycleId + "/registrations/staff/" + staff.get("GV03"))
                .then().extract().path("id"));

        List<Map<String, Object>> records = new ArrayList<>();
        for (String code : List.of("GV01", "GV02")) {
            records.add(Map.of("staffCode", code, "rating", "HTT"));
        }
        // Until award-service's rule sets reached evaluation-service (503 before), then once
        await().atMost(Duration.ofSeconds(90)).until(() -> as(unit).contentType(ContentType.JSON)
                .header("Idempotency-Key", "seed-" + unit).body(Map.of("records", records))
                .post(system.base("evaluation") + "/api/v1/cycles/" + cycleId + "/evaluations/bulk").statusCode() == 200);
        values.put("evaluationId", as(unit).get(system.base("evaluation") + "/api/v1/cycles/" + cycleId + "/evaluations")
                .then().statusCode(200).extract().path("[0].id"));
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            var response = as(unit).queryParam("cycle", cycleId).get(system.base("award") + "/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getList("[0].staff").size() == 2;
        });

        String[] members = {"chu-tich@" + unit, "thu-ky@" + unit, "uy-vien@" + unit};
        String decided = council(unit, schoolYear, members);
        String item = as(unit).contentType(ContentType.JSON).body(Map.of("nomineeType", "STAFF", "nomineeId",
                staff.get("GV02"), "nomineeName", "Trần Văn Bình", "awardCode", "LDTT", "method", "OPEN"))
                .post(system.base("award") + "/api/v1/councils/" + decided + "/agenda").then().statusCode(201)
                .extract().path("id");
        as(unit).contentType(ContentType.JSON).body(Map.of("attendance", List.of(
                Map.of("account", members[0], "present", true), Map.of("account", members[1], "present", true),
                Map.of("account", members[2], "present", true))))
                .put(system.base("award") + "/api/v1/councils/" + decided + "/attendance").then().statusCode(200);
        as(unit).post(system.base("award") + "/api/v1/councils/" + decided + "/open").then().statusCode(200);
        for (String member : members) {
            given().auth().oauth2(TestTokens.token(member, Set.of("council"), unit)).contentType(ContentType.JSON)
                    .body(Map.of("choice", "AGREE"))
                    .post(system.base("award") + "/api/v1/councils/" + decided + "/agenda/" + item + "/ballots")
                    .then().statusCode(204);
        }
        as(unit).post(system.base("award") + "/api/v1/councils/" + decided + "/close").then().statusCode(200);
        String nomination = as(unit).contentType(ContentType.JSON).body(Map.of("unitCode", unit, "schoolYear", schoolYear,
                "nomineeType", "STAFF", "nomineeId", staff.get("GV02"), "nomineeName", "Trần Văn Bình", "awardCode", "LDTT",
                "achievementSummary", "Hoàn thành tốt nhiệm vụ", "evidence", List.of()))
                .post(system.base("award") + "/api/v1/nominations").then().statusCode(201).extract().path("id");
        values.put("nominationId", nomination);
        values.put("decisionId", as(unit).contentType(ContentType.JSON).body(Map.of("decisionNumber", "12/QĐ-" + unit,
                "decisionDate", "2023-06-06", "signer", "Lê Văn Định, Hiệu trưởng", "nominationIds", List.of(nomination)))
                .post(system.base("award") + "/api/v1/nominations/decide").then().statusCode(201).extract().path("id"));

        // An open council with one item, for the agenda, ballot and attendance operations
        String open = council(unit, schoolYear, members);
        values.put("councilId", open);
        values.put("itemId", as(unit).contentType(ContentType.JSON).body(Map.of("nomineeType", "STAFF",
                "nomineeId", staff.get("GV01"), "nomineeName", "Nguyễn Thị An", "awardCode", "LDTT", "method", "SECRET"))
                .post(system.base("award") + "/api/v1/councils/" + open + "/agenda").then().statusCode(201)
                .extract().path("id"));
        return values;
    }

    private String plan(String unit, String schoolYear, String title) {
        return as(unit).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "schoolYear", schoolYear, "document", Map.of("kind", "KẾ HOẠCH",
                        "title", title, "contents", List.of(Map.of("number", "1", "text", "Dạy tốt, học tốt")))))
                .post(system.base("plan") + "/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private String council(String unit, String schoolYear, String[] members) {
        return as(unit).contentType(ContentType.JSON).body(Map.of("schoolYear", schoolYear,
                "meetingAt", "2023-05-30T07:30:00+07:00", "place", "Phòng họp", "members", List.of(
                        Map.of("name", "Lê Văn Định", "position", "Chủ tịch Hội đồng", "account", members[0]),
                        Map.of("name", "Trần Thị Mai", "position", "Thư ký", "account", members[1]),
                        Map.of("name", "Phạm Văn Tâm", "position", "Ủy viên", "account", members[2])),
                "chairAccount", members[0], "secretaryAccount", members[1]))
                .post(system.base("award") + "/api/v1/councils").then().statusCode(201).extract().path("id");
    }
}
