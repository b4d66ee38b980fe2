package vn.thidua.award.record;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, items 2-4 through the real HTTP layer, database and broker: a school imports three earlier years of
 * decisions, CSTĐ tỉnh then reads them (no earlier cycle in the system) and cites their numbers, a revocation
 * removes it; bad files store nothing and name line and column; files are read by role and unit.
 */
@QuarkusTest
@QuarkusTestResource(value = vn.thidua.testing.ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class AchievementFlowTest {

    static final String SCHOOL = "TH-TRAMCHIM2";
    static final String YEAR = "2022-2023";
    static final String FINALIZED_AT = "2023-05-26T09:00:00Z";
    static final String HEADER = "STT;Mã định danh;Họ và tên;Danh hiệu;Năm học;Số quyết định;Ngày quyết định;"
            + "Cơ quan ban hành;Cấp\n";

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    static String principal() {
        return AwardApi.token("principal", SCHOOL);
    }

    /** Eight staff of 2022-2023: A rated HTXS with a province-level initiative (7 LĐTT: one CSTĐCS place, A's). */
    static List<Finalized> school(UUID cycleId) {
        List<Finalized> staff = new ArrayList<>();
        Finalized base = Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT).rated("HTXS");
        staff.add(new Finalized(base.evaluationId(), cycleId, base.staffId(), SCHOOL, YEAR, "HTXS", 12, "[]", "[]",
                "[{\"title\":\"Ứng dụng trò chơi học tập trong dạy Tiếng Việt lớp 2\",\"level\":\"PROVINCE\","
                        + "\"recognisedOn\":\"2023-04-10\"}]", "TO-KHOI-1", FINALIZED_AT));
        IntStream.range(0, 6).forEach(i -> staff.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT)));
        staff.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT).months(5));
        return staff;
    }

    static JsonPath awaitCycle(UUID cycleId, int events) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(principal()).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= events
                    && response.jsonPath().getBoolean("[0].current");
        });
        JsonPath cycle = given().auth().oauth2(principal()).queryParam("cycle", cycleId).get("/api/v1/eligibility")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(events, cycle.getInt("[0].eventsApplied"), "each event applied once");
        return cycle;
    }

    static List<String> eligibleOf(JsonPath cycle, UUID staffId) {
        return cycle.getList("[0].staff.find { it.staffId == '" + staffId + "' }.eligible");
    }

    static String streakOf(JsonPath cycle, UUID staffId) {
        return cycle.getString("[0].staff.find { it.staffId == '" + staffId + "' }.titles.find { it.title == "
                + "'CSTD_TINH' }.conditions.find { it.code == 'CSTD_TINH_CSTDCS_STREAK' }.actual");
    }

    static Response importCsv(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/achievements/import");
    }

    static String threeYears(UUID person, String suffix) {
        return HEADER
                + "1;" + person + ";Nguyễn Thị Lan;Lao động tiên tiến;2019-2020;30/QĐ-PGDĐT-" + suffix
                + ";18/06/2020;Phòng GD&ĐT Tam Nông;Huyện\n"
                + "2;" + person + ";Nguyễn Thị Lan;Chiến sĩ thi đua cơ sở;2020-2021;45/QĐ-PGDĐT-" + suffix
                + ";15/06/2021;Phòng GD&ĐT Tam Nông;Huyện\n"
                + "3;" + person + ";Nguyễn Thị Lan;CSTĐCS;2021-2022;51/QĐ-UBND-" + suffix
                + ";20/06/2022;UBND huyện Tam Nông;Huyện\n";
    }

    @Test
    void threeImportedYearsMakeCstdTinhAndARevocationRemovesIt() {
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = school(cycleId);
        staff.forEach(Finalized::send);
        Finalized a = staff.get(0);
        JsonPath before = awaitCycle(cycleId, 8);
        assertEquals(List.of("LDTT", "CSTDCS", "GIAY_KHEN"), eligibleOf(before, a.staffId()));

        // A late import: the school's open cycle is marked stale in the same request and recomputed after it.
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        importCsv(principal(), threeYears(a.staffId(), suffix)).then().statusCode(200)
                .body("created", equalTo(3)).body("unchanged", equalTo(0)).body("rows", equalTo(3))
                .body("recomputedCycles", equalTo(List.of(cycleId.toString())));
        JsonPath after = awaitCycle(cycleId, 8);
        assertEquals(List.of("LDTT", "CSTDCS", "CSTD_TINH", "GIAY_KHEN"), eligibleOf(after, a.staffId()));
        String streak = streakOf(after, a.staffId());
        assertTrue(streak.contains("51/QĐ-UBND-" + suffix) && streak.contains("45/QĐ-PGDĐT-" + suffix), streak);
        assertFalse(streak.contains("30/QĐ-PGDĐT"), "LĐTT is not a CSTĐCS: " + streak);

        // The same file again changes nothing and recomputes nothing.
        importCsv(principal(), threeYears(a.staffId(), suffix)).then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(3)).body("recomputedCycles", hasSize(0));

        JsonPath file = given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + a.staffId())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2019-2020", "2020-2021", "2021-2022"), file.getList("achievements.schoolYear"));
        assertEquals(List.of("IMPORTED", "IMPORTED", "IMPORTED"), file.getList("achievements.source"));
        assertEquals("principal@" + SCHOOL, file.getString("achievements[1].importedBy").replaceAll("^.*?@", "principal@"));
        assertEquals("OFFICE", file.getString("achievements[2].issuerLevel"));
        assertEquals("Chiến sĩ thi đua cơ sở", file.getString("achievements[2].awardName"));

        // Revoking the 2021-2022 decision breaks the streak: the cycle is recomputed without CSTĐ tỉnh.
        String recordId = file.getString("achievements[2].id");
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).contentType("application/json")
                .body(Map.of("reason", "x")).post("/api/v1/achievements/records/" + recordId + "/revoke")
                .then().statusCode(403);
        given().auth().oauth2(principal()).contentType("application/json").body(Map.of("reason", " "))
                .post("/api/v1/achievements/records/" + recordId + "/revoke").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        String reason = "Hồ sơ đề nghị kê khai không trung thực (phát hiện khi thanh tra).";
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).contentType("application/json")
                .body(Map.of("reason", reason)).post("/api/v1/achievements/records/" + recordId + "/revoke")
                .then().statusCode(200).body("record.revoked", equalTo(true))
                .body("recomputedCycles", equalTo(List.of(cycleId.toString())));
        given().auth().oauth2(principal()).contentType("application/json").body(Map.of("reason", reason))
                .post("/api/v1/achievements/records/" + recordId + "/revoke").then().statusCode(409);
        JsonPath revoked = awaitCycle(cycleId, 8);
        assertEquals(List.of("LDTT", "CSTDCS", "GIAY_KHEN"), eligibleOf(revoked, a.staffId()));
        given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + a.staffId()).then().statusCode(200)
                .body("achievements[2].revoked", equalTo(true)).body("achievements[2].revokedReason", equalTo(reason));

        // Exports: CSV through the CSV-safe writer, .xlsx, a printable page.
        String csv = given().auth().oauth2(principal()).queryParam("format", "csv")
                .get("/api/v1/achievements/people/" + a.staffId()).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFNăm học;"), csv);
        assertTrue(csv.contains("51/QĐ-UBND-" + suffix) && csv.contains("Đã thu hồi"), csv);
        given().auth().oauth2(principal()).queryParam("format", "xlsx").get("/api/v1/achievements/people/" + a.staffId())
                .then().statusCode(200).contentType(containsString("spreadsheetml"));
        given().auth().oauth2(principal()).queryParam("format", "html").get("/api/v1/achievements/people/" + a.staffId())
                .then().statusCode(200).body(containsString("HỒ SƠ THI ĐUA")).body(containsString("45/QĐ-PGDĐT-" + suffix));
        given().auth().oauth2(principal()).queryParam("format", "pdf").get("/api/v1/achievements/people/" + a.staffId())
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        // The per-format operations a generated client calls answer the same files.
        assertEquals(csv, given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + a.staffId() + ".csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString());
        given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + a.staffId() + ".xlsx")
                .then().statusCode(200).contentType(containsString("spreadsheetml"));
        given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + a.staffId() + ".html")
                .then().statusCode(200).body(containsString("HỒ SƠ THI ĐUA"));
        given().auth().oauth2(principal()).get("/api/v1/achievements/collectives/" + SCHOOL + ".csv")
                .then().statusCode(200).contentType(containsString("text/csv"));
    }

    @Test
    void filesAreReadByRoleAndUnit() {
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = school(cycleId);
        staff.forEach(Finalized::send);
        awaitCycle(cycleId, 8);
        Finalized a = staff.get(0);
        importCsv(principal(), threeYears(a.staffId(), UUID.randomUUID().toString().substring(0, 6)))
                .then().statusCode(200);
        String path = "/api/v1/achievements/people/" + a.staffId();

        given().get(path).then().statusCode(401);
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, a.staffId())).get(path).then().statusCode(200)
                .body("achievements", hasSize(3));
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, staff.get(1).staffId())).get(path).then().statusCode(404);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).get(path).then().statusCode(404);
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).get(path).then().statusCode(404);
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).get(path).then().statusCode(200);
        given().auth().oauth2(AwardApi.token("council", SCHOOL)).get(path).then().statusCode(200);
        given().auth().oauth2(AwardApi.token("school_app", SCHOOL)).get(path).then().statusCode(403);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).get(path + ".csv").then().statusCode(404);
        given().auth().oauth2(AwardApi.token("school_app", SCHOOL)).get(path + ".xlsx").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).get("/api/v1/achievements/collectives/"
                + SCHOOL + ".html").then().statusCode(403);

        given().auth().oauth2(principal()).get("/api/v1/achievements/collectives/" + SCHOOL).then().statusCode(200)
                .body("unitCode", equalTo(SCHOOL));
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).get("/api/v1/achievements/collectives/" + SCHOOL)
                .then().statusCode(403);
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, a.staffId())).get("/api/v1/achievements/collectives/" + SCHOOL)
                .then().statusCode(403);

        // Importing: the school's principal or an office above it, never another school or another office.
        String csv = threeYears(a.staffId(), "x");
        importCsv(AwardApi.token("principal", "TH-HOAAN"), csv).then().statusCode(422)
                .body("errors.field", hasItem("line 2: Mã định danh"));
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).contentType("text/csv").queryParam("unit", SCHOOL)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/achievements/import").then().statusCode(403);
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, a.staffId())).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/achievements/import").then().statusCode(403);
    }

    @Test
    void badFilesAreRefusedNamingLineAndColumnAndStoreNothing() throws Exception {
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = school(cycleId);
        staff.forEach(Finalized::send);
        awaitCycle(cycleId, 8);
        UUID person = staff.get(1).staffId();
        String csv = HEADER
                + "1;" + person + ";Lan;Chiến sĩ thi đua cơ sở;2020-2021;45/QĐ;15/06/2021;Phòng GD&ĐT;Huyện\n"
                + "2;" + person + ";Lan;Chiến sĩ thi đua;2021-2022;46/QĐ;20/06/2022;Phòng GD&ĐT;Huyện\n"
                + "3;" + person + ";Lan;LDTT;2021-2023;47/QĐ;20/06/2022;Phòng GD&ĐT;Huyện\n"
                + "4;" + UUID.randomUUID() + ";Bình;LDTT;2021-2022;48/QĐ;20/06/2022;Phòng GD&ĐT;Huyện\n"
                + "5;" + person + ";Lan;LDTT;2021-2022;49/QĐ;31/02/2022;;Huyện\n"
                + "6;" + person + ";Lan;CSTDCS;2020-2021;50/QĐ;16/06/2021;Phòng GD&ĐT;Huyện\n";
        importCsv(principal(), csv).then().statusCode(422).body("status", equalTo(422))
                // Lines 2 and 7 hold one title twice in a year under two decisions: both are named.
                .body("errors.field", equalTo(List.of("line 2: Danh hiệu", "line 3: Danh hiệu", "line 4: Năm học",
                        "line 5: Mã định danh", "line 6: Ngày quyết định", "line 6: Cơ quan ban hành",
                        "line 7: Danh hiệu")))
                .body("errors[0].message", containsString("50/QĐ")).body("errors[6].message", containsString("45/QĐ"));
        given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + person).then().statusCode(200)
                .body("achievements", hasSize(0));

        // Only text/csv and .xlsx; size-checked; a broken .xlsx and a missing column are 422.
        given().auth().oauth2(principal()).contentType("text/plain").body("x").post("/api/v1/achievements/import")
                .then().statusCode(415);
        given().auth().oauth2(principal()).contentType("text/csv").body(new byte[ImportSheet.MAX_BYTES + 10])
                .post("/api/v1/achievements/import").then().statusCode(413);
        given().auth().oauth2(principal()).contentType(vn.thidua.platform.rest.MediaTypes.XLSX).body("PK not really".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/achievements/import").then().statusCode(422);
        importCsv(principal(), "Mã định danh;Danh hiệu\n" + person + ";LDTT\n").then().statusCode(422)
                .body("errors.field", hasItem("line 1: " + ImportColumn.SCHOOL_YEAR.label));
        importCsv(principal(), HEADER + "1;" + person + ";Lan;LD\u0001TT;2021-2022;1/QĐ;20/06/2022;Phòng;Huyện\n")
                .then().statusCode(422).body("errors[0].field", equalTo("line 2: 4"));

        // The same rows as an .xlsx workbook (date cells) are read and stored; a formula-like cell warns.
        byte[] xlsx = ImportRowsTest.xlsx(List.of(
                List.of("Mã định danh", "Danh hiệu", "Năm học", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành"),
                List.of(person.toString(), "LDTT", "2021-2022", "60/QĐ-PGDĐT", LocalDate.of(2022, 6, 20),
                        "-Phòng GD&ĐT Tam Nông")));
        given().auth().oauth2(principal()).contentType(vn.thidua.platform.rest.MediaTypes.XLSX).body(xlsx)
                .post("/api/v1/achievements/import").then().statusCode(200).body("created", equalTo(1))
                .body("warnings[0]", containsString("Dòng 2"));
        given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + person).then().statusCode(200)
                .body("achievements.decisionDate", equalTo(List.of("2022-06-20")));
    }

    @Test
    void aDecisionTakenInTheSystemIsInTheFileAndItsRevocationRecomputesTheLaterCycle() {
        String year = vn.thidua.award.eligibility.EligibilityFlowTest.YEAR;
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = vn.thidua.award.eligibility.EligibilityFlowTest.school(cycleId);
        staff.forEach(Finalized::send);
        vn.thidua.award.eligibility.EligibilityFlowTest.awaitCycle(cycleId, 8);
        Finalized b = staff.get(1);
        String session = AwardApi.councilProposes(SCHOOL, year, "STAFF", b.staffId().toString(), "Trần Văn Bình",
                "LDTT", 3);
        Map<String, Object> nomination = new java.util.HashMap<>();
        nomination.put("unitCode", SCHOOL);
        nomination.put("schoolYear", year);
        nomination.put("nomineeType", "STAFF");
        nomination.put("nomineeId", b.staffId().toString());
        nomination.put("nomineeName", "Trần Văn Bình");
        nomination.put("awardCode", "LDTT");
        nomination.put("achievementSummary", "Hoàn thành tốt nhiệm vụ năm học " + year + ".");
        nomination.put("evidence", List.of());
        String id = given().auth().oauth2(principal()).contentType("application/json").body(nomination)
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        String office = AwardApi.token("district", "PGD-TAMNONG");
        given().auth().oauth2(principal()).contentType("application/json").body(Map.of("nominationIds", List.of(id)))
                .post("/api/v1/nominations/submit").then().statusCode(201);
        given().auth().oauth2(office).contentType("application/json").body(Map.of())
                .post("/api/v1/nominations/" + id + "/approve").then().statusCode(200);
        String number = "77/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(office).contentType("application/json").body(Map.of("decisionNumber", number,
                "decisionDate", "2025-06-06", "signer", "Chủ tịch UBND huyện Tam Nông", "nominationIds", List.of(id)))
                .post("/api/v1/nominations/decide").then().statusCode(201);

        // The next year's cycle of the same person reads the file.
        UUID later = UUID.randomUUID();
        new Finalized(UUID.randomUUID(), later, b.staffId(), SCHOOL, "2025-2026", "HTT", 12, "[]", "[]", "[]",
                "TO-KHOI-1", "2026-05-26T09:00:00Z").send();
        awaitCycle(later, 1);

        given().auth().oauth2(AwardApi.staffToken(SCHOOL, b.staffId())).get("/api/v1/achievements/people/" + b.staffId())
                .then().statusCode(200).body("achievements", hasSize(1))
                .body("achievements[0].source", equalTo("DECIDED")).body("achievements[0].nominationId", equalTo(id))
                .body("achievements[0].councilSessionId", equalTo(session))
                .body("achievements[0].decisionNumber", equalTo(number))
                .body("achievements[0].issuerLevel", equalTo("OFFICE")).body("achievements[0].revoked", equalTo(false));

        given().auth().oauth2(office).contentType("application/json")
                .body(Map.of("reason", "Phát hiện kỷ luật khiển trách trong năm học sau khi có quyết định.",
                        "ground", "LATER_VIOLATION"))
                .post("/api/v1/nominations/" + id + "/revoke").then().statusCode(200);
        awaitCycle(later, 1);
        given().auth().oauth2(principal()).get("/api/v1/achievements/people/" + b.staffId()).then().statusCode(200)
                .body("achievements[0].revoked", equalTo(true));
    }
}
