package vn.thidua.award.nomination;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.time.TimeSource;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 items 6–7 end to end over the real broker: a commune decides two LĐTT of its school with their prize
 * money; the decided event carries it and the reports' read model sums the fund of the school and year (JSON, CSV,
 * XLSX); one award is revoked with its ground, the money to pay back and its due date (15 working days), the
 * revoked event carries them and the fund drops; the revoking unit lists what is owed to it and records the money
 * coming back in two payments (never more than owed), while another commune lists nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class RevocationRecoveryTest {

    static final String SCHOOL = "TH-THUHOI";
    static final String COMMUNE = "XA-THUHOI";
    static final String OTHER_COMMUNE = "XA-KHACTHUHOI";
    static final String YEAR = "2025-2026";
    static final String NOMINATIONS = "/api/v1/nominations";
    // NĐ 152/2025 Điều 49–54 [text]: LĐTT 0,3 × 2.340.000 đ = 702.000 đ, rounded up to 710.000 đ.
    static final int LDTT_PRIZE = 710_000;

    @Inject
    UnitTree tree;

    @Inject
    TimeSource time;

    @Inject
    HolidayCalendar calendar;

    @BeforeAll
    static void units() {
        AwardApi.units();
        AwardApi.unit(COMMUNE, "COMMUNE", "DONGTHAP");
        AwardApi.unit(OTHER_COMMUNE, "COMMUNE", "DONGTHAP");
        AwardApi.unit(SCHOOL, "SCHOOL", COMMUNE);
    }

    static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    static JsonPath report(String token, String unit) {
        return given().auth().oauth2(token).queryParam("unit", unit).queryParam("schoolYear", YEAR)
                .get("/api/v1/reports").then().statusCode(200).extract().jsonPath();
    }

    private String nominate(String principal, String cycle) {
        Finalized teacher = Finalized.of(UUID.fromString(cycle), SCHOOL, YEAR, "2026-05-26T09:00:00Z");
        teacher.send();
        String staffId = teacher.staffId().toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response eligibility = given().auth().oauth2(principal).queryParam("cycle", cycle).get("/api/v1/eligibility");
            return eligibility.statusCode() == 200 && eligibility.asString().contains(staffId);
        });
        AwardApi.councilProposes(SCHOOL, YEAR, "STAFF", staffId, "Võ Thị Hồng", "LDTT", 3);
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", SCHOOL);
        body.put("schoolYear", YEAR);
        body.put("nomineeType", "STAFF");
        body.put("nomineeId", staffId);
        body.put("nomineeName", "Võ Thị Hồng");
        body.put("awardCode", "LDTT");
        body.put("achievementSummary", "Hoàn thành tốt nhiệm vụ năm học " + YEAR);
        return post(principal, NOMINATIONS, body).then().statusCode(201).body("deciderUnitCode", equalTo(COMMUNE))
                .extract().path("id");
    }

    @Test
    void prizeFundInTheReportsRevocationWithGroundAndRecovery() throws Exception {
        AwardApi.awaitUnitTree();
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.unit(SCHOOL).isPresent()
                && tree.unit(OTHER_COMMUNE).isPresent());
        String principal = AwardApi.token("principal", SCHOOL);
        String commune = AwardApi.token("district", COMMUNE);
        String otherCommune = AwardApi.token("district", OTHER_COMMUNE);
        String cycle = UUID.randomUUID().toString();
        String a = nominate(principal, cycle);
        String b = nominate(principal, cycle);
        post(principal, NOMINATIONS + "/submit", Map.of("nominationIds", List.of(a, b))).then().statusCode(201)
                .body("toUnitCode", equalTo(COMMUNE));
        for (String id : List.of(a, b)) {
            post(commune, NOMINATIONS + "/" + id + "/approve", Map.of()).then().statusCode(200);
        }
        LocalDate today = time.today();
        String decisionId = post(commune, NOMINATIONS + "/decide", Map.of("decisionNumber",
                "7/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 6), "decisionDate", today.toString(),
                "signer", "Chủ tịch UBND xã", "nominationIds", List.of(a, b))).then().statusCode(201)
                .body("prizeTotal", equalTo(2 * LDTT_PRIZE)).extract().path("id");

        // The decided event carries each item's prize money and how it was computed (additive, contract-checked).
        JsonNode decided = NominationFlowTest.events(decisionId, "vn.thidua.award.decided.v1", 1).get(0);
        for (JsonNode item : decided.at("/data/items")) {
            assertEquals(LDTT_PRIZE, item.at("/prizeMoney/amount").asInt());
            assertEquals(0.3, item.at("/prizeMoney/multiple").asDouble());
            assertEquals(2_340_000, item.at("/prizeMoney/baseSalary").asInt());
            assertTrue(item.at("/prizeMoney/source").asText().contains("152/2025/NĐ-CP, Điều 49–54 [text]"));
            assertFalse(item.at("/prizeMoney/verified").asBoolean(), "the base salary's source is [verify]");
        }

        // The reports' read model, fed by the topic alone, sums the fund of the school and year.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertEquals(2 * LDTT_PRIZE, report(principal, SCHOOL).getInt("current.prizeMoney")));
        JsonPath school = report(principal, SCHOOL);
        assertEquals(0, school.getInt("previous.prizeMoney"));
        assertEquals(2 * LDTT_PRIZE, school.getInt("change.prizeMoney"));
        assertEquals(2 * LDTT_PRIZE, report(commune, COMMUNE)
                .getInt("schools.find { it.unit == '" + SCHOOL + "' }.current.prizeMoney"));
        // Another commune and another school read none of it.
        given().auth().oauth2(otherCommune).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .get("/api/v1/reports").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).queryParam("unit", SCHOOL)
                .queryParam("schoolYear", YEAR).get("/api/v1/reports").then().statusCode(403);
        assertEquals(0, report(otherCommune, OTHER_COMMUNE).getInt("current.prizeMoney"));

        // Revocation: the ground is required (422 naming it), the deciding commune only.
        String reason = "Phát hiện kê khai thành tích không trung thực sau khi có quyết định.";
        post(commune, NOMINATIONS + "/" + a + "/revoke", Map.of("reason", reason)).then().statusCode(422)
                .body("errors[0].field", equalTo("ground")).body("detail", containsString("FALSE_DECLARATION"));
        post(commune, NOMINATIONS + "/" + a + "/revoke", Map.of("reason", reason, "ground", "GIAN_DOI"))
                .then().statusCode(422).body("errors[0].field", equalTo("ground"));
        Map<String, String> revocation = Map.of("reason", reason, "ground", "FALSE_DECLARATION");
        post(principal, NOMINATIONS + "/" + a + "/revoke", revocation).then().statusCode(403);
        post(otherCommune, NOMINATIONS + "/" + a + "/revoke", revocation).then().statusCode(403);
        LocalDate due = calendar.after(today, 15);
        post(commune, NOMINATIONS + "/" + a + "/revoke", revocation).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocation.ground", equalTo("FALSE_DECLARATION"))
                .body("revocation.groundLabel", containsString("kê khai"))
                .body("revocation.groundSource", containsString("Điều 93 khoản 2"))
                .body("revocation.groundVerified", equalTo(false))
                .body("revocation.amountToRecover", equalTo(LDTT_PRIZE))
                .body("revocation.dueOn", equalTo(due.toString()))
                .body("revocation.dueSource", containsString("15 ngày làm việc"))
                .body("revocation.dueSource", containsString("Điều 112 [secondary]"))
                .body("revocation.outstanding", equalTo(LDTT_PRIZE));
        assertTrue(due.isAfter(today.plusDays(20)), "15 working days are at least three calendar weeks");
        assertTrue(due.getDayOfWeek().getValue() <= 5, "due on a weekday");
        JsonNode revoked = NominationFlowTest.events(decisionId, "vn.thidua.award.revoked.v1", 1).get(0);
        assertEquals("FALSE_DECLARATION", revoked.at("/data/ground").asText());
        assertEquals(LDTT_PRIZE, revoked.at("/data/recoveryAmount").asInt());
        assertEquals(due.toString(), revoked.at("/data/recoveryDueOn").asText());
        // The revoked award leaves the fund.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertEquals(LDTT_PRIZE, report(principal, SCHOOL).getInt("current.prizeMoney")));
        exportsCarryTheFund(principal, LDTT_PRIZE);
        // The decision's annex lists each nominee's prize money, the revoked one marked.
        given().auth().oauth2(principal).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .queryParam("decisionId", decisionId).get("/api/v1/reports/annex").then().statusCode(200)
                .body("decisions[0].awards[0].nominees.prizeAmount", equalTo(List.of(LDTT_PRIZE, LDTT_PRIZE)))
                .body("decisions[0].awards[0].nominees.find { it.nominationId == '" + a + "' }.revoked", equalTo(true))
                .body("decisions[0].awards[0].count", equalTo(1));

        // Recovery: the revoking commune records it; role, unit and input checked.
        String recovery = NOMINATIONS + "/" + a + "/recovery";
        Map<String, Object> paid = Map.of("amount", LDTT_PRIZE, "recoveredOn", today.toString(),
                "note", "Giấy nộp tiền vào tài khoản số 15");
        post(AwardApi.staffToken(SCHOOL, UUID.randomUUID()), recovery, paid).then().statusCode(403);
        post(principal, recovery, paid).then().statusCode(403);
        post(otherCommune, recovery, paid).then().statusCode(403);
        post(AwardApi.token("district", "PGD-TAMNONG"), recovery, paid).then().statusCode(403);
        post(commune, NOMINATIONS + "/" + UUID.randomUUID() + "/recovery", paid).then().statusCode(404);
        post(commune, NOMINATIONS + "/" + b + "/recovery", paid).then().statusCode(409);
        post(commune, recovery, Map.of("recoveredOn", today.toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        post(commune, recovery, Map.of("amount", 0, "recoveredOn", today.toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        post(commune, recovery, Map.of("amount", LDTT_PRIZE)).then().statusCode(400)
                .body("errors[0].field", equalTo("recoveredOn"));
        post(commune, recovery, Map.of("amount", LDTT_PRIZE + 10_000, "recoveredOn", today.toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("amount"));
        post(commune, recovery, Map.of("amount", LDTT_PRIZE, "recoveredOn", today.plusDays(1).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("recoveredOn"));
        post(commune, recovery, Map.of("amount", LDTT_PRIZE, "recoveredOn", today.minusDays(1).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("recoveredOn"));
        // The commune's list of recoveries: a is owed in full, not yet due; another commune and the school see none.
        recoveries(commune, null).then().statusCode(200).header("X-Total-Count", "1")
                .body("[0].nominationId", equalTo(a)).body("[0].status", equalTo("OUTSTANDING"))
                .body("[0].outstanding", equalTo(LDTT_PRIZE)).body("[0].revokingUnitCode", equalTo(COMMUNE))
                .body("[0].dueOn", equalTo(due.toString())).body("[0].payments", equalTo(List.of()));
        recoveries(commune, "outstanding").then().statusCode(200).body("nominationId", equalTo(List.of(a)));
        recoveries(commune, "settled").then().statusCode(200).body("size()", equalTo(0));
        recoveries(commune, "overdue").then().statusCode(200).body("size()", equalTo(0));
        recoveries(otherCommune, null).then().statusCode(200).header("X-Total-Count", "0").body("size()", equalTo(0));
        recoveries(principal, null).then().statusCode(200).body("size()", equalTo(0));
        recoveries(commune, "late").then().statusCode(400).body("errors[0].field", equalTo("status"));
        recoveries(AwardApi.staffToken(SCHOOL, UUID.randomUUID()), null).then().statusCode(403);

        // Partial payments until the amount is recovered; more than still owed is 422 naming amount.
        post(commune, recovery, Map.of("amount", 300_000, "recoveredOn", today.toString(), "note", "Lần 1"))
                .then().statusCode(200)
                .body("revocation.recoveredAmount", equalTo(300_000))
                .body("revocation.outstanding", equalTo(LDTT_PRIZE - 300_000))
                .body("revocation.payments.amount", equalTo(List.of(300_000)));
        post(commune, recovery, Map.of("amount", LDTT_PRIZE - 300_000 + 10_000, "recoveredOn", today.toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("amount"))
                .body("detail", containsString(String.valueOf(LDTT_PRIZE - 300_000)));
        recoveries(commune, "outstanding").then().statusCode(200).body("[0].recoveredAmount", equalTo(300_000))
                .body("[0].status", equalTo("OUTSTANDING")).body("[0].payments.note", equalTo(List.of("Lần 1")));
        post(commune, recovery, Map.of("amount", LDTT_PRIZE - 300_000, "recoveredOn", today.toString(),
                "note", "Giấy nộp tiền vào tài khoản số 15")).then().statusCode(200)
                .body("revocation.recoveredAmount", equalTo(LDTT_PRIZE))
                .body("revocation.recoveredOn", equalTo(today.toString()))
                .body("revocation.recoveredNote", equalTo("Giấy nộp tiền vào tài khoản số 15"))
                .body("revocation.recoveredBy", notNullValue())
                .body("revocation.recoveredAt", notNullValue())
                .body("revocation.outstanding", equalTo(0))
                .body("revocation.payments.amount", equalTo(List.of(300_000, LDTT_PRIZE - 300_000)));
        post(commune, recovery, paid).then().statusCode(409);
        recoveries(commune, "settled").then().statusCode(200).body("nominationId", equalTo(List.of(a)))
                .body("[0].status", equalTo("SETTLED"));
        recoveries(commune, "outstanding").then().statusCode(200).body("size()", equalTo(0));
        // The school reads where its revoked award stands.
        given().auth().oauth2(principal).get(NOMINATIONS + "/" + a).then().statusCode(200)
                .body("revocation.outstanding", equalTo(0)).body("revocation.ground", equalTo("FALSE_DECLARATION"));
        given().auth().oauth2(principal).get(NOMINATIONS + "/" + b).then().statusCode(200)
                .body("revocation", org.hamcrest.Matchers.nullValue());
    }

    static Response recoveries(String token, String status) {
        var request = given().auth().oauth2(token).queryParam("schoolYear", YEAR);
        return (status == null ? request : request.queryParam("status", status)).get("/api/v1/recoveries");
    }

    /** The fund's row in the report's CSV and XLSX: this year, last year, the change. */
    private static void exportsCarryTheFund(String token, int fund) throws Exception {
        byte[] csv = given().auth().oauth2(token).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .queryParam("format", "csv").get("/api/v1/reports").then().statusCode(200).extract().asByteArray();
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertTrue(lines.contains(SCHOOL + ";Đơn vị " + SCHOOL + ";Tiền thưởng (đồng);PRIZE_MONEY;" + fund + ";0;"
                + fund), lines.toString());
        byte[] xlsx = given().auth().oauth2(token).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .queryParam("format", "xlsx").get("/api/v1/reports").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row fundRow = null;
            for (Row row : sheet) {
                if ("PRIZE_MONEY".equals(row.getCell(3).getStringCellValue())) {
                    fundRow = row;
                }
            }
            assertTrue(fundRow != null, "a PRIZE_MONEY row");
            assertEquals(fund, fundRow.getCell(4).getNumericCellValue());
            assertEquals(0, fundRow.getCell(5).getNumericCellValue());
        }
    }
}
