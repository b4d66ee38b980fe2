package vn.thidua.plan.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.plan.plan.PlanApi.FIXTURE;
import static vn.thidua.plan.plan.PlanApi.OTHER_OFFICE_SCHOOL;
import static vn.thidua.plan.plan.PlanApi.SCHOOL;
import static vn.thidua.plan.plan.PlanApi.as;

/** Importing plans as schools keep them: the Tràm Chim 2 fixture, the round trip, and every bad file. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class PlanImportResourceTest {

    static final String DOCX = MediaTypes.DOCX;

    static JsonPath importText(byte[] body, String unit) {
        return as("principal", unit).contentType("text/plain; charset=UTF-8").body(body)
                .post("/api/v1/plans/import?unit=" + unit + "&fileName=ke-hoach.txt")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void theFixtureImportsWithItsStructureAndWarningsAndLinksTheOfficePlanItCites() {
        Map<String, Object> officeDocument = PlanApi.document("Phát động phong trào thi đua yêu nước năm 2023",
                "Thi đua thực hiện thắng lợi nhiệm vụ chính trị");
        officeDocument.put("documentNumber", "67/KH-PGDĐT");
        officeDocument.put("documentDate", "2023-02-17");
        // The fixture is of 2022-2023, when PGD-TAMNONG was above the school (issue 11): its plan is the one cited.
        String officePlan = PlanApi.published("district", "PGD-TAMNONG", PlanApi.request("PGD-TAMNONG", officeDocument));

        JsonPath imported = importText(PlanApi.resource(FIXTURE), SCHOOL);

        assertEquals("DRAFT", imported.getString("plan.status"));
        assertEquals("2022-2023", imported.getString("plan.schoolYear"));
        assertEquals(officePlan, imported.getString("plan.basedOnPlanId"), "linked to 67/KH-PGDĐT");
        assertEquals(10, imported.getList("plan.document.contents").size());
        assertEquals(List.of("1", "2", "3", "4", "6"), imported.getList("plan.document.measures.number"));
        assertEquals(5, imported.getList("plan.document.responsibilities").size());
        assertEquals(4, imported.getList("plan.document.recipients").size());
        assertEquals("Lê Văn Định", imported.getString("plan.document.signer.name"));
        assertEquals("HIỆU TRƯỞNG", imported.getString("plan.document.signer.title"));
        assertEquals("67/KH-PGDĐT", imported.getString("plan.document.bases[0].documentNumber"));
        assertEquals("2023-02-17", imported.getString("plan.document.bases[0].documentDate"));
        List<String> codes = imported.getList("warnings.code");
        assertTrue(codes.contains("NUMBERING_GAP"), codes.toString());
        assertTrue(codes.contains("YEAR_MISMATCH"), codes.toString());
        assertTrue(codes.contains("NO_DOCUMENT_NUMBER"), codes.toString());
        assertTrue(codes.contains("NO_DOCUMENT_DATE"), codes.toString());
        assertTrue(!codes.contains("UNKNOWN_BASIS_DOCUMENT"), "the cited plan is in the system: " + codes);
        assertEquals(codes, imported.getList("plan.importWarnings.code"), "warnings are kept with the draft");
        // The stale year is kept as written, not "fixed".
        assertTrue(imported.getString("plan.document.measures[3].text").contains("năm 2021"));
    }

    @Test
    void aPlanNamingItsSchoolYearIsFiledUnderItAndACalendarYearPlanUnderTheDateRuleWithAWarning() {
        // A copy of the fixture titled "… năm học 2024 - 2025" and dated 10 March 2025.
        JsonPath named = importText(PlanApi.resource("documents/ke-hoach-thi-dua-nam-hoc-2024-2025-tram-chim-2.txt"),
                SCHOOL);
        assertEquals("2024-2025", named.getString("plan.schoolYear"));
        List<String> codes = named.getList("warnings.code");
        assertTrue(!codes.contains("SCHOOL_YEAR_ASSUMED"), codes.toString());

        JsonPath calendar = importText(PlanApi.resource(FIXTURE), SCHOOL);
        assertEquals("2022-2023", calendar.getString("plan.schoolYear"));
        assertTrue(calendar.getList("warnings.code").contains("SCHOOL_YEAR_ASSUMED"));
    }

    @Test
    void aRenderedDocumentImportsBackToTheSameStructure() {
        JsonPath first = importText(PlanApi.resource(FIXTURE), SCHOOL);
        String id = first.getString("plan.id");
        byte[] docx = as("principal", SCHOOL).get("/api/v1/plans/{id}/document?format=docx", id)
                .then().statusCode(200).contentType(DOCX).extract().asByteArray();
        JsonPath second = as("principal", SCHOOL).contentType(DOCX).body(docx)
                .post("/api/v1/plans/import?unit=" + SCHOOL + "&schoolYear=2022-2023").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(first.getMap("plan.document"), second.getMap("plan.document"));

        String html = as("principal", SCHOOL).get("/api/v1/plans/{id}/document", id).then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertTrue(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "national motto");
        assertTrue(html.contains("Lê Văn Định"));
        assertTrue(html.contains("PGD&amp;ĐT"), "text is escaped");
    }

    @Test
    void unreadableFilesAreRefusedWithTheReasonAndStoreNothing() {
        int before = as("principal", SCHOOL).get("/api/v1/plans?size=500").then().extract().jsonPath().getList("id").size();

        refuse(new byte[0], "text/plain", 422, "EMPTY");
        refuse("   \n\t  ".getBytes(StandardCharsets.UTF_8), "text/plain", 422, "EMPTY");
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        refuse(binary, "text/plain", 422, "NOT_TEXT");
        // Only the declared upload types are taken: a file sent as anything else is a 415, not a junk draft.
        for (String other : new String[] {"application/octet-stream", "application/json", "text/csv"}) {
            as("principal", SCHOOL).contentType(other).body(PlanApi.resource(FIXTURE))
                    .post("/api/v1/plans/import?unit=" + SCHOOL + "&schoolYear=2022-2023")
                    .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        }
        refuse("Kế hoạch thi đua năm 2023".getBytes(Charset.forName("windows-1258")), "text/plain", 422, "BAD_ENCODING");
        byte[] docx = as("principal", SCHOOL).get("/api/v1/plans/{id}/document?format=docx",
                importText(PlanApi.resource(FIXTURE), SCHOOL).getString("plan.id")).then().extract().asByteArray();
        refuse(Arrays.copyOf(docx, docx.length / 2), DOCX, 422, "NOT_DOCX");
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        Arrays.fill(fiftyMegabytes, (byte) 'a');
        refuse(fiftyMegabytes, "text/plain", 413, "TOO_LARGE");

        int after = as("principal", SCHOOL).get("/api/v1/plans?size=500").then().extract().jsonPath().getList("id").size();
        assertEquals(before + 1, after, "only the one good import above stored a plan");
    }

    static void refuse(byte[] body, String type, int status, String reason) {
        as("principal", SCHOOL).contentType(type).body(body).post("/api/v1/plans/import?unit=" + SCHOOL + "&schoolYear=2022-2023")
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].message", equalTo(reason));
    }

    @Test
    void onlyManagersImportAndOnlyForTheirUnits() {
        byte[] fixture = PlanApi.resource(FIXTURE);
        as("staff", SCHOOL).contentType("text/plain").body(fixture).post("/api/v1/plans/import?unit=" + SCHOOL)
                .then().statusCode(403);
        as("principal", OTHER_OFFICE_SCHOOL).contentType("text/plain").body(fixture)
                .post("/api/v1/plans/import?unit=" + SCHOOL).then().statusCode(403);
        as("principal", SCHOOL).contentType("text/plain").body(fixture).post("/api/v1/plans/import")
                .then().statusCode(400).body("errors.field", hasItem("unit"));
        as("principal", OTHER_OFFICE_SCHOOL).get("/api/v1/plans").then().statusCode(200)
                .body("unitCode", not(hasItem(SCHOOL)));
    }

    /** The multipart form a generated client sends a file with: the same import, read by content, scoped the same. */
    @Test
    void aFilePartImportsLikeTheBodyAndIsScopedTheSame() {
        JsonPath text = importText(PlanApi.resource(FIXTURE), SCHOOL);
        byte[] docx = as("principal", SCHOOL).get("/api/v1/plans/{id}/document?format=docx", text.getString("plan.id"))
                .then().statusCode(200).extract().asByteArray();
        String upload = "/api/v1/plans/import/upload?unit=" + SCHOOL;
        // Generated clients label a file part application/octet-stream: the content decides.
        JsonPath fromDocx = as("principal", SCHOOL).multiPart("file", "ke-hoach.docx", docx, "application/octet-stream")
                .post(upload).then().statusCode(201).extract().jsonPath();
        assertEquals(text.getMap("plan.document"), fromDocx.getMap("plan.document"));
        JsonPath fromText = as("principal", SCHOOL).multiPart("file", "ke-hoach.txt", PlanApi.resource(FIXTURE),
                "text/plain").post(upload).then().statusCode(201).extract().jsonPath();
        assertEquals(text.getMap("plan.document"), fromText.getMap("plan.document"));
        assertEquals(text.getList("warnings.code"), fromText.getList("warnings.code"));

        as("principal", SCHOOL).multiPart("file", "ke-hoach.docx", Arrays.copyOf(docx, docx.length / 2), DOCX)
                .post(upload).then().statusCode(422).body("errors[0].message", equalTo("NOT_DOCX"));
        as("principal", SCHOOL).multiPart("other", "ke-hoach.txt", PlanApi.resource(FIXTURE), "text/plain")
                .post(upload).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        as("principal", SCHOOL).contentType("text/plain").body(PlanApi.resource(FIXTURE)).post(upload)
                .then().statusCode(415);
        as("principal", OTHER_OFFICE_SCHOOL).multiPart("file", "ke-hoach.docx", docx, DOCX).post(upload)
                .then().statusCode(403);
        as("staff", SCHOOL).multiPart("file", "ke-hoach.docx", docx, DOCX).post(upload).then().statusCode(403);
    }

    @Test
    void textIsStoredAsNfc() {
        String decomposed = java.text.Normalizer.normalize("KẾ HOẠCH\nThi đua dạy tốt năm 2023\n\nII. NỘI DUNG THI ĐUA\n\n"
                + "1. Thi đua dạy tốt, học tốt\n", java.text.Normalizer.Form.NFD);
        JsonPath imported = importText(decomposed.getBytes(StandardCharsets.UTF_8), SCHOOL);
        String text = imported.getString("plan.document.contents[0].text");
        assertArrayEquals("Thi đua dạy tốt, học tốt".getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
    }
}
