package vn.thidua.award.record;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person with a staff record at two schools (the staff copy fed by {@code vn.thidua.staff.upserted.v1} through
 * the real broker): decisions imported by the first school by staff code count for CSTĐ tỉnh in the second
 * school's cycle; both schools and the person read the file, another person does not.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class PersonAcrossSchoolsTest {

    static final String FIRST = "TH-TRAMCHIM2";
    static final String SECOND = "TH-HOAAN";
    static final String YEAR = "2022-2023";
    static final String AT = "2023-05-26T09:00:00Z";

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    static void staffUpserted(UUID staffId, UUID personId, String code, String unit, boolean active) {
        TestKafka.send(AwardApi.kafka(), "thidua.staff.v1", staffId.toString(), """
                {"specversion":"1.0","id":"%s","source":"/thidua/evaluation-service","type":"vn.thidua.staff.upserted.v1",
                 "subject":"%s","time":"2024-08-20T02:15:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"staffId":"%s","personId":"%s","personCode":null,"code":"%s","fullName":"Phạm Thị Ánh",
                  "unitCode":"%s","groupCode":"TO-KHOI-1","active":%s}}"""
                .formatted(UUID.randomUUID(), staffId, unit, staffId, personId, code, unit, active));
    }

    @Test
    void theFileFollowsThePersonToTheNextSchool() {
        UUID person = UUID.randomUUID();
        UUID atFirst = UUID.randomUUID();
        UUID atSecond = UUID.randomUUID();
        String code = "TC2-" + person.toString().substring(0, 6);
        staffUpserted(atFirst, person, code, FIRST, false);
        staffUpserted(atSecond, person, "HA-" + person.toString().substring(0, 6), SECOND, true);
        String first = AwardApi.token("principal", FIRST);
        String second = AwardApi.token("principal", SECOND);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(second)
                .get("/api/v1/achievements/people/" + person).statusCode() == 200);

        String csv = "Mã cán bộ;Danh hiệu;Năm học;Số quyết định;Ngày quyết định;Cơ quan ban hành\n"
                + code + ";CSTĐCS;2020-2021;45/QĐ-PGDĐT-P;15/06/2021;Phòng GD&ĐT Tam Nông\n"
                + code + ";CSTĐCS;2021-2022;51/QĐ-UBND-P;20/06/2022;UBND huyện Tam Nông\n";
        given().auth().oauth2(first).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/achievements/import").then().statusCode(200).body("created", equalTo(2));
        // The second school cannot find the first school's staff code among its own.
        given().auth().oauth2(second).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/achievements/import").then().statusCode(422)
                .body("errors[0].field", equalTo("line 2: Mã cán bộ"));

        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = new ArrayList<>();
        staff.add(new Finalized(UUID.randomUUID(), cycleId, atSecond, SECOND, YEAR, "HTXS", 12, "[]", "[]",
                "[{\"title\":\"Dạy học theo dự án môn Khoa học lớp 5\",\"level\":\"PROVINCE\","
                        + "\"recognisedOn\":\"2023-04-10\"}]", "TO-KHOI-1", AT));
        IntStream.range(0, 7).forEach(i -> staff.add(Finalized.of(cycleId, SECOND, YEAR, AT)));
        staff.forEach(Finalized::send);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var r = given().auth().oauth2(second).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            return r.statusCode() == 200 && r.jsonPath().getInt("[0].eventsApplied") >= 8
                    && r.jsonPath().getBoolean("[0].current");
        });
        JsonPath cycle = given().auth().oauth2(second).queryParam("cycle", cycleId).get("/api/v1/eligibility")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("LDTT", "CSTDCS", "CSTD_TINH", "GIAY_KHEN"),
                cycle.getList("[0].staff.find { it.staffId == '" + atSecond + "' }.eligible"));
        String streak = cycle.getString("[0].staff.find { it.staffId == '" + atSecond + "' }.titles.find { it.title == "
                + "'CSTD_TINH' }.conditions.find { it.code == 'CSTD_TINH_CSTDCS_STREAK' }.actual");
        assertTrue(streak.contains("51/QĐ-UBND-P") && streak.contains("45/QĐ-PGDĐT-P"), streak);

        // Both schools and the offices above them read the file, so does the person at the new school; not another
        // person.
        given().auth().oauth2(second).get("/api/v1/achievements/people/" + person).then().statusCode(200)
                .body("name", equalTo("Phạm Thị Ánh")).body("achievements", hasSize(2))
                .body("achievements[0].unitCode", equalTo(FIRST));
        given().auth().oauth2(first).get("/api/v1/achievements/people/" + person).then().statusCode(200);
        given().auth().oauth2(AwardApi.staffToken(SECOND, atSecond)).get("/api/v1/achievements/people/" + person)
                .then().statusCode(200).body("achievements", hasSize(2));
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).get("/api/v1/achievements/people/" + person)
                .then().statusCode(200);
        given().auth().oauth2(AwardApi.staffToken(FIRST, UUID.randomUUID())).get("/api/v1/achievements/people/" + person)
                .then().statusCode(404);
    }
}
