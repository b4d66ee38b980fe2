package vn.thidua.award.dossier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Báo cáo thành tích (issue 12 item 5): a person's report prefilled from the staff copy, the year's rating,
 * eligibility and initiative, and the achievement file (imported decisions with their numbers); a collective's from
 * the school's eligibility; the blanks only the reporter fills are marked; both read back from .docx with POI;
 * another school gets 404 or 403.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class AchievementReportTest {

    static final String SCHOOL = "TH-TRAMCHIM2";
    static final String YEAR = "2023-2024";
    static final String FINALIZED_AT = "2024-05-26T09:00:00Z";
    static final String INITIATIVE = "Dạy học tích hợp STEM trong môn Tự nhiên và Xã hội lớp 3";

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    static String principal() {
        return AwardApi.token("principal", SCHOOL);
    }

    @Test
    void aPersonsAndTheSchoolsReportsArePrefilledFromTheFileAndTheYear() throws Exception {
        AwardApi.awaitUnitTree();
        UUID cycleId = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        List<Finalized> staff = new ArrayList<>();
        Finalized base = Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT);
        Finalized hoa = new Finalized(base.evaluationId(), cycleId, base.staffId(), SCHOOL, YEAR, "HTXS", 12, "[]",
                "[]", "[{\"title\":\"" + INITIATIVE + "\",\"level\":\"SCHOOL\",\"recognisedOn\":\"2024-04-10\"}]",
                "TO-KHOI-3", FINALIZED_AT);
        staff.add(hoa);
        IntStream.range(0, 5).forEach(i -> staff.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT)));
        TestKafka.send(AwardApi.kafka(), AwardApi.STAFF_TOPIC, hoa.staffId().toString(), AwardApi.staffUpserted(
                hoa.staffId(), person, null, "GV-HOA", "Võ Thị Hoà", SCHOOL, "TO-KHOI-3", true, "2024-01-01T00:00:00Z"));
        // The import below names the person: the staff copy (its own consumer) must have them first.
        AwardApi.awaitStaff(hoa.staffId(), "Võ Thị Hoà");
        staff.forEach(Finalized::send);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var response = given().auth().oauth2(principal()).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= 6
                    && response.jsonPath().getBoolean("[0].current");
        });
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = "Mã định danh;Họ và tên;Danh hiệu;Năm học;Số quyết định;Ngày quyết định;Cơ quan ban hành;Cấp\n"
                + person + ";Võ Thị Hoà;Lao động tiên tiến;2021-2022;12/QĐ-PGDĐT-" + suffix
                + ";10/06/2022;Phòng GD&ĐT Tam Nông;Huyện\n"
                + person + ";Võ Thị Hoà;Giấy khen;2022-2023;19/QĐ-UBND-" + suffix
                + ";12/06/2023;UBND huyện Tam Nông;Huyện\n";
        given().auth().oauth2(principal()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/achievements/import").then().statusCode(200);

        String html = given().auth().oauth2(principal()).queryParam("schoolYear", YEAR)
                .get("/api/v1/achievement-reports/people/" + person).then().statusCode(200).extract().asString();
        assertPersonReport(html, suffix);
        byte[] docx = given().auth().oauth2(AwardApi.staffToken(SCHOOL, hoa.staffId())).queryParam("schoolYear", YEAR)
                .queryParam("format", "docx").get("/api/v1/achievement-reports/people/" + person).then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertPersonReport(extractor.getText(), suffix);
            XWPFTable titles = document.getTables().get(1);
            assertEquals("2021-2022", titles.getRow(1).getCell(0).getText());
            assertEquals("Lao động tiên tiến", titles.getRow(1).getCell(1).getText());
            assertTrue(titles.getRow(1).getCell(2).getText().contains("12/QĐ-PGDĐT-" + suffix + ", ngày 10/06/2022"));
            XWPFTable forms = document.getTables().get(2);
            assertEquals("Giấy khen", forms.getRow(1).getCell(1).getText());
        }
        // Another school's principal, another staff member: not theirs to read.
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).queryParam("schoolYear", YEAR)
                .get("/api/v1/achievement-reports/people/" + person).then().statusCode(404);
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, staff.get(1).staffId())).queryParam("schoolYear", YEAR)
                .get("/api/v1/achievement-reports/people/" + person).then().statusCode(404);
        given().auth().oauth2(principal()).get("/api/v1/achievement-reports/people/" + person).then().statusCode(400);
        given().auth().oauth2(principal()).queryParam("schoolYear", "2023").get("/api/v1/achievement-reports/people/"
                + person).then().statusCode(400);

        // The school as a collective: its members of the year from eligibility.
        byte[] school = given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).queryParam("schoolYear", YEAR)
                .queryParam("format", "docx").get("/api/v1/achievement-reports/collectives/" + SCHOOL).then()
                .statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(school));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("BÁO CÁO THÀNH TÍCH") && text.contains("Tên tập thể: Đơn vị " + SCHOOL), text);
            assertTrue(text.contains("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"), text);
            assertTrue(text.contains("Số thành viên được đánh giá năm học " + YEAR + ": 6"), text);
            assertTrue(text.contains("Địa chỉ, điện thoại: …………… " + AchievementReport.TO_WRITE), text);
            assertTrue(text.contains("THỦ TRƯỞNG ĐƠN VỊ"), text);
        }
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).queryParam("schoolYear", YEAR)
                .get("/api/v1/achievement-reports/collectives/" + SCHOOL).then().statusCode(403);
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, hoa.staffId())).queryParam("schoolYear", YEAR)
                .get("/api/v1/achievement-reports/collectives/" + SCHOOL).then().statusCode(403);
    }

    static void assertPersonReport(String text, String suffix) {
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("BÁO CÁO THÀNH TÍCH"), text);
        assertTrue(text.contains("Họ và tên: Võ Thị Hoà"), text);
        assertTrue(text.contains("cần đối chiếu"), "the template is named as to verify: " + text);
        assertTrue(text.contains("I. SƠ LƯỢC LÝ LỊCH") && text.contains("II. THÀNH TÍCH ĐẠT ĐƯỢC")
                && text.contains("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"), text);
        assertTrue(text.contains("Đơn vị công tác: Đơn vị " + SCHOOL), text);
        assertTrue(text.contains("Tổ chuyên môn: TO-KHOI-3"), text);
        assertTrue(text.contains("Sinh ngày, tháng, năm: …………… " + AchievementReport.TO_WRITE), text);
        assertTrue(text.contains("Xếp loại đánh giá: Hoàn thành xuất sắc nhiệm vụ"), text);
        assertTrue(text.contains("Đủ điều kiện: Lao động tiên tiến"), text);
        assertTrue(text.contains(INITIATIVE) && text.contains("ngày 10/04/2024"), text);
        assertTrue(text.contains("12/QĐ-PGDĐT-" + suffix) && text.contains("19/QĐ-UBND-" + suffix), text);
        assertTrue(text.contains("NGƯỜI BÁO CÁO THÀNH TÍCH"), text);
        assertFalse(text.contains("Cán bộ mã") || text.contains("Người mã"), text);
    }
}
