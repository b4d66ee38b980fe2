package vn.thidua.award.nomination;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.award.eligibility.EligibilityFlowTest;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 item 5 (the decision) and the names on /decisions: an office decides two LĐTT of a school; the decision
 * reads back as HTML and .docx (POI) with its number, bases, Điều 1–3, the signer and the annex — full names from
 * the staff copy (the typed one only for a person it does not know), unit, title in Vietnamese, prize money per
 * line and the total; another school and another office get 404.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class DecisionDocumentTest {

    static final String SCHOOL = EligibilityFlowTest.SCHOOL;
    static final String YEAR = EligibilityFlowTest.YEAR;
    static final String OFFICE = "PGD-TAMNONG";

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    static String nominate(Finalized staff, String typedName) {
        AwardApi.councilProposes(SCHOOL, YEAR, "STAFF", staff.staffId().toString(), typedName, "LDTT", 3);
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", SCHOOL);
        body.put("schoolYear", YEAR);
        body.put("nomineeType", "STAFF");
        body.put("nomineeId", staff.staffId().toString());
        body.put("nomineeName", typedName);
        body.put("awardCode", "LDTT");
        body.put("achievementSummary", "Hoàn thành tốt nhiệm vụ năm học " + YEAR + ".");
        body.put("evidence", List.of());
        return given().auth().oauth2(AwardApi.token("principal", SCHOOL)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
    }

    @Test
    void theDecisionRendersWithItsAnnexNamesAndPrizeMoney() throws Exception {
        AwardApi.awaitUnitTree();
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = EligibilityFlowTest.school(cycleId);
        staff.forEach(Finalized::send);
        EligibilityFlowTest.awaitCycle(cycleId, 8);
        Finalized known = staff.get(1);
        Finalized unknown = staff.get(2);
        AwardApi.staff(known.staffId(), "Trần Văn Bình", SCHOOL);
        String knownId = nominate(known, "Tran Van Binh (go tay)");
        String unknownId = nominate(unknown, "Lê Thị Cúc");

        String principal = AwardApi.token("principal", SCHOOL);
        String office = AwardApi.token("district", OFFICE);
        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("nominationIds", List.of(knownId, unknownId), "documentNumber", "21/TTr-THTC2",
                        "signer", "Lê Văn Định")).post("/api/v1/nominations/submit").then().statusCode(201);
        for (String id : List.of(knownId, unknownId)) {
            given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/v1/nominations/" + id + "/approve").then().statusCode(200);
        }
        String number = "88/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 6);
        String decisionId = given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", number, "decisionDate", "2025-06-06", "signer", "Phạm Văn Hòa",
                        "nominationIds", List.of(knownId, unknownId)))
                .post("/api/v1/nominations/decide").then().statusCode(201).extract().path("id");

        // /decisions names people from the staff copy; the typed name only for one it does not know.
        JsonPath decision = given().auth().oauth2(office).get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Trần Văn Bình", decision.getString("items.find { it.id == '" + knownId + "' }.nomineeName"));
        assertEquals("Lê Thị Cúc", decision.getString("items.find { it.id == '" + unknownId + "' }.nomineeName"));
        JsonPath listed = given().auth().oauth2(office).queryParam("schoolYear", YEAR).get("/api/v1/decisions")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Trần Văn Bình", listed.getString("find { it.id == '" + decisionId + "' }.items.find { it.id == '"
                + knownId + "' }.nomineeName"));
        long amount = decision.getLong("items[0].prizeAmount");
        long total = decision.getLong("prizeTotal");
        assertEquals(2 * amount, total, "two LĐTT, one prize each");
        NumberFormat vietnamese = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));

        String html = given().auth().oauth2(office).get("/api/v1/decisions/" + decisionId + "/document")
                .then().statusCode(200).contentType(containsText("text/html")).extract().asString();
        assertDecision(html, number);
        assertTrue(html.contains(vietnamese.format(total)), "the total in the annex and in Điều 2");

        byte[] docx = given().auth().oauth2(office).queryParam("format", "docx")
                .get("/api/v1/decisions/" + decisionId + "/document").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertDecision(extractor.getText(), number);
            XWPFTable annex = document.getTables().get(document.getTables().size() - 1);
            assertEquals("Họ và tên / Tập thể", annex.getRow(0).getCell(1).getText());
            // By given name: Bình before Cúc.
            assertRow(annex.getRow(1), "1", "Trần Văn Bình", "Đơn vị " + SCHOOL, "Lao động tiên tiến",
                    vietnamese.format(amount));
            assertRow(annex.getRow(2), "2", "Lê Thị Cúc", "Đơn vị " + SCHOOL, "Lao động tiên tiến",
                    vietnamese.format(amount));
            assertTrue(annex.getRow(3).getCell(1).getText().contains("Tổng cộng: 2"));
            assertEquals(vietnamese.format(total), annex.getRow(3).getCell(4).getText());
            assertTrue(document.getParagraphs().stream().anyMatch(p -> p.isPageBreak()), "the annex on its own page");
        }

        // The school reads it (its items are all of it: no extract); another school or office does not.
        String schoolCopy = given().auth().oauth2(principal).get("/api/v1/decisions/" + decisionId + "/document")
                .then().statusCode(200).extract().asString();
        assertFalse(schoolCopy.contains("Trích"), "the school's items are the whole decision");
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN"))
                .get("/api/v1/decisions/" + decisionId + "/document").then().statusCode(404);
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH"))
                .get("/api/v1/decisions/" + decisionId + "/document").then().statusCode(404);
        // A staff member reads the extract with their own line only.
        String own = given().auth().oauth2(AwardApi.staffToken(SCHOOL, known.staffId()))
                .get("/api/v1/decisions/" + decisionId + "/document").then().statusCode(200).extract().asString();
        assertTrue(own.contains("Trần Văn Bình") && !own.contains("Lê Thị Cúc") && own.contains("Trích"), own);
        given().auth().oauth2(office).queryParam("format", "pdf").get("/api/v1/decisions/" + decisionId + "/document")
                .then().statusCode(400);
    }

    static org.hamcrest.Matcher<String> containsText(String text) {
        return org.hamcrest.Matchers.containsString(text);
    }

    static void assertDecision(String text, String number) {
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("Số: " + number), text);
        assertTrue(text.contains("ngày 06 tháng 06 năm 2025"), text);
        assertTrue(text.contains("QUYẾT ĐỊNH"), text);
        assertTrue(text.contains("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"), text);
        assertTrue(text.contains("Theo đề nghị của Đơn vị " + SCHOOL + " tại Tờ trình số 21/TTr-THTC2"), text);
        assertTrue(text.contains("Điều 1. Công nhận danh hiệu thi đua và tặng hình thức khen thưởng năm học " + YEAR
                + " cho 2 cá nhân, tập thể"), text);
        assertTrue(text.contains("Điều 2. Tiền thưởng"), text);
        assertTrue(text.contains("Quỹ thi đua, khen thưởng của Đơn vị " + OFFICE), text);
        assertTrue(text.contains("Điều 3."), text);
        assertTrue(text.contains("Nơi nhận:"), text);
        assertTrue(text.contains("TRƯỞNG PHÒNG"), text);
        assertTrue(text.contains("Phạm Văn Hòa"), text);
        assertTrue(text.contains("Kèm theo Quyết định số " + number), text);
        assertTrue(text.contains("Trần Văn Bình") && text.contains("Lê Thị Cúc"), text);
        assertFalse(text.contains("go tay") || text.contains("Cán bộ mã"), "names from the staff copy: " + text);
    }

    static void assertRow(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            assertEquals(cells[i], row.getCell(i).getText(), "cell " + i);
        }
    }
}
