package vn.thidua.plan.unit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class UnitResourceTest {

    /** The 2025 reorganisation in the demo tree: a dissolved office, its school moved to a commune, the Sở. */
    @Test
    void theDemoTreeShowsTheReorganisationWithItsHistory() {
        String province = TestTokens.token("district", "DONGTHAP");
        given().auth().oauth2(province).when().get("/api/v1/units/PGD-THANHBINH").then().statusCode(200)
                .body("level", equalTo("OFFICE")).body("validTo", equalTo("2025-06-30"));
        given().auth().oauth2(province).when().get("/api/v1/units/XA-THANHBINH").then().statusCode(200)
                .body("level", equalTo("COMMUNE")).body("validFrom", equalTo("2025-07-01"));
        given().auth().oauth2(province).when().get("/api/v1/units/TH-THANHBINH1/history").then().statusCode(200)
                .body("change", equalTo(java.util.List.of("CREATED", "MOVED")))
                .body("parentCode", equalTo(java.util.List.of("PGD-THANHBINH", "XA-THANHBINH")))
                .body("[1].effective", equalTo("2025-07-01"));
        given().auth().oauth2(province).when().get("/api/v1/units/THPT-TRAMCHIM").then().statusCode(200)
                .body("parentCode", equalTo("SGD-DONGTHAP"));
        given().auth().oauth2(province).when().get("/api/v1/units/SGD-DONGTHAP").then().statusCode(200)
                .body("level", equalTo("DEPARTMENT"));
        // The commune reaches the moved school; the dissolved office no longer does.
        given().auth().oauth2(TestTokens.token("district", "XA-THANHBINH")).when().get("/api/v1/units")
                .then().statusCode(200).body("code", hasItem("TH-THANHBINH1"));
        given().auth().oauth2(TestTokens.token("district", "PGD-THANHBINH")).when().get("/api/v1/units")
                .then().statusCode(200).body("code", not(hasItem("TH-THANHBINH1")));
    }

    /** PGD-TAMNONG's own schools moved too (issue 11): under XA-TRAMCHIM from 01/07/2025, their history kept. */
    @Test
    void theTramChimSchoolsAreUnderTheirCommuneSinceTheFirstOfJuly2025() {
        String province = TestTokens.token("district", "DONGTHAP");
        given().auth().oauth2(province).when().get("/api/v1/units/PGD-TAMNONG").then().statusCode(200)
                .body("level", equalTo("OFFICE")).body("validTo", equalTo("2025-06-30"));
        given().auth().oauth2(province).when().get("/api/v1/units/XA-TRAMCHIM").then().statusCode(200)
                .body("level", equalTo("COMMUNE")).body("validFrom", equalTo("2025-07-01"))
                .body("parentCode", equalTo("DONGTHAP"));
        for (String school : List.of("TH-TRAMCHIM2", "TH-TRAMCHIM1", "THCS-TRAMCHIM")) {
            given().auth().oauth2(province).when().get("/api/v1/units/{code}/history", school).then().statusCode(200)
                    .body("change", equalTo(List.of("CREATED", "MOVED")))
                    .body("parentCode", equalTo(List.of("PGD-TAMNONG", "XA-TRAMCHIM")))
                    .body("[1].effective", equalTo("2025-07-01"));
        }
        // Today's tree (units carry no school year): the commune lists them, the dissolved office no longer does.
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).when().get("/api/v1/units")
                .then().statusCode(200).body("code", hasItem("PGD-TAMNONG"))
                .body("code", not(hasItem("TH-TRAMCHIM2"))).body("code", not(hasItem("TH-HOAAN")));
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).when().get("/api/v1/units/TH-TRAMCHIM2")
                .then().statusCode(404);
    }

    @Test
    void officeSeesItsSchoolsOnlyAndSchoolSeesItself() {
        given().auth().oauth2(TestTokens.token("district", "XA-TRAMCHIM")).when().get("/api/v1/units")
                .then().statusCode(200)
                .body("code", hasItems("XA-TRAMCHIM", "TH-TRAMCHIM2", "TH-TRAMCHIM1", "THCS-TRAMCHIM"))
                .body("code", not(hasItem("TH-HOAAN")))
                .body("code", not(hasItem("DONGTHAP")));
        given().auth().oauth2(TestTokens.token("principal", "TH-TRAMCHIM2")).when().get("/api/v1/units")
                .then().statusCode(200).body("code", containsInAnyOrder("TH-TRAMCHIM2"));
        given().auth().oauth2(TestTokens.token("principal", "TH-TRAMCHIM2")).when().get("/api/v1/units/TH-HOAAN")
                .then().statusCode(404);
    }

    @Test
    void officeAddsASchoolBelowItselfOnlyAndEveryUnitIsAnEvent() {
        // PGD-TAMNONG exists until 30/06/2025 (the demo tree): a school starting today cannot be under it.
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).contentType(ContentType.JSON)
                .body(Map.of("code", "TH-PHUCUONG", "name", "Trường Tiểu học Phú Cường", "level", "SCHOOL",
                        "parentCode", "PGD-TAMNONG"))
                .when().post("/api/v1/units").then().statusCode(422).body("errors.field", equalTo(List.of("parentCode")));
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).contentType(ContentType.JSON)
                .body(Map.of("code", "TH-PHUCUONG", "name", "Trường Tiểu học Phú Cường", "level", "SCHOOL",
                        "parentCode", "PGD-TAMNONG", "validFrom", "2024-09-01"))
                .when().post("/api/v1/units").then().statusCode(201).body("name", equalTo("Trường Tiểu học Phú Cường"));
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).contentType(ContentType.JSON)
                .body(Map.of("code", "TH-PHUCUONG", "name", "lặp", "level", "SCHOOL", "parentCode", "PGD-TAMNONG"))
                .when().post("/api/v1/units").then().statusCode(409);
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).contentType(ContentType.JSON)
                .body(Map.of("code", "TH-LAN", "name", "Trường lấn sân", "level", "SCHOOL", "parentCode", "PGD-CAOLANH"))
                .when().post("/api/v1/units").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("principal", "TH-TRAMCHIM2")).contentType(ContentType.JSON)
                .body(Map.of("code", "TH-X", "name", "x", "level", "SCHOOL", "parentCode", "TH-TRAMCHIM2"))
                .when().post("/api/v1/units").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).contentType(ContentType.JSON)
                .body(Map.of("code", "bad code", "name", "x", "level", "HAMLET", "parentCode", "PGD-TAMNONG"))
                .when().post("/api/v1/units").then().statusCode(400);

        List<ConsumerRecord<String, String>> events = TestKafka.readAll(ThiduaTestResource.kafkaBootstrapServers(),
                "thidua.unit.v1", Duration.ofSeconds(10));
        assertTrue(events.stream().anyMatch(r -> r.key().equals("TH-PHUCUONG")), "new unit published");
        assertEquals(0, events.stream().filter(r -> r.key().equals("TH-LAN") || r.key().equals("TH-X")).count(),
                "refused units leave no event");
        assertTrue(events.stream().filter(r -> r.key().equals("TH-TRAMCHIM2")).count() >= 1, "demo tree published");
        events.forEach(r -> assertEquals(Set.of(), EventContracts.validate(r.value()), r.value()));
    }

    @Test
    void theDistrictRoleCountsOnlyForAnOfficeOrAbove() {
        // A district token for a school (a provider's mistake) is that school's token without the role.
        given().auth().oauth2(TestTokens.token("district", "TH-TRAMCHIM2")).when().get("/api/v1/units")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("district", "TH-TRAMCHIM2")).contentType(ContentType.JSON)
                .body(Map.of("name", "Trường đổi tên", "validFrom", "2020-01-01"))
                .when().put("/api/v1/units/TH-TRAMCHIM2").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("district", "XA-KHONGCO")).when().get("/api/v1/units")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("district", "DONGTHAP")).when().get("/api/v1/units/TH-HOAAN")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.token("district", "XA-TRAMCHIM")).when().get("/api/v1/units/TH-TRAMCHIM2")
                .then().statusCode(200);
    }

    @Test
    void aSchoolMovedUnderAnotherParentKeepsItsHistoryAndIsAnEvent() {
        String province = TestTokens.token("district", "DONGTHAP");
        // XA-TRAMCHIM is in the demo tree (from 01/07/2025); a second one with its code is refused.
        given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("code", "XA-TRAMCHIM", "name", "Ủy ban nhân dân xã Tràm Chim", "level", "COMMUNE",
                        "parentCode", "DONGTHAP"))
                .when().post("/api/v1/units").then().statusCode(409);
        given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("code", "TH-PHUTHANH", "name", "Trường Tiểu học Phú Thành", "level", "SCHOOL",
                        "parentCode", "PGD-TAMNONG", "validFrom", "2024-09-01"))
                .when().post("/api/v1/units").then().statusCode(201);
        // Nothing moves under a parent on a day it does not exist: XA-TRAMCHIM begins on 01/07/2025.
        given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("parentCode", "XA-TRAMCHIM", "effectiveDate", "2025-06-30"))
                .when().post("/api/v1/units/TH-PHUTHANH/move").then().statusCode(422)
                .body("errors.field", equalTo(List.of("parentCode")));
        given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("parentCode", "XA-TRAMCHIM", "effectiveDate", "2025-07-01"))
                .when().post("/api/v1/units/TH-PHUTHANH/move").then().statusCode(200)
                .body("parentCode", equalTo("XA-TRAMCHIM"));
        given().auth().oauth2(province).when().get("/api/v1/units/TH-PHUTHANH/history").then().statusCode(200)
                .body("change", equalTo(java.util.List.of("CREATED", "MOVED")))
                .body("[0].parentCode", equalTo("PGD-TAMNONG"))
                .body("[1].parentCode", equalTo("XA-TRAMCHIM"))
                .body("[1].effective", equalTo("2025-07-01"));
        // The old office no longer reaches the school; the commune does.
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).when().get("/api/v1/units/TH-PHUTHANH")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token("district", "XA-TRAMCHIM")).when().get("/api/v1/units/TH-PHUTHANH")
                .then().statusCode(200);
        // A unit never moves under itself, and an office cannot take a school it does not reach.
        given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("parentCode", "TH-PHUTHANH", "effectiveDate", "2025-07-01"))
                .when().post("/api/v1/units/XA-TRAMCHIM/move").then().statusCode(422);
        given().auth().oauth2(TestTokens.token("district", "PGD-CAOLANH")).contentType(ContentType.JSON)
                .body(Map.of("parentCode", "PGD-CAOLANH", "effectiveDate", "2025-07-01"))
                .when().post("/api/v1/units/TH-TRAMCHIM1/move").then().statusCode(404);

        List<ConsumerRecord<String, String>> events = TestKafka.readAll(ThiduaTestResource.kafkaBootstrapServers(),
                "thidua.unit.v1", Duration.ofSeconds(10));
        assertTrue(events.stream().anyMatch(r -> r.key().equals("TH-PHUTHANH") && r.value().contains("vn.thidua.unit.moved.v1")),
                "move published");
    }

    @Test
    void officeImportsItsSchoolsFromCsvAllOrNothing() {
        String office = TestTokens.token("district", "PGD-TAMNONG");
        String bad = "\uFEFFMã đơn vị;Tên đơn vị;Cấp;Đơn vị cấp trên;Hiệu lực từ\n"
                + "TH-ANLONG;Trường Tiểu học An Long;Trường;PGD-TAMNONG;01/09/2023\n"
                + "TH-PHUNINH;Trường Tiểu học Phú Ninh;Ấp;PGD-TAMNONG;01/09/2023\n"
                + "TH-LAN;Trường lấn sân;Trường;PGD-CAOLANH;\n"
                + "TH-ANLONG;Trường lặp;Trường;PGD-TAMNONG;\n";
        given().auth().oauth2(office).contentType("text/csv").body(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/units/import").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("line 3: level", "line 4: parentCode", "line 5: code"));
        given().auth().oauth2(office).when().get("/api/v1/units/TH-ANLONG").then().statusCode(404);

        String good = "code,name,level,parentCode,validFrom\n"
                + "TH-ANLONG,Trường Tiểu học An Long,SCHOOL,PGD-TAMNONG,2023-09-01\n"
                + "MG-ANLONG,\"Trường Mầm non An Long, điểm chính\",SCHOOL,PGD-TAMNONG,2024-09-01\n";
        // A row starting on a day its parent does not exist (no date: today, after PGD-TAMNONG ended) is refused.
        String late = "code,name,level,parentCode,validFrom\nTH-MUON,Trường muộn,SCHOOL,PGD-TAMNONG,\n";
        given().auth().oauth2(office).contentType("text/csv").body(late.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/units/import").then().statusCode(422)
                .body("errors.field", equalTo(List.of("line 2: parentCode")));
        given().auth().oauth2(office).contentType("text/csv").body(good.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/units/import").then().statusCode(200).body("created", equalTo(2));
        given().auth().oauth2(office).when().get("/api/v1/units/MG-ANLONG").then().statusCode(200)
                .body("name", equalTo("Trường Mầm non An Long, điểm chính"));
        given().auth().oauth2(TestTokens.token("principal", "TH-TRAMCHIM2")).contentType("text/csv")
                .body(good.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/units/import").then().statusCode(403);
    }
}
