package vn.thidua.plan.plan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.plan.plan.PlanApi.OFFICE;
import static vn.thidua.plan.plan.PlanApi.SCHOOL;
import static vn.thidua.plan.plan.PlanApi.as;
import static vn.thidua.plan.plan.PlanApi.create;
import static vn.thidua.plan.plan.PlanApi.document;
import static vn.thidua.plan.plan.PlanApi.request;

/**
 * Request limits match the event contracts on every path (issue 13): each value the campaign got stored — a
 * date given as a number (year 57358), years 0 and −1, a content without number, impossible school years, a
 * 1 MB unit name through CSV, a 2 MB amendment — is refused with 400/422 naming the field, and nothing is
 * written (rows of plans, versions, units and the outbox counted before and after).
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class PlanLimitsTest {

    @Inject
    AgroalDataSource dataSource;

    private String rows() throws Exception {
        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement()
                .executeQuery("select (select count(*) from plan) || '/' || (select count(*) from plan_version) || '/'"
                        + " || (select count(*) from unit) || '/' || (select count(*) from outbox_event)")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Map<String, Object> plan(Map<String, Object> document) {
        return request(SCHOOL, document);
    }

    private static Map<String, Object> withDocument(String key, Object value) {
        Map<String, Object> document = document("Phát động thi đua năm 2023", "Dạy tốt");
        document.put(key, value);
        return document;
    }

    @Test
    void badYearsDatesAndContentsAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String before = rows();
        for (Object year : List.of(0, -1, 57358)) {
            create("principal", SCHOOL, plan(withDocument("year", year))).statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("document.year"));
        }
        for (Object date : List.of(20230101, "1899-12-31", "2101-01-01")) {
            create("principal", SCHOOL, plan(withDocument("documentDate", date))).statusCode(400)
                    .body("errors.field", hasItem("document.documentDate"));
        }
        Map<String, Object> noNumber = document("Phát động thi đua năm 2023");
        Map<String, Object> item = new HashMap<>();
        item.put("number", null);
        item.put("text", "Dạy tốt");
        noNumber.put("contents", List.of(item));
        create("principal", SCHOOL, plan(noNumber)).statusCode(400)
                .body("errors.field", hasItem("document.contents[0].number"));
        for (String year : List.of("2023-2022", "2023-2025", "0000-0001")) {
            Map<String, Object> request = plan(document("Phát động thi đua năm 2023", "Dạy tốt"));
            request.put("schoolYear", year);
            create("principal", SCHOOL, request).statusCode(400).body("errors.field", hasItem("schoolYear"));
        }
        Map<String, Object> late = plan(document("Phát động thi đua năm 2023", "Dạy tốt"));
        late.put("publicationDeadline", "2999-01-01");
        create("principal", SCHOOL, late).statusCode(400).body("errors.field", hasItem("publicationDeadline"));
        as("principal", SCHOOL).contentType("text/plain; charset=UTF-8")
                .body(PlanApi.resource(PlanApi.FIXTURE))
                .post("/api/v1/plans/import?unit=" + SCHOOL + "&schoolYear=2023-2025").then().statusCode(400)
                .body("errors.field", hasItem("schoolYear"));
        assertEquals(before, rows(), "nothing written");
    }

    @Test
    void aTwoMegabyteAmendmentIsRefusedAndNothingIsWritten() throws Exception {
        String id = PlanApi.published("principal", SCHOOL, plan(document("Phát động thi đua năm 2023", "Dạy tốt")));
        String etag = as("principal", SCHOOL).get("/api/v1/plans/{id}", id).then().extract().header("ETag");
        String before = rows();
        String big = "Đổi mới phương pháp dạy học. ".repeat(70_000); // about 2 MB in UTF-8
        as("principal", SCHOOL).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("document", document("Phát động thi đua năm 2023", "Dạy tốt", big), "note", "Bổ sung"))
                .post("/api/v1/plans/{id}/amend", id).then().statusCode(400)
                .body("errors.field", hasItem("document.contents[1].text"));
        List<String> many = java.util.Collections.nCopies(40, "Đổi mới phương pháp dạy học. ".repeat(300));
        as("principal", SCHOOL).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("document", document("Phát động thi đua năm 2023", many.toArray(String[]::new))))
                .post("/api/v1/plans/{id}/amend", id).then().statusCode(400)
                .body("errors.field", hasItem("document"));
        assertEquals(before, rows(), "no version, no event");
    }

    @Test
    void unitDatesOutsideTheRangeAndLongNamesThroughCsvAreRefused() throws Exception {
        String before = rows();
        for (Object date : List.of(20230101, "0000-01-01", "-0001-01-01", "2101-01-01")) {
            Map<String, Object> unit = new HashMap<>(Map.of("code", "TH-NGAY", "name", "Trường Ngày", "level", "SCHOOL",
                    "parentCode", OFFICE));
            unit.put("validFrom", date);
            as("district", OFFICE).contentType(ContentType.JSON).body(unit).post("/api/v1/units").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("validFrom"));
        }
        as("district", OFFICE).contentType(ContentType.JSON).body(Map.of("parentCode", OFFICE,
                "effectiveDate", "2200-01-01")).post("/api/v1/units/{c}/move", "TH-TRAMCHIM1").then().statusCode(400)
                .body("errors.field", hasItem("effectiveDate"));
        String csv = "code,name,level,parentCode,validFrom\n"
                + "TH-DAI," + "Trường ".repeat(150_000) + ",SCHOOL,PGD-TAMNONG,2023-09-01\n"
                + "TH-XUA,Trường Xưa,SCHOOL,PGD-TAMNONG,1800-09-01\n";
        as("district", OFFICE).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/units/import").then().statusCode(422)
                .body("errors.field", hasItem("line 2: name")).body("errors.field", hasItem("line 3: validFrom"));
        assertEquals(before, rows(), "nothing written");
    }
}
