package vn.thidua.award.eligibility;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.platform.security.UnitTree;

import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 (lawrules item 1) over the real broker and database: a teacher of 2025-2026 rated HTXS with two
 * initiatives has no Bằng khen until the school imports her 2024-2025 LĐTT decision (no cycle of that year is in the
 * system); the explanation then cites the imported decision, the rule set's layer, source and "cần đối chiếu"; the
 * revocation of that record takes the Bằng khen away again. The school's Cờ thi đua waits for its block's vote, and
 * the school's own Bằng khen reads its imported earlier TTLĐXS (a collective's record) until that is revoked.
 */
@QuarkusTest
@QuarkusTestResource(value = vn.thidua.testing.ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class HonourFlowTest {

    static final String COMMUNE = "XA-BANGKHEN";
    static final String SCHOOL = "TH-BANGKHEN";
    static final String YEAR = "2025-2026";
    static final String FINALIZED_AT = "2026-05-26T09:00:00Z";

    @Inject
    UnitTree tree;

    @BeforeAll
    static void units() {
        AwardApi.units();
        AwardApi.unit(COMMUNE, "COMMUNE", "DONGTHAP");
        AwardApi.unit(SCHOOL, "SCHOOL", COMMUNE);
    }

    static String principal() {
        return AwardApi.token("principal", SCHOOL);
    }

    static JsonPath awaitCycle(UUID cycleId, int events) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(principal()).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= events
                    && response.jsonPath().getBoolean("[0].current");
        });
        return given().auth().oauth2(principal()).queryParam("cycle", cycleId).get("/api/v1/eligibility")
                .then().statusCode(200).extract().jsonPath();
    }

    static String path(UUID staffId) {
        return "[0].staff.find { it.staffId == '" + staffId + "' }";
    }

    @Test
    void importedDecisionsGiveTheBangKhenAndARevocationTakesItAway() {
        AwardApi.awaitUnitTree();
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.unit(SCHOOL).isPresent());
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = new ArrayList<>();
        Finalized base = Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT);
        staff.add(new Finalized(base.evaluationId(), cycleId, base.staffId(), SCHOOL, YEAR, "HTXS", 12, "[]", "[]",
                "[{\"title\":\"Dạy học theo dự án lớp 4\",\"level\":\"SCHOOL\",\"recognisedOn\":\"2025-04-10\"},"
                        + "{\"title\":\"Thư viện xanh\",\"level\":\"SCHOOL\",\"recognisedOn\":\"2025-11-20\"}]",
                "TO-KHOI-4", FINALIZED_AT));
        IntStream.range(0, 5).forEach(i -> staff.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT)));
        staff.forEach(Finalized::send);
        UUID a = base.staffId();

        JsonPath before = awaitCycle(cycleId, 6);
        List<String> eligible = before.getList(path(a) + ".eligible");
        assertTrue(eligible.contains("LDTT") && !eligible.contains("BANG_KHEN"), eligible.toString());
        assertEquals(List.of("BANG_KHEN_YEARS"), before.getList(path(a) + ".titles.find { it.title == 'BANG_KHEN' }"
                + ".conditions.findAll { !it.passed }.code"));

        // The 2024-2025 LĐTT decision, imported from the school's records.
        String number = "88/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "STT;Mã định danh;Họ và tên;Danh hiệu;Năm học;Số quyết định;Ngày quyết định;Cơ quan ban hành;Cấp\n"
                + "1;" + a + ";Trần Thị Mai;Lao động tiên tiến;2024-2025;" + number
                + ";20/06/2025;UBND huyện Tam Nông;Huyện\n";
        given().auth().oauth2(principal()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/achievements/import").then().statusCode(200).body("created", equalTo(1))
                .body("recomputedCycles", equalTo(List.of(cycleId.toString())));
        JsonPath after = awaitCycle(cycleId, 6);
        assertTrue(after.getList(path(a) + ".eligible").contains("BANG_KHEN"), after.getList(path(a) + ".eligible")
                .toString());
        String years = path(a) + ".titles.find { it.title == 'BANG_KHEN' }.conditions.find { it.code == 'BANG_KHEN_YEARS' }";
        String actual = after.getString(years + ".actual");
        assertTrue(actual.contains(number) && actual.contains("nhập từ hồ sơ"), actual);
        assertTrue(after.getString(years + ".legalBasis").contains("Điều 74 khoản 1 điểm c"));
        assertEquals(List.of(false, false), after.getList(years + ".parameters.verified"));
        assertEquals(List.of("NATIONAL", "NATIONAL"), after.getList(years + ".parameters.layer"));
        assertEquals("2025.1", after.getString(years + ".parameters[0].version"));

        // The school's Cờ thi đua never passes on its own: the block's vote is outside the system.
        String school = "[0].collectives.find { it.kind == 'SCHOOL' }.titles.find { it.title == 'CO_THI_DUA' }";
        assertEquals("CO_THI_DUA_BLOCK_LEAD", after.getString(school + ".conditions.find { it.deferred }.code"));
        assertFalse(after.getBoolean(school + ".eligible"));

        // Revoking the imported record takes the Bằng khen away again.
        String recordId = given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + a).then()
                .statusCode(200).extract().jsonPath().getString("achievements.find { it.decisionNumber == '" + number
                        + "' }.id");
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).contentType("application/json")
                .body(Map.of("reason", "x")).post("/api/v1/achievements/records/" + recordId + "/revoke")
                .then().statusCode(403);
        given().auth().oauth2(principal()).contentType("application/json")
                .body(Map.of("reason", "Quyết định đã bị hủy bỏ do kê khai không trung thực."))
                .post("/api/v1/achievements/records/" + recordId + "/revoke").then().statusCode(200)
                .body("recomputedCycles", equalTo(List.of(cycleId.toString())));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !awaitCycle(cycleId, 6).getList(path(a) + ".eligible").contains("BANG_KHEN"));
        JsonPath revoked = awaitCycle(cycleId, 6);
        assertFalse(revoked.getString(years + ".actual").contains(number));

        // The school's own earlier TTLĐXS, imported as a collective's record, is what its Bằng khen reads for the year
        // before; importing and revoking it recompute the school's later cycle.
        String schoolNumber = "61/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 6);
        String collectiveCsv = "STT;Mã đơn vị;Mã tổ;Mã định danh;Danh hiệu;Năm học;Số quyết định;Ngày quyết định;"
                + "Cơ quan ban hành;Cấp\n1;" + SCHOOL + ";;;TTLĐXS;2024-2025;" + schoolNumber
                + ";22/06/2025;UBND tỉnh Đồng Tháp;Tỉnh\n";
        given().auth().oauth2(principal()).contentType("text/csv").body(collectiveCsv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/achievements/import").then().statusCode(200).body("created", equalTo(1))
                .body("recomputedCycles", equalTo(List.of(cycleId.toString())));
        String schoolYears = "[0].collectives.find { it.kind == 'SCHOOL' }.titles.find { it.title == 'BANG_KHEN' }"
                + ".conditions.find { it.code == 'BANG_KHEN_YEARS' }";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                String.valueOf(awaitCycle(cycleId, 6).getString(schoolYears + ".actual")).contains(schoolNumber));
        assertTrue(awaitCycle(cycleId, 6).getBoolean(schoolYears + ".passed"));
        String schoolRecord = given().auth().oauth2(principal()).get("/api/v1/achievements/collectives/" + SCHOOL)
                .then().statusCode(200).extract().jsonPath()
                .getString("achievements.find { it.decisionNumber == '" + schoolNumber + "' }.id");
        given().auth().oauth2(principal()).contentType("application/json")
                .body(Map.of("reason", "Nhập nhầm năm học.")).post("/api/v1/achievements/records/" + schoolRecord
                        + "/revoke").then().statusCode(200)
                .body("recomputedCycles", equalTo(List.of(cycleId.toString())));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !String.valueOf(awaitCycle(cycleId, 6).getString(schoolYears + ".actual")).contains(schoolNumber));
        assertFalse(awaitCycle(cycleId, 6).getBoolean(schoolYears + ".passed"));

        // The rule set in force for the school lists the new parameters with layer, source and verified flag.
        given().auth().oauth2(principal()).queryParam("unit", SCHOOL).queryParam("date", "2025-09-05")
                .get("/api/v1/rulesets/in-force").then().statusCode(200)
                .body("parameters.find { it.key == 'bangKhen.consecutiveYears' }.layer", equalTo("NATIONAL"))
                .body("parameters.find { it.key == 'bangKhen.consecutiveYears' }.verified", equalTo(false))
                .body("parameters.find { it.key == 'bangKhen.consecutiveYears' }.source", containsString("[verify]"))
                .body("parameters.find { it.key == 'coThiDua.requiresBlockLead' }.value", equalTo(true));
    }
}
