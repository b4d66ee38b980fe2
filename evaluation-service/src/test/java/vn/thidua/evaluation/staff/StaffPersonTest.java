package vn.thidua.evaluation.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.evaluation.Events;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A person across schools (issue 12): person id and code on staff records, the move by the office above
 * both schools, and the staff events read back from the real broker.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class StaffPersonTest {

    static final String OFFICE = "PGD-TAMNONG";
    static final String OTHER_OFFICE = "PGD-CAOLANH";
    static final String OTHER_OFFICE_SCHOOL = "TH-HOAAN";
    static final ObjectMapper JSON = new ObjectMapper();

    static String kafka() {
        return ThiduaTestResource.kafkaBootstrapServers();
    }

    @BeforeAll
    static void unitTree() {
        TestKafka.send(kafka(), "thidua.unit.v1", "DONGTHAP", Events.unitUpserted("DONGTHAP", "Sở GD&ĐT Đồng Tháp", "PROVINCE", null));
        TestKafka.send(kafka(), "thidua.unit.v1", OFFICE, Events.unitUpserted(OFFICE, "Phòng GD&ĐT Tam Nông", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", OTHER_OFFICE, Events.unitUpserted(OTHER_OFFICE, "Phòng GD&ĐT Cao Lãnh", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", OTHER_OFFICE_SCHOOL, Events.unitUpserted(OTHER_OFFICE_SCHOOL, "Trường Tiểu học Hòa An", "SCHOOL", OTHER_OFFICE));
    }

    static RequestSpecification as(String role, String unit) {
        return given().auth().oauth2(TestTokens.token(role, unit));
    }

    /** A new school under Tam Nông, visible to the office once its unit event has arrived. */
    static String school() {
        String unit = "TH-PP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        TestKafka.send(kafka(), "thidua.unit.v1", unit, Events.unitUpserted(unit, "Trường " + unit, "SCHOOL", OFFICE));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("district", OFFICE).queryParam("unit", unit)
                .when().get("/api/v1/staff").then().statusCode(200));
        return unit;
    }

    static String personCode() {
        return "0871" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    static Map<String, Object> staff(String unit, String code, String fullName, String personCode) {
        Map<String, Object> body = new HashMap<>(Map.of("unitCode", unit, "code", code, "fullName", fullName,
                "gender", "FEMALE", "position", "TEACHER", "employment", "CIVIL_SERVANT", "groupName", "Tổ 1",
                "activeFrom", "2015-09-01", "userName", code.toLowerCase() + "@" + unit.toLowerCase()));
        if (personCode != null) {
            body.put("personCode", personCode);
        }
        return body;
    }

    static String create(String unit, Map<String, Object> body) {
        return as("principal", unit).contentType(ContentType.JSON).body(body).when().post("/api/v1/staff")
                .then().statusCode(201).extract().path("id");
    }

    /** The staff events about {@code subject} on the broker, once {@code expected} are there. */
    static List<JsonNode> events(String subject, int expected) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            for (ConsumerRecord<String, String> record : TestKafka.readAll(kafka(), "thidua.staff.v1", Duration.ofSeconds(3))) {
                if (subject.equals(record.key())) {
                    assertEquals(Set.of(), EventContracts.validate(record.value()), "meets its contract");
                    found.add(JSON.readTree(record.value()));
                }
            }
            return found.size() >= expected;
        });
        return found;
    }

    @Test
    void aRecordGetsAPersonAndOptionallyAUniquePersonCodeAndEachChangeIsPublished() {
        String unit = school();
        String code = personCode();
        String id = create(unit, staff(unit, "GV01", "Phạm Thị Ánh", code));
        String personId = as("principal", unit).when().get("/api/v1/staff/{id}", id).then().statusCode(200)
                .body("personCode", equalTo(code)).body("personId", notNullValue()).body("movedFrom", nullValue())
                .extract().path("personId");
        String without = create(unit, staff(unit, "GV02", "Nguyễn Thị Anh", null));
        as("principal", unit).when().get("/api/v1/staff/{id}", without).then()
                .body("personCode", nullValue()).body("personId", notNullValue());

        // The same code for another person, in this school or another: 409 naming personCode, nothing stored.
        as("principal", unit).contentType(ContentType.JSON).body(staff(unit, "GV03", "Võ Thị Ân", code))
                .when().post("/api/v1/staff").then().statusCode(409).body("errors[0].field", equalTo("personCode"));
        String other = school();
        as("principal", other).contentType(ContentType.JSON).body(staff(other, "GV01", "Võ Thị Ân", code))
                .when().post("/api/v1/staff").then().statusCode(409).body("errors[0].field", equalTo("personCode"))
                .body("detail", containsString(code)).body("detail", org.hamcrest.Matchers.not(containsString("GV01")));
        as("principal", unit).queryParam("unit", unit).when().get("/api/v1/staff").then()
                .body("code", org.hamcrest.Matchers.not(hasItem("GV03")));

        // An update without personCode keeps it; with a new one corrects it.
        String etag = as("principal", unit).when().get("/api/v1/staff/{id}", id).then().extract().header("ETag");
        Map<String, Object> renamed = staff(unit, "GV01", "Phạm Thị Ngọc Ánh", null);
        etag = as("principal", unit).contentType(ContentType.JSON).header("If-Match", etag).body(renamed)
                .when().put("/api/v1/staff/{id}", id).then().statusCode(200).body("personCode", equalTo(code))
                .extract().header("ETag");
        String corrected = personCode();
        as("principal", unit).contentType(ContentType.JSON).header("If-Match", etag)
                .body(staff(unit, "GV01", "Phạm Thị Ngọc Ánh", corrected))
                .when().put("/api/v1/staff/{id}", id).then().statusCode(200).body("personCode", equalTo(corrected))
                .body("personId", equalTo(personId));

        List<JsonNode> published = events(id, 3);
        assertEquals(3, published.size(), "create, rename, code correction: " + published);
        JsonNode created = published.get(0);
        assertEquals("vn.thidua.staff.upserted.v1", created.path("type").asText());
        assertEquals("/thidua/evaluation-service", created.path("source").asText());
        assertEquals(unit, created.path("unit").asText());
        assertEquals(id, created.path("data").path("staffId").asText());
        assertEquals(personId, created.path("data").path("personId").asText());
        assertEquals(code, created.path("data").path("personCode").asText());
        assertEquals("GV01", created.path("data").path("code").asText());
        assertEquals("Phạm Thị Ánh", created.path("data").path("fullName").asText());
        assertEquals("TO-1", created.path("data").path("groupCode").asText());
        assertEquals(true, created.path("data").path("active").asBoolean());
        assertEquals("Phạm Thị Ngọc Ánh", published.get(1).path("data").path("fullName").asText());
        assertEquals(corrected, published.get(2).path("data").path("personCode").asText());
        assertEquals(true, events(without, 1).get(0).path("data").path("personCode").isNull());
    }

    @Test
    void theImportTakesThePersonCodeColumnAndNamesLineAndColumnOfATakenOrRepeatedCode() throws Exception {
        String elsewhere = school();
        String taken = personCode();
        create(elsewhere, staff(elsewhere, "GV09", "Lê Thị Ô", taken));
        String unit = school();
        String a = personCode();
        String b = personCode();
        String header = "Mã CB;Họ và tên;Giới tính;Chức vụ;Loại hợp đồng;Ngày vào ngành;Số CCCD\n";
        String bad = header
                + "GV01;Lê Văn Định;Nam;Giáo viên;Viên chức;01/09/2005;" + a + "\n"
                + "GV02;Bùi Văn Út;Nam;Giáo viên;Viên chức;01/09/2005;" + a + "\n"
                + "GV03;Võ Thị Ân;Nữ;Giáo viên;Viên chức;01/09/2005;" + taken + "\n"
                + "GV04;Đỗ Văn Ân;Nam;Giáo viên;Viên chức;01/09/2005;" + b + "\n";
        as("principal", unit).contentType("text/csv; charset=UTF-8").body(bad.getBytes(StandardCharsets.UTF_8))
                .queryParam("unit", unit).when().post("/api/v1/staff/import").then().statusCode(422)
                .body("errors.field", equalTo(List.of("line 2: Số CCCD", "line 3: Số CCCD", "line 4: Số CCCD")))
                .body("errors[2].message", containsString(taken));
        as("principal", unit).queryParam("unit", unit).when().get("/api/v1/staff").then().statusCode(200)
                .header("X-Total-Count", "0");

        String good = header
                + "GV01;Lê Văn Định;Nam;Giáo viên;Viên chức;01/09/2005;" + a + "\n"
                + "GV02;Bùi Văn Út;Nam;Giáo viên;Viên chức;01/09/2005;\n"
                + "GV04;Đỗ Văn Ân;Nam;Giáo viên;Viên chức;01/09/2005;" + b + "\n";
        as("principal", unit).contentType("text/csv; charset=UTF-8").body(good.getBytes(StandardCharsets.UTF_8))
                .queryParam("unit", unit).when().post("/api/v1/staff/import").then().statusCode(200)
                .body("created", equalTo(3));
        String gv01 = as("principal", unit).queryParam("unit", unit).queryParam("q", "GV01").when().get("/api/v1/staff")
                .then().body("[0].personCode", equalTo(a)).extract().path("[0].id");
        JsonNode imported = events(gv01, 1).get(0);
        assertEquals(a, imported.path("data").path("personCode").asText());
        assertEquals("Lê Văn Định", imported.path("data").path("fullName").asText());

        // The same file again changes nothing and publishes nothing; an empty cell keeps the code.
        String withoutCodes = good.replace(a, "").replace(b, "");
        as("principal", unit).contentType("text/csv; charset=UTF-8").body(withoutCodes.getBytes(StandardCharsets.UTF_8))
                .queryParam("unit", unit).when().post("/api/v1/staff/import").then().statusCode(200)
                .body("unchanged", equalTo(3));
        assertEquals(1, vn.thidua.evaluation.EvaluationApi.count(
                "select count(*) from outbox_event where message_key = ?", gv01));
        as("principal", unit).when().get("/api/v1/staff/{id}", gv01).then().body("personCode", equalTo(a));
    }

    @Test
    void theOfficeAboveBothSchoolsMovesAPersonAndThePersonStaysTheSame() {
        String from = school();
        String to = school();
        String code = personCode();
        String id = create(from, staff(from, "GV05", "Trần Thị Oanh", code));
        String personId = as("principal", from).when().get("/api/v1/staff/{id}", id).then().extract().path("personId");
        Map<String, Object> move = Map.of("toUnit", to, "effectiveOn", "2024-09-01", "groupName", "Tổ 4-5");

        // Nobody but an office reaching both schools.
        as("principal", from).contentType(ContentType.JSON).body(move).when().post("/api/v1/staff/{id}/move", id)
                .then().statusCode(403);
        as("principal", to).contentType(ContentType.JSON).body(move).when().post("/api/v1/staff/{id}/move", id)
                .then().statusCode(403);
        as("district", OTHER_OFFICE).contentType(ContentType.JSON).body(move).when().post("/api/v1/staff/{id}/move", id)
                .then().statusCode(404);
        as("district", OFFICE).contentType(ContentType.JSON)
                .body(Map.of("toUnit", OTHER_OFFICE_SCHOOL, "effectiveOn", "2024-09-01"))
                .when().post("/api/v1/staff/{id}/move", id).then().statusCode(403);
        // A school never reads another school's staff, before or after the move.
        as("principal", to).when().get("/api/v1/staff/{id}", id).then().statusCode(404);

        // Bad input names the field.
        as("district", OFFICE).contentType(ContentType.JSON).body(Map.of("effectiveOn", "2024-09-01"))
                .when().post("/api/v1/staff/{id}/move", id).then().statusCode(400)
                .body("errors[0].field", containsString("toUnit"));
        as("district", OFFICE).contentType(ContentType.JSON).body(Map.of("toUnit", from, "effectiveOn", "2024-09-01"))
                .when().post("/api/v1/staff/{id}/move", id).then().statusCode(422).body("errors[0].field", equalTo("toUnit"));
        as("district", OFFICE).contentType(ContentType.JSON).body(Map.of("toUnit", "TH-NOWHERE", "effectiveOn", "2024-09-01"))
                .when().post("/api/v1/staff/{id}/move", id).then().statusCode(422).body("errors[0].field", equalTo("toUnit"));
        as("district", OFFICE).contentType(ContentType.JSON).body(Map.of("toUnit", to, "effectiveOn", "2015-09-01"))
                .when().post("/api/v1/staff/{id}/move", id).then().statusCode(422)
                .body("errors[0].field", equalTo("effectiveOn"));

        String newId = as("district", OFFICE).contentType(ContentType.JSON).body(move)
                .when().post("/api/v1/staff/{id}/move", id).then().statusCode(201)
                .header("Location", containsString("/api/v1/staff/"))
                .body("unitCode", equalTo(to)).body("personId", equalTo(personId)).body("personCode", equalTo(code))
                .body("movedFrom", equalTo(id)).body("code", equalTo("GV05")).body("groupCode", equalTo("TO-4-5"))
                .body("activeFrom", equalTo("2024-09-01")).body("activeTo", nullValue())
                .extract().path("id");
        assertNotEquals(id, newId);
        as("district", OFFICE).when().get("/api/v1/staff/{id}", id).then().body("activeTo", equalTo("2024-08-31"));
        as("principal", to).when().get("/api/v1/staff/{id}", newId).then().statusCode(200);
        as("principal", to).when().get("/api/v1/staff/{id}", id).then().statusCode(404);
        as("principal", from).when().get("/api/v1/staff/{id}", newId).then().statusCode(404);
        as("principal", from).when().get("/api/v1/staff/{id}", id).then().statusCode(200);
        // The ended record cannot move again.
        as("district", OFFICE).contentType(ContentType.JSON).body(Map.of("toUnit", to, "effectiveOn", "2025-09-01"))
                .when().post("/api/v1/staff/{id}/move", id).then().statusCode(422)
                .body("errors[0].field", equalTo("effectiveOn"));

        List<JsonNode> old = events(id, 3);
        assertEquals(List.of("vn.thidua.staff.upserted.v1", "vn.thidua.staff.upserted.v1", "vn.thidua.staff.moved.v1"),
                old.stream().map(e -> e.path("type").asText()).toList());
        assertEquals(false, old.get(1).path("data").path("active").asBoolean(), "the old record ended");
        JsonNode moved = old.get(2);
        assertEquals(from, moved.path("unit").asText());
        assertEquals(personId, moved.path("data").path("personId").asText());
        assertEquals(id, moved.path("data").path("staffId").asText());
        assertEquals(newId, moved.path("data").path("newStaffId").asText());
        assertEquals(from, moved.path("data").path("fromUnit").asText());
        assertEquals(to, moved.path("data").path("toUnit").asText());
        assertEquals("2024-09-01", moved.path("data").path("effectiveOn").asText());
        JsonNode started = events(newId, 1).get(0);
        assertEquals(personId, started.path("data").path("personId").asText());
        assertEquals(to, started.path("data").path("unitCode").asText());
        assertEquals(true, started.path("data").path("active").asBoolean());

        // The province reaches schools under two offices.
        as("district", "DONGTHAP").contentType(ContentType.JSON)
                .body(Map.of("toUnit", OTHER_OFFICE_SCHOOL, "effectiveOn", "2025-09-01"))
                .when().post("/api/v1/staff/{id}/move", newId).then().statusCode(201)
                .body("personId", equalTo(personId)).body("unitCode", equalTo(OTHER_OFFICE_SCHOOL));
    }
}
