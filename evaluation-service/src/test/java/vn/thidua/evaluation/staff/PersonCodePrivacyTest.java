package vn.thidua.evaluation.staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The personal code (CCCD / mã số viên chức, issue 12): whole for the person, their school's principal and the
 * offices above; masked for the council, group leaders and the school's software; another school reads nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class PersonCodePrivacyTest {

    @BeforeAll
    static void unitTree() {
        StaffPersonTest.unitTree();
    }

    static RequestSpecification as(String upn, String role, String unit) {
        return given().auth().oauth2(TestTokens.token(upn, Set.of(role), unit));
    }

    @Test
    void onlyThePersonThePrincipalAndOfficesAboveReadTheWholeCode() {
        String unit = StaffPersonTest.school();
        String code = StaffPersonTest.personCode();
        String masked = "*********" + code.substring(9);
        String id = StaffPersonTest.create(unit, StaffPersonTest.staff(unit, "GV01", "Phạm Thị Ánh", code));
        // A group leader of the same group, with a record of their own.
        StaffPersonTest.create(unit, StaffPersonTest.staff(unit, "GV02", "Lê Thị Bích", null));
        String own = "gv01@" + unit.toLowerCase();
        String leader = "gv02@" + unit.toLowerCase();

        for (RequestSpecification whole : java.util.List.of(as("user@" + unit, "principal", unit),
                as("user@PGD-TAMNONG", "district", StaffPersonTest.OFFICE),
                as("user@DONGTHAP", "district", "DONGTHAP"), as(own, "staff", unit))) {
            whole.when().get("/api/v1/staff/{id}", id).then().statusCode(200).body("personCode", equalTo(code));
        }
        for (RequestSpecification partial : java.util.List.of(as("council@" + unit, "council", unit),
                as(leader, "group_lead", unit), as("app@" + unit, "school_app", unit))) {
            partial.when().get("/api/v1/staff/{id}", id).then().statusCode(200).body("personCode", equalTo(masked));
            partial.queryParam("unit", unit).when().get("/api/v1/staff").then().statusCode(200)
                    .body("find { it.id == '" + id + "' }.personCode", equalTo(masked))
                    .body("personCode", org.hamcrest.Matchers.not(hasItem(code)));
        }
        as("user@" + unit, "principal", unit).queryParam("unit", unit).when().get("/api/v1/staff").then()
                .statusCode(200).body("find { it.id == '" + id + "' }.personCode", equalTo(code));
        // Another staff member does not read the record at all, nor another office or its school.
        as(leader, "staff", unit).when().get("/api/v1/staff/{id}", id).then().statusCode(404);
        as("user@PGD-CAOLANH", "district", StaffPersonTest.OTHER_OFFICE).when().get("/api/v1/staff/{id}", id)
                .then().statusCode(404);
        as("user@TH-HOAAN", "principal", StaffPersonTest.OTHER_OFFICE_SCHOOL).when().get("/api/v1/staff/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void aMaskKeepsTheLastThreeCharactersOnly() {
        assertEquals("*********123", vn.thidua.platform.text.PersonCodes.mask("087185000123"));
        assertEquals("***", vn.thidua.platform.text.PersonCodes.mask("A12"));
        assertEquals("**345", vn.thidua.platform.text.PersonCodes.mask("12345"));
        assertEquals(null, vn.thidua.platform.text.PersonCodes.mask(null));
    }
}
