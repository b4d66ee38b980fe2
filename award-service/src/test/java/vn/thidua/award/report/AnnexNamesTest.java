package vn.thidua.award.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.report.ReportEvents.Nomination;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names in the annex and the exports (issue 12 item 6): a decision's list prints each person's full name from the
 * staff copy, sorted by given name in Vietnamese order, and the report names each title instead of its code.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class AnnexNamesTest {

    // A year no other test class uses: reports read every event of the topics.
    static final String YEAR = "2036-2037";
    static final String SCHOOL = "TH-TRAMCHIM2";
    static final List<String> SORTED = List.of("Trần Thị Oanh", "Lê Thị Ô", "Nguyễn Văn Ơn");

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @Test
    void theAnnexAndItsExportsListFullNamesByGivenNameAndTheReportNamesTitles() throws Exception {
        AwardApi.awaitUnitTree();
        List<Nomination> ldtt = new ArrayList<>();
        for (String name : List.of(SORTED.get(1), SORTED.get(2), SORTED.get(0))) {
            Nomination n = Nomination.staff(SCHOOL, YEAR, "LDTT");
            AwardApi.staff(UUID.fromString(n.nomineeId()), name, SCHOOL);
            ldtt.add(n);
        }
        Nomination unknown = Nomination.staff(SCHOOL, YEAR, "GIAY_KHEN");
        List<Nomination> all = new ArrayList<>(ldtt);
        all.add(unknown);
        all.forEach(n -> ReportEvents.sendAward(ReportEvents.nominated(n, "SCHOOL", "2037-06-02T10:00:00Z")));
        ReportEvents.sendAward(ReportEvents.decided(UUID.randomUUID(), SCHOOL, YEAR, "7/QĐ-THTC2", "2037-06-06", all,
                "2037-06-06T08:00:00Z"));
        String token = AwardApi.token("principal", SCHOOL);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> annex(token).getList("decisions[0].awards.nominees.flatten()")
                .size() == 4);

        JsonPath annex = annex(token);
        assertEquals("Lao động tiên tiến", annex.getString("decisions[0].awards[0].awardName"));
        assertEquals(SORTED, annex.getList("decisions[0].awards[0].nominees.nomineeName"));
        assertEquals("Cán bộ mã " + unknown.nomineeId(), annex.getString("decisions[0].awards[1].nominees[0].nomineeName"),
                "a person whose record has not arrived");

        byte[] csv = given().auth().oauth2(token).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .queryParam("format", "csv").get("/api/v1/reports/annex").then().statusCode(200).extract().asByteArray();
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        List<String> header = List.of(lines.get(0).split(";"));
        int name = header.indexOf("Họ và tên");
        assertTrue(name > 0, lines.get(0));
        assertEquals(SORTED, lines.subList(1, 4).stream().map(l -> l.split(";")[name]).toList());

        byte[] xlsx = given().auth().oauth2(token).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .queryParam("format", "xlsx").get("/api/v1/reports/annex").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Họ và tên", sheet.getRow(0).getCell(name).getStringCellValue());
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.getRow(r);
                names.add(row.getCell(name).getStringCellValue());
            }
            assertEquals(SORTED, names);
        }

        // The report names titles and ratings; its CSV carries the name beside the code.
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).queryParam("unit", SCHOOL)
                .queryParam("schoolYear", YEAR).get("/api/v1/reports").then().extract().jsonPath()
                .getInt("current.awards.LDTT") == 3);
        given().auth().oauth2(token).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR).get("/api/v1/reports")
                .then().statusCode(200)
                .body("labels.LDTT", org.hamcrest.Matchers.equalTo("Lao động tiên tiến"))
                .body("labels.HTT", org.hamcrest.Matchers.equalTo("Hoàn thành tốt nhiệm vụ"));
        byte[] report = given().auth().oauth2(token).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .queryParam("format", "csv").get("/api/v1/reports").then().statusCode(200).extract().asByteArray();
        String text = new String(report, 3, report.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains(";Danh hiệu, hình thức khen thưởng;LDTT;Lao động tiên tiến;3;"), text);
    }

    static JsonPath annex(String token) {
        return given().auth().oauth2(token).queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .get("/api/v1/reports/annex").then().statusCode(200).extract().jsonPath();
    }
}
