package vn.thidua.award.council;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Written opinions of absent members (ý kiến bằng văn bản): recorded in the session, counted where the layer's base
 * says so (Đồng Tháp, from 01/07/2025: present plus written, to verify) and listed in the minutes.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class CouncilWrittenOpinionsTest {

    static final String SCHOOL = "TH-TRAMCHIM2";

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    @Test
    void anAbsentMembersWrittenAgreementCarriesTheItemOverSeventyPercent() {
        String principal = AwardApi.token("principal", SCHOOL);
        String[] accounts = {"chu-tich-w@" + SCHOOL, "thu-ky-w@" + SCHOOL, "uy-vien-w1@" + SCHOOL, "uy-vien-w2@" + SCHOOL};
        String session = given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("schoolYear", "2025-2026", "meetingAt", "2026-05-30T07:30:00+07:00", "place", "Phòng họp",
                        "members", List.of(
                                Map.of("name", "Lê Văn Định", "position", "Chủ tịch Hội đồng", "account", accounts[0]),
                                Map.of("name", "Trần Thị Mai", "position", "Thư ký", "account", accounts[1]),
                                Map.of("name", "Phạm Văn Tâm", "position", "Ủy viên", "account", accounts[2]),
                                Map.of("name", "Huỳnh Thị Lan", "position", "Ủy viên", "account", accounts[3])),
                        "chairAccount", accounts[0], "secretaryAccount", accounts[1]))
                .post("/api/v1/councils").then().statusCode(201)
                .body("ruleSetVersion", equalTo("2025.1+DONGTHAP-2025.1")).extract().path("id");
        // A teacher whose 2025-2026 eligibility (LĐTT) is computed: the agenda takes only eligible nominees.
        UUID cycle = UUID.randomUUID();
        Finalized teacher = Finalized.of(cycle, SCHOOL, "2025-2026", "2026-05-26T09:00:00Z");
        teacher.send();
        AwardApi.awaitComputed(principal, cycle);
        String item = given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("nomineeType", "STAFF", "nomineeId", teacher.staffId().toString(), "nomineeName",
                        "Nguyễn Thị An", "awardCode", "LDTT", "method", "OPEN"))
                .post("/api/v1/councils/" + session + "/agenda").then().statusCode(201)
                .body("agreeBase", equalTo("PRESENT_AND_WRITTEN")).extract().path("id");
        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("attendance", List.of(Map.of("account", accounts[0], "present", true),
                        Map.of("account", accounts[1], "present", true), Map.of("account", accounts[2], "present", true),
                        Map.of("account", accounts[3], "present", false))))
                .put("/api/v1/councils/" + session + "/attendance").then().statusCode(200);
        String written = "/api/v1/councils/" + session + "/agenda/" + item + "/written-opinions";
        Map<String, Object> opinion = Map.of("account", accounts[3], "choice", "AGREE",
                "note", "Công văn gửi Chủ tịch Hội đồng ngày 29/5/2026");
        // Not before the vote is open (attendance is fixed then).
        given().auth().oauth2(principal).contentType(ContentType.JSON).body(opinion).post(written).then().statusCode(409);
        given().auth().oauth2(principal).post("/api/v1/councils/" + session + "/open").then().statusCode(200);

        // Only the principal records it, only for an absent member, once.
        given().auth().oauth2(TestTokens.token(accounts[0], Set.of("council"), SCHOOL)).contentType(ContentType.JSON)
                .body(opinion).post(written).then().statusCode(403);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).contentType(ContentType.JSON)
                .body(opinion).post(written).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404)));
        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("account", accounts[2], "choice", "AGREE")).post(written).then().statusCode(422)
                .body("errors[0].field", equalTo("account"));
        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("account", "khong-co@" + SCHOOL, "choice", "AGREE")).post(written).then().statusCode(422);
        given().auth().oauth2(principal).contentType(ContentType.JSON).body(opinion).post(written).then().statusCode(201)
                .body("account", equalTo(accounts[3])).body("choice", equalTo("AGREE"));
        given().auth().oauth2(principal).contentType(ContentType.JSON).body(opinion).post(written).then().statusCode(409);

        // 2 of 3 present agree (66.67 %); with the written agreement 3 of 4 (75 %) reach 70 %.
        given().auth().oauth2(TestTokens.token(accounts[0], Set.of("council"), SCHOOL)).contentType(ContentType.JSON)
                .body(Map.of("agree", 2, "disagree", 1, "abstain", 0))
                .post("/api/v1/councils/" + session + "/agenda/" + item + "/show-of-hands").then().statusCode(200);
        given().auth().oauth2(principal).post("/api/v1/councils/" + session + "/close").then().statusCode(200)
                .body("agenda[0].passed", equalTo(true)).body("agenda[0].percentAgree", equalTo(75.0f))
                .body("agenda[0].countedAgree", equalTo(3)).body("agenda[0].countedOf", equalTo(4));

        String minutes = given().auth().oauth2(principal).queryParam("format", "html")
                .get("/api/v1/councils/" + session + "/minutes").then().statusCode(200).extract().asString();
        assertTrue(minutes.contains("Ý kiến bằng văn bản: Huỳnh Thị Lan — đồng ý (Công văn gửi Chủ tịch Hội đồng ngày "
                + "29/5/2026), tính vào tỷ lệ"), minutes);
        assertTrue(minutes.contains("số thành viên có mặt và cho ý kiến bằng văn bản: 3/4"), minutes);
    }
}
