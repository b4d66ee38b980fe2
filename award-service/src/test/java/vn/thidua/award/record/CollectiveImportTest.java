package vn.thidua.award.record;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Collectives' earlier decisions (issue 12 item 4): a unit code instead of a person, the same all-or-nothing rules
 * (every bad row by line and column, nothing stored), idempotent; the collective's file shows them.
 */
@QuarkusTest
@QuarkusTestResource(value = vn.thidua.testing.ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class CollectiveImportTest {

    static final String SCHOOL = "TH-TAPTHE";
    // An office of its own: the reports and dashboard tests count PGD-TAMNONG's schools exactly.
    static final String OFFICE = "PGD-TAPTHE";
    static final String HEADER = "STT;Mã đơn vị;Mã tổ;Mã định danh;Danh hiệu;Năm học;Số quyết định;Ngày quyết định;"
            + "Cơ quan ban hành;Cấp\n";

    @BeforeAll
    static void units() {
        AwardApi.units();
        AwardApi.unit(OFFICE, "OFFICE", "DONGTHAP");
        AwardApi.unit(SCHOOL, "SCHOOL", OFFICE);
    }

    static Response importCsv(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("unit", SCHOOL).post("/api/v1/achievements/import");
    }

    @Test
    void aSchoolImportsItsOwnAndItsGroupsDecisionsAllOrNothing() {
        AwardApi.awaitUnitTree();
        String principal = AwardApi.token("principal", SCHOOL);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> given().auth()
                .oauth2(principal).get("/api/v1/achievements/collectives/" + SCHOOL).statusCode() == 200);
        String s = UUID.randomUUID().toString().substring(0, 6);
        String good = HEADER
                + "1;" + SCHOOL + ";;;Tập thể lao động tiên tiến;2021-2022;40/QĐ-UBND-" + s + ";20/06/2022;UBND huyện Tam Nông;Huyện\n"
                + "2;" + SCHOOL + ";;;TTLĐXS;2022-2023;61/QĐ-UBND-" + s + ";22/06/2023;UBND tỉnh Đồng Tháp;Tỉnh\n"
                + "3;" + SCHOOL + ";TO-KHOI-1;;TTLDTT;2022-2023;41/QĐ-PGDĐT-" + s + ";19/06/2023;Phòng GD&ĐT Tam Nông;Huyện\n"
                + "4;" + SCHOOL + ";;;Bằng khen;2022-2023;70/QĐ-UBND-" + s + ";25/06/2023;UBND tỉnh Đồng Tháp;Tỉnh\n";
        // Bad rows: a person's title for a collective, a collective's title for a person, a unit outside the school,
        // an unknown unit, a group without its unit. Every one named by line and column; nothing stored.
        String bad = good
                + "5;" + SCHOOL + ";;;Lao động tiên tiến;2022-2023;1/QĐ-" + s + ";19/06/2023;Trường;Trường\n"
                + "6;;;" + UUID.randomUUID() + ";TTLDTT;2022-2023;2/QĐ-" + s + ";19/06/2023;Trường;Trường\n"
                + "7;TH-HOAAN;;;TTLDTT;2022-2023;3/QĐ-" + s + ";19/06/2023;Phòng;Huyện\n"
                + "8;TH-KHONGCO;;;TTLDTT;2022-2023;4/QĐ-" + s + ";19/06/2023;Phòng;Huyện\n"
                + "9;;TO-KHOI-2;;TTLDTT;2022-2023;5/QĐ-" + s + ";19/06/2023;Phòng;Huyện\n";
        importCsv(principal, bad).then().statusCode(422)
                .body("errors.field", equalTo(List.of("line 6: Danh hiệu", "line 7: Danh hiệu", "line 8: Mã đơn vị",
                        "line 9: Mã đơn vị", "line 10: Mã đơn vị")));
        given().auth().oauth2(principal).get("/api/v1/achievements/collectives/" + SCHOOL).then().statusCode(200)
                .body("achievements", hasSize(0));

        importCsv(principal, good).then().statusCode(200).body("created", equalTo(4)).body("rows", equalTo(4));
        importCsv(principal, good).then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(4));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> given().auth()
                .oauth2(AwardApi.token("district", OFFICE)).get("/api/v1/achievements/collectives/" + SCHOOL)
                .statusCode() == 200);
        given().auth().oauth2(AwardApi.token("district", OFFICE)).get("/api/v1/achievements/collectives/" + SCHOOL)
                .then().statusCode(200).body("achievements", hasSize(3))
                .body("achievements.schoolYear", equalTo(List.of("2021-2022", "2022-2023", "2022-2023")))
                .body("achievements.source", equalTo(List.of("IMPORTED", "IMPORTED", "IMPORTED")))
                .body("achievements.decisionNumber", hasItem("61/QĐ-UBND-" + s))
                .body("achievements.awardName", hasItem("Tập thể lao động xuất sắc"))
                .body("achievements.find { it.awardCode == 'BANG_KHEN' }.awardKind", equalTo("FORM"));
        given().auth().oauth2(principal).queryParam("group", "TO-KHOI-1")
                .get("/api/v1/achievements/collectives/" + SCHOOL).then().statusCode(200)
                .body("achievements", hasSize(1)).body("achievements[0].groupCode", equalTo("TO-KHOI-1"))
                .body("achievements[0].decisionNumber", equalTo("41/QĐ-PGDĐT-" + s));
        // A second TTLĐTT of the school for 2021-2022 under another number: a title is held once a year.
        importCsv(principal, HEADER + "1;" + SCHOOL + ";;;TTLDTT;2021-2022;99/QĐ-" + s
                + ";20/06/2022;UBND huyện Tam Nông;Huyện\n").then().statusCode(422)
                .body("errors[0].field", equalTo("line 2: Danh hiệu"));
        // Another school imports nothing for this one.
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).contentType("text/csv")
                .body(good.getBytes(StandardCharsets.UTF_8)).post("/api/v1/achievements/import").then()
                .statusCode(422).body("errors[0].field", equalTo("line 2: Mã đơn vị"));
    }
}
