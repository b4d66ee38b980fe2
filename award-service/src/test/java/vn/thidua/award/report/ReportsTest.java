package vn.thidua.award.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.award.report.ReportEvents.MapState;
import vn.thidua.award.report.ReportEvents.Nomination;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.PoisonEventException;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports from events alone: a scenario of three schools of PGD-TAMNONG (and one of another office)
 * over two school years, with a reopened evaluation and a revoked award, sent straight to the broker;
 * counts, comparison, annex, exports, access; then a rebuild by replay gives the same report, and
 * folding the raw events of the topics with the plain projection gives the same counts.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class ReportsTest {

    // Years no other test class uses: the reports read every event of the topics.
    static final String YEAR = "2030-2031";
    static final String LAST_YEAR = "2029-2030";
    static final String OFFICE = "PGD-TAMNONG";
    static final String TC2 = "TH-TRAMCHIM2";
    static final String TC1 = "TH-TRAMCHIM1";
    static final String THCS = "THCS-TRAMCHIM";
    static final String OTHER = "TH-HOAAN";
    static final Set<String> OFFICE_UNITS = Set.of(OFFICE, TC2, TC1, THCS);

    static UUID schoolDecision;
    static UUID officeDecision;
    static boolean sent;
    static String poisonId;

    @BeforeAll
    static void units() {
        AwardApi.units();
        AwardApi.unit(TC1, "SCHOOL", OFFICE);
        AwardApi.unit(THCS, "SCHOOL", OFFICE);
    }

    @BeforeEach
    void scenario() {
        AwardApi.awaitUnitTree();
        if (!sent) {
            sendScenario();
            sent = true;
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertEquals(expectedOffice(), counts(report(OFFICE, YEAR, token("district", OFFICE)))));
    }

    static String token(String role, String unit) {
        return AwardApi.token(role, unit);
    }

    static void finalized(Finalized f) {
        ReportEvents.sendEvaluation(f.evaluationId(), f.json());
    }

    static Finalized rated(String unit, String year, String rating) {
        return Finalized.of(UUID.randomUUID(), unit, year, "2031-05-26T09:00:00Z").rated(rating);
    }

    static void sendScenario() {
        UUID cycle = UUID.randomUUID();
        // This year. TH-TRAMCHIM2: HTXS, HTT, HTT, HT, and one HTT reopened (not counted).
        for (String rating : List.of("HTXS", "HTT", "HTT", "HT")) {
            finalized(Finalized.of(cycle, TC2, YEAR, "2031-05-26T09:00:00Z").rated(rating));
        }
        Finalized reopened = Finalized.of(cycle, TC2, YEAR, "2031-05-26T09:00:00Z");
        finalized(reopened);
        ReportEvents.sendEvaluation(reopened.evaluationId(), AwardApi.reopened(reopened, "2031-05-29T02:10:00Z"));
        // TH-TRAMCHIM1: HTT, HTXS, KHT, and one HTT reopened then finalized again as HTXS.
        for (String rating : List.of("HTT", "HTXS", "KHT")) {
            finalized(rated(TC1, YEAR, rating));
        }
        Finalized corrected = rated(TC1, YEAR, "HTT");
        finalized(corrected);
        ReportEvents.sendEvaluation(corrected.evaluationId(), AwardApi.reopened(corrected, "2031-05-29T02:10:00Z"));
        finalized(corrected.rated("HTXS").at("2031-05-30T08:00:00Z"));
        // THCS: HT and not rated; the other office's school: two HTT.
        finalized(rated(THCS, YEAR, "HT"));
        finalized(rated(THCS, YEAR, "NOT_RATED"));
        finalized(rated(OTHER, YEAR, "HTT"));
        finalized(rated(OTHER, YEAR, "HTT"));
        // Last year: TH-TRAMCHIM2 two HTT, TH-TRAMCHIM1 one HTXS.
        finalized(rated(TC2, LAST_YEAR, "HTT"));
        finalized(rated(TC2, LAST_YEAR, "HTT"));
        finalized(rated(TC1, LAST_YEAR, "HTXS"));

        // The school decides three LĐTT, one revoked later.
        List<Nomination> ldtt = List.of(Nomination.staff(TC2, YEAR, "LDTT"), Nomination.staff(TC2, YEAR, "LDTT"),
                Nomination.staff(TC2, YEAR, "LDTT"));
        ldtt.forEach(n -> ReportEvents.sendAward(ReportEvents.nominated(n, "SCHOOL", "2031-06-02T10:00:00Z")));
        schoolDecision = UUID.randomUUID();
        ReportEvents.sendAward(ReportEvents.decided(schoolDecision, TC2, YEAR, "21/QĐ-THTC2", "2031-06-06", ldtt,
                "2031-06-06T08:00:00Z"));
        ReportEvents.sendAward(ReportEvents.revoked(schoolDecision, ldtt.get(2), TC2,
                "Viên chức bị kỷ luật khiển trách trong năm học, phát hiện sau khi có quyết định.",
                "2031-09-15T03:30:00Z"));
        // TH-TRAMCHIM1 submits a CSTĐCS and its TTLĐTT to the office, which decides; THCS's Giấy khen is rejected.
        Nomination cstdcs = Nomination.staff(TC1, YEAR, "CSTDCS");
        Nomination ttldtt = Nomination.collective(TC1, YEAR, "TTLDTT");
        Nomination giayKhen = Nomination.staff(THCS, YEAR, "GIAY_KHEN");
        ReportEvents.sendAward(ReportEvents.nominated(cstdcs, "OFFICE", "2031-06-02T10:00:00Z"));
        ReportEvents.sendAward(ReportEvents.nominated(ttldtt, "OFFICE", "2031-06-02T10:00:00Z"));
        ReportEvents.sendAward(ReportEvents.nominated(giayKhen, "OFFICE", "2031-06-02T10:00:00Z"));
        ReportEvents.sendAward(ReportEvents.rejected(giayKhen, THCS, "2031-06-02T10:05:00Z"));
        ReportEvents.sendAward(ReportEvents.submitted(UUID.randomUUID(), TC1, OFFICE, YEAR, List.of(cstdcs, ttldtt),
                "2031-06-05T01:45:00Z"));
        officeDecision = UUID.randomUUID();
        ReportEvents.sendAward(ReportEvents.decided(officeDecision, OFFICE, YEAR, "45/QĐ-PGDĐT", "2031-06-20",
                List.of(cstdcs, ttldtt), "2031-06-20T08:00:00Z"));
        // The other office decides one LĐTT; last year TH-TRAMCHIM2 had one.
        Nomination other = Nomination.staff(OTHER, YEAR, "LDTT");
        ReportEvents.sendAward(ReportEvents.nominated(other, "SCHOOL", "2031-06-02T10:00:00Z"));
        ReportEvents.sendAward(ReportEvents.decided(UUID.randomUUID(), OTHER, YEAR, "12/QĐ-THHA", "2031-06-07",
                List.of(other), "2031-06-07T08:00:00Z"));
        // A decision without its signer breaks the contract: dead-lettered, never counted.
        String poison = ReportEvents.decided(UUID.randomUUID(), TC2, YEAR, "99/QĐ-THTC2", "2031-06-08",
                List.of(Nomination.staff(TC2, YEAR, "LDTT")), "2031-06-08T08:00:00Z")
                .replace("\"signer\":\"Lê Văn Định, Hiệu trưởng\",", "");
        poisonId = poison.substring(poison.indexOf("\"id\":\"") + 6, poison.indexOf("\"id\":\"") + 42);
        TestKafka.send(AwardApi.kafka(), AwardApi.AWARD_TOPIC, UUID.randomUUID().toString(), poison);
        Nomination lastYear = Nomination.staff(TC2, LAST_YEAR, "LDTT");
        ReportEvents.sendAward(ReportEvents.nominated(lastYear, "SCHOOL", "2030-06-02T10:00:00Z"));
        ReportEvents.sendAward(ReportEvents.decided(UUID.randomUUID(), TC2, LAST_YEAR, "19/QĐ-THTC2", "2030-06-06",
                List.of(lastYear), "2030-06-06T08:00:00Z"));
    }

    static Map<String, Object> expectedOffice() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ratings", counts(3, 3, 2, 1, 1));
        expected.put("awards", awards(2, 1, 1));
        expected.put("nominations", statuses(0, 0, 1, 4, 1));
        expected.put("previousRatings", counts(1, 2, 0, 0, 0));
        expected.put("previousAwards", awards(1, 0, 0));
        return expected;
    }

    static Map<String, Object> counts(JsonPath report) {
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("ratings", report.getMap("current.ratings"));
        actual.put("awards", report.getMap("current.awards"));
        actual.put("nominations", report.getMap("current.nominations"));
        actual.put("previousRatings", report.getMap("previous.ratings"));
        actual.put("previousAwards", report.getMap("previous.awards"));
        return actual;
    }

    static Map<String, Integer> counts(int htxs, int htt, int ht, int kht, int notRated) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("HTXS", htxs);
        counts.put("HTT", htt);
        counts.put("HT", ht);
        counts.put("KHT", kht);
        counts.put("NOT_RATED", notRated);
        return counts;
    }

    static Map<String, Integer> awards(int ldtt, int cstdcs, int ttldtt) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Title title : Title.values()) {
            counts.put(title.name(), 0);
        }
        counts.put("LDTT", ldtt);
        counts.put("CSTDCS", cstdcs);
        counts.put("TTLDTT", ttldtt);
        return counts;
    }

    static Map<String, Integer> statuses(int nominated, int submitted, int rejected, int decided, int revoked) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("NOMINATED", nominated);
        counts.put("SUBMITTED", submitted);
        counts.put("REJECTED", rejected);
        counts.put("DECIDED", decided);
        counts.put("REVOKED", revoked);
        return counts;
    }

    static Response get(String path, String token, String unit, String year) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (unit != null) {
            request = request.queryParam("unit", unit);
        }
        if (year != null) {
            request = request.queryParam("schoolYear", year);
        }
        return request.when().get(path);
    }

    static JsonPath report(String unit, String year, String token) {
        return get("/api/v1/reports", token, unit, year).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anOfficeSeesItsSchoolsCountsAndLastYear() {
        JsonPath report = report(OFFICE, YEAR, token("district", OFFICE));
        assertEquals(10, report.getInt("current.rated"));
        assertEquals(4, report.getInt("current.awarded"));
        assertEquals(LAST_YEAR, report.getString("previousSchoolYear"));
        assertEquals(2, report.getInt("change.ratings.HTXS"));
        assertEquals(1, report.getInt("change.ratings.HTT"));
        assertEquals(1, report.getInt("change.awards.LDTT"));
        assertEquals(7, report.getInt("change.rated"));
        assertEquals(Set.of(TC2, TC1, THCS), new HashSet<>(report.getList("schools.unit")));
        assertEquals(counts(1, 2, 1, 0, 0), report.getMap("schools.find { it.unit == '" + TC2 + "' }.current.ratings"));
        assertEquals(counts(2, 1, 0, 1, 0), report.getMap("schools.find { it.unit == '" + TC1 + "' }.current.ratings"));
        assertEquals(counts(0, 0, 1, 0, 1), report.getMap("schools.find { it.unit == '" + THCS + "' }.current.ratings"));
        assertEquals(2, report.getInt("schools.find { it.unit == '" + TC2 + "' }.current.awards.LDTT"));
        assertEquals(1, report.getInt("schools.find { it.unit == '" + TC2 + "' }.current.nominations.REVOKED"));
        assertEquals(1, report.getInt("schools.find { it.unit == '" + TC1 + "' }.current.awards.TTLDTT"));
        assertEquals(1, report.getInt("schools.find { it.unit == '" + TC1 + "' }.change.ratings.HTXS"),
                "TH-TRAMCHIM1: 1 HTXS last year, 2 now");
        assertEquals("Đơn vị " + TC2, report.getString("schools.find { it.unit == '" + TC2 + "' }.name"));

        // The province sees both offices' schools; the other office's school is not in PGD-TAMNONG's report.
        JsonPath province = report("DONGTHAP", YEAR, token("district", "DONGTHAP"));
        assertEquals(12, province.getInt("current.rated"));
        assertEquals(5, province.getInt("current.awarded"));
    }

    @Test
    void aPoisonEventGoesToTheReportingDeadLetterTopic() {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.readAll(AwardApi.kafka(),
                "thidua.award.v1.dlq.award-reporting", Duration.ofSeconds(5)).stream()
                .anyMatch(r -> r.value().contains(poisonId)));
        get("/api/v1/reports/annex", token("principal", TC2), TC2, YEAR).then().statusCode(200)
                .body("decisions.decisionNumber", equalTo(List.of("21/QĐ-THTC2")));
    }

    @Test
    void aSchoolSeesOnlyItselfAndRolesAndUnitsAreChecked() {
        JsonPath school = report(TC2, YEAR, token("principal", TC2));
        assertEquals(counts(1, 2, 1, 0, 0), school.getMap("current.ratings"));
        assertEquals(2, school.getInt("current.awards.LDTT"));
        assertEquals(List.of(), school.getList("schools"));
        assertEquals(counts(0, 2, 0, 0, 0), school.getMap("previous.ratings"));
        report(OFFICE, YEAR, token("viewer", OFFICE));

        get("/api/v1/reports", null, OFFICE, YEAR).then().statusCode(401);
        get("/api/v1/reports", token("principal", TC2), OFFICE, YEAR).then().statusCode(403);
        get("/api/v1/reports", token("principal", TC2), TC1, YEAR).then().statusCode(403);
        get("/api/v1/reports", token("principal", OTHER), TC2, YEAR).then().statusCode(403);
        get("/api/v1/reports", token("district", "PGD-CAOLANH"), TC2, YEAR).then().statusCode(403);
        get("/api/v1/reports", token("viewer", TC1), TC2, YEAR).then().statusCode(403);
        get("/api/v1/reports", token("staff", TC2), TC2, YEAR).then().statusCode(403);
        get("/api/v1/reports", token("council", TC2), TC2, YEAR).then().statusCode(403);
        get("/api/v1/reports/annex", token("staff", TC2), TC2, YEAR).then().statusCode(403);
        get("/api/v1/reports/annex", null, TC2, YEAR).then().statusCode(401);
        get("/api/v1/reports", token("principal", TC2), TC2, "2030").then().statusCode(400)
                .body("errors[0].field", equalTo("schoolYear"));
        get("/api/v1/reports", token("principal", TC2), null, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("unit"));
        given().auth().oauth2(token("principal", TC2)).queryParam("unit", TC2).queryParam("schoolYear", YEAR)
                .queryParam("format", "pdf").get("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void theAnnexListsEachDecisionsNomineesWithRevocationsMarked() {
        JsonPath annex = get("/api/v1/reports/annex", token("district", OFFICE), OFFICE, YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("21/QĐ-THTC2", "45/QĐ-PGDĐT"), annex.getList("decisions.decisionNumber"));
        assertEquals(List.of("2031-06-06", "2031-06-20"), annex.getList("decisions.decisionDate"));
        assertEquals(List.of("LDTT"), annex.getList("decisions[0].awards.awardCode"));
        assertEquals("Lao động tiên tiến", annex.getString("decisions[0].awards[0].awardName"));
        assertEquals(2, annex.getInt("decisions[0].awards[0].count"));
        assertEquals(3, annex.getList("decisions[0].awards[0].nominees").size());
        assertEquals(List.of(false, false, true).stream().sorted().toList(),
                annex.<Boolean>getList("decisions[0].awards[0].nominees.revoked").stream().sorted().toList());
        assertTrue(annex.getString("decisions[0].awards[0].nominees.find { it.revoked }.revokedReason")
                .startsWith("Viên chức bị kỷ luật khiển trách"));
        assertEquals(List.of("CSTDCS", "TTLDTT"), annex.getList("decisions[1].awards.awardCode"));
        assertEquals(TC1, annex.getString("decisions[1].awards[1].nominees[0].nomineeId"));
        assertEquals("COLLECTIVE", annex.getString("decisions[1].awards[1].nominees[0].nomineeType"));
        assertEquals(OFFICE, annex.getString("decisions[1].decidingUnit"));

        // The school sees its own decision only; the office's decision is not its to read.
        given().auth().oauth2(token("principal", TC2)).queryParam("unit", TC2).queryParam("schoolYear", YEAR)
                .get("/api/v1/reports/annex").then().statusCode(200).body("decisions", hasSize(1))
                .body("decisions[0].decisionId", equalTo(schoolDecision.toString()));
        given().auth().oauth2(token("principal", TC2)).queryParam("unit", TC2).queryParam("schoolYear", YEAR)
                .queryParam("decisionId", officeDecision).get("/api/v1/reports/annex").then().statusCode(404);
        given().auth().oauth2(token("principal", TC1)).queryParam("unit", TC1).queryParam("schoolYear", YEAR)
                .queryParam("decisionId", officeDecision).get("/api/v1/reports/annex").then().statusCode(200)
                .body("decisions[0].decisionNumber", equalTo("45/QĐ-PGDĐT"))
                .body("decisions[0].awards.awardCode", equalTo(List.of("CSTDCS", "TTLDTT")));
        get("/api/v1/reports/annex", token("principal", TC2), TC1, YEAR).then().statusCode(403);
    }

    @Test
    void reportsAndAnnexesExportAsCsvAndXlsx() throws Exception {
        byte[] csv = given().auth().oauth2(token("district", OFFICE)).queryParam("unit", OFFICE)
                .queryParam("schoolYear", YEAR).queryParam("format", "csv").get("/api/v1/reports")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("Đơn vị;Tên đơn vị;Nhóm;Mã;Tên;Năm học 2030-2031;Năm học 2029-2030;Chênh lệch", lines.get(0));
        assertTrue(lines.contains("PGD-TAMNONG;Đơn vị PGD-TAMNONG;Xếp loại;HTXS;Hoàn thành xuất sắc nhiệm vụ;3;1;2"),
                lines.toString());
        assertTrue(lines.contains("TH-TRAMCHIM2;Đơn vị TH-TRAMCHIM2;Danh hiệu, hình thức khen thưởng;LDTT;"
                + "Lao động tiên tiến;2;1;1"), lines.toString());

        byte[] xlsx = given().auth().oauth2(token("district", OFFICE)).queryParam("unit", OFFICE)
                .queryParam("schoolYear", YEAR).queryParam("format", "xlsx").get("/api/v1/reports/annex")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", equalTo("attachment; filename=\"phu-luc-PGD-TAMNONG-2030-2031.xlsx\""))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Số quyết định", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(5, sheet.getLastRowNum(), "3 LĐTT, CSTĐCS, TTLĐTT: five nominees after the header (row 0)");
            List<String> numbers = new ArrayList<>();
            List<String> revoked = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                numbers.add(row.getCell(0).getStringCellValue());
                revoked.add(row.getCell(12).getStringCellValue());
            }
            assertEquals(List.of("21/QĐ-THTC2", "21/QĐ-THTC2", "21/QĐ-THTC2", "45/QĐ-PGDĐT", "45/QĐ-PGDĐT"),
                    numbers.subList(0, 5));
            assertEquals(1, revoked.stream().filter("Đã thu hồi"::equals).count());
        }

        // The same files through the per-format operations a generated client calls (getReportCsv, …Xlsx).
        byte[] csvFile = given().auth().oauth2(token("district", OFFICE)).queryParam("unit", OFFICE)
                .queryParam("schoolYear", YEAR).get("/api/v1/reports.csv")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertArrayEquals(csv, csvFile);
        byte[] annexCsv = given().auth().oauth2(token("district", OFFICE)).queryParam("unit", OFFICE)
                .queryParam("schoolYear", YEAR).queryParam("format", "csv").get("/api/v1/reports/annex")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(annexCsv, given().auth().oauth2(token("district", OFFICE)).queryParam("unit", OFFICE)
                .queryParam("schoolYear", YEAR).get("/api/v1/reports/annex.csv")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray());
        for (String path : List.of("/api/v1/reports.xlsx", "/api/v1/reports/annex.xlsx")) {
            byte[] file = given().auth().oauth2(token("district", OFFICE)).queryParam("unit", OFFICE)
                    .queryParam("schoolYear", YEAR).get(path).then().statusCode(200)
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .extract().asByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                String first = workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
                assertEquals(path.contains("annex") ? "Số quyết định" : "Đơn vị", first, path);
            }
            // Checked as the JSON operations are: another school's unit, no token, a bad school year.
            get(path, token("principal", TC2), TC1, YEAR).then().statusCode(403);
            get(path, null, TC2, YEAR).then().statusCode(401);
            get(path, token("principal", TC2), TC2, "2030").then().statusCode(400)
                    .body("errors[0].field", equalTo("schoolYear"));
        }
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameReportAsTheRawEventsFolded() {
        String officeToken = token("district", OFFICE);
        String before = get("/api/v1/reports", officeToken, OFFICE, YEAR).then().statusCode(200).extract().asString();
        String beforeProvince = get("/api/v1/reports", token("district", "DONGTHAP"), "DONGTHAP", YEAR).then()
                .statusCode(200).extract().asString();
        String annexBefore = get("/api/v1/reports/annex", officeToken, OFFICE, YEAR).then().statusCode(200)
                .extract().asString();

        given().auth().oauth2(officeToken).post("/api/v1/reports/rebuild").then().statusCode(403);
        given().auth().oauth2(token("viewer", "DONGTHAP")).post("/api/v1/reports/rebuild").then().statusCode(403);
        given().post("/api/v1/reports/rebuild").then().statusCode(401);
        JsonPath result = given().auth().oauth2(token("district", "DONGTHAP")).post("/api/v1/reports/rebuild")
                .then().statusCode(200).extract().jsonPath();
        // This scenario's 19 evaluation and 15 award events at least (other classes' events are on the topics too,
        // and eligibility-computed snapshots, which the reports do not read, are skipped).
        assertTrue(result.getLong("readPerTopic.'thidua.evaluation.v1'") >= 19, result.prettify());
        assertTrue(result.getLong("readPerTopic.'thidua.award.v1'") >= 15, result.prettify());
        assertTrue(result.getLong("applied") >= 34, result.prettify());
        assertTrue(result.getLong("invalid") >= 1, "the poison decision: " + result.prettify());
        assertEquals(result.getLong("eventsRead"),
                result.getLong("applied") + result.getLong("skipped") + result.getLong("invalid"));

        assertEquals(before, get("/api/v1/reports", officeToken, OFFICE, YEAR).then().statusCode(200).extract().asString());
        assertEquals(beforeProvince, get("/api/v1/reports", token("district", "DONGTHAP"), "DONGTHAP", YEAR).then()
                .statusCode(200).extract().asString());
        assertEquals(annexBefore, get("/api/v1/reports/annex", officeToken, OFFICE, YEAR).then().statusCode(200)
                .extract().asString());

        // Fold the raw events read back from the topics with the plain projection: the same counts.
        MapState folded = new MapState();
        ReportProjection projection = new ReportProjection(ReportEvents.CODEC);
        Set<String> seen = new HashSet<>();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        records.addAll(TestKafka.readAll(AwardApi.kafka(), AwardApi.EVALUATION_TOPIC, Duration.ofSeconds(10)));
        records.addAll(TestKafka.readAll(AwardApi.kafka(), AwardApi.AWARD_TOPIC, Duration.ofSeconds(10)));
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope event;
            try {
                event = ReportEvents.CODEC.parse(record.value());
            } catch (PoisonEventException e) {
                continue;
            }
            if (seen.add(event.id())) {
                projection.apply(event, folded);
            }
        }
        JsonPath report = report(OFFICE, YEAR, officeToken);
        assertEquals(nonZero(report.getMap("current.ratings")), folded.ratingCounts(OFFICE_UNITS, YEAR));
        assertEquals(nonZero(report.getMap("current.awards")), folded.awardCounts(OFFICE_UNITS, YEAR));
        assertEquals(nonZero(report.getMap("current.nominations")), folded.statusCounts(OFFICE_UNITS, YEAR));
        assertEquals(nonZero(report.getMap("previous.ratings")), folded.ratingCounts(OFFICE_UNITS, LAST_YEAR));
        assertEquals(nonZero(report.getMap("previous.awards")), folded.awardCounts(OFFICE_UNITS, LAST_YEAR));
        for (String school : List.of(TC2, TC1, THCS)) {
            assertEquals(nonZero(report.getMap("schools.find { it.unit == '" + school + "' }.current.ratings")),
                    folded.ratingCounts(Set.of(school), YEAR), school);
        }
        assertEquals(Map.of("HTXS", 3L, "HTT", 3L, "HT", 2L, "KHT", 1L, "NOT_RATED", 1L),
                folded.ratingCounts(OFFICE_UNITS, YEAR));
    }

    static Map<String, Long> nonZero(Map<String, Object> counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        counts.forEach((key, value) -> {
            long n = ((Number) value).longValue();
            if (n != 0) {
                result.put(key, n);
            }
        });
        return result;
    }
}
