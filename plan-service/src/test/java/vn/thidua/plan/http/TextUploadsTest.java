package vn.thidua.plan.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import jakarta.inject.Inject;
import vn.thidua.platform.security.UnitTree;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploaded text (unit CSV, plan text): a control character is refused naming its line and column, nothing
 * stored; a cell a spreadsheet would run as a formula is imported as text with a warning, and leaves
 * through the CSV export neutralised.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class TextUploadsTest {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"Trường\")";

    static RequestSpecification as(String role, String unit) {
        return given().auth().oauth2(TestTokens.token(role, unit));
    }

    static io.restassured.response.Response importUnits(String csv) {
        return as("district", "DONGTHAP").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/units/import");
    }

    @Inject
    UnitTree tree;

    @Test
    void theUnitTreeTakesACodeWithAControlCharacterForAnUnknownUnit() {
        assertTrue(tree.lineage("TH-TRAMCHIM2\u0000").isEmpty());
        assertTrue(tree.subtree("PGD-TAMNONG\u0000").isEmpty());
        assertFalse(tree.contains("PGD-TAMNONG", "TH-TRAMCHIM2\u0000"));
        assertEquals(Map.of("TH-TRAMCHIM2", "Trường Tiểu học Tràm Chim 2"),
                tree.names(List.of("TH-TRAMCHIM2", "TH-TRAMCHIM1\u0000")));
    }

    @Test
    void aControlCharacterInAUnitCsvIsRefusedByLineAndColumn() {
        String csv = "code,name,level,parentCode\nPGD-NUL,Phòng thử,OFFICE,DONGTHAP\n"
                + "TH-NUL,Trường\u0000 thử,SCHOOL,PGD-NUL\n";
        JsonPath problem = HttpProblemsTest.problem(importUnits(csv), 422);
        assertEquals("line 3, column 14", problem.getString("errors[0].field"));
        assertTrue(problem.getString("errors[0].message").contains("U+0000"), problem.prettify());
        as("district", "DONGTHAP").get("/api/v1/units/PGD-NUL").then().statusCode(404);
    }

    @Test
    void formulaCellsAreImportedAsTextWithAWarningAndExportedNeutralised() {
        String csv = "code,name,level,parentCode\nPGD-CONGTHUC,Phòng thử công thức,OFFICE,DONGTHAP\n"
                + "TH-CONGTHUC,\"" + FORMULA.replace("\"", "\"\"") + "\",SCHOOL,PGD-CONGTHUC\n"
                + "TH-CONGTHUC2,@SUM(A1),SCHOOL,PGD-CONGTHUC\n";
        JsonPath report = importUnits(csv).then().statusCode(200).extract().jsonPath();
        assertEquals(3, report.getInt("created"));
        assertEquals(List.of("line 3, column 2", "line 4, column 2"), report.getList("warnings.field"));
        assertTrue(report.getString("warnings[0].message").contains("formula"), report.prettify());
        as("district", "DONGTHAP").get("/api/v1/units/TH-CONGTHUC").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(FORMULA));

        String plan = "{\"unitCode\":\"PGD-CONGTHUC\",\"schoolYear\":\"2022-2023\",\"document\":{"
                + "\"kind\":\"KẾ HOẠCH\",\"title\":\"Kế hoạch thi đua\",\"year\":2023,"
                + "\"contents\":[{\"number\":\"1\",\"text\":\"Nội dung\"}]}}";
        String id = as("district", "PGD-CONGTHUC").contentType("application/json").body(plan).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        as("district", "PGD-CONGTHUC").post("/api/v1/plans/{id}/publish", id).then().statusCode(200);
        String export = new String(as("district", "PGD-CONGTHUC").get("/api/v1/plans/{id}/compliance?format=csv", id)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(export.contains("TH-CONGTHUC,\"'=HYPERLINK(\"\"http://x\"\",\"\"Trường\"\")\",MISSING"), export);
        assertTrue(export.contains("TH-CONGTHUC2,'@SUM(A1),MISSING"), export);
    }

    @Test
    void aControlCharacterInAPlanTextIsRefusedByLineAndColumnAndNothingIsStored() {
        String text = "KẾ HOẠCH\nThi đua năm học 2022-2023\nChuông\u0007báo thử\n";
        JsonPath problem = HttpProblemsTest.problem(as("principal", HttpProblemsTest.SCHOOL).contentType("text/plain")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/plans/import?unit=" + HttpProblemsTest.SCHOOL + "&schoolYear=2022-2023"), 422);
        assertEquals("NOT_TEXT", problem.getString("errors[0].message"));
        assertTrue(problem.getString("detail").contains("U+0007 at line 3, column 7"), problem.prettify());
        assertTrue(as("principal", HttpProblemsTest.SCHOOL).queryParam("q", "báo thử").get("/api/v1/plans").then()
                .statusCode(200).extract().jsonPath().getList("id").isEmpty());
    }
}
