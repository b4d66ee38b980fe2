package vn.thidua.award.dossier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Công khai (issue 12 item 5): a school posts its council session's nominees for a period before the meeting; its
 * staff comment during it, the principal records a comment received on paper; the council does not open while the
 * posting runs and opens once it is closed (from its last day); the notice renders as HTML and .docx with the
 * period, the nominees and the comments. Other schools and offices neither read nor write it.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class PostingTest {

    static final String SCHOOL = "TH-CONGKHAI";
    // An office of its own: the reports and dashboard tests count PGD-TAMNONG's schools exactly.
    static final String OFFICE = "PGD-CONGKHAI";
    static final String YEAR = "2026-2027";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String[] ACCOUNTS = {"chu-tich@congkhai", "thu-ky@congkhai", "uy-vien@congkhai"};

    static UUID hoa = UUID.randomUUID();
    static UUID nam = UUID.randomUUID();
    static UUID khang = UUID.randomUUID();
    static boolean computed;

    /** The council's agenda takes only nominees eligible in the latest computation: Hoa and Khang, both LĐTT. */
    static synchronized void eligibility() {
        if (computed) {
            return;
        }
        UUID cycleId = UUID.randomUUID();
        for (UUID staffId : List.of(hoa, khang)) {
            Finalized base = Finalized.of(cycleId, SCHOOL, YEAR, "2026-11-30T09:00:00Z");
            new Finalized(base.evaluationId(), cycleId, staffId, SCHOOL, YEAR, "HTT", 12, "[]", "[]", "[]", "TO-1",
                    base.finalizedAt()).send();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var response = given().auth().oauth2(principal()).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= 2
                    && response.jsonPath().getBoolean("[0].current");
        });
        computed = true;
    }

    @BeforeAll
    static void units() {
        AwardApi.units();
        AwardApi.unit(OFFICE, "OFFICE", "DONGTHAP");
        AwardApi.unit(SCHOOL, "SCHOOL", OFFICE);
    }

    static String principal() {
        return AwardApi.token("principal", SCHOOL);
    }

    static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    /** A DRAFT session meeting on {@code meetingDay} with two people on its agenda and everyone present. */
    static String session(LocalDate meetingDay) {
        eligibility();
        String session = post(principal(), "/api/v1/councils", Map.of("schoolYear", YEAR,
                "meetingAt", meetingDay + "T07:30:00+07:00", "place", "Phòng họp", "members", List.of(
                        Map.of("name", "Lê Văn Định", "position", "Chủ tịch Hội đồng", "account", ACCOUNTS[0]),
                        Map.of("name", "Trần Thị Mai", "position", "Thư ký", "account", ACCOUNTS[1]),
                        Map.of("name", "Phạm Văn Tâm", "position", "Ủy viên", "account", ACCOUNTS[2])),
                "chairAccount", ACCOUNTS[0], "secretaryAccount", ACCOUNTS[1]))
                .then().statusCode(201).extract().path("id");
        post(principal(), "/api/v1/councils/" + session + "/agenda", Map.of("nomineeType", "STAFF", "nomineeId",
                hoa.toString(), "nomineeName", "Hoa (gõ tay)", "awardCode", "LDTT", "method", "OPEN"))
                .then().statusCode(201);
        post(principal(), "/api/v1/councils/" + session + "/agenda", Map.of("nomineeType", "STAFF", "nomineeId",
                khang.toString(), "nomineeName", "Đỗ Văn Khang", "awardCode", "LDTT", "method", "OPEN"))
                .then().statusCode(201);
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(Map.of("attendance", List.of(Map.of("account", ACCOUNTS[0], "present", true),
                        Map.of("account", ACCOUNTS[1], "present", true), Map.of("account", ACCOUNTS[2], "present", true))))
                .put("/api/v1/councils/" + session + "/attendance").then().statusCode(200);
        return session;
    }

    static Map<String, Object> posting(String session, LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("councilSessionId", session);
        body.put("postedFrom", from.toString());
        body.put("postedTo", to.toString());
        body.put("place", "Bảng tin phòng hội đồng");
        return body;
    }

    static String day(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    @Test
    void aPostingRunsItsPeriodTakesCommentsAndHoldsTheCouncilUntilClosed() throws Exception {
        AwardApi.awaitUnitTree();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(principal()).queryParam("unit", SCHOOL)
                .queryParam("schoolYear", YEAR).get("/api/v1/councils").statusCode() == 200);
        AwardApi.staff(hoa, "Nguyễn Thị Hoa", SCHOOL);
        AwardApi.staff(nam, "Trần Văn Nam", SCHOOL);
        String session = session(TODAY.plusDays(10));

        // Refusals before anything is stored.
        post(AwardApi.token("principal", "TH-HOAAN"), "/api/v1/postings", posting(session, TODAY, TODAY.plusDays(3)))
                .then().statusCode(404);
        post(AwardApi.token("council", SCHOOL), "/api/v1/postings", posting(session, TODAY, TODAY.plusDays(3)))
                .then().statusCode(403);
        post(principal(), "/api/v1/postings", posting(session, TODAY, TODAY.plusDays(10))).then().statusCode(422)
                .body("errors[0].field", equalTo("postedTo"));
        post(principal(), "/api/v1/postings", posting(session, TODAY, TODAY.minusDays(1))).then().statusCode(422)
                .body("errors[0].field", equalTo("postedTo"));
        Map<String, Object> noPlace = posting(session, TODAY, TODAY.plusDays(3));
        noPlace.remove("place");
        post(principal(), "/api/v1/postings", noPlace).then().statusCode(400).body("errors.field", hasItem("place"));

        JsonPath opened = post(principal(), "/api/v1/postings", posting(session, TODAY, TODAY.plusDays(3)))
                .then().statusCode(201).body("status", equalTo("OPEN")).body("nominees", hasSize(2))
                .extract().jsonPath();
        String id = opened.getString("id");
        assertEquals("Nguyễn Thị Hoa", opened.getString("nominees[0].name"), "names from the staff copy");
        assertEquals("Lao động tiên tiến", opened.getString("nominees[0].awardName"));
        String hoaItem = opened.getString("nominees[0].agendaItemId");
        post(principal(), "/api/v1/postings", posting(session, TODAY, TODAY.plusDays(3))).then().statusCode(409);

        // The council does not vote while the list is posted.
        given().auth().oauth2(principal()).post("/api/v1/councils/" + session + "/open").then().statusCode(409)
                .body("type", endsWith("posting-not-ended"));

        // Comments: the school's staff online, the principal from paper; within the period only.
        String staff = AwardApi.staffToken(SCHOOL, nam);
        post(staff, "/api/v1/postings/" + id + "/comments", Map.of("agendaItemId", hoaItem,
                "text", "Đồng chí Hoa có sáng kiến được áp dụng ở cả tổ, đề nghị ghi thêm vào thành tích."))
                .then().statusCode(201).body("authorName", equalTo("Trần Văn Nam"))
                .body("aboutName", equalTo("Nguyễn Thị Hoa")).body("receivedOn", equalTo(TODAY.toString()));
        post(staff, "/api/v1/postings/" + id + "/comments", Map.of("text", "x", "authorName", "Người khác"))
                .then().statusCode(422).body("errors[0].field", equalTo("authorName"));
        post(staff, "/api/v1/postings/" + id + "/comments", Map.of("agendaItemId", UUID.randomUUID().toString(),
                "text", "x")).then().statusCode(422).body("errors[0].field", equalTo("agendaItemId"));
        post(staff, "/api/v1/postings/" + id + "/comments", Map.of("text", " ")).then().statusCode(400);
        post(AwardApi.staffToken("TH-HOAAN", UUID.randomUUID()), "/api/v1/postings/" + id + "/comments",
                Map.of("text", "Góp ý từ trường khác")).then().statusCode(404);
        post(AwardApi.token("district", OFFICE), "/api/v1/postings/" + id + "/comments", Map.of("text", "x"))
                .then().statusCode(403);
        post(principal(), "/api/v1/postings/" + id + "/comments", Map.of("text", "Thư góp ý", "authorName",
                "Bà Lê Thị Sen (phụ huynh)", "receivedOn", TODAY.plusDays(1).toString())).then().statusCode(422)
                .body("errors[0].field", equalTo("receivedOn"));
        post(principal(), "/api/v1/postings/" + id + "/comments", Map.of("text", "Thư góp ý", "authorName",
                "Bà Lê Thị Sen (phụ huynh)", "receivedOn", TODAY.minusDays(1).toString())).then().statusCode(409);
        post(principal(), "/api/v1/postings/" + id + "/comments", Map.of("text",
                "Thống nhất với danh sách đề nghị.", "authorName", "Bà Lê Thị Sen (phụ huynh)")).then().statusCode(201);
        // Not closed before its last day.
        post(principal(), "/api/v1/postings/" + id + "/close", Map.of()).then().statusCode(409);

        // Read by the school and the office above; not by another school or office.
        given().auth().oauth2(staff).get("/api/v1/postings/" + id).then().statusCode(200)
                .body("comments", hasSize(2)).body("comments[0].text", equalTo(
                        "Đồng chí Hoa có sáng kiến được áp dụng ở cả tổ, đề nghị ghi thêm vào thành tích."));
        given().auth().oauth2(AwardApi.token("district", OFFICE)).queryParam("unit", SCHOOL).get("/api/v1/postings")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).get("/api/v1/postings/" + id)
                .then().statusCode(404);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).get("/api/v1/postings/" + id + "/document")
                .then().statusCode(404);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).queryParam("unit", SCHOOL)
                .get("/api/v1/postings").then().statusCode(403);

        String html = given().auth().oauth2(principal()).get("/api/v1/postings/" + id + "/document").then()
                .statusCode(200).extract().asString();
        assertNotice(html, TODAY, TODAY.plusDays(3));
        assertTrue(html.contains("Đợt công khai đang diễn ra"), html);
        byte[] docx = given().auth().oauth2(principal()).queryParam("format", "docx")
                .get("/api/v1/postings/" + id + "/document").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertNotice(extractor.getText(), TODAY, TODAY.plusDays(3));
            XWPFTable nominees = document.getTables().get(1);
            assertEquals("Nguyễn Thị Hoa", nominees.getRow(1).getCell(1).getText());
            assertEquals("Đỗ Văn Khang", nominees.getRow(2).getCell(1).getText());
            assertEquals("Lao động tiên tiến", nominees.getRow(2).getCell(2).getText());
            XWPFTable comments = document.getTables().get(2);
            assertEquals("Trần Văn Nam", comments.getRow(1).getCell(2).getText());
            assertEquals("Nguyễn Thị Hoa", comments.getRow(1).getCell(3).getText());
            assertEquals("Cả danh sách", comments.getRow(2).getCell(3).getText());
        }
    }

    @Test
    void theCouncilOpensOnceThePostingIsClosedOnItsLastDay() {
        AwardApi.awaitUnitTree();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(principal()).queryParam("unit", SCHOOL)
                .queryParam("schoolYear", YEAR).get("/api/v1/councils").statusCode() == 200);
        String session = session(TODAY.plusDays(1));
        String id = post(principal(), "/api/v1/postings", posting(session, TODAY.minusDays(5), TODAY))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(principal()).post("/api/v1/councils/" + session + "/open").then().statusCode(409);
        post(AwardApi.token("principal", "TH-HOAAN"), "/api/v1/postings/" + id + "/close", Map.of()).then()
                .statusCode(404);
        post(principal(), "/api/v1/postings/" + id + "/close", Map.of("note", "Không có ý kiến khác."))
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closingNote",
                        equalTo("Không có ý kiến khác."));
        post(principal(), "/api/v1/postings/" + id + "/close", Map.of()).then().statusCode(409);
        post(AwardApi.staffToken(SCHOOL, nam), "/api/v1/postings/" + id + "/comments", Map.of("text", "Muộn"))
                .then().statusCode(409);
        given().auth().oauth2(principal()).get("/api/v1/postings/" + id).then().statusCode(200)
                .body("comments", hasSize(0));
        String html = given().auth().oauth2(AwardApi.token("district", OFFICE)).get("/api/v1/postings/" + id
                + "/document").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Không có ý kiến nào.") && html.contains("Đợt công khai kết thúc ngày " + day(TODAY)),
                html);
        given().auth().oauth2(principal()).post("/api/v1/councils/" + session + "/open").then().statusCode(200)
                .body("status", equalTo("VOTING"));
        // A session without a posting opens as before.
        String plain = session(TODAY.plusDays(2));
        given().auth().oauth2(principal()).post("/api/v1/councils/" + plain + "/open").then().statusCode(200);
        given().auth().oauth2(TestTokens.token(ACCOUNTS[0], Set.of("council"), SCHOOL)).queryParam("unit", SCHOOL)
                .get("/api/v1/postings").then().statusCode(200).body("councilSessionId", not(hasItem(plain)));
    }

    static void assertNotice(String text, LocalDate from, LocalDate to) {
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("THÔNG BÁO"), text);
        assertTrue(text.contains("Công khai danh sách cá nhân, tập thể đề nghị công nhận danh hiệu thi đua và khen "
                + "thưởng năm học " + YEAR), text);
        assertTrue(text.contains("từ ngày " + day(from) + " đến hết ngày " + day(to)), text);
        assertTrue(text.contains("Bảng tin phòng hội đồng"), text);
        assertTrue(text.contains("Nguyễn Thị Hoa") && text.contains("Đỗ Văn Khang"), text);
        assertTrue(!text.contains("gõ tay"), "names from the staff copy: " + text);
        assertTrue(text.contains("Lao động tiên tiến"), text);
        assertTrue(text.contains("đề nghị ghi thêm vào thành tích") && text.contains("Bà Lê Thị Sen (phụ huynh)"),
                text);
        assertTrue(text.contains("HIỆU TRƯỞNG"), text);
    }
}
