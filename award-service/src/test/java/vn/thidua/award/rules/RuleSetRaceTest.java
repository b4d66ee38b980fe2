package vn.thidua.award.rules;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.testing.Race;
import vn.thidua.testing.ThiduaTestResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Eight publications of one rule set version at once (issue 16): one 201, seven 409, never a 500. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class RuleSetRaceTest {

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    @Test
    void eightPublicationsOfOneVersionMakeOne201AndSeven409() {
        // Far in the future, so no other test's cycle falls under it.
        String body = """
                {"version":"2091.1","effectiveFrom":"2091-09-01",
                 "parameters":[{"key":"ldtt.minMonthsWorked","value":9,
                   "source":"Quy định thử nghiệm của tỉnh (test): 9 tháng"}]}""";
        List<Integer> statuses = Race.run(8, () -> given().auth().oauth2(AwardApi.token("district", "DONGTHAP"))
                .contentType(ContentType.JSON).body(body).post("/api/v1/rulesets").statusCode());
        assertEquals(Map.of(201, 1L, 409, 7L), Race.count(statuses), statuses.toString());
        given().auth().oauth2(AwardApi.token("district", "DONGTHAP")).get("/api/v1/rulesets/{v}", "2091.1").then()
                .statusCode(200);
    }
}
