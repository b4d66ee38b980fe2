package vn.thidua.award.council;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names in the minutes (issue 12 item 6): an agenda filled from eligibility, which knows staff only by id, prints
 * the full names of award-service's staff copy, each title's list sorted by given name in Vietnamese order.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class CouncilNamesTest {

    static final String SCHOOL = "TH-TENCB";
    static final String YEAR = "2023-2024";
    // Sorted by given name: Oanh < Ô < Ơn (O, Ô, Ơ), whatever the order the staff arrive in.
    static final List<String> SORTED = List.of("Trần Thị Oanh", "Lê Thị Ô", "Nguyễn Văn Ơn");
    static final String[] ACCOUNTS = {"chu-tich@tencb", "thu-ky@tencb", "uy-vien@tencb"};

    @BeforeAll
    static void units() {
        AwardApi.units();
        // A school outside the demo tree, so that the reports of PGD-TAMNONG and the province stay as other tests expect.
        AwardApi.unit(SCHOOL, "SCHOOL", null);
    }

    @Test
    void theMinutesPrintFullNamesSortedByGivenName() throws Exception {
        AwardApi.awaitUnitTree();
        String principal = AwardApi.token("principal", SCHOOL);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(principal).queryParam("unit", SCHOOL)
                .queryParam("schoolYear", YEAR).get("/api/v1/councils").statusCode() == 200);
        UUID cycleId = UUID.randomUUID();
        List<String> arrival = List.of(SORTED.get(2), SORTED.get(0), SORTED.get(1));
        for (String name : arrival) {
            Finalized finalized = Finalized.of(cycleId, SCHOOL, YEAR, "2024-05-27T09:00:00Z");
            AwardApi.staff(finalized.staffId(), name, SCHOOL);
            finalized.send();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(principal).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            // Three events applied, not three computations: the three can land in one batch and one computation.
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= 3
                    && response.jsonPath().getBoolean("[0].current");
        });

        String session = given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("schoolYear", YEAR, "meetingAt", "2024-06-01T07:30:00+07:00", "place", "Phòng họp",
                        "members", List.of(
                                Map.of("name", "Lê Văn Định", "position", "Chủ tịch Hội đồng", "account", ACCOUNTS[0]),
                                Map.of("name", "Trần Thị Mai", "position", "Thư ký", "account", ACCOUNTS[1]),
                                Map.of("name", "Phạm Văn Tâm", "position", "Ủy viên", "account", ACCOUNTS[2])),
                        "chairAccount", ACCOUNTS[0], "secretaryAccount", ACCOUNTS[1]))
                .post("/api/v1/councils").then().statusCode(201).extract().path("id");
        JsonPath agenda = given().auth().oauth2(principal).post("/api/v1/councils/" + session + "/agenda/from-eligibility")
                .then().statusCode(200).extract().jsonPath();
        List<String> staffNames = agenda.getList("agenda.findAll { it.nomineeType == 'STAFF' }.nomineeName");
        assertEquals(Set.copyOf(SORTED), Set.copyOf(staffNames), "the agenda names people from the staff copy");

        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("attendance", List.of(Map.of("account", ACCOUNTS[0], "present", true),
                        Map.of("account", ACCOUNTS[1], "present", true), Map.of("account", ACCOUNTS[2], "present", true))))
                .put("/api/v1/councils/" + session + "/attendance").then().statusCode(200);
        given().auth().oauth2(principal).post("/api/v1/councils/" + session + "/open").then().statusCode(200);
        String chair = TestTokens.token(ACCOUNTS[0], Set.of("council"), SCHOOL);
        for (String item : agenda.<String>getList("agenda.id")) {
            given().auth().oauth2(chair).contentType(ContentType.JSON).body(Map.of("agree", 3, "disagree", 0, "abstain", 0))
                    .post("/api/v1/councils/" + session + "/agenda/" + item + "/show-of-hands").then().statusCode(200);
        }
        given().auth().oauth2(principal).post("/api/v1/councils/" + session + "/close").then().statusCode(200);

        String html = given().auth().oauth2(principal).get("/api/v1/councils/" + session + "/minutes?format=html")
                .then().statusCode(200).extract().asString();
        assertNamesInOrder(html);
        byte[] docx = given().auth().oauth2(principal).get("/api/v1/councils/" + session + "/minutes?format=docx")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertNamesInOrder(extractor.getText());
        }
    }

    static void assertNamesInOrder(String text) {
        assertFalse(text.contains("Cán bộ mã"), text);
        for (int i = 0; i < SORTED.size(); i++) {
            assertTrue(text.contains((i + 1) + ". " + SORTED.get(i) + " – Lao động tiên tiến"), SORTED.get(i) + " " + text);
        }
        int oanh = text.indexOf(SORTED.get(0) + ", Lao động tiên tiến");
        int o = text.indexOf(SORTED.get(1) + ", Lao động tiên tiến");
        int on = text.indexOf(SORTED.get(2) + ", Lao động tiên tiến");
        assertTrue(oanh >= 0 && oanh < o && o < on, "by given name in the votes: " + text);
    }
}
